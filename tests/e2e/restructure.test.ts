import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cards } from './helpers/app-page';
import { useChromium } from './helpers/chromium-suite';
import { importCsv, newProject, ORGCHART_FIXTURES, spansFigures } from './helpers/csv-import';
import { clippedTexts, leavePrintPack, pdfPageCount, showPrintPack } from './helpers/print-pack';
import { REPO_ROOT } from './helpers/web-app';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const chromium = useChromium();

const BASELINE = 'd3-org-chart-sample';
/** resources/samples/restructure-300.sample.json's "As-is": its departments and their roles. */
const SAMPLE_DEPARTMENTS = departmentsOf(
  (
    JSON.parse(
      readFileSync(join(REPO_ROOT, 'resources', 'samples', 'restructure-300.sample.json'), 'utf8'),
    ) as { scenarios: { roles: { department?: string }[] }[] }
  ).scenarios[0].roles,
);
const COPY = 'd3-org-chart-sample (copy)';

function departmentsOf(roles: readonly { department?: string }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const role of roles)
    counts.set(role.department ?? 'No department', (counts.get(role.department ?? 'No department') ?? 0) + 1);
  return [...counts];
}

const announced = (page: Page) => page.getByTestId('selection-announcer').textContent();

/** The Trust strength of the selection in the inspector: its number, or '' with "mixed" while they differ. */
async function trust(page: Page): Promise<{ value: string; placeholder: string | null }> {
  const field = page.getByLabel('Trust, 0 to 10');
  return { value: await field.inputValue(), placeholder: await field.getAttribute('placeholder') };
}

