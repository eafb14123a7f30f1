import { expect, test } from 'vitest';
import type { Element, ElementContent, Root } from 'hast';
import { readPage, select, selectAll, textOf } from '../../scripts/lib/builtSite.ts';
import { readArgumentFiles, readEssayFiles, readTopicFiles } from '../support/content.ts';
import { essayUrl } from '../../src/lib/page/routes.ts';
import { essayKindLabels, type EssayKind } from '../../src/lib/model/essayKind.ts';
import { labels, pageChrome, provenanceParts, siteName } from '../../src/lib/page/pageWords.ts';

// Text fragments must never match the site's own words on an essay page before the quote, so
// src/lib/page/pageWords.ts lists them (pageChrome) and the components print them from there. This
// checks the built pages against that list: every text an essay page shows outside the essay's
// own words is one of the listed strings.
const essays = await readEssayFiles();
const topics = await readTopicFiles();
const args = await readArgumentFiles();

/** Every text node under `node` that is not inside an element `skip` accepts, trimmed, with its parent's tag. */
function textsOutside(node: Root | Element, skip: (element: Element) => boolean): string[] {
  const found: string[] = [];
  const walk = (child: ElementContent | Root) => {
    if (child.type === 'text') {
      const text = child.value.replace(/\s+/g, ' ').trim();
      if (text) found.push(text);
    } else if (child.type === 'element' || child.type === 'root') {
      // Hidden elements (search filters and metadata) are not rendered, so no fragment can match them.
      if (
        child.type === 'element' &&
        (skip(child) || child.properties.hidden || ['script', 'style', 'head'].includes(child.tagName))
      )
        return;
      for (const grandchild of child.children) walk(grandchild as ElementContent);
    }
  };
  walk(node);
  return found;
}

const classes = (element: Element) => (element.properties.className as string[] | undefined) ?? [];
/** The essay's own words: each section's body (not its "Cited by" list or heading controls), and the body before the first section. */
const essayWords = (element: Element) =>
  element.tagName === 'p' ||
  element.tagName === 'ul' ||
  element.tagName === 'ol' ||
  element.tagName === 'blockquote' ||
  element.tagName === 'table' ||
  element.tagName === 'pre' ||
  (element.tagName === 'h2' && element.properties.id !== 'essay-arguments') ||
  element.tagName === 'h3' ||
  element.tagName === 'h4' ||
  classes(element).some((name) => ['byline', 'truncated', 'lost-emoji', 'source-note', 'voice-line'].includes(name));

test.each(essays.map(({ id }) => id))(
  'every text the %s essay page shows besides the essay is one pageChrome lists',
  async (id) => {
    const essay = essays.find((entry) => entry.id === id)!;
    const page = await readPage(essayUrl(id, '/'));
    const body = select('body', page)!;
    // The essay's own section headings, and the claims of the arguments that cite it, from the content files.
    const sectionTitles = selectAll('[data-section] :is(h2, h3)', page).map(textOf);
    const made = args
      .filter((arg) => arg.citations.some((citation) => citation.essay === id))
      .map((arg) => ({ claim: arg.claim, topicTitle: topics.find((topic) => topic.id === arg.topic)!.frontmatter.title }));
    const minutes = Number(/(\d+) min read/.exec(textOf(select('.provenance', page)!))![1]);
    // The source note's sentences come from the page itself: pages.test.ts and scrapedSource.test.ts check what they say.
    const note = selectAll('.source-note p', page).map(textOf);
    const chrome = pageChrome({
      title: essay.frontmatter.title,
      provenance: provenanceParts(
        essayKindLabels[essay.frontmatter.kind as EssayKind],
        essay.frontmatter.published,
        minutes,
        essay.frontmatter.shortTitle,
        essay.frontmatter.title,
      ),
      sourceNote: { origin: note, cleanup: [] },
      sectionTitles,
      topicTitles: topics.map((topic) => topic.frontmatter.title),
      made,
    });
    const shown = textsOutside(body, essayWords).filter((text) => /[\p{L}\p{N}]/u.test(text));
    expect(shown.length).toBeGreaterThan(20);
    const unlisted = shown.filter((text) => !chrome.some((entry) => entry.includes(text)));
    expect(unlisted).toEqual([]);
  },
);

test('the fixed labels pageWords lists are the ones an essay page prints', async () => {
  const page = await readPage(essayUrl(essays[0]!.id, '/'));
  const text = textOf(select('body', page)!);
  const printed = [siteName, labels.skipLink, labels.search, labels.menu, labels.topics, labels.essays, labels.about];
  for (const label of [...printed, labels.onThisPage, labels.viewSource, labels.essayArguments, labels.theme]) {
    expect(text, label).toContain(label);
  }
});
