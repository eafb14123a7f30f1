/**
 * A result's excerpt without the words of its title when it starts with them: an argument's record
 * opens with its claim, which the result already shows as its link. `html` is Pagefind's excerpt
 * (escaped text and <mark> elements); a mark the cut falls inside is reopened. An excerpt that is
 * the title and nothing more is left whole.
 */
export function excerptWithoutTitle(html: string, title: string): string {
  const want = title.trim();
  if (!want) return html;
  let text = '';
  let open = false;
  let index = 0;
  while (index < html.length && text.length < want.length) {
    const tag = /^<\/?mark>/.exec(html.slice(index));
    if (tag) {
      open = tag[0] === '<mark>';
      index += tag[0].length;
      continue;
    }
    const entity = /^&(?:amp|lt|gt|quot|#39|#x27);/.exec(html.slice(index));
    const char = entity ? ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' }[entity[0]] ?? "'") : html[index]!;
    text += char;
    index += entity ? entity[0].length : 1;
  }
  if (text !== want) return html;
  let rest = html.slice(index);
  let reopen = open;
  if (rest.startsWith('</mark>')) {
    rest = rest.slice('</mark>'.length);
    reopen = false;
  }
  rest = rest.replace(/^[\s.,;:]+/, '');
  if (!rest.replace(/<\/?mark>/g, '').trim()) return html;
  return reopen ? `<mark>${rest}` : rest;
}
