// Runs the dev questions (devQuestions.ts) through the real search page of a built site in
// Chromium, with and without the meaning signal, to try settings on. The measured questions
// (tests/support/searchQuestions.ts) are run by tests/browser/searchMeaning.test.ts, never here.
//
//   npx astro build && node scripts/vectors/evaluateSearch.ts
import { launchBrowser } from '../lib/browser.ts';
import { serveSite } from '../lib/serveSite.ts';
import { askQuestions } from '../lib/askQuestions.ts';
import { devOffTopic, devQuestions } from './devQuestions.ts';

const site = await serveSite('dist');
const browser = await launchBrowser();
try {
  for (const withoutMeaning of [false, true]) {
    const page = await browser.newPage();
    const answers = await askQuestions(
      page,
      site.url,
      [...devQuestions.map(({ question }) => question), ...devOffTopic],
      withoutMeaning,
    );
    let hits = 0;
    for (const [index, { question, answers: expected }] of devQuestions.entries()) {
      const { topThree, summary } = answers[index]!;
      const hit = topThree.some((id) => expected.includes(id));
      hits += Number(hit);
      if (!withoutMeaning) console.log(`${hit ? 'hit ' : 'miss'} ${question} → ${topThree.join(', ')} | ${summary}`);
    }
    for (const { question, summary } of answers.slice(devQuestions.length))
      if (!withoutMeaning) console.log(`off-topic ${question} | ${summary}`);
    console.log(
      `${withoutMeaning ? 'without' : 'with'} meaning: ${hits}/${devQuestions.length} dev questions have an answer in the top three`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
