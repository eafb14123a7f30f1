import { sitemapUrl } from '../lib/page/routes.ts';
import type { APIRoute } from 'astro';

/** Lets every crawler in and, when the build knows its origin (SITE_URL), points it at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push('', `Sitemap: ${new URL(sitemapUrl(), site).href}`);
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
