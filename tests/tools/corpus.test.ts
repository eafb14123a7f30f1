import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus } from '../../scripts/corpus/generateCorpus.ts';
import { hashString, seededRandom } from '../../scripts/corpus/random.ts';
import { sentencePool, wordSwapper } from '../../scripts/corpus/rewrite.ts';
import { makeVocabulary } from '../../scripts/corpus/vocabulary.ts';
import { readSourceContent } from '../../scripts/corpus/writeCorpus.ts';
import { normalizeForMatch } from '../../src/lib/text/normalizeForMatch.ts';
import { sectionText } from '../../src/lib/debate/validateDebate.ts';
import { splitSections } from '../../src/lib/essay/splitSections.ts';
import { splitFrontmatter } from '../../src/lib/essay/splitFrontmatter.ts';

const source = await readSourceContent('content');
const realIds = source.essays.map((essay) => essay.id);
const essayIds = (files: Map<string, string>) =>
  [...files.keys()].filter((path) => path.startsWith('essays/')).map((path) => path.slice(7, -4));
const citationsOf = (files: Map<string, string>) =>
  [...files]
    .filter(([path]) => path.startsWith('arguments/'))
    .flatMap(
      ([, text]) =>
        (parse(text) as { arguments: { id: string; citations: { essay: string; section: string; quote: string }[] }[] })
          .arguments,
    );

describe('seeded randomness', () => {
  test('the same seed gives the same numbers and another seed other numbers', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7).every((n) => n >= 0 && n < 1)).toBe(true);
    expect(hashString('word', 1)).not.toBe(hashString('word', 2));
  });

  test('a vocabulary holds distinct words and depends only on its seed', () => {
    const words = makeVocabulary(500, 3);
    expect(new Set(words).size).toBe(500);
    expect(makeVocabulary(500, 3)).toEqual(words);
    expect(words.every((word) => /^[a-z]{4,}$/.test(word))).toBe(true);
  });
});

describe('rewriting an essay', () => {
  const swap = wordSwapper(makeVocabulary(100, 1), 42, 0.5);
  const text = 'Open models help researchers see how models work, and Models can be misused.';

  test('rewrites a quote on word boundaries exactly as it rewrites it inside its paragraph', () => {
    const quote = 'researchers see how models work';
    expect(swap(text)).toContain(swap(quote));
    expect(swap(text)).not.toBe(text);
  });

  test('keeps capitals and words of three letters or fewer', () => {
    const rewritten = swap(text).split(' ');
    expect(rewritten[0]![0]).toMatch(/[A-Z]/);
    expect(rewritten[9]![0]).toMatch(/[A-Z]/); // "Models"
    expect(rewritten).toContain('how');
    expect(rewritten).toContain('and');
  });

  test('pools only whole sentences without markup', () => {
    const pool = sentencePool(['First a sentence that is long enough to pool. Then **bold** text that must stay out of it.']);
    expect(pool).toEqual(['First a sentence that is long enough to pool.']);
  });
});

