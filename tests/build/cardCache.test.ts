import { beforeAll, expect, test } from 'vitest';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from '../../scripts/lib/buildSite.ts';
import { paths } from '../../scripts/lib/paths.ts';

// Two builds of the real content sharing one card cache; between them one argument's claim changes,
// and every stored card is replaced by a marker, so a card the second build took from the cache
// shows as its marker and a card it drew shows as a PNG.
const content = `${paths.tmp}/card-cache-content`;
const cache = `${paths.tmp}/card-cache-astro`;
const changed = 'misuse-risk';
const cardFiles = async (site: string) =>
  (await readdir(join(site, 'cards'), { recursive: true })).filter((name) => name.endsWith('.png'));
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const markerOf = (key: string) => Buffer.from(`stored card ${key}`);

let first: Map<string, Buffer>;
let second: Map<string, Buffer>;
let storedBefore: string[];
let storedAfter: string[];

async function build(name: string): Promise<Map<string, Buffer>> {
  const site = `${paths.tmp}/card-cache-${name}`;
  const result = await buildSite(site, { CONTENT_DIR: content, ASTRO_CACHE_DIR: cache });
  if (result.code !== 0) throw new Error(`The ${name} card-cache build failed:\n${result.output}`);
  const files = await cardFiles(site);
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(site, 'cards', file))] as const)));
}

beforeAll(async () => {
  await cp('content', content, { recursive: true });
  first = await build('first');
  storedBefore = (await readdir(join(cache, 'cards'))).sort();
  for (const name of storedBefore) await writeFile(join(cache, 'cards', name), markerOf(name));
  const file = join(content, 'arguments', 'safety.yaml');
  const yaml = await readFile(file, 'utf8');
  const edited = yaml.replace(/(- id: misuse-risk\n(?:    .*\n)*?    claim: )(.*)/, '$1$2 (edited)');
  expect(edited).not.toBe(yaml);
  await writeFile(file, edited);
  second = await build('second');
  storedAfter = (await readdir(join(cache, 'cards'))).sort();
}, 600_000);

test('the first build draws every card once and stores each under its own key', () => {
  expect(first.size).toBeGreaterThan(10);
  expect(storedBefore).toHaveLength(first.size);
  for (const bytes of first.values()) expect(bytes.subarray(0, 4)).toEqual(png);
});

test('a changed claim redraws exactly its card, and every other card comes from the cache', () => {
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const drawn = [...second].filter(([, bytes]) => bytes.subarray(0, 4).equals(png)).map(([file]) => file);
  expect(drawn).toEqual([`arguments/${changed}.png`]);
  const markers = new Set(storedBefore.map((name) => markerOf(name).toString()));
  for (const [file, bytes] of second) if (file !== drawn[0]) expect(markers.has(bytes.toString())).toBe(true);
  expect(second.get(drawn[0]!)!.equals(first.get(drawn[0]!)!)).toBe(false);
  expect(storedAfter).toHaveLength(storedBefore.length + 1);
});
