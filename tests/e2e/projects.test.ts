import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../src/core/scenario/parse';
import { useChromium } from './helpers/chromium-suite';
import { card, cards, waitUntilSaved } from './helpers/app-page';
import { REPO_ROOT } from './helpers/web-app';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'orgcharts');
const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const chromium = useChromium();

async function newProject(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill(name);
  await page.keyboard.press('Enter');
  await page.getByText('This project has no scenarios yet.').waitFor();
}

async function importCsv(page: Page, file: { name: string; buffer: Buffer } | string): Promise<void> {
  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  await page
    .getByLabel('CSV file')
    .setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'text/csv' });
  await page.getByRole('button', { name: 'Next: check' }).click();
}

async function rolesFigure(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Spans and layers' }).click();
  const figure = page
    .getByRole('region', { name: 'Spans and layers' })
    .locator('dt', { hasText: 'Roles' })
    .locator('+ dd');
  const text = (await figure.textContent()) ?? '';
  await page.getByRole('button', { name: 'Spans and layers' }).click();
  return text;
}

/** The little of an element the card-layout test reads in the page (this program's types know no DOM). */
interface Measured {
  tagName: string;
  classList: { contains(name: string): boolean };
  children: ArrayLike<Measured>;
  offsetHeight: number;
  scrollHeight: number;
  getBoundingClientRect(): { top: number; bottom: number; right: number };
}

async function download(page: Page, menuItem: string): Promise<string> {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Export ▸' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: menuItem }).click(),
  ]);
  return (await file.path())!;
}

