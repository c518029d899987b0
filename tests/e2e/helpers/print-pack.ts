import type { Page } from 'playwright-core';

/**
 * Puts the page in the state window.print and Electron's print to PDF produce: the `beforeprint` event
 * (which renders the print-only pack) and the print media. A function, not a string: the app's CSP has
 * no 'unsafe-eval' (tests/architecture/browser-calls).
 */
export async function showPrintPack(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as EventTarget).dispatchEvent(new Event('beforeprint'));
  });
  await page.emulateMedia({ media: 'print' });
  await page.getByTestId('print-pack').waitFor({ state: 'attached' });
}

/** Ends the print state, as the browser does after printing. */
export async function leavePrintPack(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as EventTarget).dispatchEvent(new Event('afterprint'));
  });
  await page.emulateMedia({ media: 'screen' });
}

interface Box {
  left: number;
  right: number;
  width: number;
  height: number;
}
interface Element {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
  readonly childElementCount: number;
  querySelectorAll(selector: string): ArrayLike<Element>;
  closest(selector: string): Element | null;
  getBoundingClientRect(): Box;
}
interface Window {
  readonly document: { querySelector(selector: string): Element | null };
  readonly innerWidth: number;
  getComputedStyle(element: Element): { overflowX: string; overflowY: string; textOverflow: string };
}

/**
 * Every text of a printed page (the pack, or the element with test id `rootTestId`) that does not show
 * whole: an element with text that runs past the page's width, or that is cut by its own box (overflow
 * hidden or clipped, or an ellipsis, with content wider or taller than the box). Each as "TAG: first
 * words". Empty when nothing is clipped.
 */
export function clippedTexts(page: Page, rootTestId = 'print-pack'): Promise<string[]> {
  return page.evaluate((testId) => {
    const win = globalThis as unknown as Window;
    const root = win.document.querySelector(`[data-testid="${testId}"]`);
    if (!root) return [`nothing with test id ${testId}`];
    const clipped: string[] = [];
    const all = Array.from(root.querySelectorAll('*'));
    for (const element of all) {
      const text = (element.textContent ?? '').trim();
      // A drawing is scaled to the page as a whole (its own test checks it fits); its parts are not boxes.
      if (!text || element.closest('svg')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const style = win.getComputedStyle(element);
      const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      const cutAcross =
        (cuts(style.overflowX) || style.textOverflow === 'ellipsis') &&
        element.scrollWidth > element.clientWidth + 1;
      const cutDown = cuts(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      const pastPage = box.right > win.innerWidth + 1 || box.left < -1;
      if (cutAcross || cutDown || pastPage) clipped.push(`${element.tagName}: ${text.slice(0, 60)}`);
    }
    return clipped;
  }, rootTestId);
}

/** Pages in a PDF Chromium printed: its page objects ("/Type /Page", not "/Type /Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
