import { expect, test } from 'vitest';
import { isRemoteImage, isSafeLink, urlScheme } from '../../../scripts/import/safeUrl.ts';

test.each([
  ['JaVaScRiPt:alert(1)', 'javascript'],
  ['&#106;avascript&#58;alert(1)', 'javascript'],
  ['jav&#x61;script&colon;alert(1)', 'javascript'],
  ['%6Aavascript:alert(1)', 'javascript'],
  ['java\tscript:alert(1)', 'javascript'],
  ['\u0001 javascript:alert(1)', 'javascript'],
  ['vbscript:msgbox(1)', 'vbscript'],
  ['data:text/html,<script>alert(1)</script>', 'data'],
  ['HTTPS://example.org/', 'https'],
])('reads the scheme of %j as a browser would: %s', (url, scheme) => {
  expect(urlScheme(url)).toBe(scheme);
});

test('lets through only http, https, mailto, relative and fragment links', () => {
  for (const url of [
    'https://example.org/a:b',
    'http://example.org',
    'mailto:a@example.org',
    '../a/b/',
    'page.html?x=a:b',
    '#part',
    '//example.org/x',
  ]) {
    expect(isSafeLink(url)).toBe(true);
  }
  for (const url of ['javascript:void(0)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'JaVaScRiPt:x']) {
    expect(isSafeLink(url)).toBe(false);
  }
});

test('calls an image remote when the page would fetch it from another origin', () => {
  expect(isRemoteImage('https://images.example.org/a.png')).toBe(true);
  expect(isRemoteImage('//images.example.org/a.png')).toBe(true);
  expect(isRemoteImage('images/a.png')).toBe(false);
  expect(isRemoteImage('data:image/png;base64,AAAA')).toBe(false);
});
