// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingAnchors } from './src/lib/essay/rehypeHeadingAnchors.ts';
import { rehypeSections } from './src/lib/essay/rehypeSections.ts';
import { readSiteLocation } from './src/lib/host/siteConfig.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { hostHeaders } from './src/integrations/hostHeaders.ts';
import { siteUrlNotice } from './src/integrations/siteUrlNotice.ts';
import { openDataFiles } from './src/integrations/openDataFiles.ts';
import { isDraftPage } from './src/lib/model/drafts.ts';
import { draftEssayIds } from './src/lib/debate/draftEssayIds.ts';
import { contentDir } from './src/lib/debate/contentDir.ts';

const { site, base } = readSiteLocation(process.env);
// Review builds (INCLUDE_DRAFTS=1) render drafts, but the sitemap never lists them. The drafts are
// read when the sitemap is written, after the essays loader has checked every file (draftEssayIds.ts).
/** @type {string[] | undefined} */
let draftIds;
const isDraft = (/** @type {string} */ page) => isDraftPage(page, (draftIds ??= draftEssayIds(`${contentDir()}/essays`)));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Without SITE_URL there is no origin to make absolute URLs from: no sitemap, and one line saying why.
  // hostHeaders comes after searchIndex, so it sees Pagefind's hashed files.
  integrations: [
    mdx(),
    site ? sitemap({ filter: (page) => !isDraft(page) }) : siteUrlNotice(),
    openDataFiles(),
    searchIndex(),
    hostHeaders(),
  ],
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark or rehype plugins, and
    // `mdx({ remarkPlugins })` is silently ignored under it. We need remark-gfm (the table on
    // /about/) and our heading-anchor rehype plugin, so we opt into unified on purpose.
    processor: unified({
      gfm: false, // remark-gfm below does it, explicitly pinned as a dependency
      smartypants: false, // keep the authors' punctuation exactly as written
      remarkPlugins: [remarkGfm],
      // Anchors read heading ids, so they run after Astro assigns them; sections wrap the anchored headings.
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors, rehypeSections],
    }),
  },
  build: {
    // External CSS keeps the Content-Security-Policy free of 'unsafe-inline' styles.
    inlineStylesheets: 'never',
    // Four pages render at once, so one page's file write overlaps the next page's rendering: on
    // 2 cores, a 1,000-essay build spends a second less waiting on the disk (npm run bench -- --essays 1000).
    concurrency: 4,
  },
  // Components keep their styles in their own <style>; the build joins them into one stylesheet,
  // fetched once and cached for every page, rather than a few small files per page.
  vite: { build: { cssCodeSplit: false } },
  // Fixture builds in the tests use a cache of their own, so their content never leaks into a real build.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
