import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card } from './helpers/app-page';
import { useChromium } from './helpers/chromium-suite';

const INTERACTIVE = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'menuitem',
  'menuitemradio',
  'radio',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
  'searchbox',
  'listbox',
]);

interface AxNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** Every interactive control Chromium exposes on the page without an accessible name. */
async function unnamedControls(page: Page): Promise<string[]> {
  return (await controls(page)).filter((c) => !c.named).map((c) => c.description);
}

async function controls(page: Page): Promise<{ named: boolean; description: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && INTERACTIVE.has(n.role?.value ?? ''))
    .map((n) => ({
      named: Boolean((n.name?.value ?? '').trim()),
      description: `${n.role?.value} (${JSON.stringify(n.properties?.map((p) => p.name) ?? [])})`,
    }));
}

const chromium = useChromium();

describe('accessible names', () => {
  it('every control on the start screen, the editor, its inspector and its panels has a name', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    expect(await unnamedControls(page)).toEqual([]);

    await page.getByRole('button', { name: 'Open sample: Founder-led startup' }).click();
    await card(page, 'Sales lead').click();
    await page.getByRole('button', { name: 'Spans and layers' }).click();
    expect(await unnamedControls(page)).toEqual([]);
    // The inspector alone has nine sliders and nine number fields: the check sees the real page.
    expect((await controls(page)).length).toBeGreaterThan(40);

    await page.getByRole('tab', { name: 'Assumptions' }).click();
    expect(await unnamedControls(page)).toEqual([]);

    await page.getByRole('button', { name: 'File', exact: true }).click();
    expect(await unnamedControls(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Compare scenarios' }).click();
    await page
      .getByRole('table', { name: /^Scenarios in Q/ })
      .locator('tbody tr')
      .nth(2)
      .waitFor();
    expect(await unnamedControls(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Operator hired in Q3' }).click();
    await page.getByRole('button', { name: /^Hire Chief Operating Officer/ }).click();
    await page.getByRole('button', { name: 'By when must this hire arrive?' }).click();
    await page.getByRole('region', { name: 'By when must this hire arrive' }).waitFor();
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('catches a control without a name (the check itself can fail)', async () => {
    const opened = await chromium.open();
    const { page } = opened;
    // A function, not a string: the app's CSP has no 'unsafe-eval' (tests/architecture/browser-calls).
    await page.locator('body').evaluate((body) => {
      type Dom = { append(child: unknown): void; ownerDocument: { createElement(tag: string): unknown } };
      const element = body as unknown as Dom;
      element.append(element.ownerDocument.createElement('button'));
    });
    expect(await unnamedControls(page)).toHaveLength(1);
    expect((await unnamedControls(page))[0]).toMatch(/^button /);
  });
});
