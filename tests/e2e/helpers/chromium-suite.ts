import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { openApp, type OpenedApp } from './app-page';
import { launchChromium } from './chromium';
import type { WebApp } from './web-app';

/**
 * One Chromium for a test file, and one fresh browser-mode app per test: `open()` starts it at the start
 * screen; after each test the page must have thrown no error, and everything is closed.
 */
export function useChromium(): { open(existing?: WebApp): Promise<OpenedApp> } {
  let browser: Browser | null = null;
  let opened: OpenedApp | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const last = opened;
    opened = null;
    if (!last) return;
    try {
      expect(last.errors).toEqual([]);
    } finally {
      await last.close();
    }
  });
  return {
    async open(existing) {
      opened = await openApp(browser!, existing);
      return opened;
    },
  };
}
