import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/chromium';
import { REPO_ROOT, startWebApp, type WebApp } from './helpers/web-app';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

let browser: Browser;
let app: WebApp;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await page?.context().close();
  await app?.stop();
});

async function openApp(): Promise<void> {
  app = await startWebApp();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Ballast', level: 1 }).waitFor();
  expect(errors).toEqual([]);
}

describe('start screen in Chromium', () => {
  it('teaches what to do when there is nothing recent, and offers the samples', async () => {
    await openApp();
    await expect(page.getByText('Projects you open appear here.').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).waitFor();
    await page.getByRole('button', { name: 'New project' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'start-screen.png') });
  });

  it('opens a sample and shows its first scenario as an org chart with one card per role', async () => {
    await openApp();
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await page.getByRole('tab', { name: 'No operator' }).waitFor();
    await page.locator('[data-testid="role-card"]').first().waitFor();
    await expect(page.locator('[data-testid="role-card"]').count()).resolves.toBe(5);
    await expect(page.getByLabel(/^Founder & CEO, Ana Ruiz, team of 0/).isVisible()).resolves.toBe(true);
    await expect(page.title()).resolves.toBe('No operator — Founder-led startup — Ballast');
    await page.screenshot({ path: join(SCREENSHOTS, 'founder-sample.png') });
  });

  it('switches scenarios with the tabs and lists the project as recent afterwards', async () => {
    await openApp();
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await page.getByRole('tab', { name: 'Operator hired in Q3' }).click();
    await expect.poll(() => page.title()).toMatch(/^Operator hired in Q3/);
    await page.getByRole('button', { name: 'Back to the start screen' }).click();
    await page.getByRole('button', { name: /Founder-led startup.*\.ballast/ }).waitFor();
  });

  it('creates an empty project and explains what to do next', async () => {
    await openApp();
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByLabel('Project name').fill('Restructure 2027');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('This project has no scenarios yet.').waitFor();
    await expect(page.title()).resolves.toBe('Restructure 2027 — Ballast');
  });

  it('refuses a file that is not a project with a message naming it', async () => {
    await openApp();
    mkdirSync(app.dataDir, { recursive: true });
    writeFileSync(join(app.dataDir, 'notes.ballast'), 'not a database');
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByRole('button', { name: /notes/ }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('"notes.ballast" is not a Ballast project');
  });
});
