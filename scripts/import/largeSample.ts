import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importEssay } from './importEssay.ts';

/** Paragraphs in each section of the large sample. */
export const paragraphsPerSection = 4;

/**
 * A scraped text of about `bytes` bytes in the shape of the real ones: a title, then numbered
 * sections of a heading and four paragraphs, each paragraph naming its section and position, and a
 * "Share this:" line of debris after every section.
 */
export function largeSample(bytes = 5 * 1024 * 1024): { text: string; sections: number } {
  const parts = ['A Very Long Essay About Open Models', ''];
  let size = parts.join('\n').length;
  let sections = 0;
  while (size < bytes) {
    sections += 1;
    const section = [`Part ${sections} of the Argument`, ''];
    for (let p = 1; p <= paragraphsPerSection; p++) {
      section.push(
        `Paragraph ${p} of part ${sections} says that open weights let outside researchers study a model, while closed weights keep its makers answerable for how it is used. Both claims come back in every part, so the sample reads like a long essay that keeps returning to one debate.`,
        '',
      );
    }
    section.push('Share this:', '');
    const chunk = section.join('\n');
    parts.push(chunk);
    size += Buffer.byteLength(chunk) + 1;
  }
  return { text: parts.join('\n'), sections };
}

/** Imports a generated text of `bytes` bytes into a temporary folder; for `npm run bench` to time. */
export async function timeLargeImport(bytes = 5 * 1024 * 1024): Promise<{ bytes: number; ms: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'import-bench-'));
  try {
    const file = join(dir, 'large.txt');
    const { text } = largeSample(bytes);
    await writeFile(file, text);
    const start = performance.now();
    await importEssay({ input: file, contentDir: join(dir, 'content') });
    return { bytes: Buffer.byteLength(text), ms: performance.now() - start };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
