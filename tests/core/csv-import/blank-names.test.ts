import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../../src/core/csv-import/import-table';
import { UNNAMED_PERSON } from '../../../src/core/csv-import/blank-names';
import { roleHeadcount } from '../../../src/core/scenario/types';

const people = (csv: string, options = {}) =>
  importCsvText(csv, options).scenario!.roles.map((r) => r.person);
const headcount = (csv: string) =>
  importCsvText(csv).scenario!.roles.reduce((sum, r) => sum + roleHeadcount(r), 0);

describe('rows without a name', () => {
  it('a few blanks among names are vacancies by default, and the report says so and why', () => {
    const outcome = importCsvText('id,manager,name\n1,,Ada\n2,1,Bo\n3,1,\n4,1,Cy\n');
    expect(outcome.scenario!.roles.map((r) => r.person)).toEqual(['Ada', 'Bo', null, 'Cy']);
    const problem = outcome.problems.find((p) => p.kind === 'blank-name')!;
    expect(problem).toMatchObject({ severity: 'warning', rows: [4], ids: ['3'], fixedBy: 'vacant' });
    expect(problem.message).toBe(
      '1 of 4 rows (25%) have no name (line 4); they are read as vacant roles, which add no headcount (by default: most rows are named, so the few without a name are likely vacancies)',
    );
    expect(outcome.blankNames).toMatchObject({ suggested: 'vacant', chosen: 'vacant', decided: false });
  });

  it('most rows blank: the file withholds names, so they are filled, unnamed, and count in headcount', () => {
    // The issue: a published organogram with 484 of 616 names blank imported as 132 people.
    const csv = 'id,manager,name\n1,,Ada\n2,1,\n3,1,\n4,2,\n';
    expect(people(csv)).toEqual(['Ada', UNNAMED_PERSON, UNNAMED_PERSON, UNNAMED_PERSON]);
    expect(headcount(csv)).toBe(4);
    expect(importCsvText(csv).blankNames).toMatchObject({ suggested: 'filled-unnamed', rows: [3, 4, 5] });
    // Decided otherwise, they are vacancies: headcount 1.
    expect(people(csv, { fixes: { 'blank-name': 'vacant' } })).toEqual(['Ada', null, null, null]);
    const decided = importCsvText(csv, { fixes: { 'blank-name': 'vacant' } });
    expect(decided.blankNames).toMatchObject({
      suggested: 'filled-unnamed',
      chosen: 'vacant',
      decided: true,
    });
    expect(decided.problems.find((p) => p.kind === 'blank-name')!.message).toMatch(/\(as decided\)$/);
  });

  it('reads "N/D" and placeholders as no name, and "Vacant" as a vacancy whatever the decision', () => {
    const csv = 'id,manager,name\n1,,Ada\n2,1,N/D\n3,1,Vacant\n4,1,NULL\n5,1,Eliminated\n';
    // The file marks its vacancies itself, so a missing name is not one: filled, unnamed.
    expect(people(csv)).toEqual(['Ada', UNNAMED_PERSON, null, UNNAMED_PERSON, null]);
    expect(importCsvText(csv).blankNames).toMatchObject({ markedVacant: 2, suggested: 'filled-unnamed' });
    expect(people(csv, { fixes: { 'blank-name': 'vacant' } })).toEqual(['Ada', null, null, null, null]);
  });

  it('no name column: every row is a post without a named holder, filled by default', () => {
    const outcome = importCsvText('id,manager\na,\nb,a\n');
    expect(outcome.scenario!.roles.map((r) => r.person)).toEqual([UNNAMED_PERSON, UNNAMED_PERSON]);
    expect(outcome.blankNames).toMatchObject({ noNameColumn: true, rows: [2, 3] });
  });

  it("Ballast's own roles export keeps a blank name a vacancy, however many there are", () => {
    const csv =
      'Employee ID,Manager ID,Title,Full name,Dotted-line managers,One-on-ones\na,,CEO,Ada,,no\nb,a,X,,,no\nc,a,Y,,,no\n';
    expect(people(csv)).toEqual(['Ada', null, null]);
  });

  it('says nothing when every row is named', () => {
    const outcome = importCsvText('id,manager,name\n1,,Ada\n2,1,Bo\n');
    expect(outcome.problems).toEqual([]);
    expect(outcome.blankNames).toBeUndefined();
  });
});
