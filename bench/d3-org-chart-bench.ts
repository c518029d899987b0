/**
 * d3-org-chart (3.1.1), the reference org-chart library, measured in the same Chromium as Ballast on the
 * same generated org: rendered collapsed first (as it opens), then "Expand all" with no animation
 * (duration 0), timed until every card is in the page and painted. Its UMD build reads d3 from a global,
 * so the d3 modules it needs are loaded first as scripts into a blank page of the canvas pane's size.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../tests/e2e/helpers/web-app';
import { syntheticOrg } from './synthetic-org';

/** In dependency order: each UMD build extends the global `d3` with its own functions. */
const D3_SCRIPTS = [
  'd3-array/dist/d3-array.js',
  'd3-dispatch/dist/d3-dispatch.js',
  'd3-selection/dist/d3-selection.js',
  'd3-color/dist/d3-color.js',
  'd3-interpolate/dist/d3-interpolate.js',
  'd3-ease/dist/d3-ease.js',
  'd3-timer/dist/d3-timer.js',
  'd3-transition/dist/d3-transition.js',
  'd3-drag/dist/d3-drag.js',
  'd3-zoom/dist/d3-zoom.js',
  'd3-path/dist/d3-path.js',
  'd3-shape/dist/d3-shape.js',
  'd3-hierarchy/dist/d3-hierarchy.js',
  'd3-flextree/build/d3-flextree.js',
  'd3-org-chart/build/d3-org-chart.js',
];

export interface D3OrgChartFigures {
  roles: number;
  expandAllMs: number;
  cards: number;
}

/** Ballast's card size, so both charts lay out the same boxes. */
const CARD = { width: 220, height: 92 };

export async function measureD3OrgChart(
  browser: Browser,
  roles: number,
  pane: { width: number; height: number },
): Promise<D3OrgChartFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><div id="chart" style="width:${Math.round(pane.width)}px;height:${Math.round(pane.height)}px"></div></body></html>`,
    );
    for (const script of D3_SCRIPTS)
      await page.addScriptTag({ path: join(REPO_ROOT, 'node_modules', script) });
    const data = syntheticOrg(roles, 1).roles.map((r) => ({
      id: r.id,
      parentId: r.reportsTo ?? '',
      title: r.title,
      person: r.person ?? 'Vacant',
    }));
    // Page-side code as strings: tsx would otherwise wrap functions in a helper the page lacks.
    await page.evaluate(`((data, card) => {
      const chart = new d3.OrgChart()
        .container('#chart')
        .data(data)
        .nodeWidth(() => card.width)
        .nodeHeight(() => card.height)
        .duration(0)
        .nodeContent((d) => '<div style="width:' + card.width + 'px;height:' + card.height + 'px;border:1px solid #ccd;border-radius:6px;background:#fff;font:12px sans-serif;padding:8px;box-sizing:border-box"><b>' + d.data.title + '</b><br>' + d.data.person + '</div>')
        .render();
      window.__chart = chart;
    })(${JSON.stringify(data)}, ${JSON.stringify(CARD)})`);
    await afterFrames(page, 3);
    const expandAllMs = (await page.evaluate(`new Promise((done) => {
      const started = performance.now();
      window.__chart.expandAll();
      const total = ${roles};
      // Duration 0 still runs d3's transitions on the next timer frames: wait until every card is in.
      const check = () => {
        if (document.querySelectorAll('.node').length >= total) {
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - started)));
        } else requestAnimationFrame(check);
      };
      check();
    })`)) as number;
    const cards = await page.locator('.node').count();
    return { roles, expandAllMs: Math.round(expandAllMs), cards };
  } finally {
    await context.close();
  }
}

function afterFrames(page: import('playwright-core').Page, frames: number): Promise<void> {
  return page.evaluate(
    `new Promise((done) => { let n = ${frames}; const step = () => (--n <= 0 ? done() : requestAnimationFrame(step)); requestAnimationFrame(step); })`,
  );
}
