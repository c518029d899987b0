import { describe, expect, it } from 'vitest';
import { importTable } from '../../../src/core/csv-import/import-table';
import { readCsvBytes } from '../../../src/core/csv-import/reader';

const bytes = (...parts: (number[] | Uint8Array | string)[]) =>
  new Uint8Array(parts.flatMap((p) => [...(typeof p === 'string' ? new TextEncoder().encode(p) : p)]));

/** Reads bytes as the command line and the wizard do, in small chunks, and imports them. */
async function importBytes(data: Uint8Array, chunk = 5) {
  const chunks = [];
  for (let at = 0; at < data.length; at += chunk) chunks.push(data.subarray(at, at + chunk));
  return importTable(await readCsvBytes(chunks));
}
const kinds = async (data: Uint8Array) => (await importBytes(data)).problems.map((p) => [p.kind, p.message]);

describe('files that are not CSV rows', () => {
  it('an empty file and a file of blank lines say so, never "0 rows, 0 columns"', async () => {
    expect(await kinds(bytes())).toEqual([['no-rows', 'the file is empty (0 bytes)']]);
    expect(await kinds(bytes('\r\n\r\n'))).toEqual([
      ['encoding', expect.stringContaining('CR LF')],
      ['no-rows', 'the file has only blank lines'],
    ]);
  });

  it('a header alone', async () => {
    const outcome = await importBytes(bytes('Employee ID,Manager ID\n'));
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        kind: 'no-rows',
        message: 'the file has a header row (line 1: "Employee ID", "Manager ID") but no rows under it',
        remedy: { kind: 'add-rows', header: true },
      }),
    ]);
  });

  it('an Excel workbook, an old .xls, an OpenDocument sheet, a PDF and a zip are named', async () => {
    const zip = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00];
    const cases: [Uint8Array, string][] = [
      [bytes(zip, '[Content_Types].xml', [0, 0, 0], 'xl/workbook.xml'), 'an Excel workbook (.xlsx)'],
      [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0, 0, 0]), 'an Excel 97-2003 workbook'],
      [bytes(zip, 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 'an OpenDocument spreadsheet'],
      [bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), 'a PDF document'],
      [bytes(zip, 'data/org.csv'), 'a zip archive'],
      [bytes([0xff, 0xfe, 0, 0], 'i\0\0\0d\0\0\0'), 'UTF-32'],
      [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'an image'],
      [bytes('<!DOCTYPE html><html><table><tr><td>id</td></tr></table>'), 'a web page'],
    ];
    for (const [data, what] of cases) {
      const outcome = await importBytes(data);
      expect(outcome.ok).toBe(false);
      expect(outcome.problems).toHaveLength(1);
      expect(outcome.problems[0]).toMatchObject({ kind: 'not-csv', severity: 'error' });
      expect(outcome.problems[0].message).toContain(what);
      expect(outcome.problems[0].remedy).toMatchObject({ kind: 'save-as-csv' });
    }
  });

  it('other binary data is named as such; UTF-16 text, with or without a mark, is still read', async () => {
    const binary = new Uint8Array(2048).map((_, i) => (i * 7919) % 251);
    expect((await importBytes(binary)).problems.map((p) => p.message)).toEqual([
      'the file is not CSV text: it looks like a binary file, not text',
    ]);
    const utf16 = (text: string) => bytes(...[...text].map((c) => [c.charCodeAt(0), 0]));
    for (const data of [
      utf16('id,manager,name\n1,,Ada\n2,1,Bo\n'),
      bytes([0xff, 0xfe], utf16('id,manager\n1,\n')),
    ]) {
      const outcome = await importBytes(data);
      expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(outcome.ok).toBe(true);
    }
  });

  it('stops reading a workbook at its first bytes', async () => {
    let pulled = 0;
    function* chunks() {
      yield bytes([0x50, 0x4b, 0x03, 0x04], 'xl/', new Array(2000).fill(1));
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield new Uint8Array(1024);
      }
    }
    const table = await readCsvBytes(chunks());
    expect(table.problems.map((p) => p.kind)).toEqual(['not-csv']);
    expect(pulled).toBe(0);
  });
});
