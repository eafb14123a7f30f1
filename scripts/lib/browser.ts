import { access } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';

/** Chromium from Debian (package "chromium"), or wherever CHROME_PATH points. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const flags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches the system Chromium; fails with install instructions when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  try {
    await access(chromePath);
  } catch {
    throw new Error(
      `Browser tests need Chromium at ${chromePath}. Install it with "apt-get update && apt-get install -y chromium" ` +
        '(Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({ executablePath: chromePath, args: flags });
}
