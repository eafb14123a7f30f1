// Groups built pages by what they are, so tests can sample each kind and the growth benchmark can name the heaviest.

/** The kind of page a URL path is on this site ("essay", "topic", "essays index", …) or on the Starlight reference. */
export function pageType(path: string, site: 'ours' | 'reference' = 'ours'): string {
  const segments = path.split('/').filter(Boolean);
  const [first, second, third] = segments;
  if (first === undefined) return 'home';
  if (site === 'reference') return segments.length === 1 && !first.endsWith('.html') ? 'essay' : first;
  if (first === 'essays') {
    if (second === undefined || /^\d+$/.test(second) || segments.length > 3) return 'essays index';
    if (third === 'source') return 'essay source';
    return third === undefined ? 'essay' : 'essays index';
  }
  if (first === 'topics' && second) return 'topic';
  if (first === 'arguments') return second ? 'argument' : 'arguments index';
  return first;
}
