import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importCsvText,
  type ImportOptions,
  type ImportOutcome,
} from '../../../src/core/csv-import/import-table';
import type { ImportFixes } from '../../../src/core/csv-import/fixes';
import type { ImportProblem } from '../../../src/core/csv-import/types';
import { parseScenario } from '../../../src/core/scenario/parse';
import { findRoots, layerCount } from '../../../src/core/scenario/tree';
import type { Role, Scenario } from '../../../src/core/scenario/types';
import { MESSY_CSV, MESSY_FIXES } from './messy';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../fixtures/orgcharts', name), 'utf8');

function scenarioOf(outcome: ImportOutcome): Scenario {
  if (!outcome.ok || !outcome.scenario) {
    throw new Error('import refused:\n' + outcome.problems.map((p) => `${p.kind}: ${p.message}`).join('\n'));
  }
  expect(parseScenario({ format: 'ballast.scenario', version: 1, ...outcome.scenario }).ok).toBe(true);
  return outcome.scenario;
}

const byId = (s: Scenario) => new Map<string, Role>(s.roles.map((r) => [r.id, r]));
/** Kind, severity and lines; blank names (every file here without a name column) have their own tests. */
const summary = (problems: ImportProblem[]) =>
  problems.filter((p) => p.kind !== 'blank-name').map((p) => [p.kind, p.severity, p.rows]);

describe('the fixtures', () => {
  it('d3-org-chart-sample: 1,516 roles under one root, trimmed text', () => {
    const s = scenarioOf(
      importCsvText(fixture('d3-org-chart-sample.csv'), { fileName: 'd3-org-chart-sample.csv' }),
    );
    expect(s.roles).toHaveLength(1516);
    expect(findRoots(s.roles)).toEqual(['O-6066']);
    expect(layerCount(s.roles)).toBe(10);
    expect(s.name).toBe('d3-org-chart-sample');
    expect(s.horizon).toBe(8);
    expect(s.environment.volatility).toBe(0.3);
    expect(s.roles[0].title).toBe('Chief Executive Officer'); // "Chief Executive Officer " in the file
    expect(s.roles.every((r) => r.team === 0)).toBe(true); // its "size" column is not a team size
  });

  it('oracle-hr-sample: 107 roles with their departments', () => {
    const outcome = importCsvText(fixture('oracle-hr-sample.csv'), { fileName: 'oracle-hr-sample.csv' });
    expect(outcome.problems).toEqual([]);
    const s = scenarioOf(outcome);
    expect(s.roles).toHaveLength(107);
    expect(findRoots(s.roles)).toEqual(['100']);
    const roles = byId(s);
    expect(roles.get('100')).toMatchObject({
      person: 'Steven King',
      title: 'Chief Operating Officer',
      department: 'Executive',
    });
    expect(roles.get('178')!.department).toBeUndefined();
    expect(s.roles.filter((r) => r.department !== undefined)).toHaveLength(106);
    expect(new Set(s.roles.map((r) => r.department)).size).toBe(12);
  });
});

