/**
 * Up to `max` citations to show as a sample: the first of each essay in citation order, so that
 * the sample spans different essays where it can, then more from the same essays if room is left.
 */
export function pickQuotes<C extends { essay: string }>(citations: readonly C[], max = 3): C[] {
  const seen = new Set<string>();
  const firsts = citations.filter((c) => !seen.has(c.essay) && seen.add(c.essay));
  const rest = citations.filter((c) => !firsts.includes(c));
  return [...firsts, ...rest].slice(0, max).sort((a, b) => citations.indexOf(a) - citations.indexOf(b));
}