describe('the HR planner’s restructure of a 1,516-role import (issue 13)', () => {
  it('selects a department, sets its strengths in one step, removes a layer and compares with the baseline', async () => {
    const { page } = await chromium.open();

    // 1. The d3 org chart's 1,516 roles through the wizard.
    await newProject(page, 'Restructure');
    await importCsv(page, join(ORGCHART_FIXTURES, 'd3-org-chart-sample.csv'));
    await page.getByText('Ready: 1516 roles from 1516 rows').waitFor();
    await page.getByRole('button', { name: 'Create scenario' }).click();
    await page.getByRole('tab', { name: BASELINE, selected: true }).waitFor();
    await cards(page).first().waitFor();
    expect(await spansFigures(page, ['Headcount', 'Roles'])).toEqual({ Headcount: '1516', Roles: '1516' });

    // 2. A copy to work in; the import stays as the baseline.
    await page.getByRole('button', { name: `Scenario actions: ${BASELINE}` }).click();
    await page.getByRole('menuitem', { name: 'Duplicate (branch)' }).click();
    await page.getByRole('tab', { name: COPY, selected: true }).waitFor();
    await cards(page).first().waitFor();

    // 3. Everyone in the top role's department (the export's "area": Corporate, the whole org), then one
    //    strength for all of them in one edit, undone and redone in one step.
    await card(page, 'Chief Executive Officer').click();
    await expect.poll(() => announced(page)).toMatch(/^Chief Executive Officer, /);
    await page.getByRole('button', { name: 'Select', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Select all in department/ }).click();
    await expect.poll(() => announced(page)).toBe('1516 roles selected: everyone in Corporate');
    await page.getByRole('heading', { name: '1516 roles selected' }).waitFor();
    const before = await trust(page);
    expect(before.value).not.toBe('9');

    await page.getByLabel('Trust, 0 to 10').fill('9');
    await page.getByLabel('Trust, 0 to 10').press('Enter');
    // One value for all 1,516: had any role kept its own, the field would read "mixed".
    await expect.poll(() => trust(page)).toEqual({ value: '9', placeholder: null });

    await page.keyboard.press('Control+z');
    await expect.poll(() => trust(page)).toEqual(before);
    await expect.poll(() => announced(page)).toBe('1516 roles selected: everyone in Corporate');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => trust(page)).toEqual({ value: '9', placeholder: null });

    // 4. Remove layer 2 (the four roles under the top one) through the Restructure menu: the preview
    //    counts them and says where their reports go; one edit.
    await page.getByRole('button', { name: 'Select', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Clear selection/ }).click();
    await expect.poll(() => announced(page)).toBe('');
    await page.getByRole('button', { name: 'Restructure', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Remove roles, promote their reports…/ }).click();
    const remove = page.getByRole('dialog', { name: 'Remove roles, promote their reports' });
    await remove.getByRole('combobox', { name: 'Layer' }).selectOption('2');
    const preview = remove.getByRole('status');
    await expect.poll(() => preview.textContent()).toContain('4 roles will go: CTO, CTO, CTO, CTO.');
    await expect.poll(() => preview.textContent()).toContain('will report to “Chief Executive Officer”');
    await remove.getByRole('button', { name: 'Remove 4 roles' }).click();
    await remove.waitFor({ state: 'detached' });
    await page.getByText('Removed 4 roles; their reports moved up').waitFor();
    expect(await spansFigures(page, ['Headcount', 'Roles'])).toEqual({ Headcount: '1512', Roles: '1512' });

    // 5. Compare against the import: the removed roles and the changed strengths, listed.
    await page.getByRole('button', { name: 'Compare scenarios' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare scenarios' });
    await compare.getByLabel('Baseline').selectOption({ label: BASELINE });
    const table = compare.getByRole('table', { name: /^Scenarios in Q\d+$/ });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 60_000 }).toBe(2);
    await expect(
      table.locator(`tr[data-scenario="${BASELINE}"]`).getAttribute('data-baseline'),
    ).resolves.toBe('true');
    const differences = compare.getByRole('region', { name: `Structural difference from ${BASELINE}` });
    const copy = differences.locator(`details[data-scenario="${COPY}"]`);
    const summary = (await copy.locator('summary').textContent()) ?? '';
    // The 18 roles of layer 3 now report to the top role: moved.
    expect(summary).toBe(`${COPY}: 4 removed, 18 moved, 1512 with new strengths`);
    await copy.locator('summary').click();
    const removed = copy.getByRole('list', { name: 'Removed' });
    await expect(removed.getByRole('listitem').allTextContents()).resolves.toEqual([
      'CTO',
      'CTO',
      'CTO',
      'CTO',
    ]);
    const strengths = copy.getByRole('list', { name: 'Changed strengths' });
    // The first 100 of the 1,512 are listed, then how many more.
    await expect(strengths.getByRole('listitem').count()).resolves.toBe(101);
    await expect(strengths.getByRole('listitem').first().textContent()).resolves.toBe(
      `Chief Executive Officer: Trust ${before.value} → 9 (+${9 - Number(before.value)})`,
    );
    await expect(strengths.getByRole('listitem').last().textContent()).resolves.toBe(
      'and 1412 more (all in a roles CSV export of each scenario)',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'restructure-compare.png') });

    // 6. The pack for leadership: the comparison goes into the printed report, then the report prints.
    await compare.getByRole('button', { name: 'Add to the printed report' }).click();
    await compare.getByText('The comparison as shown is in the printed report').waitFor();
    await compare.getByRole('button', { name: 'Done' }).click();
    await compare.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Include the comparison', exact: true }).waitFor();
    const headline = (await page.getByTestId('headline').textContent())!;
    await showPrintPack(page);

    const titlePage = page.getByRole('region', { name: 'Title page', exact: true });
    await expect(titlePage.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(COPY);
    await expect(titlePage.getByText('Restructure', { exact: true }).isVisible()).resolves.toBe(true);
    const packSummary = page.getByRole('region', { name: 'Summary', exact: true });
    await expect(packSummary.getByText(headline, { exact: true }).isVisible()).resolves.toBe(true);

    const comparison = page.getByRole('region', { name: 'Comparison', exact: true });
    const columns = comparison.getByRole('table').locator('thead th');
    await expect(columns.allTextContents()).resolves.toEqual(['Figure', `${BASELINE} (baseline)`, COPY]);
    const copyDiff = comparison.getByRole('group', {
      name: `Structural difference of ${COPY} from ${BASELINE}`,
    });
    await expect(copyDiff.getByRole('heading').first().textContent()).resolves.toBe(
      `${COPY}: 4 removed, 18 moved, 1512 with new strengths`,
    );
    await expect(copyDiff.getByRole('list', { name: 'Removed' }).getByRole('listitem').count()).resolves.toBe(
      4,
    );

    // 1,512 roles: the whole org's top layers (two: the 18 managers now under the CEO, each with their
    // teams, would be far too wide to read at three), then each department (this export has one).
    await expect(
      page.getByRole('heading', { name: /^The org in Q\d+: the top 2 layers$/ }).isVisible(),
    ).resolves.toBe(true);
    const departments = page.getByRole('region', { name: 'The org by department', exact: true });
    await expect(departments.getByRole('heading', { level: 4 }).allTextContents()).resolves.toEqual([
      'Corporate (1512 roles)',
    ]);
    await expect(departments.getByRole('img').count()).resolves.toBeGreaterThan(0);

    // Nothing clipped, and it prints to a PDF of several pages.
    await expect(clippedTexts(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'restructure-pack.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(4);
    await leavePrintPack(page);
  });

  it('removes the 66 "Linear Manager" roles picked by title in one edit, and one undo brings them back', async () => {
    const { page } = await chromium.open();
    await newProject(page, 'By title');
    await importCsv(page, join(ORGCHART_FIXTURES, 'd3-org-chart-sample.csv'));
    await page.getByText('Ready: 1516 roles from 1516 rows').waitFor();
    await page.getByRole('button', { name: 'Create scenario' }).click();
    await cards(page).first().waitFor();

    // Find goes to the first match; the Select menu picks everyone with its title.
    const find = page.getByRole('textbox', { name: 'Find a role or person' });
    await find.fill('Linear Manager');
    const count = page.getByRole('search').locator('[aria-live="polite"]');
    await expect.poll(() => count.textContent()).toBe('66 matches');
    await find.press('Enter');
    await expect.poll(() => announced(page)).toMatch(/^Linear Manager, /);
    await page.getByRole('button', { name: 'Select', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Select all with this title/ }).click();
    await expect.poll(() => announced(page)).toBe('66 roles selected: every Linear Manager');

    await page.getByRole('button', { name: 'Restructure', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Remove roles, promote their reports…/ }).click();
    const remove = page.getByRole('dialog', { name: 'Remove roles, promote their reports' });
    await expect(remove.getByRole('radio', { name: 'The selected roles (66)' }).isChecked()).resolves.toBe(
      true,
    );
    await expect
      .poll(() => remove.getByRole('status').textContent())
      .toContain(
        '66 roles will go: Linear Manager, Linear Manager, Linear Manager, Linear Manager, Linear Manager, and 61 more.',
      );
    await remove.getByRole('button', { name: 'Remove 66 roles' }).click();
    await remove.waitFor({ state: 'detached' });
    await page.getByText('Removed 66 roles; their reports moved up').waitFor();
    expect(await spansFigures(page, ['Headcount', 'Roles'])).toEqual({ Headcount: '1450', Roles: '1450' });
    await expect.poll(() => count.textContent()).toBe('no match');

    // One undo puts all 66 back.
    await page.getByRole('button', { name: 'Undo' }).click();
    // The match Find went to is back, so it counts from it again.
    await expect.poll(() => count.textContent()).toBe('1 of 66');
    expect(await spansFigures(page, ['Headcount', 'Roles'])).toEqual({ Headcount: '1516', Roles: '1516' });
  });

  it('prints a 300-role org by department, each department on its own with its trees, nothing clipped', async () => {
    const { page } = await chromium.open();
    await page.getByRole('button', { name: 'Open sample: Restructure of a 300-role manufacturer' }).click();
    await cards(page).first().waitFor();
    // Printed once the first results are in (the pack is the results').
    await expect
      .poll(async () =>
        Number(await page.getByLabel('Simulation results').getAttribute('data-report-revision')),
      )
      .toBeGreaterThan(0);
    await showPrintPack(page);
    const departments = page.getByRole('region', { name: 'The org by department', exact: true });
    // The sample's eleven departments, in the order they first appear, each with its role count.
    await expect
      .poll(() => departments.getByRole('heading', { level: 4 }).allTextContents())
      .toEqual(
        SAMPLE_DEPARTMENTS.map(([name, roles]) => `${name} (${roles} ${roles === 1 ? 'role' : 'roles'})`),
      );
    await expect(
      departments.getByRole('img', { name: /^Finance: .+ and the roles below$/ }).count(),
    ).resolves.toBeGreaterThan(0);
    await expect(clippedTexts(page)).resolves.toEqual([]);
    await leavePrintPack(page);
  });
});
