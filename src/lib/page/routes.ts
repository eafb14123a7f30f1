// Every address on the site, in one place. Components, pages, the link checker, the anchor lock
// and the tests build URLs only through these functions, so a route changes in one file.

/** The base path the site is built under ("/" or "/sub/"); outside Vite (Node scripts) it is "/". */
export const siteBase: string = import.meta.env?.BASE_URL ?? '/';

/** Joins a site path ("topics/x/", no leading slash) to a base path that ends in "/". */
function under(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** The home page. */
export function homeUrl(base = siteBase): string {
  return under(base, '');
}

/** A topic page, such as /topics/safety/. */
export function topicUrl(topicId: string, base = siteBase): string {
  return under(base, `topics/${topicId}/`);
}

/** An essay page, such as /essays/some-essay/. */
export function essayUrl(essayId: string, base = siteBase): string {
  return under(base, `essays/${essayId}/`);
}

/** The page that shows an essay's scraped source with its cleanup marked. */
export function essaySourceUrl(essayId: string, base = siteBase): string {
  return under(base, `essays/${essayId}/source/`);
}

/** An argument's own page, such as /arguments/misuse-risk/. */
export function argumentUrl(argumentId: string, base = siteBase): string {
  return under(base, `arguments/${argumentId}/`);
}

/** The search page, optionally with a query string ("?q=…") already encoded. */
export function searchUrl(query = '', base = siteBase): string {
  return under(base, `search/${query}`);
}

/** The page that says how the site is made. */
export function aboutUrl(base = siteBase): string {
  return under(base, 'about/');
}

/** The sitemap index that @astrojs/sitemap writes. */
export function sitemapUrl(base = siteBase): string {
  return under(base, 'sitemap-index.xml');
}

/** A file under public/, such as the favicon. */
export function assetUrl(file: string, base = siteBase): string {
  return under(base, file);
}

/** A page's link-preview card: the home page's (which pages without their own share), a topic's or an argument's. */
export type Card = 'home' | { topic: string } | { argument: string };

/** A card's path below the cards folder, without ".png": "home", "topics/safety", "arguments/misuse-risk". */
export function cardName(card: Card): string {
  return card === 'home' ? 'home' : 'topic' in card ? `topics/${card.topic}` : `arguments/${card.argument}`;
}

/** The folder of the link-preview cards. */
export function cardsUrl(base = siteBase): string {
  return under(base, 'cards/');
}

/** A link-preview card image (1200×630 PNG), made at build time by src/pages/cards/[...card].png.ts. */
export function cardUrl(card: Card, base = siteBase): string {
  return `${cardsUrl(base)}${cardName(card)}.png`;
}

/** Where Pagefind's bundle is served. */
export function pagefindUrl(base = siteBase): string {
  return under(base, 'pagefind/');
}

/** Where the files of search by meaning are served: its index and the word shards (src/integrations/searchMeaning.ts). */
export function meaningUrl(file = '', base = siteBase): string {
  return under(base, `meaning/${file}`);
}

/** A section of a page: the page URL plus the section's anchor. */
export function sectionUrl(pageUrl: string, sectionId: string): string {
  return `${pageUrl}#${sectionId}`;
}

/** An argument's section on its topic page, the anchor that topic pages have always published. */
export function argumentOnTopicUrl(topicId: string, argumentId: string, base = siteBase): string {
  return sectionUrl(topicUrl(topicId, base), argumentId);
}

/** A filter of the essays index: every essay of one kind, or every essay that argues in one topic. */
export type EssaysFilter = { kind: string } | { topic: string };

/** The essays index, optionally filtered, at a page number from 1 (page 1 has no number in its URL). */
export function essaysIndexUrl(page = 1, filter?: EssaysFilter, base = siteBase): string {
  const prefix = !filter ? '' : 'kind' in filter ? `kind/${filter.kind}/` : `topic/${filter.topic}/`;
  return under(base, `essays/${prefix}${page > 1 ? `${page}/` : ''}`);
}

/** One page of an argument's own page, whose citations are paginated by essay (page 1 has no number). */
export function argumentPageUrl(argumentId: string, page = 1, base = siteBase): string {
  return `${argumentUrl(argumentId, base)}${page > 1 ? `${page}/` : ''}`;
}

/**
 * The URL path a static host serves a built HTML file at, from its path relative to the output
 * folder: "essays/x/index.html" becomes "/essays/x/", "404.html" stays "/404.html".
 */
export function pagePath(builtFile: string, base = '/'): string {
  return `${base}${builtFile.split('\\').join('/')}`.replace(/index\.html$/, '');
}

/** A URL path without the base path, as the site's own paths are written: "/sub/essays/x/" under "/sub/" is "/essays/x/". */
export function sitePath(urlPath: string, base = siteBase): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return urlPath.startsWith(prefix) ? `/${urlPath.slice(prefix.length)}` : urlPath;
}

/** The whole debate as open data (JSON). */
export function debateDataUrl(base = siteBase): string {
  return under(base, 'debate.json');
}

/** The JSON Schema that the debate's open data follows. */
export function debateSchemaUrl(base = siteBase): string {
  return under(base, 'debate.schema.json');
}

/** The whole debate in Argdown's plain-text syntax. */
export function debateArgdownUrl(base = siteBase): string {
  return under(base, 'debate.argdown');
}

/** The whole debate in the Argument Interchange Format's JSON form (AIFdb, OVA). */
export function debateAifUrl(base = siteBase): string {
  return under(base, 'debate.aif.json');
}
