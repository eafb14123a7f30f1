import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** What a page did while a test used it. */
export interface PageRecord {
  page: Page;
  /** Uncaught errors and console errors. */
  errors: string[];
  /** Content-Security-Policy violations the page reported. */
  cspViolations: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Alerts, confirms and prompts that opened (none should). */
  dialogs: string[];
}

/** Opens a fresh page that records errors, CSP violations, requests and dialogs. */
export async function recordedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<PageRecord> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  // Playwright waits 30 s by default, as long as a whole test may take: a step that never comes
  // would surface as a bare test timeout. Half that names the step that failed instead.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const record: PageRecord = { page, errors: [], cspViolations: [], requests: [], dialogs: [] };
  await page.exposeFunction('__reportCsp', (text: string) => record.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (text: string) => void }).__reportCsp(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return record;
}

/** Where an element sits relative to the viewport and the bottom of the sticky header, if any. */
async function placement(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const { top, bottom } = element.getBoundingClientRect();
      const header = document.querySelector('.site-header');
      const headerBottom = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
      return { top, bottom, headerBottom, viewport: window.innerHeight };
    });
}

/** Whether an element starts inside the viewport and not hidden under the sticky header. */
export async function isInView(page: Page, selector: string): Promise<boolean> {
  const { top, bottom, headerBottom, viewport } = await placement(page, selector);
  return top >= headerBottom - 1 && top < viewport && bottom > 0;
}

/** Whether part of an element shows in the viewport, below the sticky header. */
export async function isVisibleInViewport(page: Page, selector: string): Promise<boolean> {
  const { top, bottom, headerBottom, viewport } = await placement(page, selector);
  return bottom > headerBottom && top < viewport;
}
