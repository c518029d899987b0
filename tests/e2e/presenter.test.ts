/**
 * The presenter view in Chromium, on the workshop sample: at a projector's 1024×768 and 1280×720 every
 * scenario name, the headline and every quarter of the strip show whole (boxes inside the window, no text
 * cut, nothing over the strip), with screenshots kept in test-results/screenshots; and a crisis applied
 * live changes the headline and the strip exactly as the engine, run here on the same scenario plus the
 * same event, says it should.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { roleTitles } from '../../src/core/scenario/hired-roles';
import { parseScenario } from '../../src/core/scenario/parse';
import type { Scenario } from '../../src/core/scenario/types';
import { readVerdict, verdictText } from '../../src/core/verdict-text';
import { simulate, toSimulationReport, type SimulationReport } from '../../src/engine/index';
import { headline } from '../../src/renderer/results/headline';
import { newDraft, toEvent } from '../../src/renderer/timeline/event-draft';
import { useChromium } from './helpers/chromium-suite';
import { REPO_ROOT } from './helpers/web-app';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const SAMPLE = JSON.parse(
  readFileSync(join(REPO_ROOT, 'resources', 'samples', 'workshop-divisions.sample.json'), 'utf8'),
) as { name: string; scenarios: unknown[] };
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
];

const chromium = useChromium();
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 50 });

function scenarioOf(spec: unknown): Scenario {
  const parsed = parseScenario(spec);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.value;
}

const report = (scenario: Scenario) => toSimulationReport(simulate(scenario));
/** The strip as the UI names its cells ("Q3: chaos (confirmed)"), from a report. */
const stripOf = (r: SimulationReport) =>
  r.quarters.map((q) => `Q${q.quarter}: ${verdictText(readVerdict(q.org))}`);

const stage = (page: Page) => page.getByRole('banner', { name: 'Presenter view' });
const tabs = (page: Page) => page.getByTestId('presenter-tab');
const theHeadline = (page: Page) => page.getByTestId('presenter-headline');
const strip = (page: Page) =>
  page.getByTestId('presenter-bottom').getByRole('list', { name: 'Outcome per quarter' });
const chips = (page: Page) => strip(page).getByRole('button');
const revision = async (page: Page) =>
  Number(await page.locator('[aria-label="Simulation results"]').getAttribute('data-report-revision'));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}
/** Text that is not cut: it needs no more room than its box has. */
async function uncut(locator: Locator): Promise<boolean> {
  const size = await locator.evaluate((element) => {
    const e = element as unknown as {
      scrollWidth: number;
      clientWidth: number;
      scrollHeight: number;
      clientHeight: number;
    };
    return { sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight };
  });
  return size.sw <= size.cw && size.sh <= size.ch;
}
function expectInside(box: Box, viewport: { width: number; height: number }, what: string): void {
  expect(box.x, what).toBeGreaterThanOrEqual(0);
  expect(box.y, what).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, what).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height, what).toBeLessThanOrEqual(viewport.height + 0.5);
}
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openWorkshopSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: `Open sample: ${SAMPLE.name}`, exact: true }).click();
  await page.locator('[data-testid="role-card"]').first().waitFor();
  await poll(() => revision(page)).toBeGreaterThan(0);
}

