// How the benchmark drives each site's search UI.
import type { SearchUi } from './search.ts';

/** Our search dialog: "/" opens it; results come from Pagefind's JavaScript API. */
export const ourUi: SearchUi = {
  page: '',
  openKey: '/',
  input: 'dialog.search-dialog[open] input',
  result: 'dialog.search-dialog .search-result',
};

/** Starlight's search dialog: Ctrl+K opens Pagefind's Default UI. */
export const referenceUi: SearchUi = {
  page: '',
  openKey: 'Control+k',
  input: 'site-search dialog[open] #starlight__search input',
  result: 'site-search .pagefind-ui__result-link',
};
