import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startWebApp, type WebApp } from './web-app';

export interface OpenedApp {
  app: WebApp;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** Browser mode in a fresh folder, opened in a new Chromium page at the start screen. */
export async function openApp(browser: Browser, existing?: WebApp): Promise<OpenedApp> {
  const app = existing ?? (await startWebApp());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Ballast', level: 1 }).waitFor();
  return {
    app,
    page,
    errors,
    close: async () => {
      await context.close();
      if (!existing) await app.stop();
    },
  };
}

export const cards = (page: Page) => page.locator('[data-testid="role-card"]');
export const card = (page: Page, title: string) =>
  page.locator(`[data-testid="role-card"][aria-label^="${title},"]`);

/**
 * Waits until the chart shows its opening view (data-opened): before it, the chart is hidden and its
 * cards are not where they will be, so a pointer aimed at one would land elsewhere.
 */
export async function waitForOpenedChart(page: Page): Promise<void> {
  await page.locator('.react-flow[data-opened="true"]').waitFor();
}

/** Drags one card onto another the way a person does: press, move in steps, release. */
export async function dragCardOnto(page: Page, from: string, to: string): Promise<void> {
  await waitForOpenedChart(page);
  const source = await card(page, from).boundingBox();
  const target = await card(page, to).boundingBox();
  if (!source || !target) throw new Error(`cannot see "${from}" or "${to}" on the canvas`);
  await page.mouse.move(source.x + source.width / 2, source.y + 20);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + 30, { steps: 4 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

/**
 * Waits for the first results, then scrubs to quarter 0. Cards show the scrubbed quarter's team sizes,
 * so a test that reads a design edit off a card must look at quarter 0: at the last quarter a growth
 * plan has already changed them, and the card only shows the design while results are still on the way.
 */
export async function showDesignQuarter(page: Page): Promise<void> {
  const scrubber = page.getByRole('slider', { name: 'Quarter' });
  await scrubber.waitFor();
  await scrubber.fill('0');
  await expect.poll(() => scrubber.inputValue()).toBe('0');
}
