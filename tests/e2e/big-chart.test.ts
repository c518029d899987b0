import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cards } from './helpers/app-page';
import { useChromium } from './helpers/chromium-suite';
import { importCsv, newProject, ORGCHART_FIXTURES } from './helpers/csv-import';

const chromium = useChromium();
/** The zoom from which a card's text is readable (READABLE_ZOOM): a 92 px card at least 37 px high. */
const READABLE_CARD_HEIGHT = 36.8;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

/** React Flow's viewport transform: translate(x, y) scale(zoom). */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  const match = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([\d.e-]+)\)/.exec(style);
  if (!match) throw new Error(`no viewport transform in "${style}"`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

/** The laid-out chart's extent on screen, from its bounds in flow coordinates and the transform. */
async function chartOnScreen(page: Page, pane: Box): Promise<Box> {
  const [x, y, width, height] = ((await page.locator('.react-flow').getAttribute('data-chart-bounds')) ?? '')
    .split(',')
    .map(Number);
  const view = await viewport(page);
  return {
    x: pane.x + view.x + x * view.zoom,
    y: pane.y + view.y + y * view.zoom,
    width: width * view.zoom,
    height: height * view.zoom,
  };
}

async function boxes(locator: Locator): Promise<Box[]> {
  const all: Box[] = [];
  for (const one of await locator.all()) {
    const box = await one.boundingBox();
    if (box) all.push(box);
  }
  return all;
}

describe('a big import on the canvas (issue 13)', () => {
  it('opens a 1,516-role import on readable top layers, and fits the whole chart, expanded too', async () => {
    const { page } = await chromium.open();
    await newProject(page, 'Big chart');
    await importCsv(page, join(ORGCHART_FIXTURES, 'd3-org-chart-sample.csv'));
    await page.getByText('Ready: 1516 roles from 1516 rows').waitFor();
    await page.getByRole('button', { name: 'Create scenario' }).click();
    await page.locator('.react-flow[data-opened="true"]').waitFor();
    const pane = (await page.locator('.react-flow').boundingBox())!;

    // The first view: the top role in view near the top, every card shown readable and whole in the pane
    // (whole top layers, the rest behind collapsed managers), not the top role above lines into nowhere.
    const top = (await card(page, 'Chief Executive Officer').boundingBox())!;
    expect(inside(top, pane)).toBe(true);
    expect(top.y - pane.y).toBeLessThan(pane.height / 4);
    expect(top.height).toBeGreaterThanOrEqual(READABLE_CARD_HEIGHT);
    const shown = Number(await page.locator('.react-flow').getAttribute('data-shown-roles'));
    expect(shown).toBeGreaterThan(4); // more than the top role and its reports
    expect(await cards(page).count()).toBe(shown);
    for (const box of await boxes(cards(page))) {
      expect(inside(box, pane)).toBe(true);
      expect(box.height).toBeGreaterThanOrEqual(READABLE_CARD_HEIGHT);
    }
    expect(await page.locator('[aria-label*="roles hidden"]').count()).toBeGreaterThan(0);

    // Everything expanded, then fitted: the whole compact chart is on screen (drawn as a sketch, its
    // cards too small to read), and the overview map shows it.
    await page.getByRole('button', { name: 'View', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Expand all' }).click();
    await expect
      .poll(async () => Number(await page.locator('.react-flow').getAttribute('data-shown-roles')))
      .toBe(1516);
    await page.getByTestId('chart-sketch').waitFor();
    await expect.poll(async () => inside(await chartOnScreen(page, pane), pane)).toBe(true);
    const whole = await chartOnScreen(page, pane);
    // Fitted, not lost in a corner: it spans the pane's width or height.
    expect(Math.max(whole.width / pane.width, whole.height / pane.height)).toBeGreaterThan(0.7);
    await page.getByRole('img', { name: 'Overview of the org chart' }).waitFor();

    // Zoomed in again, the cards come back, readable.
    for (let i = 0; i < 40 && (await viewport(page)).zoom < 0.4; i++) {
      await page.getByRole('button', { name: 'Zoom In' }).click();
    }
    await cards(page).first().waitFor();
    expect(await page.getByTestId('chart-sketch').count()).toBe(0);
  });
});
