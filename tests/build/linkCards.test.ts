import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pagePaths, readPage, select } from '../../scripts/lib/builtSite.ts';
import { pageType } from '../../scripts/lib/pageType.ts';
import { readEssayFiles } from '../support/content.ts';
import { basePath, paths, siteOrigin } from '../../scripts/lib/paths.ts';

/** Width and height of a PNG file, read from its IHDR chunk; throws if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: Awaited<ReturnType<typeof readPage>>, key: string) =>
  select(`meta[property="${key}"], meta[name="${key}"]`, page)?.properties.content as string | undefined;

const sharedPages = (await pagePaths()).filter((path) => ['home', 'topic', 'argument'].includes(pageType(path)));

test('the pages with cards of their own are the home page, every topic and every argument', () => {
  const count = (type: string) => sharedPages.filter((path) => pageType(path) === type).length;
  expect([count('home'), count('topic'), count('argument')]).toEqual([1, 4, 33]);
});

test.each(sharedPages)('%s has its own 1200×630 PNG card that exists in the build', async (path) => {
  const page = await readPage(path);
  const image = meta(page, 'og:image')!;
  const expected = pageType(path) === 'home' ? '/cards/home.png' : `/cards${path.replace(/\/$/, '')}.png`;
  expect(image).toBe(expected);
  expect(pngSize(await readFile(join(paths.site, image)))).toEqual({ width: 1200, height: 630 });
  expect([meta(page, 'og:image:width'), meta(page, 'og:image:height'), meta(page, 'twitter:card')]).toEqual([
    '1200',
    '630',
    'summary_large_image',
  ]);
});

test.each(sharedPages)(
  '%s has a title of at most 70 characters with the site name, and a description that ends a sentence',
  async (path) => {
    const page = await readPage(path);
    const title = select('title', page)!
      .children.map((child) => ('value' in child ? child.value : ''))
      .join('');
    expect(title).toMatch(/Open Models Debate$/);
    expect(title.length).toBeLessThanOrEqual(70);
    const description = meta(page, 'description')!;
    expect(description).toMatch(/[\p{L}\p{N}][?!]?”?[.?!]”?$/u);
    expect(description.length).toBeLessThanOrEqual(160);
  },
);

test('an argument page is titled "Claim — Topic · Open Models Debate" and described by its essays\' short names', async () => {
  const page = await readPage('/arguments/misuse-risk/');
  expect(select('title', page)!.children[0]).toMatchObject({
    value: 'Making models freely available makes… — Safety · Open Models Debate',
  });
  // misuse-risk is made by all three essays, named in the editors' order.
  const [first, second, third] = (await readEssayFiles()).map((essay) => essay.frontmatter.shortTitle);
  expect(meta(page, 'description')).toBe(
    `An argument against opening AI models, on Safety, made by “${first}”, “${second}” and “${third}”.`,
  );
});

test('og:type is "article" on essays and arguments and "website" on every other page, and every page has a card that exists', async () => {
  for (const path of await pagePaths()) {
    const page = await readPage(path);
    const type = pageType(path);
    expect(meta(page, 'og:type'), path).toBe(type === 'essay' || type === 'argument' ? 'article' : 'website');
    expect(pngSize(await readFile(join(paths.site, meta(page, 'og:image')!))), path).toEqual({ width: 1200, height: 630 });
  }
});

test('a SITE_URL build gives cards an absolute URL under the base path', async () => {
  const page = await readPage('/topics/safety/', paths.baseSite);
  expect(meta(page, 'og:image')).toBe(`${siteOrigin}${basePath}cards/topics/safety.png`);
  expect(pngSize(await readFile(join(paths.baseSite, 'cards/topics/safety.png')))).toEqual({ width: 1200, height: 630 });
});
