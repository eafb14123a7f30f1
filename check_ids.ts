import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageType } from './scripts/lib/pageType.ts';
const root = process.argv[2]!;
const kinds = new Set(process.argv.slice(3));
const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : []);
let n = 0;
for (const f of walk(root)) {
  const path = '/' + relative(root, f).replace(/index\.html$/, '');
  const html = readFileSync(f, 'utf8');
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
  const rep = ids.filter((id, i) => ids.indexOf(id) !== i);
  let noLink: (string|undefined)[] = [];
  if (kinds.has(pageType(path))) {
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    noLink = [...main.matchAll(/<h[23]\b[^>]*>/g)].map(([h]) => /\sid="([^"]*)"/.exec(h)?.[1] ?? h).filter((id) => !main.includes(`href="#${id}"`));
  }
  if ((rep.length || noLink.length) && n++ < 8) console.log(path, pageType(path), 'rep', [...new Set(rep)].slice(0, 5), 'nolink', noLink.slice(0, 5));
}
