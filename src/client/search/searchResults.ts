// Renders what a search found, for the dialog and the search page alike: a summary line, result
// items with their page, badges and excerpt, and, when nothing matches, what the site does have.
import { excerptWithoutTitle } from '../../lib/search/excerptWithoutTitle.ts';
import { element } from '../dom.ts';
import { siteSearch, type Result, type ResultData, type SearchOutcome } from './searchEngine.ts';
import { highlightParam, keywordsLabel, matchedForms } from '../../lib/search/searchWords.ts';
import { argumentUrl, searchUrl } from '../../lib/page/routes.ts';
import { answeredByLabel } from '../../lib/page/pageWords.ts';
import { answeredByMetaKey, decodeAnsweredBy } from '../../lib/search/answeredByMeta.ts';

const pageSize = 10;
/** What the "Closest in meaning" badge says it means, for its tooltip and screen readers. */
const meaningBadgeNote = 'found by what your words mean, not by the words themselves';
/** Results whose fragments are fetched at once, before the rest of a batch. */
const firstFragments = 3;
/** How long after a search starts the rest of its batch is fetched: longer than a quick typist's gap between keys. */
const restDelayMs = 120;

const plural = (count: number) => `${count} result${count === 1 ? '' : 's'}`;

/** Words quoted and joined as alternatives: “a” or “b”; “a”, “b” or “c”. */
const eitherOf = (words: readonly string[]) =>
  words.length > 1
    ? `${words
        .slice(0, -1)
        .map((word) => `“${word}”`)
        .join(', ')} or “${words.at(-1)}”`
    : `“${words[0]}”`;

/** The summary line: how many results, for what, whether the query had to be narrowed, and whether meaning added any. */
export function summaryText({ query, narrowed, anyWord, results, byMeaning, offTopic }: SearchOutcome): string {
  const term = query.trim();
  if (offTopic)
    return `No essay discusses ${term}. ${results.length ? `The ${results.length === 1 ? 'argument' : `${results.length} arguments`} least far from it in meaning, though none is about it:` : ''}`.trim();
  const andMeaning = byMeaning.size ? ' and the closest in meaning' : '';
  const found = anyWord ? `with ${eitherOf(narrowed!.split(' '))}` : `for “${narrowed}”`;
  if (narrowed) return `No page has all of “${term}”; showing ${plural(results.length)} ${found}${andMeaning}`;
  if (!term) return plural(results.length);
  if (results.length === byMeaning.size && results.length)
    return `No page has the words “${term}”; the arguments closest in meaning:`;
  return results.length ? `${plural(results.length)} for ${term}` : `No results for ${term}`;
}

/** A result URL that tells the landing page which words to mark, before its #fragment. */
export function resultHref(url: string, words: readonly string[]): string {
  const link = new URL(url, location.origin);
  for (const word of words) link.searchParams.append(highlightParam, word);
  return link.pathname + link.search + link.hash;
}

/**
 * An excerpt as text and <mark> elements only. Pagefind escapes page text and adds <mark>; parsing
 * in an inert document and keeping nothing but text and marks keeps any query or page text inert.
 * An argument's keywords end its record; they are cut off, and an excerpt left with no match
 * gives way to the start of the argument's summary.
 */
function excerptNodes(excerpt: string, summary?: string, title = ''): Node[] {
  const cut = excerpt.indexOf(keywordsLabel);
  const html = excerptWithoutTitle(cut >= 0 ? excerpt.slice(0, cut) : excerpt, title);
  // An excerpt with no match (a result found by meaning, or a filter's browse) is the record's first
  // words less its title, often a stub such as "One of the": the argument's summary says more.
  if (summary && !html.includes('<mark>')) {
    const words = summary.split(/\s+/);
    return [document.createTextNode(words.slice(0, 22).join(' ') + (words.length > 22 ? '…' : ''))];
  }
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild!;
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK' ? element('mark', {}, [node.textContent ?? '']) : document.createTextNode(node.textContent ?? ''),
  );
}

