import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCsvReader, readCsvText } from '../../../src/core/csv-import/reader';
import type { CsvTable } from '../../../src/core/csv-import/types';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/orgcharts', name), 'utf8');

function readInChunks(text: string, sizes: number[]): CsvTable {
  const reader = createCsvReader();
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes.length === 0 ? text.length : Math.max(1, sizes[i % sizes.length]);
    reader.feed(text.slice(at, at + size));
    at += size;
  }
  return reader.end();
}

describe('reading CSV text', () => {
  it('numbers rows by their first line in the file, counting line breaks inside quotes', () => {
    const table = readCsvText('id,name\n1,"Ana\nRuiz"\n\n2,Bob\n3,"a ""quoted""\n\nname"\n4,x');
    expect(table.headers).toEqual(['id', 'name']);
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [5, '2'],
      [6, '3'],
      [9, '4'],
    ]);
    expect(table.rows[2].cells[1]).toBe('a "quoted"\n\nname');
    expect(table.problems).toEqual([]);
  });

  it('reads the fixtures: every row, no problems', () => {
    const d3 = readCsvText(fixture('d3-org-chart-sample.csv'));
    expect(d3.rows).toHaveLength(1516);
    expect(d3.headers).toContain('parentId');
    expect(d3.rows[0].cells[5]).toBe('Ceo,tag1,manager,cto');
    expect(d3.problems).toEqual([]);
    const oracle = readCsvText(fixture('oracle-hr-sample.csv'));
    expect(oracle.rows).toHaveLength(107);
    expect(oracle.rows.at(-1)!.line).toBe(108);
  });

  it('gives the same table however the text is cut into chunks', () => {
    const text = fixture('oracle-hr-sample.csv').slice(0, 6000) + '\n9,"multi\r\nline",x\r\n';
    const whole = readCsvText(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 }), (sizes) => {
        const chunked = readInChunks(text, sizes);
        expect(chunked.rows).toEqual(whole.rows);
        expect(chunked.problems).toEqual(whole.problems);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a CR LF split across two chunks as one line break', () => {
    const table = readInChunks('a,b\r\n1,2\r\n3,4\r\n', [4, 1, 4]);
    expect(table.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [2, '1', '2'],
      [3, '3', '4'],
    ]);
    expect(table.problems.map((p) => p.message)).toEqual([
      'the file uses Windows line endings (CR LF); they were read as ordinary line breaks',
    ]);
  });

  it('reports encoding trouble as warnings with lines', () => {
    const table = readCsvText('\uFEFFid,name\r\n1,Jos\uFFFD\r\n2,ok\r\n3,M\uFFFDller\r\n');
    expect(table.headers).toEqual(['id', 'name']);
    expect(table.problems.map((p) => [p.kind, p.severity, p.rows])).toEqual([
      ['encoding', 'warning', [1]],
      ['encoding', 'warning', []],
      ['encoding', 'warning', [2, 4]],
    ]);
    expect(table.problems[2].message).toContain('U+FFFD');
    expect(readCsvText('a,b\r1,2\r').problems.map((p) => p.message)).toEqual([
      'the file has line breaks made of a bare CR (old Mac style); they were read as ordinary line breaks',
    ]);
  });

  it('guesses semicolons and tabs', () => {
    expect(readCsvText('id;manager;name\n1;;"A; B"\n').rows[0].cells).toEqual(['1', '', 'A; B']);
    expect(readCsvText('id\tmanager\n1\t\n').headers).toEqual(['id', 'manager']);
  });

  it('reports empty and repeated headers, ragged rows and malformed quotes', () => {
    const table = readCsvText('id,,name,name\n1,x,a,b\n2,y\n3,"a"b,c,d\n');
    expect(table.problems.map((p) => [p.kind, p.rows])).toEqual([
      ['bad-value', [4]],
      ['bad-value', [3, 4]],
      ['bad-value', [1]],
      ['bad-value', [1]],
    ]);
    expect(table.problems[2].message).toBe(
      'column 2 has an empty header; it is used only when chosen by its number',
    );
    expect(table.problems[2].remedy).toEqual({ kind: 'map-by-number', column: 2 });
    expect(table.problems[3].remedy).toEqual({ kind: 'map-by-number', column: 4 });
  });

  it('stops at the row limit with a clear problem', () => {
    const text = 'id\n' + Array.from({ length: 30 }, (_, i) => `${i}`).join('\n');
    const table = readCsvText(text, { maxRows: 10 });
    expect(table.stopped).toBe(true);
    expect(table.rows).toHaveLength(10);
    expect(table.problems).toEqual([
      {
        kind: 'too-large',
        message: 'the file has more than 10 rows, the import limit; reading stopped at line 12',
        remedy: { kind: 'limit', limit: 'rows', value: 10 },
        rows: [12],
        ids: [],
        severity: 'error',
      },
    ]);
  });

  it('stops at the byte limit, counting UTF-8 bytes, and ignores what comes after', () => {
    const reader = createCsvReader({ maxBytes: 1024 });
    expect(reader.feed('id,name\n' + '1,é\n'.repeat(100))).toBe(true); // 8 + 100 * 5 bytes
    expect(reader.feed('2,é\n'.repeat(200))).toBe(false);
    expect(reader.feed('3,x\n')).toBe(false);
    const table = reader.end();
    expect(table.stopped).toBe(true);
    expect(table.problems.map((p) => p.kind)).toEqual(['too-large']);
    expect(table.problems[0].message).toBe(
      'the file is larger than 1 KB, the import limit; reading stopped near line 102',
    );
  });

  it('reads a file with only a header, and an empty one', () => {
    expect(readCsvText('id,manager').rows).toEqual([]);
    expect(readCsvText('id,manager').headers).toEqual(['id', 'manager']);
    expect(readCsvText('').headers).toEqual([]);
  });
});
