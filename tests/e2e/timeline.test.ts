import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { arrivalTiming } from '../../src/engine/index';
import { sampleScenario } from '../helpers/sample-scenario';
import { useChromium } from './helpers/chromium-suite';
import { card, waitUntilSaved } from './helpers/app-page';
import { REPO_ROOT, startWebApp } from './helpers/web-app';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const LEADS = ['Engineering lead', 'Product lead', 'Sales lead', 'Customer success lead'];
const chromium = useChromium();

const quarter = (page: Page, q: number) => page.getByRole('group', { name: `Quarter ${q}`, exact: true });
const hireChip = (page: Page, q: number) =>
  quarter(page, q).getByRole('button', { name: /^Hire COO, taking over/ });

/** Drags a chip onto another quarter's column the way a person does: press, move in steps, release. */
async function dragChip(page: Page, chip: Locator, to: number): Promise<void> {
  await chip.scrollIntoViewIfNeeded();
  const from = await chip.boundingBox();
  const target = await quarter(page, to).boundingBox();
  if (!from || !target) throw new Error(`cannot see the chip or quarter ${to}`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, from.y + from.height / 2, { steps: 10 });
  await page.mouse.up();
}

async function openFounderSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
  await page.getByRole('tab', { name: 'No operator' }).waitFor();
  await card(page, 'Sales lead').waitFor();
}

async function reopen(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('button', { name: /Founder-led startup.*\.ballast/ }).click();
  await page.getByRole('tab', { name: 'No operator' }).click();
  await card(page, 'Sales lead').waitFor();
}

