import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BASE_LENGTH, safeBaseName, safeFileName } from '../../../src/core/export/file-name';

const repo = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('safeFileName', () => {
  it('turns path separators, characters Windows refuses and control characters into one space', () => {
    expect(safeFileName('To-be: flat / lean?', 'svg')).toBe('To-be flat lean.svg');
    expect(safeFileName('a<b>c|d?e*f"g\\h', 'png')).toBe('a b c d e f g h.png');
    expect(safeFileName('Q3\u0000\u000B\u001B\u007F\u0085plan', 'roles.csv')).toBe('Q3 plan.roles.csv');
    expect(safeFileName('../../etc/passwd', 'csv')).toBe('etc passwd.csv');
    expect(safeFileName('lone \uD800 half', 'csv')).toBe('lone half.csv');
  });

  it('drops leading and trailing dots and spaces, and falls back when nothing is left', () => {
    expect(safeFileName('  .hidden plan.  ', 'svg')).toBe('hidden plan.svg');
    expect(safeFileName(' ... ', 'svg')).toBe('Ballast.svg');
    expect(safeFileName(undefined, 'results.csv', 'results')).toBe('results.results.csv');
    expect(safeBaseName('//', 'Untitled')).toBe('Untitled');
  });

  it("keeps Windows' reserved device names from being the name, with or without an extension", () => {
    for (const name of ['CON', 'con', 'PRN', 'AUX', 'NUL', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9', 'COM0'])
      expect(safeFileName(name, 'svg')).toBe(`_${name}.svg`);
    expect(safeFileName('con.txt', 'svg')).toBe('_con.txt.svg');
    expect(safeFileName('Nul .tar.gz', 'svg')).toBe('_Nul .tar.gz.svg');
    // Only the whole first part is reserved.
    expect(safeFileName('Console', 'svg')).toBe('Console.svg');
    expect(safeFileName('COM10', 'svg')).toBe('COM10.svg');
    expect(safeFileName('my con', 'svg')).toBe('my con.svg');
  });

  it('cuts long names without splitting an emoji or leaving a trailing dot', () => {
    expect(safeBaseName('😀'.repeat(200), 'x')).toBe('😀'.repeat(MAX_BASE_LENGTH));
    expect(safeBaseName(`${'a'.repeat(MAX_BASE_LENGTH - 1)}. b`, 'x')).toBe('a'.repeat(MAX_BASE_LENGTH - 1));
  });

  it('gives a name every platform accepts, for any label', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (label) => {
        const base = safeBaseName(label, 'Ballast');
        // Control characters are exactly what this must find.
        // eslint-disable-next-line no-control-regex
        expect(base).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
        expect(base).not.toMatch(/^[.\s]|[.\s]$/);
        expect(base).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\s*\..*)?$/i);
        expect([...base].length).toBeLessThanOrEqual(MAX_BASE_LENGTH);
        expect(base).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(safeBaseName(base, 'Ballast')).toBe(base);
      }),
      { numRuns: 500 },
    );
  });

  it('is the one rule: every file name the app proposes for a download goes through it', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles(join(repo, 'src')), ...sourceFiles(join(repo, 'electron'))]) {
      const text = readFileSync(file, 'utf8');
      const name = relative(repo, file);
      if (name.endsWith('file-name.ts')) continue;
      // A second copy of the rule: the set of characters Windows refuses.
      if (text.includes('\\\\/:*?"<>|')) offenders.push(`${name}: its own list of refused characters`);
      for (const call of text.matchAll(/downloadFile\(\s*([^,]*)/g))
        if (!name.endsWith('download.ts') && !call[1].startsWith('safeFileName('))
          offenders.push(`${name}: downloadFile(${call[1]}`);
    }
    expect(offenders).toEqual([]);
  });
});
