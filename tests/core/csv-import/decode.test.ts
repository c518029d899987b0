import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvFile as readInCli } from '../../../src/cli/import-read';
import { createCsvDecoder, decodeCsvBytes, sniffEncoding } from '../../../src/core/csv-import/decode';
import { importTable } from '../../../src/core/csv-import/import-table';
import { readCsvBlob } from '../../../src/core/csv-import/reader';
import type { ImportLimits } from '../../../src/core/csv-import/types';

/**
 * The wizard's reading (src/renderer/import/read-csv-file.ts hands a File to readCsvBlob, pausing for
 * the browser after each slice); here with a Blob and a pause that only lets other promises run.
 */
function readInApp(bytes: Uint8Array, limits: Partial<ImportLimits> = {}, chunkBytes?: number) {
  return readCsvBlob(new Blob([Buffer.from(bytes)]), { limits, chunkBytes, pause: () => Promise.resolve() });
}

const work = mkdtempSync(join(tmpdir(), 'ballast-decode-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BOMS = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
} as const;

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (bigEndian) bytes.swap16();
  return new Uint8Array(bytes);
}

function inChunks(bytes: Uint8Array, cuts: number[]): string {
  const decoder = createCsvDecoder();
  let text = '';
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    text += decoder.push(bytes.subarray(at, cut));
    at = cut;
  }
  return text + decoder.push(bytes.subarray(at)) + decoder.end();
}

const CSV = 'id,manager,name\r\n1,,Zoë\r\n2,1,Åsa 😀\r\n3,1,王小明\r\n';

describe('decodeCsvBytes', () => {
  it('decodes as TextDecoder does, for any bytes after each byte-order mark, in chunks of any size', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(BOMS) as (keyof typeof BOMS)[])),
        fc.uint8Array({ maxLength: 64 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (encoding, body, cuts) => {
          const bytes = new Uint8Array([...BOMS[encoding], ...body]);
          const expected = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
          expect(decodeCsvBytes(bytes)).toBe(expected);
          expect(inChunks(bytes, cuts)).toBe(expected);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('keeps a byte-order mark as U+FEFF so the reader can report it', () => {
    expect(decodeCsvBytes(new Uint8Array([0xff, 0xfe, ...utf16(CSV, false)]))).toBe(`\uFEFF${CSV}`);
    expect(decodeCsvBytes(new Uint8Array([0xfe, 0xff, ...utf16(CSV, true)]))).toBe(`\uFEFF${CSV}`);
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(CSV)]))).toBe(`\uFEFF${CSV}`);
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes, and leaves UTF-8 as it is', () => {
    expect(sniffEncoding(utf16(CSV, false))).toEqual({ encoding: 'utf-16le', detectedBy: 'zero-bytes' });
    expect(sniffEncoding(utf16(CSV, true))).toEqual({ encoding: 'utf-16be', detectedBy: 'zero-bytes' });
    expect(decodeCsvBytes(utf16(CSV, false))).toBe(CSV);
    expect(decodeCsvBytes(utf16(CSV, true))).toBe(CSV);
    // Mostly Chinese names: fewer zero bytes, still far more than UTF-8 text has.
    const chinese = 'id,经理,姓名\n1,,王小明\n2,1,李华\n3,1,张伟\n';
    expect(decodeCsvBytes(utf16(chinese, false))).toBe(chinese);
    expect(sniffEncoding(new Uint8Array(Buffer.from(CSV)))).toEqual({
      encoding: 'utf-8',
      detectedBy: 'default',
    });
    // A stray NUL in a UTF-8 file is kept, not taken for UTF-16.
    expect(decodeCsvBytes(new Uint8Array(Buffer.from('id,manager\n1,\u0000\n2,1\n')))).toBe(
      'id,manager\n1,\u0000\n2,1\n',
    );
    // Sniffing waits for enough bytes when the first chunks are tiny.
    const bytes = utf16(CSV, false);
    expect(inChunks(bytes, [1, 2, 3, 5, 8, 13])).toBe(CSV);
  });
});

describe("the app's and the command line's readers", () => {
  const variants: [string, Uint8Array][] = [
    ['UTF-16LE with a byte-order mark', new Uint8Array([0xff, 0xfe, ...utf16(CSV, false)])],
    ['UTF-16BE with a byte-order mark', new Uint8Array([0xfe, 0xff, ...utf16(CSV, true)])],
    ['UTF-16LE without one', utf16(CSV, false)],
    ['UTF-16BE without one', utf16(CSV, true)],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(CSV)])],
  ];
  it.each(variants)('read %s alike: the ids, names and one root, no NULs', async (name, bytes) => {
    const path = join(work, `${name}.csv`);
    writeFileSync(path, bytes);
    const app = await readInApp(bytes);
    const cli = await readInCli(path, {});
    expect(app).toEqual(cli);
    expect(app.headers).toEqual(['id', 'manager', 'name']);
    expect(app.rows.map((r) => r.cells)).toEqual([
      ['1', '', 'Zoë'],
      ['2', '1', 'Åsa 😀'],
      ['3', '1', '王小明'],
    ]);
    const outcome = importTable(app, { fileName: 'org.csv' });
    expect(outcome.ok).toBe(true);
    expect(outcome.scenario!.roles.map((r) => r.id)).toEqual(['1', '2', '3']);
    if (name.includes('without'))
      expect(app.problems.map((p) => p.message)).toContain(
        `the file has no byte-order mark, but its zero bytes show it is UTF-16 (${name.includes('BE') ? 'big' : 'little'}-endian); it was read as such`,
      );
  });
});