describe('the event timeline and assumptions in Chromium', () => {
  it('hires an operator in Q3 who takes over the four leads, drags the hire to Q4 and back, undoes, redoes and keeps it after a reload', async () => {
    const app = await startWebApp();
    try {
      const opened = await chromium.open(app);
      const { page } = opened;
      await openFounderSample(page);

      await page.getByRole('button', { name: 'Add event in Q3' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add an event in Q3' });
      await expect(dialog.getByLabel('Type').inputValue()).resolves.toBe('hire');
      await dialog.getByLabel('Title').fill('COO');
      await dialog.getByLabel('Person').fill('Kim Park');
      await dialog.getByLabel('Strengths').selectOption({ label: 'Operator' });
      await dialog.getByLabel('Reports to').selectOption({ label: 'Founder & CEO' });
      const takeOver = dialog.getByRole('group', { name: /Takes over/ });
      for (const lead of LEADS) await takeOver.getByLabel(lead, { exact: true }).check();
      await page.screenshot({ path: join(SCREENSHOTS, 'timeline-hire-dialog.png') });
      await dialog.getByRole('button', { name: 'Add event' }).click();
      await dialog.waitFor({ state: 'detached' });

      await hireChip(page, 3).waitFor();
      await expect(hireChip(page, 3).getAttribute('aria-label')).resolves.toBe(
        `Hire COO, taking over ${LEADS.join(', ')}, quarter 3`,
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'timeline-hire-q3.png') });
      // Twelve quarters scroll inside the strip; they never push the side panel aside.
      const strip = (await page.getByRole('region', { name: 'Event timeline' }).boundingBox())!;
      const side = (await page.getByRole('tablist', { name: 'Side panel' }).boundingBox())!;
      expect(strip.x + strip.width).toBeLessThanOrEqual(side.x + 1);

      await dragChip(page, hireChip(page, 3), 4);
      await hireChip(page, 4).waitFor();
      await expect(hireChip(page, 3).count()).resolves.toBe(0);
      await dragChip(page, hireChip(page, 4), 3);
      await hireChip(page, 3).waitFor();

      await page.getByRole('button', { name: 'Undo' }).click();
      await hireChip(page, 4).waitFor();
      await page.getByRole('button', { name: 'Redo' }).click();
      await hireChip(page, 3).waitFor();
      await waitUntilSaved(page);

      await reopen(page);
      await hireChip(page, 3).waitFor();
      await hireChip(page, 3).click();
      const saved = page.getByRole('dialog', { name: 'Hire in Q3' });
      await expect(saved.getByLabel('Title').inputValue()).resolves.toBe('COO');
      await expect(saved.getByLabel('Person').inputValue()).resolves.toBe('Kim Park');
      for (const lead of LEADS) {
        await expect(
          saved
            .getByRole('group', { name: /Takes over/ })
            .getByLabel(lead, { exact: true })
            .isChecked(),
        ).resolves.toBe(true);
      }
      await saved.getByRole('button', { name: 'Cancel' }).click();
    } finally {
      await app.stop();
    }
  });

  it('sets volatility and a model parameter in the assumptions panel and keeps them, marked, after a reload', async () => {
    const app = await startWebApp();
    try {
      const opened = await chromium.open(app);
      const { page } = opened;
      await openFounderSample(page);
      await page.getByRole('tab', { name: 'Assumptions' }).click();
      const volatility = page.getByLabel('Volatility', { exact: true });
      await expect(volatility.inputValue()).resolves.toBe('0.4');
      await volatility.fill('0.7');
      await volatility.press('Enter');
      const scale = page.locator('[data-parameter="capacityScale"]');
      await page.getByText('Span, capacity and coverage').click();
      await scale.getByLabel('Span capacity scale', { exact: true }).fill('10');
      await scale.getByLabel('Span capacity scale', { exact: true }).press('Enter');
      await scale.getByText('Changed from 8.').waitFor();
      await waitUntilSaved(page);
      await page.screenshot({ path: join(SCREENSHOTS, 'assumptions-panel.png') });

      await reopen(page);
      await page.getByRole('tab', { name: 'Assumptions' }).click();
      await expect(page.getByLabel('Volatility', { exact: true }).inputValue()).resolves.toBe('0.7');
      await expect(scale.getAttribute('data-changed')).resolves.toBe('true');
      await expect(scale.getByLabel('Span capacity scale', { exact: true }).inputValue()).resolves.toBe('10');
    } finally {
      await app.stop();
    }
  });

  it('says by when the operator must arrive, as the engine computes it, and moves the hire there', async () => {
    const { page } = await chromium.open();
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await page.getByRole('tab', { name: 'Operator hired in Q3' }).click();
    await expect.poll(() => page.title()).toMatch(/^Operator hired in Q3/);
    const coo = (q: number) =>
      quarter(page, q).getByRole('button', { name: /^Hire Chief Operating Officer/ });

    // Too late first: the hire moved to the last quarter.
    await coo(3).click();
    let dialog = page.getByRole('dialog', { name: 'Hire in Q3' });
    await dialog.getByLabel(/^Quarter/).selectOption('12');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await coo(12).click();
    dialog = page.getByRole('dialog', { name: 'Hire in Q12' });
    await dialog.getByRole('button', { name: 'By when must this hire arrive?' }).click();

    const scenario = sampleScenario('founder-led-startup', 'Operator hired in Q3');
    const index = scenario.events.findIndex((e) => e.type === 'hire' && e.role.id === 'coo');
    const moved = {
      ...scenario,
      events: scenario.events.map((e, i) => (i === index ? { ...e, quarter: 12 } : e)),
    };
    const timing = arrivalTiming(moved, index);
    expect(timing.latest).not.toBeNull();
    const answer = dialog.getByRole('region', { name: 'By when must this hire arrive' });
    await answer
      .getByText(`Arrive by Q${timing.latest} to keep the org out of confirmed imbalance through Q12`)
      .waitFor();
    const late = timing.options[11];
    await expect(answer.getByRole('row', { name: /^Q12 / }).textContent()).resolves.toContain(
      `${late.imbalance} from Q${late.imbalanceFrom}`,
    );

    await page.screenshot({ path: join(SCREENSHOTS, 'arrival-deadline.png') });
    await answer.getByRole('button', { name: `Move the hire to Q${timing.latest}` }).click();
    // The dialog follows the hire to its new quarter; closed, the chip is there.
    await page.getByRole('dialog', { name: `Hire in Q${timing.latest}` }).waitFor();
    await page.keyboard.press('Escape');
    await coo(timing.latest!).waitFor();
  });
});
