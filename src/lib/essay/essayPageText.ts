import type { EssaySection } from './splitSections.ts';
import type { PageText } from '../text/textFragment.ts';

/**
 * An essay page's text for choosing text fragments: the chrome that can come before or between
 * the sections (header, title, source note, table of contents, anchor labels, "Cited in" lists),
 * all placed first so that none of it can hold an earlier match, then each section's heading and
 * paragraphs in reading order.
 */
export function essayPageText(sections: readonly EssaySection[], chrome: readonly string[]): PageText {
  const blocks = [...chrome];
  const sectionStarts: Record<string, number> = {};
  for (const section of sections) {
    sectionStarts[section.id] = blocks.length;
    if (section.title) blocks.push(section.title);
    blocks.push(...section.paragraphs);
  }
  return { blocks, sectionStarts };
}