function resultItem(data: ResultData, typed: readonly string[], byMeaning: boolean): HTMLLIElement {
  const { meta } = data;
  const title = meta.title || data.url;
  // The landing page marks the forms Pagefind matched in this result, not only the words typed.
  const words = matchedForms(data.excerpt, typed);
  const item = element('li', { class: 'search-result' }, [
    element('p', { class: 'result-page' }, [meta.page || title]),
    element('a', { class: 'result-title', href: resultHref(data.url, words) }, [title]),
  ]);
  if (byMeaning)
    item.append(
      ' ',
      element('span', { class: 'badge result-meaning', title: meaningBadgeNote }, [
        'Closest in meaning',
        element('span', { class: 'sr-only' }, [`: ${meaningBadgeNote}`]),
      ]),
    );
  if (meta.stance) item.append(' ', element('span', { class: `badge stance-${meta.stanceId ?? ''}` }, [meta.stance]));
  if (meta.topic) item.append(' ', element('span', { class: 'badge' }, [meta.topic]));
  item.append(element('p', { class: 'result-excerpt' }, excerptNodes(data.excerpt, meta.summary, title)));
  // An argument's answers, as its topic page names them: one click from a risk to how it is met.
  const answers = decodeAnsweredBy(meta[answeredByMetaKey]);
  if (answers.length)
    item.append(
      element('p', { class: 'result-answers' }, [
        `${answeredByLabel(answers.length)} `,
        ...answers.flatMap(({ id, label }, index) => [
          element('a', { href: argumentUrl(id) }, [label]),
          index < answers.length - 1 ? '; ' : '',
        ]),
      ]),
    );
  const sections = data.sub_results.filter((sub) => sub.url !== data.url && sub.title !== title).slice(0, 3);
  if (sections.length) {
    item.append(
      element(
        'ul',
        { class: 'result-sections' },
        sections.map((sub) =>
          element('li', {}, [
            element('a', { href: resultHref(sub.url, words) }, [sub.title]),
            element('p', { class: 'result-excerpt' }, excerptNodes(sub.excerpt)),
          ]),
        ),
      ),
    );
  }
  return item;
}

/** Renders results into a list ten at a time, with a "More results" button while more remain. */
export async function showResults(
  list: HTMLElement,
  more: HTMLButtonElement,
  results: readonly Result[],
  words: readonly string[],
  isCurrent: () => boolean,
  byMeaning: ReadonlySet<string> = new Set(),
): Promise<void> {
  let shown = 0;
  // Each result appears as soon as its own data is in, in rank order, not when the slowest is. The
  // first few fragments are asked for at once, the rest only if the query is still the reader's a
  // moment later: a query that the next keystroke replaces fetches no more than those few.
  const next = async () => {
    const batch = results.slice(shown, shown + pageSize);
    shown += batch.length;
    more.hidden = true;
    const first = batch.slice(0, firstFragments).map((result) => result.data().then((data) => ({ data, id: result.id })));
    const rest = batch.slice(firstFragments);
    // A batch with nothing after its first few has nothing to wait for.
    const restDue = rest.length ? new Promise((resolve) => setTimeout(resolve, restDelayMs)) : undefined;
    const append = async (pending: readonly Promise<{ data: ResultData; id: string }>[]) => {
      for (const loading of pending) {
        const { data, id } = await loading;
        const item = resultItem(data, words, byMeaning.has(id));
        if (!isCurrent()) return false;
        list.append(item);
      }
      return true;
    };
    if (!(await append(first))) return;
    if (restDue) {
      await restDue;
      if (!isCurrent() || !(await append(rest.map((result) => result.data().then((data) => ({ data, id: result.id })))))) return;
    }
    more.hidden = shown >= results.length;
  };
  more.onclick = () => void next();
  list.replaceChildren();
  more.hidden = true;
  await next();
}

/** What to offer when nothing matched: close terms from the index when there are any, and the topics. */
export async function emptyState(query: string): Promise<HTMLElement> {
  const search = await siteSearch();
  const [terms, topics] = await Promise.all([search.closeTerms(query), search.topicPages()]);
  const box = element('div', { class: 'search-empty' });
  if (terms.length) {
    box.append(
      element('p', {}, ['Close terms on this site: ']),
      element(
        'ul',
        { class: 'search-terms' },
        terms.map((term) => element('li', {}, [element('a', { href: searchUrl(`?q=${encodeURIComponent(term)}`) }, [term])])),
      ),
    );
  }
  box.append(
    element('p', {}, ['Every argument on this site is under one of its topics:']),
    element(
      'ul',
      { class: 'search-topics' },
      topics.map(({ url, title }) => element('li', {}, [element('a', { href: url }, [title])])),
    ),
  );
  return box;
}

/** Where an outcome is shown: the dialog and the search page each have these four. */
export interface ResultsRegion {
  summary: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
}

/**
 * Shows a search's outcome: the summary given, its results, and, when nothing answers the query or
 * it is off topic, close terms and the topics; nothing more once the reader has typed on.
 */
export async function showOutcome(
  region: ResultsRegion,
  outcome: SearchOutcome,
  summary: string,
  isCurrent: () => boolean,
): Promise<void> {
  region.summary.textContent = summary;
  region.empty.replaceChildren();
  await showResults(region.list, region.more, outcome.results, outcome.highlight, isCurrent, outcome.byMeaning);
  if ((!outcome.results.length || outcome.offTopic) && outcome.query.trim()) {
    const box = await emptyState(outcome.query);
    if (isCurrent()) region.empty.replaceChildren(box);
  }
}
