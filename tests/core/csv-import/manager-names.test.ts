import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../../src/core/csv-import/import-table';
import { nameKey } from '../../../src/core/csv-import/manager-names';

const links = (csv: string) => importCsvText(csv).scenario!.roles.map((r) => [r.id, r.reportsTo]);

describe('a manager column that holds names', () => {
  it('"Last, First" and "First Last" are the same name, ignoring case and punctuation', () => {
    expect(nameKey('Abbott, Charlotte')).toBe('charlotte abbott');
    expect(nameKey(' Charlotte  ABBOTT ')).toBe('charlotte abbott');
    expect(nameKey("O'Neil, Seán")).toBe('seán o neil');
  });

  it("BambooHR's Reports To with names: each manager found by name, and the report says so", () => {
    const csv =
      'Employee #,First Name,Last Name,Reports To\n1,Charlotte,Abbott,\n2,Ashley,Adams,"Abbott, Charlotte"\n3,Eric,Asture,"Adams, Ashley"\n';
    const outcome = importCsvText(csv);
    expect(outcome.scenario!.roles.map((r) => [r.id, r.reportsTo])).toEqual([
      ['1', null],
      ['2', '1'],
      ['3', '2'],
    ]);
    expect(outcome.problems).toEqual([
      {
        kind: 'manager-by-name',
        message:
          'the manager column "Reports To" holds names, not ids: 2 managers (lines 3 and 4) were found by the name of the row they name',
        rows: [3, 4],
        ids: ['2', '3'],
        severity: 'warning',
      },
    ]);
  });

  it('a "Manager Name" column; a name two rows share stays a missing manager to decide', () => {
    const csv =
      'ID,Name,Manager Name\na,Ana Lee,\nb,Bo Chen,Ana Lee\nc,Bo Chen,Ana Lee\nd,Di Park,Bo Chen\ne,Ed Moss,Ana Lee\n';
    const outcome = importCsvText(csv);
    expect(outcome.problems.map((p) => [p.kind, p.severity, p.rows])).toEqual([
      ['manager-by-name', 'warning', [3, 4, 6]],
      ['missing-manager', 'error', [5]],
    ]);
    expect(outcome.problems[0].message).toMatch(/1 row \(line 5\) name a manager whom several rows share/);
    expect(links(csv.replace('d,Di Park,Bo Chen', 'd,Di Park,Ed Moss'))).toEqual([
      ['a', null],
      ['b', 'a'],
      ['c', 'a'],
      ['d', 'e'],
      ['e', 'a'],
    ]);
  });

  it('leaves ids alone: a few unknown manager ids are missing managers, not names', () => {
    const outcome = importCsvText('id,manager,name\n1,,Ana\n2,1,Bo\n3,1,Cy\n4,Ana,Di\n');
    expect(outcome.problems.map((p) => p.kind)).toEqual(['missing-manager']);
  });
});
