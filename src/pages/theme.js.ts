import { themeBootScript } from '../lib/model/theme.ts';

/** The theme script the head loads before first paint, as a file so the CSP needs no inline script. */
export function GET(): Response {
  return new Response(themeBootScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
