import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** Published anchors by page path ("/essays/x/"), each list sorted. */
export type AnchorLock = Record<string, string[]>;

/** Every id on a built page (headings, arguments and alias targets alike). */
export function pageIds(html: string): Set<string> {
  return new Set(selectAll('[id]', fromHtml(html)).map((element) => String(element.properties.id)));
}

/** The anchors a page publishes: the ids of the h2 and h3 headings in its main content. */
export function publishedAnchors(html: string): string[] {
  return selectAll('main :is(h2, h3)[id]', fromHtml(html))
    .map((heading) => String(heading.properties.id))
    .sort();
}

/**
 * Compares the committed anchor lock with a build. A locked anchor may disappear only when an
 * alias from it to a current id of the same page is declared and the page carries the old id.
 * Returns one message per broken promise, saying how to fix it.
 */
export function checkAnchorLock(
  lock: AnchorLock,
  built: Record<string, Set<string>>,
  aliases: readonly { page: string; from: string; to: string }[],
): string[] {
  const errors: string[] = [];
  for (const [page, ids] of Object.entries(lock)) {
    const present = built[page];
    if (!present) {
      errors.push(`${page} was published but is no longer built; its ${ids.length} anchors would break.`);
      continue;
    }
    for (const id of ids) {
      const alias = aliases.find((candidate) => candidate.page === page && candidate.from === id);
      if (alias && !present.has(alias.to)) {
        errors.push(`${page}#${id} is aliased to "${alias.to}", but ${page} has no element with id "${alias.to}".`);
      } else if (alias && !present.has(id)) {
        errors.push(
          `${page}#${id} is aliased to "${alias.to}", but the page does not carry the old id, so old links would not land.`,
        );
      } else if (!present.has(id)) {
        errors.push(
          `${page}#${id} was published but is gone. Declare where it went in content/anchor-aliases.yaml ` +
            `({ page: ${page}, from: ${id}, to: <new id> }), or run "npm run anchors:update" if dropping it is intended.`,
        );
      }
    }
  }
  return errors;
}
