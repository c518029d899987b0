import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './helpers/chromium-suite';
import {
  card,
  cards,
  dragCardOnto,
  showDesignQuarter,
  waitForOpenedChart,
  waitUntilSaved,
} from './helpers/app-page';
import { REPO_ROOT, startWebApp } from './helpers/web-app';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const chromium = useChromium();

async function rename(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F2');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await card(page, title).waitFor();
}

const titles = async (page: Page) =>
  (await Promise.all((await cards(page).all()).map((c) => c.getAttribute('aria-label'))))
    .map((label) => label!.split(',')[0])
    .sort();

/**
 * Room for the chart: a taller window, so a card moved a layer down stays on screen (the canvas mounts
 * only the cards in view, and at 1280 × 800 the results dock leaves the chart under 400 px).
 */
async function roomForTheChart(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 1100 });
}

/** View → Fit chart to window: every card in view, so every card is mounted. */
async function fitChart(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'View', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Fit chart to window' }).click();
}

describe('the org-chart editor in Chromium', () => {
  it('builds a six-role org from an empty scenario with the keyboard, edits it with the mouse, and keeps it after a reload', async () => {
    const app = await startWebApp();
    try {
      const opened = await chromium.open(app);
      const { page } = opened;
      await page.getByRole('button', { name: 'New project' }).click();
      await page.getByLabel('Project name').fill('Acme');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Start an org chart' }).click();
      await cards(page).first().click(); // the new scenario's one top role

      await rename(page, 'CEO');
      await page.keyboard.press('Tab'); // a report of the CEO
      await rename(page, 'CTO');
      await page.keyboard.press('Enter'); // a peer of the CTO
      await rename(page, 'CFO');
      await page.keyboard.press('ArrowLeft'); // back to the CTO
      await page.keyboard.press('Tab');
      await rename(page, 'Platform lead');
      await page.keyboard.press('Enter');
      await rename(page, 'Product lead');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowRight'); // the CFO
      await page.keyboard.press('Tab');
      await rename(page, 'Controller');
      await fitChart(page);
      await expect
        .poll(() => titles(page))
        .toEqual(['CEO', 'CFO', 'CTO', 'Controller', 'Platform lead', 'Product lead']);

      // The mouse: a team size and a strength in the inspector.
      await card(page, 'Platform lead').click();
      await page.getByLabel('Team size').fill('12');
      await page.getByLabel('Team size').press('Enter');
      await page.getByLabel('Plan, 0 to 10').fill('8');
      await page.getByLabel('Plan, 0 to 10').press('Enter');
      await card(page, 'Platform lead').and(page.locator('[aria-label*="team of 12"]')).waitFor();
      await waitUntilSaved(page);
      await page.screenshot({ path: join(SCREENSHOTS, 'editor-six-roles.png') });

      await page.reload();
      await page.getByRole('button', { name: /^Acme/ }).click();
      await card(page, 'Controller').waitFor();
      expect(await titles(page)).toEqual([
        'CEO',
        'CFO',
        'CTO',
        'Controller',
        'Platform lead',
        'Product lead',
      ]);
      await card(page, 'Platform lead').click();
      await expect(page.getByLabel('Plan, 0 to 10').inputValue()).resolves.toBe('8');
      await expect(page.getByLabel('Team size').inputValue()).resolves.toBe('12');
    } finally {
      await app.stop();
    }
  });

  it('centres a card found or walked to once; an edit afterwards leaves the view where the user put it', async () => {
    const { page } = await chromium.open();
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await showDesignQuarter(page);
    await card(page, 'Sales lead').click();
    await page.keyboard.press('ArrowRight'); // walks to the next lead, centring it
    const viewport = page.locator('.react-flow__viewport');
    const settled = async () => {
      const first = await viewport.getAttribute('style');
      await page.waitForTimeout(400); // longer than the centring's 250 ms animation
      return first === (await viewport.getAttribute('style'));
    };
    await expect.poll(settled).toBe(true);
    // The user pans away, then edits in the inspector: the chart is laid out anew, the view stays.
    await page.getByRole('button', { name: 'zoom out' }).click();
    await expect.poll(settled).toBe(true);
    const chosen = await viewport.getAttribute('style');
    await page.getByLabel('Team size').fill('9');
    await page.getByLabel('Team size').press('Enter');
    await page.locator('[aria-label*="team of 9"]').first().waitFor();
    await page.waitForTimeout(400);
    await expect(viewport.getAttribute('style')).resolves.toBe(chosen);
  });

  it('moves a subtree by dragging, refuses a move into its own team, and undoes and redoes', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await roomForTheChart(page);
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await waitForOpenedChart(page);
    await card(page, 'Sales lead').waitFor();
    const y = async (title: string) => (await card(page, title).boundingBox())!.y;
    const topLayer = await y('Sales lead');

    await dragCardOnto(page, 'Sales lead', 'Engineering lead');
    await expect.poll(() => y('Sales lead')).toBeGreaterThan(topLayer + 50);
    expect(await y('Sales lead')).toBeGreaterThan(await y('Engineering lead'));

    await dragCardOnto(page, 'Engineering lead', 'Sales lead');
    await page
      .getByText('"Engineering lead" cannot move under "Sales lead", who is in its own team.')
      .waitFor();
    expect(await y('Engineering lead')).toBeLessThan(await y('Sales lead'));

    await page.keyboard.press('Control+z');
    await expect.poll(() => y('Sales lead')).toBe(topLayer);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => y('Sales lead')).toBeGreaterThan(topLayer + 50);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => y('Sales lead')).toBe(topLayer);
  });

  it('edits title, person and team in place on the card, each one undoable edit', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await showDesignQuarter(page);
    await card(page, 'Sales lead').getByText('Sales lead').dblclick();
    await page.getByLabel('Title of Sales lead').fill('Revenue lead');
    await page.keyboard.press('Enter');
    await card(page, 'Revenue lead').getByText('Jonas Berg').dblclick();
    await page.getByLabel('Person in Revenue lead').fill('');
    await page.keyboard.press('Enter');
    await card(page, 'Revenue lead').and(page.locator('[aria-label*="vacant"]')).waitFor();
    await card(page, 'Revenue lead')
      .getByTitle(/^Team size of Revenue lead/)
      .dblclick();
    await page.getByLabel('Team size of Revenue lead').fill('9');
    await page.keyboard.press('Escape'); // cancelled: still 4
    await card(page, 'Revenue lead').and(page.locator('[aria-label*="team of 4"]')).waitFor();
    await card(page, 'Revenue lead')
      .getByTitle(/^Team size of Revenue lead/)
      .dblclick();
    await page.getByLabel('Team size of Revenue lead').fill('9');
    await page.keyboard.press('Enter');
    await card(page, 'Revenue lead').and(page.locator('[aria-label*="team of 9"]')).waitFor();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Undo' }).click();
    await card(page, 'Sales lead').and(page.locator('[aria-label*="Jonas Berg, team of 4"]')).waitFor();
  });

  it('shows the org of the scrubbed quarter: a hire appears from its quarter on, teams at their size', async () => {
    const { page } = await chromium.open();
    await roomForTheChart(page);
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await page.getByRole('tab', { name: 'Operator hired in Q3' }).click();
    await page.getByRole('tab', { name: 'Operator hired in Q3', selected: true }).waitFor();
    await waitForOpenedChart(page);
    const scrubber = page.getByRole('slider', { name: 'Quarter' });
    await scrubber.waitFor();
    const coo = card(page, 'Chief Operating Officer');
    await scrubber.fill('2');
    await expect.poll(() => coo.count()).toBe(0);
    // The sample's growth plan takes Sales from 4 people to 10 by Q2.
    await card(page, 'Sales lead').and(page.locator('[aria-label*="team of 10"]')).waitFor();
    await scrubber.fill('3');
    await coo.waitFor();
    // The leads it took over now sit under it.
    const y = async (title: string) => (await card(page, title).boundingBox())!.y;
    expect(await y('Sales lead')).toBeGreaterThan(await y('Chief Operating Officer'));
    await scrubber.fill('0');
    await expect.poll(() => coo.count()).toBe(0);
    await card(page, 'Sales lead').and(page.locator('[aria-label*="team of 4"]')).waitFor();
  });

  it('finds a role hidden in a collapsed team, expanding and selecting it', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await page.getByRole('button', { name: 'Collapse Founder & CEO' }).click();
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('mei');
    await page.keyboard.press('Enter');
    await card(page, 'Product lead').waitFor();
    await expect(page.getByLabel('Title').inputValue()).resolves.toBe('Product lead');
    await expect.poll(() => page.getByText('1 of 1').isVisible()).toBe(true);
  });

  it('keeps a drag going while the first results land and re-lay the chart, and drops where the pointer is', async () => {
    const { page } = await chromium.open();
    await roomForTheChart(page);
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await waitForOpenedChart(page);
    const source = (await card(page, 'Sales lead').boundingBox())!;
    const target = (await card(page, 'Engineering lead').boundingBox())!;
    await page.mouse.move(source.x + source.width / 2, source.y + 20);
    await page.mouse.down();
    await page.mouse.move(source.x + source.width / 2 + 10, source.y + 30, { steps: 4 });
    // The sample's first results land mid-drag and show the last quarter: team sizes re-lay the chart.
    const results = page.locator('[data-report-revision]');
    for (let step = 0; Number(await results.getAttribute('data-report-revision')) === 0; step++) {
      await page.mouse.move(source.x + source.width / 2 + 10 + (step % 20), source.y + 30, { steps: 2 });
    }
    for (let step = 0; step < 10; step++) {
      await page.mouse.move(source.x + source.width / 2 + 30 + step * 3, source.y + 30, { steps: 2 });
    }
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await page.mouse.up();
    // The move is made: Sales now sits in Engineering's team, a layer down.
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    const y = async (title: string) => (await card(page, title).boundingBox())!.y;
    await expect.poll(async () => (await y('Sales lead')) > (await y('Engineering lead')) + 50).toBe(true);
  });

  it('deletes a role after saying what moves, and the reports move up', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await dragCardOnto(page, 'Sales lead', 'Engineering lead');
    await card(page, 'Engineering lead').click();
    await page.keyboard.press('Delete');
    await page.getByText('1 report (Sales lead) will report to “Founder & CEO”.').waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => cards(page).count()).toBe(4);
  });
});
