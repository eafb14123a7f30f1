import { sitemapUrl } from '../lib/routes.ts';
import type { APIRoute } from 'astro';

/** Lets every crawler in and points it at the sitemap, wherever the site is deployed. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(sitemapUrl(), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
