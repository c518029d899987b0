/**
 * Verdict shares in the real UI: with Monte Carlo runs on, the headline, the outcome strip and the heat on
 * the cards carry the share of runs behind each verdict, exactly as the command line's `--json` report
 * for the same scenario, runs and seed gives them; the caveat says what the runs drew and opens the
 * assumptions.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimulateCli } from '../../src/cli/simulate';
import { roleTitles } from '../../src/core/scenario/hired-roles';
import type { Scenario } from '../../src/core/scenario/types';
import { readVerdict, verdictText } from '../../src/core/verdict-text';
import type { SimulationReport } from '../../src/engine/report';
import { headline } from '../../src/renderer/results/headline';
import { heatKeyAt, heatOf, parseHeatKey } from '../../src/renderer/results/outcome-heat';
import { percent, sharesText } from '../../src/renderer/results/shares';
import { card } from './helpers/app-page';
import { useChromium } from './helpers/chromium-suite';
import { REPO_ROOT } from './helpers/web-app';

const RUNS = 200;
const SAMPLE = JSON.parse(
  readFileSync(join(REPO_ROOT, 'resources', 'samples', 'founder-led-startup.sample.json'), 'utf8'),
) as { scenarios: Scenario[] };
const BASE = SAMPLE.scenarios[0];

const chromium = useChromium();
let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'ballast-shares-e2e-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Generous: the first Monte Carlo batch in a fresh worker on a loaded machine takes a while. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 50 });

/** The CLI's `--json` report, run in this process with the scenario written to a file as a user would. */
async function cli(scenario: Scenario, args: string[]): Promise<SimulationReport> {
  const file = join(scratch, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSimulateCli([file, '--json', ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  if (code !== 0) throw new Error(`the CLI failed: ${err.join('\n')}`);
  return JSON.parse(out.join('')) as SimulationReport;
}

const dock = (page: Page) => page.getByRole('region', { name: 'Simulation results' });
const revision = async (page: Page) => Number(await dock(page).getAttribute('data-report-revision'));

async function scrubTo(page: Page, quarter: number): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Quarter' });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let q = 0; q < quarter; q++) await page.keyboard.press('ArrowRight');
  await poll(() => slider.inputValue()).toBe(String(quarter));
}

describe('verdict shares in Chromium', () => {
  it(`shows the CLI's shares for ${RUNS} runs in the headline, the strip and the cards, and says it is no forecast`, async () => {
    const { page } = await chromium.open();
    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await card(page, 'Sales lead').waitFor();
    await poll(() => revision(page)).toBeGreaterThan(0);
    const caveat = page.getByTestId('caveat');
    await poll(() => caveat.textContent()).toBe(
      'A reasoned projection under stated assumptions, not a forecast: one deterministic run, nothing drawn.See the assumptions',
    );
    const deterministic = await page.getByTestId('headline').textContent();
    expect(deterministic).not.toMatch(/ of runs/);

    // Monte Carlo runs on, as a user turns them on: the scenario's seed (42) is the one the CLI uses too.
    const before = await revision(page);
    await page.getByLabel('Runs').fill(String(RUNS));
    await page.getByLabel('Runs').press('Enter');
    await poll(() => revision(page)).toBeGreaterThan(before);
    const expected = await cli(BASE, [
      '--runs',
      String(RUNS),
      '--seed',
      String(BASE.seed ?? 1),
      '--workers',
      '1',
    ]);
    expect(expected.runs).toBe(RUNS);
    const last = expected.quarters[expected.quarters.length - 1].org;
    const final = readVerdict(last);
    const finalShare = last.shares![final.verdict === 'tooSmall' ? 'tooSmall' : final.outcome];

    // The headline: the CLI report's sentence, quoting the final outcome's share of runs.
    const sentence = headline(expected, roleTitles(BASE));
    await poll(() => page.getByTestId('headline').textContent()).toBe(sentence);
    expect(sentence).toContain(`${percent(finalShare)} of runs`);
    expect(sentence).toMatch(finalShare >= 0.5 ? /^Likely / : /^(Possibly|\w+ from)/);

    // The strip: every quarter names its shares, largest first, as the CLI has them.
    const strip = page.getByRole('list', { name: 'Outcome per quarter' });
    const names = await Promise.all(
      (await strip.getByRole('button').all()).map((cell) => cell.getAttribute('aria-label')),
    );
    expect(names).toEqual(
      expected.quarters.map(
        (q) => `Q${q.quarter}: ${sharesText(q.org.shares!)}; most often ${verdictText(readVerdict(q.org))}`,
      ),
    );
    // The bar under the final quarter's cell stacks the same shares, each segment as wide as its share.
    const bar = page.getByTestId('share-bar').last();
    // The segments' inline widths, read in the page (the test's own types know no DOM).
    const widths = await Promise.all(
      (await bar.locator('[data-share]').all()).map(async (segment) => [
        await segment.getAttribute('data-share'),
        await segment.evaluate((s) => (s as unknown as { style: { width: string } }).style.width),
      ]),
    );
    const present = Object.entries(last.shares!).filter(([, share]) => share > 0);
    expect(widths.map(([key]) => key)).toEqual(present.map(([key]) => key));
    for (const [[, width], [, share]] of widths.map((w, i) => [w, present[i]] as const))
      expect(parseFloat(width!)).toBeCloseTo(share * 100, 3);

    // Heat: the Sales lead's card at Q8 names its trouble's share and is as strong as its outcome's share.
    await scrubTo(page, 8);
    const sales = expected.quarters[8].roles.sales;
    expect(sales.shares).toBeDefined();
    const label = parseHeatKey(heatKeyAt(expected, 8, 'sales'))!.label;
    expect(label).toMatch(/; (\w+ in (<1|>99|\d+)% of runs|no trouble in any run)$/);
    const salesCard = card(page, 'Sales lead').and(page.locator(`[aria-label*="${label}"]`));
    await salesCard.waitFor();
    expect(await salesCard.getAttribute('title')).toBe(label);
    const heat = heatOf(sales);
    if (heat.verdict !== 'tooSmall')
      expect(await salesCard.getAttribute('style')).toContain(
        `--heat-share: ${Math.round(6 + 34 * heat.intensity)}%`,
      );

    await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', 'results-shares.png') });

    // The caveat names what the runs drew, and opens the assumptions they rest on.
    await poll(() => caveat.textContent()).toContain(
      `not a forecast: ${RUNS} runs; parameters ±25%, ratings within their stated error, uncertain event timing.`,
    );
    const assumptionsTab = page.getByRole('tab', { name: 'Assumptions' });
    expect(await assumptionsTab.getAttribute('aria-selected')).toBe('false');
    await caveat.getByRole('button', { name: 'See the assumptions' }).click();
    await poll(() => assumptionsTab.getAttribute('aria-selected')).toBe('true');
    await page.getByRole('region', { name: 'Assumptions' }).getByLabel('Seed').waitFor();

    // In print: the caveat on the title page, and what the runs drew among the assumptions.
    await page.evaluate(() => {
      (globalThis as unknown as EventTarget).dispatchEvent(new Event('beforeprint'));
    });
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { name: 'Assumptions used' }).waitFor();
    // The pack's title page carries the caveat (the dock's own header, caveat and controls are not printed).
    await expect(page.getByTestId('print-caveat').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('print-caveat').textContent()).resolves.toContain(
      `${RUNS} runs; parameters ±25%`,
    );
    await expect(
      page
        .getByText(
          `What the runs drew: ${RUNS} runs; parameters ±25%, ratings within their stated error, uncertain event timing`,
        )
        .isVisible(),
    ).resolves.toBe(true);
    // The role table, an appendix by department (this org is small enough to have it by default).
    await expect(page.getByRole('columnheader', { name: 'Share of runs' }).first().isVisible()).resolves.toBe(
      true,
    );
  });
});
