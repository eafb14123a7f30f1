/**
 * A language tag as BCP 47 writes it (en_US becomes en-US), or undefined when it is not one with a
 * two- or three-letter language, as the essay schema's `lang` requires.
 */
export function bcp47(tag: string | null | undefined): string | undefined {
  const candidate = tag?.trim().replace(/_/g, '-');
  if (!candidate || !/^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i.test(candidate)) return undefined;
  try {
    return Intl.getCanonicalLocales(candidate)[0];
  } catch {
    return undefined;
  }
}

/** The language a saved page declares: `<html lang>`, then Content-Language, then og:locale. */
export function pageLanguage(document: Document): string | undefined {
  const declared = [
    document.documentElement?.getAttribute('lang'),
    document.documentElement?.getAttribute('xml:lang'),
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.split(',')[0],
    document.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const tag of declared) {
    const lang = bcp47(tag);
    if (lang) return lang;
  }
  return undefined;
}
