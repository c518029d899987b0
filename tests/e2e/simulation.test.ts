import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulationReport } from '../../src/engine/report';
import type { Scenario } from '../../src/core/scenario/types';
import { readVerdict, verdictShort, verdictText } from '../../src/core/verdict-text';
import { card } from './helpers/app-page';
import { useChromium } from './helpers/chromium-suite';
import { REPO_ROOT } from './helpers/web-app';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const SAMPLE = JSON.parse(
  readFileSync(join(REPO_ROOT, 'resources', 'samples', 'founder-led-startup.sample.json'), 'utf8'),
) as { scenarios: { name: string; roles: { id: string; title: string; team: number }[] }[] };
const LEADS = ['Engineering lead', 'Product lead', 'Sales lead', 'Customer success lead'];
const titleOf = (id: string) => SAMPLE.scenarios[0].roles.find((r) => r.id === id)!.title;

const chromium = useChromium();
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'ballast-sim-e2e-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * Waits for something on the page. Generous: on two shared cores under a full test run, the first run
 * (which also starts the worker) can take well over vitest's default second.
 */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 50 });

/** The CLI's `--json` report for a scenario (the figures the UI must show). */
function cli(scenario: unknown, args: string[] = []): SimulationReport {
  const file = join(scratch, `scenario-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(scenario));
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/simulate.ts', file, '--json', ...args],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`the CLI failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as SimulationReport;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const dock = (page: Page) => page.getByRole('region', { name: 'Simulation results' });
const revision = async (page: Page) => Number(await dock(page).getAttribute('data-report-revision'));
const shown = (page: Page, figure: string) => page.getByTestId(`value-${figure}`).textContent();

/** Moves the scrubber with the keyboard, as a person without a mouse would. */
async function scrubTo(page: Page, quarter: number): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Quarter' });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let q = 0; q < quarter; q++) await page.keyboard.press('ArrowRight');
  await poll(() => slider.inputValue()).toBe(String(quarter));
}

const FORMAT: Record<string, (x: number) => string> = {
  chaos: (x) => x.toFixed(1),
  bureaucracy: (x) => x.toFixed(1),
  health: (x) => x.toFixed(1),
  engagement: (x) => x.toFixed(2),
  execution: (x) => x.toFixed(2),
  innovation: (x) => x.toFixed(2),
  attrition: (x) => `${(x * 100).toFixed(1)}%`,
  fit: (x) => x.toFixed(2),
};

async function expectFiguresOf(page: Page, report: SimulationReport, quarter: number): Promise<void> {
  const org = report.quarters[quarter].org as unknown as Record<string, number>;
  for (const [figure, format] of Object.entries(FORMAT)) {
    expect(await shown(page, figure), figure).toBe(format(org[figure]));
  }
}

async function openFounderSample(page: Page, { charts = true } = {}): Promise<void> {
  await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
  await card(page, 'Sales lead').waitFor();
  await poll(() => revision(page)).toBeGreaterThan(0);
  if (charts) await page.getByRole('button', { name: 'Show charts' }).click();
}

describe('simulation results in Chromium', () => {
  it('shows the founder sample heading into chaos as it grows, with the CLI’s figures, and re-runs after an edit', async () => {
    const { page } = await chromium.open();
    await openFounderSample(page);
    const base = SAMPLE.scenarios[0];
    const expected = cli(base);
    // The engine runs in a real Web Worker (not the in-process stand-in used where there is none).
    expect(page.workers().map((w) => w.url())).toEqual([
      expect.stringMatching(/simulation\.worker[^/]*\.js$/),
    ]);

    // A click on a chart picks the quarter under the pointer.
    const chart = (await page.locator('[data-figure="chaos"] svg').first().boundingBox())!;
    const [x, y] = [chart.x + chart.width * 0.4, chart.y + chart.height / 2];
    await page.mouse.move(x - 5, y, { steps: 2 }); // as a person does: the pointer arrives, then clicks
    await page.mouse.move(x, y, { steps: 2 });
    await page.waitForTimeout(100);
    await page.mouse.click(x, y);
    await poll(async () =>
      Number(await page.getByRole('slider', { name: 'Quarter' }).inputValue()),
    ).toBeLessThan(expected.quarters.length - 1);

    // Where it is heading: chaos rises as the sample's headcount grows quarter by quarter.
    await scrubTo(page, 0);
    await expectFiguresOf(page, expected, 0);
    const chaosAtStart = Number(await shown(page, 'chaos'));
    await scrubTo(page, 8);
    await expectFiguresOf(page, expected, 8);
    expect(Number(await shown(page, 'chaos'))).toBeGreaterThan(chaosAtStart + 20);
    const q8 = expected.quarters[8].org;
    const q8Button = page.getByRole('button', { name: `Q8: ${verdictText(readVerdict(q8))}`, exact: true });
    await poll(() => q8Button.count()).toBe(1);
    // The headline states the final verdict (its wording is tested on hand-made reports).
    await poll(() => page.getByTestId('headline').textContent()).toMatch(/^(From (the start|Q\d+)|The org) /);

    // Heat: each card carries its team's outcome in Q8, as the CLI has it (the charts closed, so the
    // org chart has its room).
    const overview = page.locator('.react-flow__minimap');
    await expect(overview.isVisible()).resolves.toBe(false); // the chart is a strip under the charts
    await page.getByRole('button', { name: 'Hide charts' }).click();
    await overview.waitFor(); // back with the chart's height
    const eng = expected.quarters[8].roles.eng;
    await card(page, 'Engineering lead')
      .and(page.locator(`[aria-label*="Q8: ${verdictText(readVerdict(eng))}"]`))
      .waitFor();
    expect(await card(page, 'Engineering lead').getAttribute('data-verdict')).toBe(eng.verdict);
    expect(await card(page, 'Engineering lead').getAttribute('data-outcome')).toBe(
      eng.verdict === 'tooSmall' ? null : eng.outcome,
    );

    // An edit: the founder takes on a team of 25 herself; the results follow without a button.
    const before = await revision(page);
    await card(page, 'Founder & CEO').click();
    await page.getByLabel('Team size').fill('25');
    await page.getByLabel('Team size').press('Enter');
    await poll(() => revision(page)).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Show charts' }).click();
    const edited = cli({
      ...base,
      roles: base.roles.map((r) => (r.id === 'ceo' ? { ...r, team: 25 } : r)),
    });
    await poll(() => shown(page, 'chaos')).toBe(edited.quarters[8].org.chaos.toFixed(1));
    await expectFiguresOf(page, edited, 8);
    expect(edited.quarters[8].org.chaos).toBeGreaterThan(expected.quarters[8].org.chaos);
    await page.screenshot({ path: join(SCREENSHOTS, 'results-founder-q8.png') });
  });

  it('names the main driver under the headline and opens its team’s explanation in one click; the card, inspector and explanation say which team size they show', async () => {
    const { page } = await chromium.open();
    await openFounderSample(page, { charts: false });
    const base = SAMPLE.scenarios[0] as Scenario;
    const expected = cli(base);
    const last = expected.quarters.length - 1;
    // The sample grows far past what its founder can coordinate: some team leads the trouble, and the
    // largest driver of it in that team's explanation is named (which is the model's to say).
    const button = page.getByTestId('main-driver');
    await poll(() => button.textContent()).toMatch(
      new RegExp(`^Main driver in Q${last}: .+, .+ \\([+−][\\d.]+ \\w+\\)$`),
    );
    const title = /^Main driver in Q\d+: (.+?), /.exec((await button.textContent())!)![1];
    const lead = { title, roleId: base.roles.find((r) => r.title === title)!.id };
    await scrubTo(page, 1);
    await button.click();
    // One click: the charts open at the last quarter on that team's explanation, the team selected.
    const why = page.getByRole('region', { name: `Why ${lead.title} in Q${last}` });
    await why.getByText(/^Chaos/).waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe(lead.title);
    const size = Number(expected.quarters[last].roles[lead.roleId].team);
    const team = `team of ${Number.isInteger(size) ? size : size.toFixed(1)} (Q${last})`;
    await card(page, lead.title)
      .and(page.locator(`[aria-label*="${team}"]`))
      .waitFor();
    await expect(page.getByTestId('simulated-team').textContent()).resolves.toContain(team);
    await expect(why.textContent()).resolves.toContain(team);
    const design = base.roles.find((r) => r.id === lead.roleId)!.team;
    await expect(page.getByLabel('Team size (design)').inputValue()).resolves.toBe(String(design));
  });

  it('the scrubber shows each quarter on the cards, and play steps through them', async () => {
    const { page } = await chromium.open();
    await openFounderSample(page, { charts: false });
    await scrubTo(page, 2);
    await card(page, 'Sales lead').and(page.locator('[aria-label*="Q2: "]')).waitFor();
    await page.getByRole('button', { name: 'Play the quarters' }).click();
    await card(page, 'Sales lead').and(page.locator('[aria-label*="Q4: "]')).waitFor();
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await page.getByRole('slider', { name: 'Quarter' }).inputValue();
    await page.waitForTimeout(1_000);
    expect(await page.getByRole('slider', { name: 'Quarter' }).inputValue()).toBe(paused);
  });

  it('explains the most chaotic team in Q8, naming span or coordination, with links to the roles responsible', async () => {
    const { page } = await chromium.open();
    await openFounderSample(page);
    const expected = cli(SAMPLE.scenarios[0]);
    await scrubTo(page, 8);
    const [mostChaotic] = Object.entries(expected.quarters[8].roles).sort(
      ([, a], [, b]) => Number(b.chaos) - Number(a.chaos),
    );
    const title = titleOf(mostChaotic[0]);

    // The top risks list the teams most at risk first: the first is the most chaotic.
    const risks = page.getByRole('region', { name: 'Top risks in Q8' });
    await risks.getByRole('button').first().click();
    await expect(risks.getByRole('button').first().textContent()).resolves.toBe(title);
    const why = page.getByRole('region', { name: `Why ${title} in Q8` });
    await why.getByText(/^Chaos/).waitFor();
    const text = (await why.textContent())!;
    expect(text).toMatch(/span \d+ against a capacity of \d+|coordinat/);
    expect(text).toContain(`Chaos ${Number(mostChaotic[1].chaos).toFixed(1)}`);
    expect(await page.getByLabel('Title').inputValue()).toBe(title); // the team is selected

    // A driver names the role responsible; its link selects that role.
    const link = why.getByRole('button').first();
    const responsible = (await link.textContent())!;
    await link.click();
    await poll(() => page.getByLabel('Title').inputValue()).toBe(responsible);
    await expect(page.getByTestId('supply-need-scatter').locator('.recharts-symbols').count()).resolves.toBe(
      Object.keys(expected.quarters[8].roles).length,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'results-explanation.png') });
  });

  it('a strong operator hired at Q3 who takes over the leads lowers chaos at Q8', async () => {
    const { page } = await chromium.open();
    await openFounderSample(page);
    await scrubTo(page, 8);
    const without = Number(await shown(page, 'chaos'));
    const before = await revision(page);

    await page.getByRole('button', { name: 'Add event in Q3' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an event in Q3' });
    await expect(dialog.getByLabel('Type').inputValue()).resolves.toBe('hire');
    await dialog.getByLabel('Title').fill('COO');
    await dialog.getByLabel('Person').fill('Kim Park');
    await dialog.getByLabel('Strengths').selectOption({ label: 'Operator' });
    await dialog.getByLabel('Reports to').selectOption({ label: 'Founder & CEO' });
    const takeOver = dialog.getByRole('group', { name: /Takes over/ });
    for (const lead of LEADS) await takeOver.getByLabel(lead, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Add event' }).click();
    await dialog.waitFor({ state: 'detached' });

    await poll(() => revision(page)).toBeGreaterThan(before);
    await scrubTo(page, 8);
    const withOperator = Number(await shown(page, 'chaos'));
    expect(withOperator).toBeLessThan(without * 0.8);
    // The hired operator is a team of its own in the results from Q3 on.
    await page.getByRole('region', { name: 'Top risks in Q8' }).waitFor();
    await scrubTo(page, 3);
    await expect(page.getByTestId('supply-need-scatter').locator('.recharts-symbols').count()).resolves.toBe(
      6,
    );
    await scrubTo(page, 2);
    await expect(page.getByTestId('supply-need-scatter').locator('.recharts-symbols').count()).resolves.toBe(
      5,
    );
  });

  it('the sample’s own "Operator hired in Q3" scenario shows the CLI’s figures', async () => {
    const { page } = await chromium.open();
    await openFounderSample(page);
    const before = await revision(page);
    await page.getByRole('tab', { name: 'Operator hired in Q3' }).click();
    await poll(() => revision(page)).toBeGreaterThan(before);
    await scrubTo(page, 8);
    await expectFiguresOf(page, cli(SAMPLE.scenarios.find((s) => s.name === 'Operator hired in Q3')), 8);
  });

  it('compares the sample’s three scenarios in one quarter with the CLI’s figures, and opens one', async () => {
    const { page } = await chromium.open();
    await openFounderSample(page, { charts: false });
    await page.getByRole('button', { name: 'Compare scenarios' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare scenarios' });
    // Every scenario runs to Q12, so that is where the comparison opens.
    await poll(() =>
      dialog.getByRole('table', { name: 'Scenarios in Q12' }).locator('tbody tr').count(),
    ).toBe(SAMPLE.scenarios.length);
    await dialog
      .getByRole('list', { name: 'Outcome per quarter of No operator' })
      .getByRole('button', { name: /^Q8:/ })
      .click();
    const q8 = dialog.getByRole('table', { name: 'Scenarios in Q8' });
    for (const scenario of SAMPLE.scenarios as { name: string }[]) {
      const expected = cli(scenario).quarters[8].org;
      const row = q8.locator(`tr[data-scenario="${scenario.name}"]`);
      await expect(row.locator('[data-figure="chaos"]').textContent()).resolves.toContain(
        expected.chaos.toFixed(1),
      );
      await expect(row.locator('[data-figure="health"]').textContent()).resolves.toContain(
        expected.health.toFixed(1),
      );
      await expect(row.locator('td[data-verdict]').textContent()).resolves.toBe(
        verdictShort(readVerdict(expected)),
      );
    }
    // The founder's question: the operator hired in Q3 keeps chaos lowest, and waiting a year costs.
    const chaosCell = (name: string) => q8.locator(`tr[data-scenario="${name}"] [data-figure="chaos"]`);
    await expect(chaosCell('Operator hired in Q3').getAttribute('data-best')).resolves.toBe('true');
    await expect(chaosCell('Operator a year late').getAttribute('data-best')).resolves.toBeNull();
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-scenarios.png') });
    await q8.getByRole('button', { name: 'Operator a year late' }).click();
    await poll(() => page.title()).toMatch(/^Operator a year late/);
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('runs 50 Monte Carlo simulations and shows p10-p90 bands, as the CLI computes them', async () => {
    const { page } = await chromium.open();
    await openFounderSample(page);
    expect(await page.getByTestId('band-chaos').count()).toBe(0);
    const before = await revision(page);
    await page.getByLabel('Runs').fill('50');
    await page.getByLabel('Runs').press('Enter');
    await poll(() => revision(page)).toBeGreaterThan(before);
    await page.getByTestId('band-chaos').waitFor();
    expect(await page.locator('.p10-p90-band').count()).toBe(8);

    const base = SAMPLE.scenarios[0] as { seed?: number };
    const expected = cli(base, ['--runs', '50', '--seed', String(base.seed ?? 1)]);
    await scrubTo(page, 8);
    await expectFiguresOf(page, expected, 8);
    const band = expected.quarters[8].bands!.chaos;
    expect(await page.getByTestId('band-chaos').textContent()).toContain(
      `p10–p90 ${band.p10.toFixed(1)}–${band.p90.toFixed(1)}`,
    );
    expect(band.p90).toBeGreaterThan(band.p10);
    await page.screenshot({ path: join(SCREENSHOTS, 'results-monte-carlo.png') });

    // The print report (what window.print and Electron's print to PDF produce): the results, the org
    // with each team's outcome, the top risks and the assumptions, and nothing of the editor.
    // A function, not a string: the app's CSP has no 'unsafe-eval' (tests/architecture/browser-calls).
    await page.evaluate(() => {
      (globalThis as unknown as EventTarget).dispatchEvent(new Event('beforeprint'));
    });
    await page.emulateMedia({ media: 'print' });
    await page.getByRole('heading', { name: 'Assumptions used' }).waitFor();
    await expect(page.getByText('Runs: 50, seed 42').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'The org in Q8' }).isVisible()).resolves.toBe(true);
    // The org drawn as it stands at Q8, each team marked with its outcome as the report gives it.
    const drawing = page.getByRole('img', { name: 'The org in Q8, each team marked with its outcome' });
    await expect(drawing.isVisible()).resolves.toBe(true);
    const sales = expected.quarters[8].roles.sales;
    await expect(drawing.locator('title', { hasText: /^Sales lead, / }).textContent()).resolves.toMatch(
      new RegExp(`, ${escapeRegExp(verdictShort(readVerdict(sales)))}(, |$)`),
    );
    // The pack: a title page with the scenario, then the summary with the dock's headline.
    const titlePage = page.getByRole('region', { name: 'Title page', exact: true });
    await expect(titlePage.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
    const summary = page.getByRole('region', { name: 'Summary', exact: true });
    await expect(
      summary.getByText((await page.getByTestId('headline').textContent())!, { exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(summary.getByRole('region', { name: 'Top risks in Q8' }).isVisible()).resolves.toBe(true);
    // Sections one under the other: "Assumptions used" ends within the page's width, not cut off.
    const assumptions = await page
      .getByRole('region', { name: 'Assumptions used', exact: true })
      .boundingBox();
    expect(assumptions!.x + assumptions!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await expect(page.getByRole('button', { name: 'Print report' }).isVisible()).resolves.toBe(false);
    await expect(card(page, 'Sales lead').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'results-print.png'), fullPage: true });
  });

  it('a big Monte Carlo run waits for its button, shows progress and stops; edits keep re-running meanwhile', async () => {
    const { page } = await chromium.open();
    await page.getByRole('button', { name: 'Open sample: Restructure of a 300-role manufacturer' }).click();
    await poll(() => revision(page)).toBeGreaterThan(0);
    const before = await revision(page);
    await page.getByLabel('Runs').fill('2000');
    await page.getByLabel('Runs').press('Enter');
    // 300 roles x 2,000 runs is too big to start by itself: the deterministic run updates, a button waits.
    const run = page.getByRole('button', { name: 'Run 2000 simulations' });
    await run.waitFor();
    await poll(() => revision(page)).toBeGreaterThan(before);
    const deterministic = await revision(page);

    await run.click();
    const progress = page.getByRole('progressbar', { name: 'Simulation progress' });
    await progress.waitFor();
    await poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByText('Stopped; the figures shown are from the previous run.').waitFor();
    expect(await revision(page)).toBe(deterministic);
    expect(await page.getByTestId('band-chaos').count()).toBe(0);
    await run.waitFor(); // it can be started again

    // The stopped worker is replaced: an edit re-runs as before.
    await page.getByRole('button', { name: 'Show charts' }).click();
    await page
      .getByRole('region', { name: /^Top risks/ })
      .getByRole('button')
      .first()
      .click();
    await page.getByLabel('Team size').fill('90');
    await page.getByLabel('Team size').press('Enter');
    await poll(() => revision(page)).toBeGreaterThan(deterministic);
  });
});
