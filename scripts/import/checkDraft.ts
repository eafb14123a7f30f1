import { parse } from 'yaml';
import { essayFrontmatter } from '../../src/lib/essay/essayFrontmatter.ts';
import { renderEssay } from '../../src/lib/essay/renderEssay.ts';
import { splitFrontmatter } from '../../src/lib/essay/splitFrontmatter.ts';
import { isRemoteImage, isSafeLink } from '../../src/lib/text/safeUrl.ts';

/** The line of the file a renderer error points at ("12:4: …" counts from the body's first line), with its text. */
function lineOf(message: string, file: string, bodyStart: number): string {
  const position = /(?:^|\s)(\d+):(\d+)(?:-\d+:\d+)?:/.exec(message);
  if (!position) return '';
  const n = bodyStart + Number(position[1]) - 1;
  const text = file.split('\n')[n - 1] ?? '';
  return `line ${n} (${JSON.stringify(text.length > 100 ? `${text.slice(0, 99)}…` : text)}): `;
}

/**
 * Checks a draft essay file as the site will: its frontmatter against the site's own schema
 * (essayFrontmatter) and its body with the site's own essay renderer (renderEssay), and that the
 * rendered page links to no script URL and loads no remote image. Returns one problem per line,
 * each naming the field or the construct and its line in the file; none when the draft will build.
 */
export function checkDraft(file: string, path: string): string[] {
  const problems: string[] = [];
  const { frontmatter, body } = splitFrontmatter(file);
  const bodyStart = file.slice(0, file.length - body.length).split('\n').length;
  const result = essayFrontmatter.safeParse(parse(frontmatter));
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(`frontmatter field ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  let html = '';
  try {
    const rendered = renderEssay(body, path);
    html = rendered.intro + rendered.sections.map((section) => section.html).join('');
  } catch (error) {
    // The renderer names the file first ("a-draft.mdx:5:1: …" or "a-draft.mdx: …").
    const first = (error as Error).message.split('\n')[0]!;
    const message = first.startsWith(`${path}:`) ? first.slice(path.length + 1).trimStart() : first;
    const where = lineOf(message, file, bodyStart);
    // The renderer counts lines from the body's start; `where` has the file's line instead.
    problems.push(`${where}the essay renderer refuses it: ${where ? message.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '') : message}`);
  }
  // The renderer's HTML comes from hast-util-to-html, which escapes < in text and double-quotes
  // every attribute value: a scan of its start tags is exact, and a fraction of the time of parsing
  // a 5 MB page again.
  for (const [, tag, attributes] of html.matchAll(/<([a-z][a-z0-9]*)((?:\s+[^\s"'=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    for (const [, name, value = ''] of attributes!.matchAll(/\s([^\s"'=>/]+)(?:="([^"]*)")?/g)) {
      if (name === 'href' && !isSafeLink(value)) {
        problems.push(`a link to ${value.slice(0, 60)} survived: only http:, https:, mailto:, relative and # links may`);
      }
      if (tag === 'img' && name === 'src' && isRemoteImage(value))
        problems.push(`a remote image (${value.slice(0, 60)}) survived`);
    }
  }
  return problems;
}