describe('the generated corpus', () => {
  const files = generateCorpus(source, { essays: 12, seed: 1 });

  test('holds the real essays unchanged, then generated ones, N in all', () => {
    const ids = essayIds(files);
    expect(ids).toHaveLength(12);
    expect(ids.filter((id) => realIds.includes(id)).toSorted()).toEqual(realIds.toSorted());
    for (const essay of source.essays) expect(files.get(`essays/${essay.id}.mdx`)).toBe(essay.raw);
    expect(Object.keys(source.otherFiles).every((path) => files.has(path))).toBe(true);
    expect(files.get('anchor-aliases.yaml')).toBe('aliases: []\n');
  });

  test('is the same for the same seed and differs for another seed', () => {
    expect(generateCorpus(source, { essays: 12, seed: 1 })).toEqual(files);
    expect(generateCorpus(source, { essays: 12, seed: 2 }).get(`essays/${realIds[0]}-0001.mdx`)).not.toBe(
      files.get(`essays/${realIds[0]}-0001.mdx`),
    );
  });

  test('gives every generated essay text of its own', () => {
    const generated = essayIds(files).filter((id) => !realIds.includes(id));
    const bodies = generated.map((id) => splitFrontmatter(files.get(`essays/${id}.mdx`)!).body);
    expect(new Set(bodies).size).toBe(generated.length);
    const words = (text: string) => new Set(text.toLowerCase().match(/[a-z]{4,}/g));
    const first = words(bodies[0]!);
    const second = words(bodies[3]!); // made from the same real essay as the first
    expect([...second].filter((word) => !first.has(word)).length).toBeGreaterThan(20);
  });

  test('cites each generated essay wherever its real essay is cited, with quotes word for word in the section', () => {
    const real = citationsOf(new Map(source.argumentSets.map((set) => [`arguments/${set.file}`, JSON.stringify(set)])));
    const generated = citationsOf(files);
    expect(generated.map((arg) => arg.id)).toEqual(real.map((arg) => arg.id));
    const sections = new Map(
      essayIds(files).map((id) => [
        id,
        new Map(splitSections(splitFrontmatter(files.get(`essays/${id}.mdx`)!).body).map((s) => [s.id, s])),
      ]),
    );
    generated.forEach((arg, index) => {
      const copies = essayIds(files).length / realIds.length;
      expect(arg.citations).toHaveLength(real[index]!.citations.length * copies);
      for (const citation of arg.citations) {
        const section = sections.get(citation.essay)!.get(citation.section)!;
        expect(sectionText(section)).toContain(normalizeForMatch(citation.quote));
      }
    });
  });

  test('refuses fewer essays than the real ones, saying how many it needs', () => {
    const fewer = realIds.length - 1;
    expect(() => generateCorpus(source, { essays: fewer, seed: 1 })).toThrow(
      `essays: expected a whole number of at least ${realIds.length} (the real essays), found ${fewer}`,
    );
  });
});

describe('the copies corpus', () => {
  const files = generateCorpus(source, { essays: 12, seed: 1, shape: 'copies' });
  const frontmatterOf = (id: string) =>
    parse(splitFrontmatter(files.get(`essays/${id}.mdx`)!).frontmatter) as Record<string, unknown>;

  test('copies each real essay word for word under a new id, its title and short title numbered', () => {
    const ids = essayIds(files);
    expect(ids).toHaveLength(12);
    for (const essay of source.essays) {
      const copy = `${essay.id}-0001`;
      expect(splitFrontmatter(files.get(`essays/${copy}.mdx`)!).body).toBe(essay.body);
      const data = frontmatterOf(copy);
      expect(data.title).toBe(`${essay.frontmatter.title} (no. 1)`);
      expect(data.shortTitle).toMatch(/ 1$/);
      expect((data.shortTitle as string).length).toBeLessThanOrEqual(24);
      expect(data.source).toBe(essay.frontmatter.source);
    }
    expect([...files.keys()].some((path) => path.startsWith('sources/generated-'))).toBe(false);
  });

  test("keeps every removed line's reason, and gives the line that repeated the original title one", () => {
    const essay = source.essays.find((real) =>
      (real.frontmatter.removed as unknown[] | undefined)?.includes(real.frontmatter.title),
    )!;
    expect(essay).toBeDefined();
    const removed = frontmatterOf(`${essay.id}-0002`).removed as unknown[];
    const original = essay.frontmatter.removed as unknown[];
    expect(removed).toHaveLength(original.length);
    original.forEach((entry, index) => {
      if (entry === essay.frontmatter.title) expect(removed[index]).toEqual({ line: entry, reason: expect.any(String) });
      else expect(removed[index]).toEqual(entry);
    });
  });

  test('cites every copy wherever the original is cited, with the same quote', () => {
    const real = citationsOf(new Map(source.argumentSets.map((set) => [`arguments/${set.file}`, JSON.stringify(set)])));
    citationsOf(files).forEach((arg, index) => {
      const original = real[index]!.citations;
      expect(arg.citations).toHaveLength(original.length * 4);
      for (const citation of original) {
        const copies = arg.citations.filter(
          (other) =>
            other.essay.startsWith(`${citation.essay}-`) && other.section === citation.section && other.quote === citation.quote,
        );
        expect(copies.map((copy) => copy.essay)).toEqual([1, 2, 3].map((n) => `${citation.essay}-000${n}`));
      }
    });
  });
});