describe('a messy export', () => {
  const outcome = importCsvText(MESSY_CSV, { fileName: 'messy.csv' });

  it('is refused without decisions', () => {
    expect(outcome.ok).toBe(false);
    expect(outcome.scenario).toBeUndefined();
  });

  it('reports every problem kind with the right lines', () => {
    expect(summary(outcome.problems)).toEqual([
      ['encoding', 'warning', [1]], // byte-order mark
      ['encoding', 'warning', []], // CR LF
      ['encoding', 'warning', [15]], // U+FFFD
      ['bad-value', 'error', [13]], // team "many"
      ['bad-value', 'error', [13]], // vision 12
      ['empty-id', 'error', [10]],
      ['duplicate-id', 'error', [3, 9]],
      ['case-mismatch', 'warning', [13, 14]], // ids E9 and e9
      ['bad-value', 'warning', [2]], // NULL
      ['bad-value', 'warning', [11]], // XX
      ['bad-value', 'warning', [13]], // N/D
      ['case-mismatch', 'error', [4]], // manager e2
      ['self-report', 'error', [8]],
      ['missing-manager', 'error', [12]],
      ['cycle', 'error', [6, 7]],
      ['multiple-roots', 'error', [2, 11, 13]],
    ]);
  });

  it('names ids and lines in its messages', () => {
    const message = (kind: string, severity = 'error') =>
      outcome.problems.find((p) => p.kind === kind && p.severity === severity)!.message;
    expect(message('cycle')).toBe('reporting lines form a cycle: "E4" -> "E5" -> "E4" (lines 6 and 7)');
    expect(message('missing-manager')).toBe('manager id "E99" on line 12 is not the id of any row');
    expect(message('duplicate-id')).toBe('id "E2" appears on 2 rows (lines 3 and 9)');
    expect(message('self-report')).toBe('"E6" on line 8 names itself as manager');
    expect(message('empty-id')).toBe('line 10 has no id (the cell is empty or a placeholder such as NULL)');
    expect(message('case-mismatch')).toBe(
      'manager id "e2" on line 4 is not an id, but matches "E2" if letter case is ignored',
    );
    expect(message('case-mismatch', 'warning')).toBe(
      'ids "E9" and "e9" (lines 13 and 14) differ only in letter case; they are kept as different roles',
    );
    expect(message('multiple-roots')).toBe(
      '3 rows have no manager: "00155792", "E7" and "E9" (lines 2, 11 and 13); a scenario has one root',
    );
    const placeholders = outcome.problems.filter((p) =>
      p.message.includes('placeholder and is read as "no manager"'),
    );
    expect(placeholders.map((p) => p.message.split(' on ')[0])).toEqual([
      'manager id "NULL"',
      'manager id "XX"',
      'manager id "N/D"',
    ]);
    expect(outcome.problems.find((p) => p.kind === 'cycle')!.ids).toEqual(['E4', 'E5']);
    expect(outcome.problems.find((p) => p.kind === 'missing-manager')!.ids).toEqual(['E8']);
  });

  it('imports once every kind is decided, applying each decision', () => {
    const decided = importCsvText(MESSY_CSV, { fileName: 'messy.csv', fixes: MESSY_FIXES });
    const s = scenarioOf(decided);
    const roles = byId(s);
    expect(decided.addedRoot).toBe('root');
    expect(s.roles[0]).toMatchObject({ id: 'root', title: 'Added root', reportsTo: null, person: null });
    expect(['00155792', 'E7', 'E9'].map((id) => roles.get(id)!.reportsTo)).toEqual(['root', 'root', 'root']);
    expect(roles.get('00155792')!.person).toBe('Ana Ruiz');
    expect(roles.get('E2')!.person).toBe('Bob Jr'); // keep-last
    expect(roles.get('E2')!.team).toBe(5);
    expect(roles.get('E3')).toMatchObject({ reportsTo: 'E2', person: 'Cara\nSmith' });
    expect(roles.get('E4')!.reportsTo).toBe('root'); // first of the cycle in the file
    expect(roles.get('E5')!.reportsTo).toBe('E4');
    expect(roles.get('E6')!.reportsTo).toBe('root');
    expect(roles.get('E8')!.reportsTo).toBe('root');
    expect(roles.get('E9')).toMatchObject({ team: 0, department: 'Sales' });
    expect(roles.get('E9')!.strengths.vision).toBe(10); // clamped from 12
    expect(roles.get('00155792')!.strengths).toMatchObject({ vision: 8, plan: 5 });
    expect(roles.get('E10')!.person).toBe('Kim M\uFFFDller');
    expect(roles.get('E7')!.department).toBeUndefined();
    expect(s.roles).toHaveLength(12); // 11 distinct ids + the added root
    expect(decided.leftOut).toEqual([3, 10]);
    expect(decided.problems.filter((p) => p.severity === 'error').every((p) => p.fixedBy !== undefined)).toBe(
      true,
    );
  });

  const withFixes = (fixes: ImportFixes) => importCsvText(MESSY_CSV, { fixes: { ...MESSY_FIXES, ...fixes } });

  it('keep-first keeps the first of duplicated ids', () => {
    expect(byId(scenarioOf(withFixes({ 'duplicate-id': 'keep-first' }))).get('E2')!.person).toBe('Bob, Jr.');
  });

  it('generate gives a row without id one made from its line', () => {
    expect(byId(scenarioOf(withFixes({ 'empty-id': 'generate' }))).get('line-10')).toMatchObject({
      person: 'Nobody',
      reportsTo: 'E2',
    });
  });

  it('drop leaves out orphans and cycles with everyone under them', () => {
    const csv = 'id,manager\nr,\na,ghost\nb,a\nc,d\nd,c\ne,d\nf,r\n';
    const outcome = importCsvText(csv, { fixes: { 'missing-manager': 'drop', cycle: 'drop' } });
    expect(scenarioOf(outcome).roles.map((r) => r.id)).toEqual(['r', 'f']);
    expect(outcome.leftOut).toEqual([3, 4, 5, 6, 7]);
  });

  it('make-root and the multiple-roots decisions', () => {
    const csv = 'id,manager\nr,\nx,r\na,ghost\nb,a\nc,c\n';
    const largest = scenarioOf(
      importCsvText(csv, {
        fixes: {
          'missing-manager': 'make-root',
          'self-report': 'make-root',
          'multiple-roots': 'attach-to-largest',
        },
      }),
    );
    expect(largest.roles.map((r) => [r.id, r.reportsTo])).toEqual([
      ['r', null],
      ['x', 'r'],
      ['a', 'r'],
      ['b', 'a'],
      ['c', 'r'],
    ]);
    const kept = scenarioOf(
      importCsvText(csv, {
        fixes: {
          'missing-manager': 'make-root',
          'self-report': 'make-root',
          'multiple-roots': 'keep-largest',
        },
      }),
    );
    expect(kept.roles.map((r) => r.id)).toEqual(['r', 'x']);
  });

  it('cycle=make-root turns the first row of a cycle into a root', () => {
    const s = scenarioOf(importCsvText('id,manager\na,b\nb,a\nc,a\n', { fixes: { cycle: 'make-root' } }));
    expect(s.roles.map((r) => [r.id, r.reportsTo])).toEqual([
      ['a', null],
      ['b', 'a'],
      ['c', 'a'],
    ]);
  });

  it('treat-as-missing sends a case-mismatched manager to the missing-manager decision', () => {
    const csv = 'id,manager\nA,\nb,a\n';
    const refused = importCsvText(csv, { fixes: { 'case-mismatch': 'treat-as-missing' } });
    expect(summary(refused.problems)).toEqual([
      ['case-mismatch', 'error', [3]],
      ['missing-manager', 'error', [3]],
    ]);
    const s = scenarioOf(
      importCsvText(csv, {
        fixes: { 'case-mismatch': 'treat-as-missing', 'missing-manager': 'attach-to-root' },
      }),
    );
    expect(s.roles[1].reportsTo).toBe('A');
  });

  it('use-default replaces bad values with the defaults', () => {
    const s = byId(scenarioOf(withFixes({ 'bad-value': 'use-default' })));
    expect(s.get('E9')!.strengths.vision).toBe(5);
    expect(s.get('E9')!.team).toBe(0);
  });
});