describe('projects and data exchange in Chromium', () => {
  it('imports the d3 org chart: 1,516 roles under one root', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await newProject(page, 'Imported');
    await importCsv(page, join(FIXTURES, 'd3-org-chart-sample.csv'));
    await page.getByText('Ready: 1516 roles from 1516 rows').waitFor();
    await page.getByRole('button', { name: 'Create scenario' }).click();
    await page.getByRole('tab', { name: 'd3-org-chart-sample' }).waitFor();
    await cards(page).first().waitFor();
    expect(await rolesFigure(page)).toBe('1516');
  });

  it('imports the Oracle HR export with departments the chart can colour by', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await newProject(page, 'Oracle');
    await importCsv(page, join(FIXTURES, 'oracle-hr-sample.csv'));
    await page.getByText('Ready: 107 roles from 107 rows').waitFor();
    await page.getByRole('button', { name: 'Create scenario' }).click();
    await card(page, 'Chief Operating Officer').waitFor();
    expect(await rolesFigure(page)).toBe('107');
    await page.getByRole('button', { name: /^Colour cards by/ }).click();
    await page.getByRole('menuitemradio', { name: 'Department' }).click();
    const legend = page.getByRole('note', { name: 'Legend: departments' });
    await expect(legend.textContent()).resolves.toContain('Shipping');
    await page.screenshot({ path: join(SCREENSHOTS, 'oracle-departments.png') });
  });

  it('keeps a long department name on one cut line, clear of the title, coloured by department or not', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await card(page, 'Sales lead').click();
    const department =
      'Customer Success, Renewals and Strategic Enterprise Accounts (EMEA, APAC and Americas)';
    await page.getByLabel('Department').fill(department);
    await page.getByLabel('Department').press('Enter');
    await waitUntilSaved(page);

    // Each row of the card lies inside it, below the one before, at its own full height.
    const rows = async () =>
      card(page, 'Sales lead').evaluate((element) => {
        const cardElement = element as unknown as Measured;
        const box = cardElement.getBoundingClientRect();
        const children = Array.from(cardElement.children).filter(
          (child) => child.tagName === 'DIV' && !child.classList.contains('react-flow__handle'),
        );
        return {
          card: { top: box.top, bottom: box.bottom, right: box.right },
          rows: children.map((child) => {
            const r = child.getBoundingClientRect();
            // Heights in layout pixels (the chart's zoom scales the boxes, not these).
            return {
              top: r.top,
              bottom: r.bottom,
              right: r.right,
              height: child.offsetHeight,
              full: child.scrollHeight,
            };
          }),
        };
      });
    const check = (layout: Awaited<ReturnType<typeof rows>>) => {
      expect(layout.rows).toHaveLength(3); // title, person, footer
      let previousBottom = layout.card.top;
      for (const row of layout.rows) {
        expect(row.top).toBeGreaterThanOrEqual(previousBottom - 0.5);
        expect(row.height).toBeGreaterThanOrEqual(row.full - 1); // a pixel of the footer's icons aside
        expect(row.bottom).toBeLessThanOrEqual(layout.card.bottom + 0.5);
        expect(row.right).toBeLessThanOrEqual(layout.card.right + 0.5);
        previousBottom = row.bottom;
      }
    };
    check(await rows());
    await expect(card(page, 'Sales lead').getByTitle(department, { exact: true }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: /^Colour cards by/ }).click();
    await page.getByRole('menuitemradio', { name: 'Department' }).click();
    await expect.poll(() => card(page, 'Sales lead').getByTitle(department, { exact: true }).count()).toBe(2);
    check(await rows());
    await card(page, 'Sales lead').screenshot({ path: join(SCREENSHOTS, 'long-department-card.png') });
  });

  it('reports a cycle with its lines, and imports once the user decides', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await newProject(page, 'Messy');
    const csv = [
      'id,manager_id,title',
      'ceo,,Chief',
      'a,c,Alpha',
      'b,a,Beta',
      'c,b,Gamma',
      'd,ceo,Delta',
    ].join('\n');
    await importCsv(page, { name: 'messy.csv', buffer: Buffer.from(csv) });
    const problem = page.getByRole('listitem').filter({ hasText: 'Reporting cycle' });
    await problem.waitFor();
    // The cycle's lines in reporting order: a (3) -> c (5) -> b (4).
    await expect(problem.textContent()).resolves.toContain('Lines 3, 5, 4');
    await expect(page.getByRole('button', { name: 'Create scenario' }).isDisabled()).resolves.toBe(true);
    await page.getByLabel('Decision for Reporting cycle').selectOption('attach-to-root');
    await page.getByText('Ready: 5 roles').waitFor();
    await page.getByRole('button', { name: 'Create scenario' }).click();
    await expect.poll(() => cards(page).count()).toBe(5);
  });

  it('duplicates, renames, reorders, trashes and restores scenarios', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await page.getByRole('button', { name: 'Scenario actions: No operator' }).click();
    await page.getByRole('menuitem', { name: 'Duplicate (branch)' }).click();
    await page.getByRole('tab', { name: 'No operator (copy)', selected: true }).waitFor();

    await page.getByRole('button', { name: 'Scenario actions: No operator (copy)' }).click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    await page.getByLabel('Scenario name').fill('Branch A');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Branch A' }).waitFor();

    await page.getByRole('button', { name: 'Scenario actions: Branch A' }).click();
    await page.getByRole('menuitem', { name: 'Move left' }).click();
    await expect
      .poll(async () => (await page.getByRole('tab').allTextContents()).slice(0, 2))
      .toEqual(['Branch A', 'No operator']);

    await page.getByRole('button', { name: 'Scenario actions: Branch A' }).click();
    await page.getByRole('menuitem', { name: 'Move to trash' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Branch A' }).count()).toBe(0);

    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Trash…' }).click();
    await page.getByRole('button', { name: 'Restore Branch A' }).click();
    await page.getByRole('tab', { name: 'Branch A', selected: true }).waitFor();
  });

  it('keeps a renamed scenario renamed through the next edit and a reopening', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await card(page, 'Sales lead').waitFor();
    await page.getByRole('button', { name: 'Scenario actions: No operator' }).click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    await page.getByLabel('Scenario name').fill('Lean plan');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Lean plan', selected: true }).waitFor();
    await expect.poll(() => page.title()).toMatch(/^Lean plan — /);

    await card(page, 'Sales lead').click();
    await page.getByLabel('Title').fill('Revenue lead');
    await page.getByLabel('Title').press('Enter');
    await waitUntilSaved(page);
    expect(await page.title()).toMatch(/^Lean plan — /);

    await page.getByRole('button', { name: 'Back to the start screen' }).click();
    await page.getByRole('button', { name: /^Founder-led startup/ }).click();
    await card(page, 'Revenue lead').waitFor();
    await page.getByRole('tab', { name: 'Lean plan', selected: true }).waitFor();
    expect(await page.getByRole('tab', { name: 'No operator' }).count()).toBe(0);
  });

  it('exports the scenario as JSON that parses again, the roles as CSV and the chart as SVG and PNG', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await card(page, 'Sales lead').waitFor();

    const json = parseScenarioJson(readFileSync(await download(page, 'Scenario (JSON, format v1)'), 'utf8'));
    expect(json.ok && json.value.roles.length).toBe(5);
    const csv = readFileSync(await download(page, 'Roles (CSV)'), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toContain('Employee ID');
    expect(csv).toContain('Sales lead');
    const svg = readFileSync(await download(page, 'Chart (SVG)'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Founder &amp; CEO');
    const png = readFileSync(await download(page, 'Chart (PNG)'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('saves a copy and continues in it; restores a backup, undoing later edits', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await card(page, 'Sales lead').click();
    await page.getByLabel('Title').fill('Revenue lead');
    await page.getByLabel('Title').press('Enter');
    await waitUntilSaved(page); // the first save after opening is backed up
    await card(page, 'Revenue lead').click();
    await page.getByLabel('Title').fill('Growth lead');
    await page.getByLabel('Title').press('Enter');
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Backups…' }).click();
    await page
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    await card(page, 'Revenue lead').waitFor();
    expect(await card(page, 'Growth lead').count()).toBe(0);

    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Save a copy as…' }).click();
    await page.getByLabel('Project file name').fill('Founder copy');
    await page.keyboard.press('Enter');
    await page.getByText('Now working in the copy Founder copy.ballast').waitFor();
    await page.getByRole('button', { name: 'Back to the start screen' }).click();
    await page.getByRole('button', { name: /Founder copy\.ballast/ }).waitFor();
  });
});
