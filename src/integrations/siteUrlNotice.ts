import type { AstroIntegration } from 'astro';
import { siteUrlMissingNotice } from '../lib/host/siteConfig.ts';

/** Prints, once per build, that SITE_URL is not set and how to set it; used instead of the sitemap then. */
export function siteUrlNotice(): AstroIntegration {
  return {
    name: 'open-models-debate:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => logger.warn(siteUrlMissingNotice),
    },
  };
}
