import { pagefindUrl } from '../lib/routes.ts';
// Loads Pagefind's Component UI from the built bundle and describes how results look.
// Everything here runs only after the reader shows they want to search.

/** The part of a Component UI instance this site drives. */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  totalFilters: Record<string, Record<string, number>> | null;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
}

declare global {
  interface Window {
    PagefindComponents: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
  }
}

/** The Component UI instance of that name, once its elements exist. */
export function pagefindInstance(name: string): PagefindInstance {
  return window.PagefindComponents.getInstanceManager().getInstance(name);
}

/**
 * Treats a query of only spaces as no query, so the reader never sees "No results for" followed
 * by nothing. Pagefind drops answers to all but the newest search, so the blank search is started
 * on the next task, after the search for the spaces has begun.
 */
export function ignoreBlankQueries(search: PagefindInstance): void {
  search.on('search', (term, filters) => {
    if (term && !term.trim()) setTimeout(() => search.triggerSearchWithFilters('', filters));
  });
}

/** Where Pagefind's bundle lives, under the site's base path. */
export const bundlePath = pagefindUrl();

/** The URL parameter Pagefind adds to result links and the highlight script reads on landing. */
export const highlightParam = 'pagefind-highlight';

let loaded: Promise<void> | undefined;

/** Adds the Component UI stylesheet and script once; resolves when the elements are defined. */
export function loadComponentUi(): Promise<void> {
  loaded ??= (async () => {
    if (import.meta.env.DEV) {
      throw new Error('Search needs the built index, which `npm run dev` does not make. Run `npm start` to try search.');
    }
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = `${bundlePath}pagefind-component-ui.css`;
    document.head.append(stylesheet);
    await import(/* @vite-ignore */ `${bundlePath}pagefind-component-ui.js`);
  })();
  return loaded;
}

/**
 * A `<pagefind-input>` that searches 30 ms after a keystroke instead of Pagefind's 300 ms: the
 * engine answers in a few milliseconds, and searching while the reader types fetches the index
 * chunks early, so the first results show well within 200 ms of the last key.
 */
export function inputElement(instance: string): HTMLElement {
  return element('pagefind-input', { instance, placeholder: 'Search arguments and essays', debounce: '30' });
}

/** A `<pagefind-config>` for one instance: our bundle path, highlight links, short excerpts. */
export function configElement(instance: string, extra: Record<string, string> = {}): HTMLElement {
  return element('pagefind-config', {
    instance,
    'bundle-path': bundlePath,
    'highlight-param': highlightParam,
    'excerpt-length': '22',
    ...extra,
  });
}

/** Creates an element with attributes and children. */
export function element(tag: string, attributes: Record<string, string> = {}, children: Node[] = []): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// Pagefind's template language escapes {{ }} and passes {{+ +}} through; only Pagefind's own
// excerpts (text it escaped, with <mark> around matches) use the raw form.
const resultTemplate = `
<li class="search-result">
  <p class="result-page">{{ meta.page | default(meta.title) }}</p>
  <a class="result-title" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
  {{#if meta.stance}}<span class="badge stance-{{ meta.stanceId }}">{{ meta.stance }}</span>{{/if}}
  {{#if meta.topic}}<span class="badge">{{ meta.topic }}</span>{{/if}}
  <p class="result-excerpt">{{+ excerpt +}}</p>
  {{#if sub_results}}<ul class="result-sections">{{#each sub_results as sub}}<li><a href="{{ sub.url | safeUrl }}">{{ sub.title }}</a><p class="result-excerpt">{{+ sub.excerpt +}}</p></li>{{/each}}</ul>{{/if}}
</li>`;

/** A `<pagefind-results>` that renders results with our page line and stance and topic badges. */
export function resultsElement(instance: string): HTMLElement {
  const template = element('script', { type: 'text/pagefind-template' });
  template.textContent = resultTemplate;
  return element('pagefind-results', { instance, 'max-sub-results': '3' }, [template]);
}
