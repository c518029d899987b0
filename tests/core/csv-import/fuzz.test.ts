import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCsvFile as readInCli } from '../../../src/cli/import-read';
import { CSV_CHUNK_BYTES, readCsvBlob, readCsvText } from '../../../src/core/csv-import/reader';
import { FIX_ACTIONS, type ImportFixes } from '../../../src/core/csv-import/fixes';
import { importCsvText, importTable } from '../../../src/core/csv-import/import-table';
import { IMPORT_PROBLEM_KINDS, type ImportLimits } from '../../../src/core/csv-import/types';
import { parseScenario } from '../../../src/core/scenario/parse';
import { MESSY_LINES } from './messy';

/**
 * The wizard's reading (src/renderer/import/read-csv-file.ts hands a File to readCsvBlob, pausing for
 * the browser after each slice); here with a Blob and a pause that only lets other promises run.
 */
function readInApp(bytes: Uint8Array, limits: Partial<ImportLimits> = {}, chunkBytes?: number) {
  return readCsvBlob(new Blob([Buffer.from(bytes)]), { limits, chunkBytes, pause: () => Promise.resolve() });
}

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

const work = mkdtempSync(join(tmpdir(), 'ballast-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Variant = 'utf-8' | 'utf-8 bom' | 'utf-16le' | 'utf-16le bom' | 'utf-16be' | 'utf-16be bom';
const VARIANTS: Variant[] = ['utf-8', 'utf-8 bom', 'utf-16le', 'utf-16le bom', 'utf-16be', 'utf-16be bom'];

function encode(text: string, variant: Variant): Uint8Array {
  const bom = variant.endsWith('bom') ? '\uFEFF' : '';
  if (variant.startsWith('utf-8')) return new Uint8Array(Buffer.from(bom + text, 'utf8'));
  const bytes = Buffer.from(bom + text, 'utf16le');
  if (variant.startsWith('utf-16be')) bytes.swap16();
  return new Uint8Array(bytes);
}

/** A CSV file's bytes in one of the encodings HR systems and spreadsheets save, at times damaged. */
const csvFile = fc
  .record({
    text: fc.oneof(randomCsv, mutatedCsv),
    variant: fc.constantFrom(...VARIANTS),
    damage: fc.option(
      fc.record({
        at: fc.nat(),
        byte: fc.constantFrom(0x00, 0x0a, 0x22, 0x80, 0xc3, 0xd8, 0xdc, 0xfe, 0xff),
      }),
      { freq: 4, nil: undefined },
    ),
    cut: fc.boolean(),
  })
  .map(({ text, variant, damage, cut }) => {
    let bytes = encode(text, variant);
    if (damage) {
      const at = damage.at % (bytes.length + 1);
      bytes = new Uint8Array([...bytes.subarray(0, at), damage.byte, ...bytes.subarray(at)]);
    }
    if (cut && bytes.length > 0) bytes = bytes.subarray(0, bytes.length - 1);
    return { text, variant, bytes, intact: damage === undefined && !cut };
  });

describe("the app's and the command line's CSV readers on the same bytes", () => {
  it(
    'read every file to the same table or the same refusal, never an exception',
    { timeout: 120_000 },
    async () => {
      const kinds = new Set<string>(IMPORT_PROBLEM_KINDS);
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          csvFile,
          limits,
          // Small odd chunks split characters and byte pairs.
          fc.constantFrom(1, 3, 13, 1000, CSV_CHUNK_BYTES),
          async ({ text, variant, bytes, intact }, limit, chunkBytes) => {
            const path = join(work, `${n++}.csv`);
            writeFileSync(path, bytes);
            const cli = await readInCli(path, limit ?? {}, chunkBytes);
            const app = await readInApp(bytes, limit ?? {}, chunkBytes);
            rmSync(path);
            expect(app).toEqual(cli);
            for (const p of app.problems) expect(kinds.has(p.kind)).toBe(true);
            // A file with a byte-order mark, or in UTF-8, reads exactly as its text does.
            if (intact && limit === undefined && variant !== 'utf-16le' && variant !== 'utf-16be')
              expect(app).toEqual(readCsvText((variant.endsWith('bom') ? '\uFEFF' : '') + text));
            const fromApp = importTable(app, { fileName: 'fuzz.csv' });
            const fromCli = importTable(cli, { fileName: 'fuzz.csv' });
            expect(fromApp).toEqual(fromCli);
            if (!fromApp.ok)
              expect(fromApp.problems.some((p) => p.severity === 'error' && p.fixedBy === undefined)).toBe(
                true,
              );
          },
        ),
        { numRuns: 800 },
      );
    },
  );
});
