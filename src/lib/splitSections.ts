import GithubSlugger from 'github-slugger';

/** One h2 or h3 section of an essay, as plain text. */
export interface EssaySection {
  /** The heading id, made the same way Astro makes it (github-slugger over the heading text). */
  id: string;
  /** 2 or 3. */
  depth: number;
  /** Heading text. */
  title: string;
  /** Paragraphs and list items under the heading, up to the next h2 or h3, as plain text. */
  paragraphs: string[];
}

const headingPattern = /^(#{2,3})\s+(.+?)\s*#*$/;
const componentLine = /^<[A-Z][\w.]*[^>]*\/>$/;
const thematicBreak = /^(?:-{3,}|\*{3,}|_{3,})$/;

/** Removes inline Markdown and MDX syntax that is not the authors' words. */
export function markdownToPlainText(line: string): string {
  return line
    .replace(/<[A-Z][\w.]*[^>]*\/>/g, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1$2')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .trim();
}

/**
 * Splits an essay's MDX body into its h2/h3 sections, each paragraph or list item as one
 * plain-text string. Text before the first heading has no section and is returned under id "".
 */
export function splitSections(body: string): EssaySection[] {
  const slugger = new GithubSlugger();
  const sections: EssaySection[] = [{ id: '', depth: 1, title: '', paragraphs: [] }];
  let paragraph: string[] = [];
  const current = () => sections[sections.length - 1]!;
  const flush = () => {
    const text = paragraph.join(' ').trim();
    if (text) current().paragraphs.push(text);
    paragraph = [];
  };
  for (const rawLine of body.split('\n')) {
    const line = rawLine.trim();
    const heading = headingPattern.exec(line);
    if (heading) {
      flush();
      const title = markdownToPlainText(heading[2]!);
      sections.push({ id: slugger.slug(title), depth: heading[1]!.length, title, paragraphs: [] });
    } else if (!line || thematicBreak.test(line) || componentLine.test(line)) {
      flush();
    } else if (/^\s*(?:[-*+]|\d+\.)\s+/.test(rawLine)) {
      flush();
      paragraph.push(markdownToPlainText(line));
      flush();
    } else {
      paragraph.push(markdownToPlainText(line));
    }
  }
  flush();
  return sections[0]!.paragraphs.length ? sections : sections.slice(1);
}
