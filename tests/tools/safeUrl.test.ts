import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, describe, expect, test } from 'vitest';
import { renderEssay } from '../../src/lib/essay/renderEssay.ts';
import { isRemoteImage, isSafeLink, urlScheme } from '../../src/lib/text/safeUrl.ts';
import { importIntoTemp, removeTempDirs, tempContentDir } from '../support/importDraft.ts';

// One link-safety rule serves the renderer (a hand-written essay's page) and the importer (a draft):
// every hostile address below goes through both, and neither may keep it as a link or an image.

afterAll(removeTempDirs);

/** Addresses that hide a script or a local file, each as it is written in HTML or in a Markdown destination. */
const hostileLinks: [label: string, href: string][] = [
  ['mixed case', 'JaVaScRiPt:alert(1)'],
  ['upper case', 'JAVASCRIPT:alert(1)'],
  ['a decimal reference', '&#106;avascript:alert(1)'],
  ['a zero-padded decimal reference', '&#0000106;avascript:alert(1)'],
  ['a hex reference', '&#x6A;avascript:alert(1)'],
  ['a named colon', 'javascript&colon;alert(1)'],
  ['a tab as a reference', 'java&#x09;script:alert(1)'],
  ['a newline as a reference', 'java&#x0A;script:alert(1)'],
  ['a literal tab', 'java\tscript:alert(1)'],
  ['a leading control character', '\u0001javascript:alert(1)'],
  ['a leading space', ' javascript:alert(1)'],
  ['percent-encoding', '%6Aavascript:alert(1)'],
  ['double percent-encoding', '%256Aavascript:alert(1)'],
  ['percent-encoded colon', 'javascript%3Aalert(1)'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['a data URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['a local file', 'file:///etc/passwd'],
];

/** Image addresses a reading page would fetch from another site. */
const remoteImages: [label: string, src: string][] = [
  ['https', 'https://evil.example/a.png'],
  ['upper-case http', 'HTTP://evil.example/b.png'],
  ['protocol-relative', '//evil.example/c.png'],
  ['two backslashes', '\\\\evil.example/d.png'],
  ['slash and backslash', '/\\evil.example/e.png'],
  ['an entity-encoded scheme', '&#104;ttps://evil.example/f.png'],
];

/** Addresses both uses keep as links. */
const safeLinks = [
  'https://example.org/a:b',
  'http://example.org',
  'mailto:a@example.org',
  '../a/b/',
  'page.html?x=a:b',
  '#part',
];

describe('the rule', () => {
  test.each(hostileLinks)('reads the hidden scheme behind %s', (_, href) => {
    // The rule reads an address as an HTML attribute gives it, so a literal tab in the source stays a tab.
    expect(['javascript', 'vbscript', 'data', 'file']).toContain(urlScheme(href));
    expect(isSafeLink(href)).toBe(false);
  });

  test.each(safeLinks)('keeps %s', (href) => expect(isSafeLink(href)).toBe(true));

  test.each(remoteImages)('calls an image by %s remote', (_, src) => expect(isRemoteImage(src)).toBe(true));

  test('reads no scheme in a relative address with a colon, and keeps an address with a lone "%"', () => {
    expect(urlScheme('../a:b')).toBeUndefined();
    expect(isSafeLink('%')).toBe(true);
  });

  test('calls a relative image or an inline data image local', () => {
    expect(isRemoteImage('images/a.png')).toBe(false);
    expect(isRemoteImage('/images/a.png')).toBe(false);
    expect(isRemoteImage('data:image/png;base64,AAAA')).toBe(false);
  });
});

/** The words of each hostile link, which both uses must keep as text. */
const words = (index: number) => `hostile link ${index + 1}`;

/** What a page shows: its links' addresses, its images' sources and its text. */
function readPage(html: string) {
  const tree = fromHtml(html, { fragment: true });
  return {
    hrefs: selectAll('a[href]', tree).map((a) => String(a.properties.href)),
    srcs: selectAll('img[src]', tree).map((img) => String(img.properties.src)),
    text: toText(tree).replace(/\s+/g, ' '),
  };
}

function expectNothingHostile(html: string) {
  const page = readPage(html);
  for (const [index] of hostileLinks.entries()) expect(page.text).toContain(words(index));
  // The safe links survive, and a remote image may become a link to it; nothing else links anywhere.
  const links = page.hrefs.filter((href) => !href.startsWith('#') && !href.includes('evil.example'));
  expect(links).toEqual(safeLinks.filter((href) => !href.startsWith('#')));
  expect(page.srcs.filter((src) => src.includes('evil'))).toEqual([]);
  expect(html.toLowerCase()).not.toMatch(/javascript|vbscript|data:text|file:/);
}

describe("a hand-written essay's page", () => {
  // Markdown reads a backslash as an escape and stops a bracketed destination at "<" or a newline,
  // so those two are written the way an author would have to write them.
  const markdownHref = (href: string) => href.replaceAll('\\', '\\\\');
  const body = [
    '## Links',
    '',
    ...hostileLinks.map(([, href], index) => `Before [${words(index)}](<${markdownHref(href)}>) after.\n`),
    ...remoteImages.map(([label, src]) => `An image by ${label}: ![${label}](<${markdownHref(src)}>).\n`),
    `Safe: ${safeLinks.map((href, index) => `[safe ${index}](<${href}>)`).join(', ')}.`,
    '',
  ].join('\n');

  test('keeps every hostile link as its words, with no script, local file or remote image', () => {
    const essay = renderEssay(body, 'content/essays/hostile.mdx');
    expectNothingHostile(essay.intro + essay.sections.map((section) => section.html).join(''));
  });
});

describe("the importer's draft", async () => {
  const dir = await tempContentDir();
  const input = join(dir, 'hostile.html');
  const attribute = (value: string) => value.replaceAll('"', '&quot;');
  await writeFile(
    input,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile Links</title></head><body><article>
<h1>Hostile Links</h1>
<p>A saved page can hide a script behind a link in many ways; an essay made from it must show none of them as a link, and keep every word.</p>
${hostileLinks.map(([, href], index) => `<p>Before <a href="${attribute(href)}">${words(index)}</a> after, in a sentence long enough to read as prose.</p>`).join('\n')}
${remoteImages.map(([label, src]) => `<p>An image by ${label} sits here: <img src="${attribute(src)}" alt="${label}"> in the text.</p>`).join('\n')}
<p>Safe: ${safeLinks.map((href, index) => `<a href="${attribute(href)}">safe ${index}</a>`).join(', ')}.</p>
</article></body></html>`,
  );
  const draft = await importIntoTemp(input, { contentDir: await tempContentDir() });

  test('keeps every hostile link as its words and reports each one', () => {
    expect(draft.body).not.toMatch(/javascript|vbscript|data:text|file:|%6A|&#106;|alert\(|msgbox/i);
    const unsafe = draft.result.conversion.flags.filter((flag) => flag.name === 'unsafe link');
    expect(unsafe).toHaveLength(hostileLinks.length);
  });

  test('renders to a page with no script, local file or remote image', () => {
    const essay = renderEssay(draft.body, draft.result.essayFile);
    expectNothingHostile(essay.intro + essay.sections.map((section) => section.html).join(''));
  });
});
