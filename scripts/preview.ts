// Serves dist/ on loopback with the headers from its _headers file, as Netlify and Cloudflare Pages would,
// under BASE_PATH when it is set. PORT chooses the port (4321 by default).
import { access } from 'node:fs/promises';
import { readSiteLocation } from '../src/lib/host/siteConfig.ts';
import { serveSite } from './lib/serveSite.ts';

const dir = 'dist';
try {
  await access(`${dir}/_headers`);
} catch {
  console.error(`There is no built site with headers in ${dir}/: run "npm run build" first (or "npm start").`);
  process.exit(1);
}
const { base } = readSiteLocation(process.env);
const port = Number(process.env.PORT ?? 4321);
const served = await serveSite(dir, base, port);
console.log(`Serving ${dir}/ with the headers in ${dir}/_headers at ${served.url} (Ctrl+C stops it)`);
