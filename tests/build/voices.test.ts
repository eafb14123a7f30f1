import { describe, expect, inject, test } from 'vitest';
import { readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { readArgumentFiles, readEssayFiles, readTopicFiles } from '../support/content.ts';
import { searchRecordFilters } from '../support/searchRecords.ts';
import { paths } from '../../scripts/lib/paths.ts';
import { argumentOnTopicUrl, argumentUrl, essayUrl, topicUrl } from '../../src/lib/page/routes.ts';

const essays = await readEssayFiles();
const topics = await readTopicFiles();
const args = await readArgumentFiles();
// The sections a language model wrote, as the essays' frontmatter declares them (essay#section).
const machineSections = new Set(
  essays.flatMap((essay) =>
    (essay.frontmatter.voices ?? [])
      .filter((voice) => voice.speaker === 'machine')
      .map((voice) => `${essay.id}#${voice.section}`),
  ),
);
const isMachine = (citation: { essay: string; section: string }) => machineSections.has(`${citation.essay}#${citation.section}`);
const machineOnly = args.filter((arg) => arg.citations.every(isMachine));
const label = 'Language model output';
const note = 'Rests only on text a language model wrote.';

/** Every quote a page shows (or its citations alone, without relations' evidence), with the section its link points to and the label it carries. */
async function quotesOn(url: string, citationsOnly = false) {
  const page = await readPage(url);
  const evidence = new Set(selectAll('section.answers figure.citation', page));
  const figures = selectAll('figure.citation', page).filter((figure) => !citationsOnly || !evidence.has(figure));
  return figures.map((figure) => {
    const href = String(select('a[data-citation]', figure)!.properties.href);
    const [, essay, section] = href.match(/\/essays\/([^/]+)\/#([^:]+)/)!;
    return { essay: essay!, section: section!, labels: selectAll('.voice-label', figure).map(textOf) };
  });
}

test('the content declares the forum thread’s Reply 2 as a language model’s output, and some arguments rest on it alone', () => {
  expect(machineSections).toContain('open-source-ai-forum-thread#reply-2');
  expect(machineOnly.map((arg) => arg.id).sort()).toEqual([
    'competitive-edge',
    'coordination-burden',
    'hybrid-release',
    'mandated-disclosure',
    'power-spread',
  ]);
});

describe('every quote from a machine-voiced section carries the label, and no other quote does', () => {
  const pages = [...topics.map((topic) => topicUrl(topic.id, '/')), ...args.map((arg) => argumentUrl(arg.id, '/'))];
  test.each(pages)('on %s', async (url) => {
    const quotes = await quotesOn(url);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.labels, `${quote.essay}#${quote.section}`).toEqual(isMachine(quote) ? [label] : []);
  });

  test('the argument pages between them label as many quotes as the arguments cite from such sections', async () => {
    // An argument page also quotes the evidence of the relations it takes part in (section.answers): each is labelled
    // (above), and each stands on both pages of its relation, so only the citations themselves are counted here.
    const labelled = (await Promise.all(args.map((arg) => quotesOn(argumentUrl(arg.id, '/'), true)))).flat().filter(isMachine);
    expect(labelled).toHaveLength(args.flatMap((arg) => arg.citations).filter(isMachine).length);
    expect(labelled.every((quote) => quote.labels.length === 1)).toBe(true);
  });
});

describe.each(args.map((arg) => [arg.id, arg] as const))('the argument %s', (id, arg) => {
  const expected = machineOnly.includes(arg) ? [note] : [];
  test(`says whether it rests only on text a language model wrote, on its topic page and its own page`, async () => {
    const onTopic = select(`article[data-argument="${id}"]`, await readPage(topicUrl(arg.topic, '/')))!;
    expect(selectAll('[data-machine-only]', onTopic).map(textOf)).toEqual(expected);
    expect(selectAll('[data-machine-only]', await readPage(argumentUrl(id, '/'))).map(textOf)).toEqual(expected);
  });

  // Its voice filter is on its search record, built from the data (src/lib/search/searchArgumentRecords.ts),
  // not in the topic page's markup: see 'the search index can filter arguments … by who wrote them'.
});

describe.each(essays.map((essay) => [essay.id, essay] as const))('the essay %s', (id, essay) => {
  const declared = (essay.frontmatter.voices ?? []).filter((voice) => voice.speaker === 'machine');

  test('says so in each machine-voiced section, and nowhere else', async () => {
    const page = await readPage(essayUrl(id, '/'));
    const marked = selectAll('.essay-section', page)
      .filter((section) => select('.section-voice', section))
      .map((section) => section.properties.dataSection);
    expect(marked).toEqual(declared.map((voice) => voice.section));
    for (const line of selectAll('.section-voice', page)) expect(textOf(line)).toMatch(/^Language model output\. /);
  });

  test('names the machine-voiced sections in its source note', async () => {
    const page = await readPage(essayUrl(id, '/'));
    const noteText = textOf(select('.source-note', page)!);
    const titles = declared.map((voice) => textOf(select(`[id="${voice.section}"]`, page)!));
    for (const title of titles) expect(noteText).toContain(`“${title}” is a language model’s output, as the text itself says.`);
    expect(noteText.includes('language model')).toBe(declared.length > 0);
  });

  test('quotes each voice’s evidence from the section it names', async () => {
    const page = await readPage(essayUrl(id, '/'));
    for (const voice of essay.frontmatter.voices ?? []) {
      const section = select(`[data-section="${voice.section}"]`, page);
      expect(section, voice.section).toBeDefined();
      if (voice.evidence) expect(textOf(section!)).toContain(voice.evidence);
    }
  });
});

test('a machine voice whose evidence is not in its section fails the build, naming the file, the field and the section', () => {
  const { code, output } = inject('fixtureBuilds')['machine-voice-evidence']!;
  expect(code).not.toBe(0);
  expect(output).toContain('machine-voice-evidence/essays/tiny-essay.mdx: voices[0].evidence:');
  expect(output).toContain('expected words found verbatim in section "the-only-section"');
  expect(output).toContain('"I asked a chatbot, and this is what it wrote."');
});

test('the search index can filter arguments and essay passages by who wrote them', async () => {
  const filters = await searchRecordFilters(paths.site);
  for (const arg of args) {
    const expected = [
      ...(arg.citations.some(isMachine) ? ['A language model'] : []),
      ...(arg.citations.some((citation) => !isMachine(citation)) ? ['Not stated'] : []),
    ];
    expect(filters.get(argumentOnTopicUrl(arg.topic, arg.id, '/'))?.voice, arg.id).toEqual(expected);
  }
  for (const essay of essays) {
    const machine = (essay.frontmatter.voices ?? []).some((voice) => voice.speaker === 'machine');
    expect(filters.get(essayUrl(essay.id, '/'))?.voice, essay.id).toEqual(
      machine ? ['A language model', 'Not stated'] : ['Not stated'],
    );
  }
});
