import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNNAMED_PERSON } from '../../../src/core/csv-import/blank-names';
import { recogniseColumns } from '../../../src/core/csv-import/headers';
import { importCsvText, type ImportOutcome } from '../../../src/core/csv-import/import-table';
import { readCsvText } from '../../../src/core/csv-import/reader';
import { findRoots } from '../../../src/core/scenario/tree';

/** Real-shaped exports of the schemas the importer recognises; tests/fixtures/orgcharts/SOURCES.md. */
const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/orgcharts', name), 'utf8');

/** Field -> header, as the import recognised them. */
function columns(name: string): Record<string, string> {
  const { headers } = readCsvText(fixture(name));
  const mapping = recogniseColumns(headers);
  return Object.fromEntries(Object.entries(mapping).map(([field, column]) => [field, headers[column!]]));
}
const errors = (outcome: ImportOutcome) =>
  outcome.problems.filter((p) => p.severity === 'error' && !p.fixedBy).map((p) => p.message);

describe('real schemas are recognised without mapping a column by hand', () => {
  it("the UK government's senior staff organogram: post references, XX, N/D and Vacant", () => {
    expect(columns('uk-organogram-senior.csv')).toEqual({
      id: 'Post Unique Reference',
      reportsTo: 'Reports to Senior Post',
      title: 'Job Title',
      person: 'Name',
      department: 'Unit',
      grade: 'Grade (or equivalent)',
      fte: 'FTE',
      payFloor: 'Actual Pay Floor (£)',
      payCeiling: 'Actual Pay Ceiling (£)',
    });
    const outcome = importCsvText(fixture('uk-organogram-senior.csv'), { fileName: 'organogram.csv' });
    expect(errors(outcome)).toEqual([]);
    const roles = outcome.scenario!.roles;
    expect(findRoots(roles)).toEqual(['PS001']);
    // "XX" is the top post's placeholder; "N/D" withholds a name (filled, since the file marks its
    // vacancies "Vacant" itself); "Vacant" and "Eliminated" are vacancies.
    expect(roles.map((r) => [r.id, r.person])).toEqual([
      ['PS001', 'Jane Example'],
      ['DG010', 'Sam Sample'],
      ['DG020', UNNAMED_PERSON],
      ['D011', 'Alex Placeholder'],
      ['D012', null],
      ['D021', UNNAMED_PERSON],
      ['D022', 'Robin Specimen'],
      ['D023', null],
    ]);
    expect(roles[1].department).toBe('Operations Group');
    expect(outcome.blankNames).toMatchObject({ markedVacant: 2, suggested: 'filled-unnamed' });
  });

  it('the UK junior staff organogram is recognised, and said to have no post reference of its own', () => {
    expect(columns('uk-organogram-junior.csv')).toEqual({
      reportsTo: 'Reporting Senior Post',
      title: 'Generic Job Title',
      department: 'Unit',
      grade: 'Grade',
    });
    const outcome = importCsvText(fixture('uk-organogram-junior.csv'));
    expect(outcome.problems.map((p) => [p.kind, p.remedy])).toEqual([
      ['no-id-column', { kind: 'map-column', field: 'id' }],
    ]);
  });

  it("a data-warehouse employee dimension (AdventureWorksDW's DimEmployee): keys, NULL and history rows", () => {
    expect(columns('adventureworks-dimemployee.csv')).toEqual({
      id: 'EmployeeKey',
      reportsTo: 'ParentEmployeeKey',
      title: 'Title',
      person: 'FirstName',
      lastName: 'LastName',
      department: 'DepartmentName',
    });
    const outcome = importCsvText(fixture('adventureworks-dimemployee.csv'));
    expect(errors(outcome)).toEqual([]);
    const roles = outcome.scenario!.roles;
    expect(findRoots(roles)).toEqual(['112']);
    expect(roles.find((r) => r.id === '112')!.person).toBe('Ken Sánchez');
    expect(roles.filter((r) => r.reportsTo === '3').map((r) => r.id)).toEqual(['4', '5', '6']);
  });

  it("Oracle's HR sample EMPLOYEES table (EMPLOYEE_ID, MANAGER_ID)", () => {
    expect(columns('oracle-hr-employees.csv')).toEqual({
      id: 'EMPLOYEE_ID',
      reportsTo: 'MANAGER_ID',
      person: 'FIRST_NAME',
      lastName: 'LAST_NAME',
      salary: 'SALARY',
    });
    const outcome = importCsvText(fixture('oracle-hr-employees.csv'));
    expect(outcome.problems).toEqual([]);
    expect(outcome.scenario!.roles).toHaveLength(107);
    expect(outcome.scenario!.roles[0]).toMatchObject({ id: '100', person: 'Steven King', reportsTo: null });
  });

  it('a BambooHR report: "Employee #", "Reports To", "Job Title", "Department", "Division"', () => {
    expect(columns('bamboohr-report.csv')).toEqual({
      id: 'Employee #',
      reportsTo: 'Reports To',
      title: 'Job Title',
      person: 'First Name',
      lastName: 'Last Name',
      department: 'Department',
      location: 'Location',
    });
    const outcome = importCsvText(fixture('bamboohr-report.csv'));
    expect(outcome.problems).toEqual([]);
    expect(outcome.scenario!.roles.map((r) => r.reportsTo)).toEqual([
      null,
      '1001',
      '1002',
      '1003',
      '1001',
      '1003',
    ]);
  });

  it('a Workday worker report: "Employee ID", "Worker", "Business Title", "Manager Employee ID"', () => {
    expect(columns('workday-workers.csv')).toEqual({
      id: 'Employee ID',
      reportsTo: 'Manager Employee ID',
      title: 'Business Title',
      person: 'Worker',
      department: 'Supervisory Organization',
      location: 'Location',
    });
    const outcome = importCsvText(fixture('workday-workers.csv'));
    expect(outcome.problems).toEqual([]);
    expect(outcome.scenario!.roles[4]).toMatchObject({ person: 'Jordan Vanek', reportsTo: '21003' });
  });

  it("SAP SuccessFactors' user data file: USERID and MANAGER, NO_MANAGER, and its second header row skipped", () => {
    expect(columns('successfactors-user-data-file.csv')).toEqual({
      id: 'USERID',
      reportsTo: 'MANAGER',
      title: 'TITLE',
      person: 'FIRSTNAME',
      lastName: 'LASTNAME',
      department: 'DEPARTMENT',
      location: 'LOCATION',
    });
    const outcome = importCsvText(fixture('successfactors-user-data-file.csv'));
    expect(errors(outcome)).toEqual([]);
    expect(outcome.problems.map((p) => [p.kind, p.rows])).toEqual([
      ['bad-value', [2]],
      ['bad-value', [3]],
    ]);
    expect(outcome.problems[0].message).toBe(
      `line 2 is a second header row ("USERID", "Manager"), as SAP SuccessFactors' user data files have; it was skipped`,
    );
    expect(outcome.problems[1].message).toBe(
      'manager id "NO_MANAGER" on line 3 is a placeholder and is read as "no manager"',
    );
    expect(outcome.scenario!.roles.map((r) => [r.id, r.reportsTo])).toEqual([
      ['cgrant', null],
      ['aaustin', 'cgrant'],
      ['hrep', 'cgrant'],
      ['mbrown', 'aaustin'],
    ]);
  });

  it('a 360 export: strengths named in phrases, scores on 1-5 mapped to 0-10, and said so', () => {
    expect(columns('leadership-360-scores.csv')).toEqual({
      id: 'Employee ID',
      reportsTo: 'Manager ID',
      title: 'Job Title',
      person: 'Name',
      vision: 'Creates a Compelling Vision (avg)',
      inspire: 'Inspires Others (avg)',
      innovate: 'Drives Innovation (avg)',
      develop: 'Develops People (avg)',
      plan: 'Planning (avg)',
      organize: 'Organizing Work (avg)',
      control: 'Monitoring & Control (avg)',
      direct: 'Gives Clear Direction (avg)',
      trust: 'Builds Trust (avg)',
    });
    const outcome = importCsvText(fixture('leadership-360-scores.csv'));
    expect(errors(outcome)).toEqual([]);
    const rescaled = outcome.problems.filter((p) => p.kind === 'rescaled');
    expect(rescaled).toHaveLength(9);
    expect(rescaled[0].message).toBe(
      'strength vision (column "Creates a Compelling Vision (avg)") holds scores from 1 to 5, as a 360 survey does; they were mapped to 0 to 10 (1 -> 0, 3 -> 5, 5 -> 10)',
    );
    // 4.6 on 1-5 is 9 on 0-10; 2.1 is 2.75.
    expect(outcome.scenario!.roles[0].strengths).toMatchObject({ vision: 9, control: 2.75, plan: 4.5 });
  });

  it("keeps 0-10 columns named like Ballast's own export as they are, and reads 1-10 scores", () => {
    const own = importCsvText('id,manager,name,vision\na,,A,2\nb,a,B,4\n');
    expect(own.scenario!.roles.map((r) => r.strengths.vision)).toEqual([2, 4]);
    const tenPoint = importCsvText('id,manager,name,Vision score (1-10)\na,,A,1\nb,a,B,10\nc,a,C,5.5\n');
    expect(tenPoint.scenario!.roles.map((r) => r.strengths.vision)).toEqual([0, 10, 5]);
    // A 0 shows the scale is 0 to 10 already.
    const zero = importCsvText('id,manager,name,Vision rating\na,,A,0\nb,a,B,4\n');
    expect(zero.scenario!.roles.map((r) => r.strengths.vision)).toEqual([0, 4]);
    expect(zero.problems).toEqual([]);
  });

  it('does not read strengths into headers that only look alike', () => {
    const headers = ['ID', 'Manager ID', 'Direct Reports', 'Organisation', 'Director', 'Planet', 'Trustee'];
    const mapping = recogniseColumns(headers);
    expect(Object.keys(mapping).sort()).toEqual(['department', 'id', 'reportsTo']);
  });
});
