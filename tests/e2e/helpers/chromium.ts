import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

// Flags that let Chromium run as root in a container with no network beyond loopback (toolchain.md).
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser the tests drive: $BALLAST_CHROMIUM, else a system Chromium or Chrome. Never downloaded. */
export function findChromium(): string {
  const fromEnv = process.env.BALLAST_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`BALLAST_CHROMIUM points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium and none was found. On Debian or Ubuntu: `sudo apt-get install -y chromium`; ' +
        'elsewhere install Chromium or Chrome and set BALLAST_CHROMIUM=/path/to/it. (They never skip silently.)',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: FLAGS, headless: true });
}
