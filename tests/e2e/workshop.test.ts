/**
 * Workshop mode in Chromium (docs/WORKSHOP.md): the workshop sample, three groups made in order, one
 * group renamed and changed (a strength and an event), the groups board listing every group in order with
 * the changed one's delta and changes, the board's CSV, and the debrief in print: every group listed and
 * no text clipped. Screenshots in test-results/screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './helpers/chromium-suite';
import { card, waitUntilSaved } from './helpers/app-page';
import { newProject } from './helpers/csv-import';
import { REPO_ROOT } from './helpers/web-app';
import { clippedTexts } from './helpers/print-pack';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const BASELINE = 'Baseline: scale-up';
const chromium = useChromium();
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 100 });

const tabNames = (page: Page) =>
  page.getByRole('tablist', { name: 'Scenarios' }).getByRole('tab').allTextContents();

async function workshopMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Workshop', exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('workshop mode in Chromium', () => {
  it('makes three groups in order, follows a changed group on the board, exports its CSV and prints the debrief', async () => {
    const { page } = await chromium.open();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.getByRole('button', { name: 'Open sample: Workshop: four divisions', exact: true }).click();
    await page.getByRole('tab', { name: BASELINE, exact: true }).click();
    await card(page, 'Founder CEO').waitFor();

    // Make groups: three by default, placed after the baseline in order (not Group 3, 2, 1).
    await workshopMenu(page, 'Make groups…');
    const make = page.getByRole('dialog', { name: 'Make groups' });
    await expect(make.getByLabel('Group names, one per line').inputValue()).resolves.toBe(
      'Group 1\nGroup 2\nGroup 3',
    );
    await make.getByRole('button', { name: 'Make 3 groups' }).click();
    await make.waitFor({ state: 'detached' });
    await poll(async () => (await tabNames(page)).slice(-4)).toEqual([
      BASELINE,
      'Group 1',
      'Group 2',
      'Group 3',
    ]);
    // A tab carries its whole name as a tooltip.
    await expect(page.getByRole('tab', { name: BASELINE, exact: true }).getAttribute('title')).resolves.toBe(
      BASELINE,
    );

    // Group 2 is renamed, then changed: a strength in the inspector and a crisis in Q3.
    await page.getByRole('tab', { name: 'Group 2', exact: true }).click();
    await page.getByRole('button', { name: 'Scenario actions: Group 2', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename scenario' });
    await rename.getByLabel('Scenario name').fill('Flat & fast');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('tab', { name: 'Flat & fast', exact: true }).waitFor();
    await card(page, 'Engineering Lead').click();
    await page.getByLabel('Plan, 0 to 10').fill('8');
    await page.getByLabel('Plan, 0 to 10').press('Enter');
    await page.getByRole('button', { name: 'Add event in Q3' }).click();
    const event = page.getByRole('dialog', { name: 'Add an event in Q3' });
    await event.getByLabel('Type').selectOption('crisis');
    await event.getByRole('button', { name: 'Add event' }).click();
    await event.waitFor({ state: 'detached' });
    await waitUntilSaved(page);
    // The rename held through the edits and their saves.
    await poll(async () => (await tabNames(page)).slice(-4)).toEqual([
      BASELINE,
      'Group 1',
      'Flat & fast',
      'Group 3',
    ]);

    // The board: every group in the order made, the changed one with a delta and its changes.
    await workshopMenu(page, 'Groups board…');
    const board = page.getByRole('dialog', { name: 'Groups board' });
    await poll(() => board.getByTestId('board-group-name').allTextContents()).toEqual([
      BASELINE,
      'Group 1',
      'Flat & fast',
      'Group 3',
    ]);
    const changed = board.getByRole('listitem', { name: 'Flat & fast', exact: true });
    const changes = changed.getByRole('list', { name: 'Changes: Flat & fast' });
    await poll(() => changes.getByRole('listitem').allTextContents()).toEqual([
      'Engineering Lead: Plan 2.5 → 8 (+5.5)',
      expect.stringMatching(/^Added: Crisis .* \(quarter 3\)$/),
    ]);
    await poll(() => changed.getByTestId('delta-Health').textContent()).toMatch(/^[+−]\d/);
    const untouched = board.getByRole('listitem', { name: 'Group 1', exact: true });
    await poll(() => untouched.getByTestId('delta-Health').textContent()).toBe('±0.0');
    await expect(untouched.getByText('No change yet.').count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-board.png') });

    // Export board CSV: the baseline and the three groups, with the changed one's changes.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      board.getByRole('button', { name: 'Export board CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toMatch(/^scenario,group,baseline,quarter,outcome,/);
    expect(csv[0]).toMatch(/,events_changed,event_changes,design_changes$/);
    expect(csv.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      `${BASELINE},baseline`,
      'Group 1,group 1',
      'Flat & fast,group 2',
      'Group 3,group 3',
    ]);
    expect(csv[3]).toMatch(/,1,Added: Crisis .* \(quarter 3\),Engineering Lead: Plan 2\.5 → 8 \(\+5\.5\)$/);

    // The debrief, printed: every group listed, with its drivers, and no text clipped.
    await board.getByRole('button', { name: 'Debrief…' }).click();
    const debrief = page.getByTestId('debrief');
    await debrief.waitFor();
    await poll(() => debrief.getByText('Working out the main driver…').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await debrief.getByTestId('debrief-group').allTextContents()).toEqual([
      `${BASELINE} (baseline)`,
      '1. Group 1',
      '2. Flat & fast',
      '3. Group 3',
    ]);
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await debrief.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await expect(
      debrief
        .getByRole('region', { name: 'Flat & fast' })
        .getByText(/^Added: Crisis/)
        .count(),
    ).resolves.toBe(1);
    expect(await debrief.getByText(/^Main driver in Q\d+:|leads its|Nothing leads it/).count()).toBe(4);
    // Landscape, and an A4 portrait page's printable width at 96 dpi (about 700 px).
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 700, height: 1000 },
    ]) {
      await page.setViewportSize(viewport);
      expect(await clippedTexts(page, 'debrief'), `${viewport.width}px`).toEqual([]);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-debrief-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows five tabs of 24-character names whole at 1280 px wide', async () => {
    const { page } = await chromium.open();
    await page.setViewportSize({ width: 1280, height: 720 });
    await newProject(page, 'Tabs');
    await page.getByRole('button', { name: 'Start an org chart' }).click();
    await card(page, 'Head of organisation').waitFor();
    const names = [
      'Group 1: Flat & fast',
      'Group 2: Two products',
      'Group 3: Coaching first',
      'Group 4: Hire a COO now',
    ];
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(24);
      await page.getByRole('button', { name: 'New scenario', exact: true }).click();
      const prompt = page.getByRole('dialog', { name: 'New scenario' });
      await prompt.getByLabel('Scenario name').fill(name);
      await prompt.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('tab', { name, exact: true }).waitFor();
    }
    const tabs = page.getByRole('tablist', { name: 'Scenarios' }).getByRole('tab');
    await poll(() => tabs.count()).toBe(5);
    const list = (await page.getByRole('tablist', { name: 'Scenarios' }).boundingBox())!;
    for (const tab of await tabs.all()) {
      const name = (await tab.textContent()) ?? '';
      const box = (await tab.boundingBox())!;
      // Whole: inside the visible tab strip and the window, and its text not cut inside its own box.
      expect(box.x, name).toBeGreaterThanOrEqual(list.x - 1);
      expect(box.x + box.width, name).toBeLessThanOrEqual(Math.min(list.x + list.width, 1280) + 1);
      const [scroll, client] = await Promise.all([
        tab.evaluate((el: { scrollWidth: number }) => el.scrollWidth),
        tab.evaluate((el: { clientWidth: number }) => el.clientWidth),
      ]);
      expect(scroll, name).toBeLessThanOrEqual(client + 1);
      await expect(tab.getAttribute('title')).resolves.toBe(name);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-tabs-1280.png') });
  });
});
