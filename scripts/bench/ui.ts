// How the benchmark drives each site's search UI.
import type { SearchUi } from './search.ts';

/** Our search dialog: "/" opens Pagefind's Component UI in a modal. */
export const ourUi: SearchUi = {
  page: '',
  openKey: '/',
  input: 'pagefind-modal dialog[open] input',
  result: 'pagefind-modal .search-result',
  componentInput: 'pagefind-modal pagefind-input',
};

/** Starlight's search dialog: Ctrl+K opens Pagefind's Default UI. */
export const referenceUi: SearchUi = {
  page: '',
  openKey: 'Control+k',
  input: 'site-search dialog[open] #starlight__search input',
  result: 'site-search .pagefind-ui__result-link',
};
