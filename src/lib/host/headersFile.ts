import type { HeaderRule } from './responseHeaders.ts';

/**
 * Writes rules in the `_headers` format that Netlify and Cloudflare Pages read: a path on its own
 * line, then its headers indented, one per line.
 */
export function formatHeadersFile(rules: HeaderRule[], comment: string): string {
  const header = comment
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${[header, ...blocks].join('\n\n')}\n`;
}

/**
 * Reads a `_headers` file. Only what formatHeadersFile writes is accepted (exact paths and a trailing
 * splat), because headersForPath matches only those; anything else fails with the line named.
 */
export function parseHeadersFile(text: string, fileName = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `${fileName} line ${index + 1}`;
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      if (!/^\/[^*:\s]*(?:\*)?$/.test(path) || (path.includes('*') && !path.endsWith('/*'))) {
        throw new Error(`${where}: expected a URL path that starts with "/" and may end in "/*"; got "${path}".`);
      }
      rules.push({ path, headers: {} });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (!rule) throw new Error(`${where}: a header comes before any path.`);
    if (!match) throw new Error(`${where}: expected "  Header-Name: value"; got "${line.trim()}".`);
    const [, name, value] = match;
    if (!value) throw new Error(`${where}: the header ${name} has no value.`);
    rule.headers[name!] = value!;
  });
  return rules;
}

/** Whether a rule's path matches a request path. */
function matches(rulePath: string, urlPath: string): boolean {
  return rulePath.endsWith('*') ? urlPath.startsWith(rulePath.slice(0, -1)) : urlPath === rulePath;
}

/**
 * The headers a host sends for a URL path under the rules. Two matching rules that set the same header
 * throw: Netlify keeps the last value and Cloudflare Pages joins them, so such a file means different
 * things on different hosts.
 */
export function headersForPath(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const setBy: Record<string, string> = {};
  for (const rule of rules.filter((candidate) => matches(candidate.path, urlPath))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      if (setBy[key]) {
        throw new Error(
          `_headers: both ${setBy[key]} and ${rule.path} set ${name} for ${urlPath}; hosts combine them differently.`,
        );
      }
      setBy[key] = rule.path;
      headers[name] = value;
    }
  }
  return headers;
}
