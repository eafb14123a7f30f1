import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';

/** A built site served on loopback. */
export interface ServedSite {
  /** Origin plus base path, ending in "/". */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 under its base path, as a static host would: files as they
 * are, directories through index.html, and 404.html with status 404 for anything else.
 */
export async function serveSite(dir: string, base = '/'): Promise<ServedSite> {
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const notFound = await readFile(join(dir, '404.html'));
  const sendNotFound = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return sendNotFound(res);
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => sendNotFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('serveSite: the server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