describe('the presenter view in Chromium', () => {
  it('shows every scenario name, the headline and the whole strip at 1024×768 and 1280×720', async () => {
    const { page } = await chromium.open();
    const names = SAMPLE.scenarios.map((s) => scenarioOf(s).name);
    const expected = report(scenarioOf(SAMPLE.scenarios[0]));
    await openWorkshopSample(page);
    await page.keyboard.press('F5');
    await stage(page).waitFor();
    // The editing chrome is gone: no toolbar, no inspector, no timeline.
    expect(await page.getByRole('button', { name: 'Back to the start screen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Show charts' }).isVisible()).toBe(false);

    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      const what = `${viewport.width}×${viewport.height}`;
      await poll(() => tabs(page).allTextContents()).toEqual(names);
      await poll(() => theHeadline(page).textContent()).toBe(
        headline(expected, roleTitles(scenarioOf(SAMPLE.scenarios[0]))),
      );
      for (const tab of await tabs(page).all()) {
        expectInside(await boxOf(tab), viewport, `${what}: tab ${await tab.textContent()}`);
        expect(await uncut(tab), `${what}: tab ${await tab.textContent()}`).toBe(true);
      }
      expectInside(await boxOf(theHeadline(page)), viewport, `${what}: headline`);
      expect(await uncut(theHeadline(page)), `${what}: headline`).toBe(true);

      expect(await chips(page).allTextContents()).toEqual(expected.quarters.map((q) => `Q${q.quarter}`));
      const stripBox = await boxOf(strip(page));
      for (const chip of await chips(page).all()) {
        expectInside(await boxOf(chip), viewport, `${what}: chip ${await chip.textContent()}`);
        expect(await uncut(chip), `${what}: chip ${await chip.textContent()}`).toBe(true);
      }
      // Nothing lies over the strip: not the chart beside it, not the org chart above it.
      const chart = await boxOf(page.getByTestId('presenter-chart'));
      expectInside(chart, viewport, `${what}: chart`);
      expect(overlaps(chart, stripBox), `${what}: chart over the strip`).toBe(false);
      const canvas = await boxOf(page.locator('#org-chart'));
      expect(overlaps(canvas, stripBox), `${what}: org chart over the strip`).toBe(false);
      // The org chart keeps most of the screen.
      expect(canvas.height, `${what}: org chart height`).toBeGreaterThan(viewport.height * 0.45);
      expect(canvas.width, `${what}: org chart width`).toBeGreaterThan(viewport.width * 0.9);
      await page.screenshot({
        path: join(SCREENSHOTS, `presenter-${viewport.width}x${viewport.height}.png`),
      });
    }

    // B blanks the screen and brings it back; Esc leaves the stage for the editor.
    await page.keyboard.press('b');
    await page.getByRole('button', { name: /^The screen is blank/ }).waitFor();
    await page.keyboard.press('b');
    await poll(() => page.getByRole('button', { name: /^The screen is blank/ }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Back to the start screen' }).waitFor();
    expect(await stage(page).count()).toBe(0);
  });

  it('steps quarters with the clicker’s keys and shows a live crisis as the engine says', async () => {
    const { page } = await chromium.open();
    await page.setViewportSize(VIEWPORTS[0]);
    const scenario = scenarioOf(SAMPLE.scenarios[0]);
    const before = report(scenario);
    await openWorkshopSample(page);
    await page.keyboard.press('Control+Shift+P');
    await stage(page).waitFor();
    const current = () => strip(page).locator('button[aria-current="true"]').textContent();

    // The clicker: Home to the design, then one quarter per Page Down (the dock's own Page keys stay out).
    await page.keyboard.press('Home');
    await poll(current).toBe('Q0');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await poll(current).toBe('Q2');
    await page.keyboard.press('PageUp');
    await poll(current).toBe('Q1');
    await page.keyboard.press('ArrowRight');
    await poll(current).toBe('Q2');
    expect(
      await chips(page).evaluateAll((cells) =>
        cells.map((c) => (c as unknown as { ariaLabel: string }).ariaLabel),
      ),
    ).toEqual(stripOf(before));

    // A crisis at Q2 from the facilitator's controls (C opens them over the stage).
    const crisis = toEvent(newDraft('crisis', 2, scenario), undefined);
    const withCrisis: Scenario = { ...scenario, events: [...scenario.events, crisis] };
    const after = report(withCrisis);
    const [headlineBefore, headlineAfter] = [
      headline(before, roleTitles(scenario)),
      headline(after, roleTitles(withCrisis)),
    ];
    // The test is only worth its name if the model says the crisis shows.
    expect([headlineAfter, stripOf(after)]).not.toEqual([headlineBefore, stripOf(before)]);

    await page.keyboard.press('c');
    const controls = page.getByRole('complementary', { name: 'Facilitator controls' });
    await controls.getByRole('button', { name: 'Crisis', exact: true }).click();
    const effect = page.getByRole('region', { name: 'Shock effect' });
    await poll(() => effect.getByTestId('shock-after').textContent()).toBe(headlineAfter);
    expect(await effect.getByTestId('shock-before').textContent()).toBe(headlineBefore);
    await poll(() => theHeadline(page).textContent()).toBe(headlineAfter);
    expect(
      await chips(page).evaluateAll((cells) =>
        cells.map((c) => (c as unknown as { ariaLabel: string }).ariaLabel),
      ),
    ).toEqual(stripOf(after));
    const changed = after.quarters
      .filter((q, i) => stripOf(after)[i] !== stripOf(before)[i])
      .map((q) => `Q${q.quarter}`);
    const quarters = (await effect.getByTestId('shock-quarters').textContent()) ?? '';
    for (const q of changed) expect(quarters).toContain(`${q} `);
    // The card sits over the org chart, not over the strip or the headline.
    const card = await boxOf(effect);
    expect(overlaps(card, await boxOf(strip(page)))).toBe(false);
    expect(overlaps(card, await boxOf(theHeadline(page)))).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'presenter-live-crisis-1024x768.png') });

    // One undo step takes it back, as for an event added on the timeline.
    await page.keyboard.press('Control+z');
    await poll(() => theHeadline(page).textContent()).toBe(headlineBefore);
  });

  it('the editor itself shows every tab name, quarter and the headline uncut at 1024×768', async () => {
    const { page } = await chromium.open();
    await page.setViewportSize(VIEWPORTS[0]);
    await openWorkshopSample(page);
    const viewport = VIEWPORTS[0];
    const scenarioTabs = page.getByRole('tablist', { name: 'Scenarios' }).getByRole('tab');
    expect(await scenarioTabs.count()).toBeGreaterThanOrEqual(SAMPLE.scenarios.length);
    for (const tab of await scenarioTabs.all()) {
      const name = await tab.textContent();
      expectInside(await boxOf(tab), viewport, `tab ${name}`);
      expect(await uncut(tab), `tab ${name}`).toBe(true);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-workshop-1024x768.png') });
    const dockHeadline = page.getByTestId('headline');
    expect(await uncut(dockHeadline), 'headline').toBe(true);
    const dockStrip = page
      .locator('[aria-label="Simulation results"]')
      .getByRole('list', { name: 'Outcome per quarter' });
    const visible = await boxOf(dockStrip);
    for (const chip of await dockStrip.getByRole('button').all()) {
      const box = await boxOf(chip);
      expect(await uncut(chip), `chip ${await chip.textContent()}`).toBe(true);
      expectInside(box, viewport, `chip ${await chip.textContent()}`);
      expect(box.x + box.width, `chip ${await chip.textContent()}`).toBeLessThanOrEqual(
        visible.x + visible.width + 0.5,
      );
    }
  });

  it('drives the stage from the facilitator’s controls in a second tab, and shows the stage’s state there', async () => {
    const { page, app } = await chromium.open();
    await page.setViewportSize(VIEWPORTS[1]);
    await openWorkshopSample(page);
    // The View menu opens the controls in a tab of their own, then the presenter view.
    await page.getByRole('button', { name: 'View', exact: true }).click();
    const opened = page.context().waitForEvent('page');
    await page.getByRole('menuitem', { name: 'Open facilitator controls in a new tab' }).click();
    const tab = await opened;
    const tabErrors: string[] = [];
    tab.on('pageerror', (error) => tabErrors.push(error.message));
    expect(new URL(tab.url()).origin).toBe(app.origin);
    expect(new URL(tab.url()).hash).toBe('#presenter-controls');
    await page.getByRole('button', { name: 'View', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Presenter view (F5)' }).click();
    await stage(page).waitFor();
    const current = () => strip(page).locator('button[aria-current="true"]').textContent();

    await tab.getByRole('heading', { name: 'Facilitator controls' }).waitFor();
    const quarterThere = () => tab.getByTestId('controls-quarter').textContent();

    // Both ways: the stage's quarter shows in the tab, the tab's buttons move the stage.
    await page.keyboard.press('Home');
    await poll(quarterThere).toBe('Q0 of 12');
    await tab.getByRole('button', { name: 'Next quarter' }).click();
    await poll(current).toBe('Q1');
    await poll(quarterThere).toBe('Q1 of 12');

    // The reveal from the tab: the design at Q0, a play that stops at Q3, the crisis there, play on.
    await tab.getByLabel('Stop at').selectOption('3');
    await tab.getByRole('button', { name: 'Next reveal step (N)' }).click();
    await poll(() => page.getByTestId('reveal-step').textContent()).toMatch(/^Reveal 1\/4: the design/);
    await poll(current).toBe('Q0');
    // The design alone: no card carries a team's outcome until the play starts.
    const heated = page.locator('[data-testid="role-card"][data-outcome]');
    await poll(() => heated.count()).toBe(0);
    await tab.getByRole('button', { name: 'Next reveal step (N)' }).click();
    await poll(current).toBe('Q3');
    await poll(() => tab.getByTestId('controls-reveal-step').textContent()).toMatch(/^Reveal 2\/4/);
    expect(await heated.count()).toBeGreaterThan(0);
    await tab.getByRole('button', { name: 'Next reveal step (N)' }).click();
    const effect = page.getByRole('region', { name: 'Shock effect' });
    await poll(() => effect.getByRole('heading').textContent()).toBe('Crisis in Q3');
    await poll(() =>
      tab.getByRole('region', { name: 'Shock effect' }).getByRole('heading').textContent(),
    ).toBe('Crisis in Q3');
    // N on the stage itself goes on from there: play on to the horizon.
    await page.keyboard.press('n');
    await poll(current).toBe('Q12');

    // The tab blanks the stage and ends the presenter view.
    await tab.getByRole('button', { name: 'Blank the screen (B)' }).click();
    await page.getByRole('button', { name: /^The screen is blank/ }).waitFor();
    await tab.getByRole('button', { name: 'Leave the presenter view' }).click();
    await page.getByRole('button', { name: 'Back to the start screen' }).waitFor();
    await poll(() => tab.getByTestId('presenting-state').textContent()).toBe(
      'The presenter view is not showing.',
    );
    expect(tabErrors).toEqual([]);
  });
});
