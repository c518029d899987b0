import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, repoPath } from './dependency-rules';
import { vacuousAssertions } from './vacuous-assertions';

const inE2e = (file: string) => file.startsWith('tests/e2e/');

describe('no assertion in tests/ that cannot fail', () => {
  it('holds for every test file', () => {
    const files = readdirSync(join(REPO_ROOT, 'tests'), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
      .map((entry) => repoPath(REPO_ROOT, join(entry.parentPath, entry.name)));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      vacuousAssertions(file, readFileSync(join(REPO_ROOT, file), 'utf8'), { playwright: inE2e(file) }).map(
        (v) => `${file}:${v.line} ${v.why}: ${v.text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  // The check on assertions that cannot fail: proof that the test above can.
  it.each([
    ["await expect(page.getByText('1 of 1')).toBeDefined();", true],
    ["expect(page.locator('.card').first()).toBeTruthy();", true],
    ['expect(result);', false],
    ['expect(result).not;', false],
    ['await expect(promise).resolves;', false],
    ['expect(page.title()).resolves.toBe("x");', false],
    ['expect.poll(() => count()).toBe(1);', false],
    ["expect(screen.queryByText('Saved')).toBeDefined();", false],
  ])('flags %s', (line, playwright) => {
    expect(vacuousAssertions('x.ts', line, { playwright })).toHaveLength(1);
  });

  it('allows assertions that can fail', () => {
    const source = [
      "await expect.poll(() => page.getByText('1 of 1').isVisible()).toBe(true);",
      'await expect(page.title()).resolves.toBe("x");',
      'return expect(promise).rejects.toThrow();',
      "expect(screen.queryByText('Saved')).toBeNull();",
      'expect(found, "message").toBeDefined();',
      'expect(() => run()).not.toThrow();',
    ].join('\n');
    expect(vacuousAssertions('x.ts', source, { playwright: true })).toEqual([]);
    // Testing Library's getBy throws when nothing matches: the assertion fails with it.
    const dom = "expect(screen.getByRole('dialog')).toBeTruthy();";
    expect(vacuousAssertions('x.tsx', dom, { playwright: false })).toEqual([]);
  });
});
