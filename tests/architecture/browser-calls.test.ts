import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringPageCode } from './browser-calls';
import { REPO_ROOT, repoPath } from './dependency-rules';

describe('browser tests pass page code as functions, which the CSP allows', () => {
  it('holds for every file of tests/e2e', () => {
    const dir = join(REPO_ROOT, 'tests', 'e2e');
    const files = readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx|mts)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((file) =>
      stringPageCode(file, readFileSync(file, 'utf8')).map((f) => `${repoPath(REPO_ROOT, file)}:${f.line}`),
    );
    expect(found).toEqual([]);
  });

  // The check on code that breaks it: proof that the test above can fail.
  it.each([
    `await page.waitForFunction("document.title.startsWith('Q3')");`,
    'await page.waitForFunction(`document.title === ${JSON.stringify(t)}`);',
    `await page.evaluate('window.x');`,
    `await page.locator('b').evaluate('e => e.click()');`,
    `await page.$eval('b', 'e => e.textContent');`,
    `await page.addInitScript('window.x = 1');`,
  ])('flags %s', (line) => {
    expect(stringPageCode('x.ts', line)).toHaveLength(1);
  });

  it('allows functions', () => {
    const source = [
      'await page.evaluate(() => 1);',
      'await page.waitForFunction(function () { return true; });',
      `await page.$eval('b', (e) => e.textContent);`,
      'await page.addInitScript({ path: file });',
      'await page.evaluate(probe, arg);',
    ].join('\n');
    expect(stringPageCode('x.ts', source)).toEqual([]);
  });
});
