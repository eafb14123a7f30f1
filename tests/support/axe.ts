import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

const axeSource = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
const wcag22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe-core with the WCAG 2.2 A and AA rules on the page, or on the part `include` selects, and
 * returns the violations as readable lines. axe is injected as a script, so the page's context must
 * bypass the site's policy (bypassCSP).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    ([tags, selector]) =>
      (
        window as unknown as {
          axe: {
            run: (context: object, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run(selector ? { include: [selector] } : document, { runOnly: { type: 'tag', values: tags } }),
    [wcag22, include] as const,
  );
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}
