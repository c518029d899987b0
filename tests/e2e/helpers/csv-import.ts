import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './web-app';

/** The public org-chart exports the import is tested on (SOURCES.md says where each comes from). */
export const ORGCHART_FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'orgcharts');

/** From the start screen: a new, empty project of that name. */
export async function newProject(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New project' }).click();
  await page.getByLabel('Project name').fill(name);
  await page.keyboard.press('Enter');
  await page.getByText('This project has no scenarios yet.').waitFor();
}

/** Opens the import wizard on a CSV file (a path, or a name and its bytes) and goes on to its check. */
export async function importCsv(page: Page, file: { name: string; buffer: Buffer } | string): Promise<void> {
  await page.getByRole('button', { name: 'Import from CSV…' }).click();
  await page
    .getByLabel('CSV file')
    .setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'text/csv' });
  await page.getByRole('button', { name: 'Next: check' }).click();
}

/** Figures of the spans & layers panel by their labels ("Headcount", "Roles", "Layers"), opened and closed again. */
export async function spansFigures<L extends string>(
  page: Page,
  labels: readonly L[],
): Promise<Record<L, string>> {
  const toggle = page.getByRole('button', { name: 'Spans and layers' });
  await toggle.click();
  const panel = page.getByRole('region', { name: 'Spans and layers' });
  const figures = {} as Record<L, string>;
  for (const label of labels) {
    const figure = panel.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('+ dd');
    figures[label] = (await figure.textContent()) ?? '';
  }
  await toggle.click();
  return figures;
}
