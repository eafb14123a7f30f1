// Astro runs integrations in its own process, from astro.config.mjs, but bundles middleware and
// pages into a separate module graph for the build's renderer: the two sides never import the same
// copy of a module, so a module-level variable set by one would be unset for the other. They meet
// on one global under a registered symbol instead, set by an integration when a build starts and
// cleared when it ends. Outside a build (`astro dev`, tests) it is unset.

/** A value an integration hands to the build's middleware (or back), under a registered symbol named `key`. */
export function buildGlobal<T>(key: string): { set(value: T | undefined): void; get(): T | undefined } {
  const symbol = Symbol.for(key);
  const slot = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    set: (value) => {
      slot[symbol] = value;
    },
    get: () => slot[symbol],
  };
}
