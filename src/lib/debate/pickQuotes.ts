/**
 * Up to `max` citations to show as a sample: the first of each essay in citation order, so that
 * the sample spans different essays where it can, then more from the same essays if room is left.
 * Returned in citation order. One pass each way, since an argument may cite a thousand essays.
 */
export function pickQuotes<C extends { essay: string }>(citations: readonly C[], max = 3): C[] {
  const picked = new Set<C>();
  const essays = new Set<string>();
  for (const citation of citations) {
    if (picked.size >= max) break;
    if (essays.has(citation.essay)) continue;
    essays.add(citation.essay);
    picked.add(citation);
  }
  for (const citation of citations) {
    if (picked.size >= max) break;
    picked.add(citation);
  }
  return citations.filter((citation) => picked.has(citation));
}
