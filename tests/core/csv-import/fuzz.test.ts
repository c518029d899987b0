import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIX_ACTIONS, type ImportFixes } from '../../../src/core/csv-import/fixes';
import { importCsvText } from '../../../src/core/csv-import/import-table';
import { IMPORT_PROBLEM_KINDS } from '../../../src/core/csv-import/types';
import { parseScenario } from '../../../src/core/scenario/parse';
import { MESSY_LINES } from './messy';

/** Characters that matter to CSV and to the importer's checks, plus ordinary ones. */
const csvChar = fc.constantFrom(
  ...'aBe0179,;\t"\n\r \uFEFF\uFFFD#/-XNUL'.split(''),
  'NULL',
  'N/D',
  'XX',
  'é',
  '😀',
);
const header = fc.constantFrom(
  '',
  'id,manager\n',
  'Employee ID,Supervisor ID,Name,Team Size,vision\n',
  'id;parentId;name\n',
  '\uFEFFid,manager,department\r\n',
);
const randomCsv = fc
  .tuple(header, fc.array(csvChar, { maxLength: 60 }))
  .map(([h, chars]) => h + chars.join(''));

const baseLines = [
  'id,manager,name,team,vision',
  'r,,Root,2,7',
  'a,r,"Ann, A",1,',
  'b,a,Bob,0,3',
  'c,a,"Cy\nCy",x,11',
  'd,R,Dee,,',
  ...MESSY_LINES.slice(1, 6),
];
/** A small file with one change: a character inserted or deleted, a line dropped, doubled or moved. */
const mutatedCsv = fc
  .record({
    edits: fc.array(
      fc.record({
        op: fc.constantFrom('insert', 'delete', 'dropLine', 'doubleLine', 'swapLines'),
        at: fc.nat(),
        ch: csvChar,
      }),
      { minLength: 1, maxLength: 4 },
    ),
    crlf: fc.boolean(),
  })
  .map(({ edits, crlf }) => {
    let lines = [...baseLines];
    let text = '';
    for (const e of edits) {
      const i = e.at % lines.length;
      if (e.op === 'dropLine') lines.splice(i, 1);
      else if (e.op === 'doubleLine') lines.splice(i, 0, lines[i]);
      else if (e.op === 'swapLines')
        [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length], lines[i]];
      else {
        const joined = lines.join('\n');
        const at = e.at % (joined.length + 1);
        text =
          e.op === 'insert'
            ? joined.slice(0, at) + e.ch + joined.slice(at)
            : joined.slice(0, at) + joined.slice(at + 1);
        lines = text.split('\n');
      }
      if (lines.length === 0) lines = [''];
    }
    return lines.join(crlf ? '\r\n' : '\n');
  });

const fixes: fc.Arbitrary<ImportFixes> = fc.record(
  Object.fromEntries(
    Object.entries(FIX_ACTIONS).map(([kind, actions]) => [kind, fc.constantFrom(...Object.keys(actions))]),
  ) as Record<string, fc.Arbitrary<string>>,
  { requiredKeys: [] },
) as fc.Arbitrary<ImportFixes>;

const limits = fc.option(
  fc.record({ maxRows: fc.integer({ min: 1, max: 8 }), maxBytes: fc.integer({ min: 1, max: 200 }) }),
  {
    nil: undefined,
  },
);

describe('the importer on random and mutated input', () => {
  it('ends every one of 10,000 inputs in a valid scenario or a report, never an exception', () => {
    const kinds = new Set<string>(IMPORT_PROBLEM_KINDS);
    let imported = 0;
    fc.assert(
      fc.property(fc.oneof(randomCsv, mutatedCsv), fixes, limits, (text, chosen, limit) => {
        const outcome = importCsvText(text, { fixes: chosen, limits: limit, fileName: 'fuzz.csv' });
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const p of outcome.problems) {
          expect(kinds.has(p.kind)).toBe(true);
          expect(p.message).not.toBe('');
          expect(p.message).not.toMatch(/would be invalid/);
          for (const row of p.rows) expect(row >= 1 && row <= lineCount + 1).toBe(true);
        }
        if (outcome.ok) {
          imported++;
          const check = parseScenario({ format: 'ballast.scenario', version: 1, ...outcome.scenario });
          expect(check.ok).toBe(true);
        } else {
          expect(outcome.scenario).toBeUndefined();
          expect(outcome.problems.some((p) => p.severity === 'error' && p.fixedBy === undefined)).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
    // The inputs must exercise both outcomes, or the property says little.
    expect(imported).toBeGreaterThan(500);
  });
});
