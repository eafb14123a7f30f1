// Lookups over the debate, built once per build (in loadDebate.ts), so that a page asks a map
// instead of scanning every essay, argument or alias once per citation, section or heading.

/** A retired anchor that must keep landing on its replacement. */
export interface AnchorAlias {
  page: string;
  from: string;
  to: string;
}

/** Retired ids by page and current id; read it with aliasesFor. */
export type AliasIndex = Map<string, string[]>;

/** Items by their key, keeping the first of any duplicates. */
export function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/** Items grouped by one or more keys each, in their original order, each item once per key. */
export function groupBy<T>(items: readonly T[], keys: (item: T) => string | string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set([keys(item)].flat())) {
      const group = map.get(key);
      if (group) group.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

/** The key of one section of one essay in the maps below. */
export function sectionKey(essayId: string, sectionId: string): string {
  return `${essayId}#${sectionId}`;
}

/** Arguments by the essay sections they cite (see sectionKey), each argument once per section. */
export function argumentsBySection<A extends { citations: readonly { essay: string; section: string }[] }>(
  args: readonly A[],
): Map<string, A[]> {
  return groupBy(args, (arg) => arg.citations.map((c) => sectionKey(c.essay, c.section)));
}

/** Arguments by the essays they cite, each argument once per essay. */
export function argumentsByEssay<A extends { citations: readonly { essay: string }[] }>(args: readonly A[]): Map<string, A[]> {
  return groupBy(args, (arg) => arg.citations.map((c) => c.essay));
}

/** Indexes retired anchors by page and the id they now land on. */
export function indexAliases(aliases: readonly AnchorAlias[]): AliasIndex {
  const byTarget = groupBy(aliases, (alias) => sectionKey(alias.page, alias.to));
  return new Map([...byTarget].map(([key, group]) => [key, group.map((alias) => alias.from)]));
}

/** Retired ids on a page (a site path such as /topics/safety/) that now land on `id`. */
export function aliasesFor(index: AliasIndex, page: string, id: string): string[] {
  return index.get(sectionKey(page, id)) ?? [];
}

/** A citation list grouped by essay, the essays in the editor's order (unknown essays last). */
export function citationsByEssay<C extends { essay: string }>(
  citations: readonly C[],
  essayOrder: ReadonlyMap<string, number>,
): { essay: string; citations: C[] }[] {
  return [...groupBy(citations, (c) => c.essay)]
    .map(([essay, group]) => ({ essay, citations: group }))
    .sort((a, b) => (essayOrder.get(a.essay) ?? Infinity) - (essayOrder.get(b.essay) ?? Infinity));
}
