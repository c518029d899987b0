import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../../src/core/csv-import/import-table';
import { exportRolesCsv } from '../../../src/core/export';
import { orgCost } from '../../../src/core/org/cost';
import { role } from '../../helpers/scenarios';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/orgcharts', name), 'utf8');

describe('people data from a CSV: salary or pay band, FTE, grade, location', () => {
  it("a UK senior organogram: the actual pay band's midpoint, FTE and grade; N/D and N/A are no pay", () => {
    const outcome = importCsvText(fixture('uk-organogram-senior.csv'), { fileName: 'organogram.csv' });
    const roles = outcome.scenario!.roles;
    expect(roles.map((r) => [r.id, r.salary, r.fte, r.grade])).toEqual([
      ['PS001', 187499.5, 1, 'SCS4'],
      ['DG010', 142499.5, 1, 'SCS3'],
      ['DG020', undefined, 1, 'SCS3'],
      ['D011', 107499.5, 1, 'SCS2'],
      ['D012', undefined, 1, 'SCS2'],
      ['D021', undefined, 0.8, 'SCS1'],
      ['D022', 77499.5, 1, 'SCS1'],
      ['D023', undefined, 0, 'SCS1'],
    ]);
    // Filled and priced: PS001, DG010, D011, D022; filled without pay: DG020, D021 (D012, D023 vacant).
    expect(orgCost(roles).total).toMatchObject({ heads: 6, fte: 5.8, cost: 514998, unpricedHeads: 2 });
  });

  it("Oracle's HR sample: SALARY; a BambooHR report: Location", () => {
    const oracle = importCsvText(fixture('oracle-hr-employees.csv')).scenario!.roles;
    expect(oracle.slice(0, 2).map((r) => r.salary)).toEqual([24000, 17000]);
    const bamboo = importCsvText(fixture('bamboohr-report.csv')).scenario!.roles;
    expect(bamboo[0]).toMatchObject({ person: 'Charlotte Abbott', location: 'Lindon' });
  });

  it('reads currency signs and digit grouping, and names a bad value, which the bad-value decision settles', () => {
    const csv = [
      'id,manager,name,salary,fte,grade,location',
      'a,,Ann,"£120,000",1,L7,London',
      'b,a,Bo,$85 000.50,0.5,,',
      'c,a,Cy,lots,1.2,L5,N/A',
    ].join('\n');
    const first = importCsvText(csv);
    const bad = first.problems.filter((p) => p.kind === 'bad-value');
    expect(bad.map((p) => p.message)).toEqual([
      'the salary column "salary" on line 4 is not an amount, 0 or more ("lots")',
      'the FTE column "fte" on line 4 is not a number from 0 to 1 ("1.2")',
    ]);
    const clamped = importCsvText(csv, { fixes: { 'bad-value': 'clamp' } }).scenario!.roles;
    expect(clamped.map((r) => [r.salary, r.fte, r.grade, r.location])).toEqual([
      [120000, 1, 'L7', 'London'],
      [85000.5, 0.5, undefined, undefined],
      [undefined, 1, 'L5', undefined],
    ]);
  });

  it('a salary column wins over a pay band; a band with one end gives that end', () => {
    const both = importCsvText(
      'id,manager,salary,pay floor,pay ceiling\na,,50000,60000,70000\nb,a,,60000,\n',
    );
    expect(both.scenario!.roles.map((r) => r.salary)).toEqual([50000, 60000]);
  });
});

describe('the roles export carries people data, and imports back', () => {
  it('salary, team member salary, FTE, grade and location survive export then import', () => {
    const roles = [
      role('a', null, {
        person: 'Ann',
        salary: 120000,
        fte: 0.9,
        grade: 'L7',
        location: 'Leeds',
        team: 3,
        icSalary: 45000,
      }),
      role('b', 'a', { person: 'Bo' }),
    ];
    const back = importCsvText(exportRolesCsv({ roles })).scenario!.roles;
    expect(back[0]).toMatchObject({
      salary: 120000,
      icSalary: 45000,
      fte: 0.9,
      grade: 'L7',
      location: 'Leeds',
    });
    for (const field of ['salary', 'icSalary', 'fte', 'grade', 'location'])
      expect(back[1]).not.toHaveProperty(field);
  });
});
