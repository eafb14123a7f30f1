// The search dialog's and page's styles, built by Vite into a hashed file of their own so that
// reading pages do not carry them; a <link> to it satisfies the CSP (style-src 'self').
import href from '../../styles/search.css?url';

let loaded: Promise<void> | undefined;

/** Adds the search stylesheet once; resolves when it has loaded (or failed: search still works unstyled). */
export function loadSearchStyles(): Promise<void> {
  loaded ??= new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
  return loaded;
}