describe('files that cannot become a tree', () => {
  it('no root: everyone has a manager', () => {
    const outcome = importCsvText('id,manager\na,x\nb,a\n');
    expect(summary(outcome.problems)).toEqual([
      ['missing-manager', 'error', [2]],
      ['no-root', 'error', []],
    ]);
    const s = scenarioOf(
      importCsvText('id,manager\na,x\nb,a\n', {
        fixes: { 'missing-manager': 'attach-to-root', 'no-root': 'add-root' },
      }),
    );
    expect(s.roles.map((r) => [r.id, r.reportsTo])).toEqual([
      ['root', null],
      ['a', 'root'],
      ['b', 'a'],
    ]);
    expect(
      scenarioOf(importCsvText('id,manager\na,x\nb,a\n', { fixes: { 'missing-manager': 'make-root' } }))
        .roles,
    ).toHaveLength(2);
  });

  it('a whole file in one cycle has no root either', () => {
    expect(summary(importCsvText('id,manager\na,b\nb,a\n').problems)).toEqual([
      ['cycle', 'error', [2, 3]],
      ['no-root', 'error', []],
    ]);
  });

  it('no id column, no manager column', () => {
    const outcome = importCsvText('Name,Title\nAna,CEO\n');
    expect(outcome.problems.map((p) => [p.kind, p.rows])).toEqual([
      ['no-id-column', [1]],
      ['no-id-column', [1]],
    ]);
    // Neutral terms: the command line and the wizard each say how to name the column (remedy).
    expect(outcome.problems[0].message).toBe('no column was recognised as the id (headers: "Name", "Title")');
    expect(outcome.problems.map((p) => p.remedy)).toEqual([
      { kind: 'map-column', field: 'id' },
      { kind: 'map-column', field: 'reportsTo' },
    ]);
    const mapped: ImportOptions = {
      map: { id: 'Name', reportsTo: 'Title' },
      fixes: { 'missing-manager': 'make-root' },
    };
    expect(importCsvText('Name,Title\nAna,\n', mapped).ok).toBe(true);
  });

  it('an empty file', () => {
    expect(importCsvText('').problems.map((p) => [p.kind, p.message])).toEqual([
      ['no-rows', 'the file is empty (0 bytes)'],
    ]);
    expect(importCsvText('\n\n  \n').problems.map((p) => p.message)).toEqual([
      'the file has only blank lines',
    ]);
    // A header alone is said to be one, not reported as "no root" or missing columns.
    expect(importCsvText('\nName,Title\n').problems).toEqual([
      {
        kind: 'no-rows',
        message: 'the file has a header row (line 2: "Name", "Title") but no rows under it',
        rows: [2],
        ids: [],
        severity: 'error',
        remedy: { kind: 'add-rows', header: true },
      },
    ]);
  });

  it('too large', () => {
    const outcome = importCsvText('id,manager\n1,\n2,1\n3,1\n', { limits: { maxRows: 2 } });
    expect(outcome.ok).toBe(false);
    expect(summary(outcome.problems)).toEqual([['too-large', 'error', [4]]]);
  });

  it('keeps ids as strings with their zeros, and treats placeholder ids as empty', () => {
    const s = scenarioOf(importCsvText('id,manager\n00155792,\n007,00155792\n0,007\n'));
    expect(s.roles.map((r) => r.id)).toEqual(['00155792', '007', '0']);
    expect(summary(importCsvText('id,manager\nr,\nNULL,r\n').problems)).toEqual([['empty-id', 'error', [3]]]);
  });

  it('reads a manager "0" as a reference when 0 is an id, else as no manager', () => {
    expect(scenarioOf(importCsvText('id,manager\n0,\nb,0\n')).roles[1].reportsTo).toBe('0');
    const outcome = importCsvText('id,manager\na,0\nb,a\n');
    expect(scenarioOf(outcome).roles[0].reportsTo).toBeNull();
    expect(outcome.problems.filter((p) => p.kind !== 'blank-name').map((p) => p.message)).toEqual([
      'manager id "0" on line 2 is a placeholder and is read as "no manager"',
    ]);
  });
});
