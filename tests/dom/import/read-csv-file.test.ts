import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../src/renderer/import/read-csv-file';

const CSV = 'id,manager,name\r\n1,,Zoë\r\n2,1,Åsa\r\n';

function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(text.length * 2));
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

describe("the import wizard's file reading", () => {
  it('reads a UTF-16 export (with or without a byte-order mark) as text, not as UTF-8 full of NULs', async () => {
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...utf16le(CSV)]), utf16le(CSV)]) {
      const progress: number[] = [];
      const table = await readCsvFile(new Blob([bytes]), (f) => progress.push(f), {}, 7);
      expect(table.headers).toEqual(['id', 'manager', 'name']);
      expect(table.rows.map((r) => r.cells)).toEqual([
        ['1', '', 'Zoë'],
        ['2', '1', 'Åsa'],
      ]);
      expect(progress.at(-1)).toBe(1);
    }
  });
});
