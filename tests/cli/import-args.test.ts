import { describe, expect, it } from 'vitest';
import { parseImportArgs } from '../../src/cli/import-args';
import { applyColumnOverrides } from '../../src/core/csv-import/headers';

describe('parseImportArgs --map', () => {
  it('keeps a field named like an Object member, so it is reported as no field instead of vanishing', () => {
    const args = parseImportArgs([
      'org.csv',
      '--out',
      'o.json',
      '--map',
      '__proto__=Boss',
      '--map',
      'constructor=Id',
    ]);
    expect(args.ok).toBe(true);
    if (!args.ok) return;
    expect(Object.keys(args.options.map)).toEqual(['__proto__', 'constructor']);
    const { errors } = applyColumnOverrides(['Boss', 'Id'], {}, args.options.map);
    expect(errors).toEqual([
      expect.stringContaining('--map __proto__=Boss: "__proto__" is not a field'),
      expect.stringContaining('--map constructor=Id: "constructor" is not a field'),
    ]);
  });
});

describe('parseImportArgs --blank-names', () => {
  it('is the blank-name decision, and names its two choices when given another', () => {
    const args = parseImportArgs(['org.csv', '--out', 'o.json', '--blank-names=filled-unnamed']);
    expect(args.ok && args.options.fixes).toEqual({ 'blank-name': 'filled-unnamed' });
    const wrong = parseImportArgs(['org.csv', '--out', 'o.json', '--blank-names', 'unnamed']);
    expect(wrong.ok ? [] : wrong.errors).toEqual([
      '--blank-names must be vacant or filled-unnamed, not "unnamed"',
    ]);
  });
});
