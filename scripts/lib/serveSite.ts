import { createServer, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersForPath, parseHeadersFile } from '../../src/lib/host/headersFile.ts';

/** A built site served on loopback. */
export interface ServedSite {
  /** Origin plus base path, ending in "/". */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 under its base path, as Netlify or Cloudflare Pages would: files as
 * they are, directories through index.html, 404.html with status 404 for anything else, and every
 * response with the headers the build's `_headers` file gives its path (the file itself is not served).
 * `npm start`, `npm run preview`, the tests and the benchmark all serve through this.
 */
export async function serveSite(dir: string, base = '/', port = 0): Promise<ServedSite> {
  const headersFile = join(dir, '_headers');
  // The benchmark's reference site has no _headers; ours always has (tests/build/hostHeaders.test.ts).
  const rules = existsSync(headersFile) ? parseHeadersFile(await readFile(headersFile, 'utf8'), headersFile) : [];
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const notFound = await readFile(join(dir, '404.html'));
  const sendNotFound = (res: ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const inSite = url.startsWith(base);
    const path = inSite ? `/${url.slice(base.length)}` : url;
    const { pathname } = new URL(`http://host${path}`);
    // The headers go on before sirv or the 404 page writes the status line; both keep them.
    for (const [name, value] of Object.entries(headersForPath(rules, pathname))) res.setHeader(name, value);
    if (!inSite || pathname === '/_headers') return sendNotFound(res);
    req.url = path;
    files(req, res, () => sendNotFound(res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('serveSite: the server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
