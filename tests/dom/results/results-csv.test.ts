import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { simulate, simulateMonteCarlo, toSimulationReport } from '../../../src/engine/index';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import { resultsCsv } from '../../../src/renderer/results/results-csv';
import { engineRichScenario, role } from '../../helpers/scenarios';

const scenario = engineRichScenario;
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('results as CSV', () => {
  it('has one org row per quarter and one row per team alive in each quarter, with the report’s figures', () => {
    const s = scenario();
    const report = toSimulationReport(simulate(s));
    const rows = parse(resultsCsv(report, roleTitles(s)));
    const org = rows.filter((r) => r.level === 'org');
    expect(org).toHaveLength(13);
    expect(Number(org[8].chaos)).toBe(report.quarters[8].org.chaos);
    const q8 = report.quarters[8].org;
    expect(org[8].verdict).toBe(q8.verdict);
    expect(org[8].outcome).toBe(q8.verdict === 'tooSmall' ? '' : q8.outcome);
    expect(org[8].risk).toBe(q8.risk ?? '');
    expect(org[8].confirmed).toBe(String(q8.confirmed));
    const teams = rows.filter((r) => r.level === 'team');
    const expected = report.quarters.reduce((n, q) => n + Object.keys(q.roles).length, 0);
    expect(teams).toHaveLength(expected);
    const coo = teams.find((r) => r.roleId === 'coo' && r.quarter === '4')!;
    expect(coo.title).toBe('COO');
    expect(Number(coo.chaos)).toBe(report.quarters[4].roles.coo.chaos);
    expect(coo.team).toBe('3'); // ops's team, taken over when ops departed at Q3
    expect(teams.some((r) => r.roleId === 'coo' && r.quarter === '1')).toBe(false); // hired at Q2
    expect(Object.keys(rows[0])).not.toContain('chaos_p10');
  });

  it('has the verdict and its risk beside the outcome; a team too small to judge has no outcome', () => {
    // One person with two reports: too few people to judge, in every quarter, for the org and the team.
    const s = { ...scenario(), roles: [role('solo', null, { team: 2, person: 'Ana' })], events: [] };
    const csv = resultsCsv(toSimulationReport(simulate(s)), roleTitles(s));
    expect(csv.split('\r\n')[0]).toMatch(
      /^quarter,level,roleId,title,reportsTo,team,outcome,confirmed,verdict,risk,/,
    );
    const rows = parse(csv);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      expect(row.verdict).toBe('tooSmall');
      expect(row.outcome).toBe('');
      expect(row.risk).toBe('');
      expect(row.confirmed).toBe('false');
    }
  });

  it('adds p10 and p90 columns with Monte Carlo runs', () => {
    const s = scenario();
    const report = toSimulationReport(simulate(s), simulateMonteCarlo(s, { runs: 10, seed: 3 }));
    const org = parse(resultsCsv(report, roleTitles(s))).filter((r) => r.level === 'org');
    expect(Number(org[5].chaos_p10)).toBe(report.quarters[5].bands!.chaos.p10);
    expect(Number(org[5].chaos_p90)).toBe(report.quarters[5].bands!.chaos.p90);
  });

  it('adds the share of runs in each outcome for the org and every team with Monte Carlo runs', () => {
    const s = scenario();
    const report = toSimulationReport(simulate(s), simulateMonteCarlo(s, { runs: 20, seed: 3 }));
    const csv = resultsCsv(report, roleTitles(s));
    const keys = ['balance', 'chaos', 'bureaucracy', 'stagnation', 'tooSmall'] as const;
    expect(csv.split('\r\n')[0]).toMatch(
      /,share_balance,share_chaos,share_bureaucracy,share_stagnation,share_tooSmall$/,
    );
    const rows = parse(csv);
    const org = rows.filter((r) => r.level === 'org');
    for (const key of keys) expect(Number(org[8][`share_${key}`])).toBe(report.quarters[8].org.shares![key]);
    const sales = rows.find((r) => r.level === 'team' && r.roleId === 'sales' && r.quarter === '8')!;
    const shares = report.quarters[8].roles.sales.shares!;
    for (const key of keys) expect(Number(sales[`share_${key}`])).toBe(shares[key]);
    expect(keys.reduce((sum, key) => sum + Number(sales[`share_${key}`]), 0)).toBeCloseTo(1, 3);
    // A team row has no bands: its share cells stay under their own headers, not the band columns'.
    expect(sales.chaos_p10).toBe('');
  });

  it('leaves the share columns empty with one deterministic run', () => {
    const s = scenario();
    const rows = parse(resultsCsv(toSimulationReport(simulate(s)), roleTitles(s)));
    expect(Object.keys(rows[0]).slice(-5)).toEqual([
      'share_balance',
      'share_chaos',
      'share_bureaucracy',
      'share_stagnation',
      'share_tooSmall',
    ]);
    expect(rows.every((r) => Object.keys(r).every((k) => !k.startsWith('share_') || r[k] === ''))).toBe(true);
  });

  it('neutralises titles that a spreadsheet would run as formulas', () => {
    const s = scenario();
    s.roles[1].title = '=HYPERLINK("http://x","y")';
    s.roles[2].title = '@SUM(A1)';
    s.roles[3].title = '-2+3';
    const csv = resultsCsv(toSimulationReport(simulate(s)), roleTitles(s));
    const titles = new Set(parse(csv).map((r) => r.title));
    expect(titles).toContain('\'=HYPERLINK("http://x","y")');
    expect(titles).toContain("'@SUM(A1)");
    expect(titles).toContain("'-2+3");
    expect(csv.split('\r\n').some((line) => /^[^,]*,[^,]*,[^,]*,=/.test(line))).toBe(false);
  });
});
