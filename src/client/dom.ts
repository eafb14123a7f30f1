/** Creates an element with attributes and children; strings become text nodes, never markup. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The search box the dialog and the search page share: plain text in, no autocorrection. */
export function searchInput(): HTMLInputElement {
  return element('input', {
    type: 'search',
    class: 'search-input',
    placeholder: 'Search arguments and essays',
    'aria-label': 'Search arguments and essays',
    autocomplete: 'off',
    spellcheck: 'false',
  });
}
