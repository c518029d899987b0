/**
 * The `npm run simulate` contract: every field of the --json object for each shipped scenario, bands with
 * --runs, a readable table by default, and exit 2 naming each problem of a bad file or argument. Most
 * cases call the command's function directly; one spawns the real `npm run simulate`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimulateCli } from '../../src/cli/simulate';
import { readVerdict, verdictText } from '../../src/core/verdict-text';
import type { SimulationReport } from '../../src/engine/report';
import { strengths } from '../helpers/scenarios';
import { useTempDir } from '../helpers/temp-dir';

const ROOT = join(import.meta.dirname, '../..');
const SCENARIOS = join(ROOT, 'resources/scenarios');
const FILES = readdirSync(SCENARIOS).filter((f) => f.endsWith('.scenario.json'));

const ORG_FIELDS = [
  'headcount',
  'layers',
  'alignment',
  'engagement',
  'execution',
  'innovation',
  'trust',
  'burnout',
  'attrition',
  'fit',
  'chaos',
  'bureaucracy',
  'health',
  'outcome',
  'confirmed',
  'verdict',
  'risk',
];
const ROLE_FIELDS = [
  'alignment',
  'engagement',
  'execution',
  'innovation',
  'trust',
  'burnout',
  'chaos',
  'bureaucracy',
  'health',
  'outcome',
  'confirmed',
  'verdict',
  'risk',
];
const OUTCOMES = ['balance', 'chaos', 'bureaucracy', 'stagnation'];
const VERDICTS = ['confirmed', 'atRisk', 'borderline', 'tooSmall'];

/** Model v2's verdict fields, as the contract gives them for the org and each role. */
function expectVerdict(x: Record<string, unknown>) {
  expect(OUTCOMES).toContain(x.outcome);
  expect(VERDICTS).toContain(x.verdict);
  expect(x.confirmed).toBe(x.verdict === 'confirmed');
  if (x.verdict === 'borderline') expect(OUTCOMES).toContain(x.risk);
  else if (x.verdict === 'atRisk') expect([null, ...OUTCOMES]).toContain(x.risk);
  else expect(x.risk).toBeNull();
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSimulateCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tempDir = useTempDir('ballast-sim-');

describe('npm run simulate', () => {
  it.each(FILES)('prints every field of the contract for %s with --json', async (file) => {
    const { code, out, err } = await run([join(SCENARIOS, file), '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    const scenario = JSON.parse((await import('node:fs')).readFileSync(join(SCENARIOS, file), 'utf8'));
    expect(report.scenario).toBe(scenario.name);
    expect(report.runs).toBe(1);
    expect(report.quarters).toHaveLength(scenario.horizon + 1);
    report.quarters.forEach((q: Record<string, unknown>, index: number) => {
      expect(q.quarter).toBe(index);
      expect(q.bands).toBeUndefined();
      const org = q.org as Record<string, unknown>;
      for (const f of ORG_FIELDS) expect(org, `${file} q${index} org.${f}`).toHaveProperty(f);
      expectVerdict(org);
      const roles = q.roles as Record<string, Record<string, unknown>>;
      expect(Object.keys(roles).length).toBeGreaterThan(0);
      for (const [id, r] of Object.entries(roles)) {
        for (const f of ROLE_FIELDS) expect(r, `${file} q${index} ${id}.${f}`).toHaveProperty(f);
        expectVerdict(r);
      }
    });
  });

  it('adds p10/p50/p90 bands for every numeric org figure with --runs 50, and the same seed gives the same bands', async () => {
    const file = join(SCENARIOS, 'v1-visionary-founder.scenario.json');
    const a = JSON.parse((await run([file, '--json', '--runs', '50', '--seed', '9'])).out);
    const b = JSON.parse((await run([file, '--json', '--runs=50', '--seed=9'])).out);
    expect(a.runs).toBe(50);
    expect(b.quarters).toEqual(a.quarters);
    for (const q of a.quarters) {
      for (const [f, v] of Object.entries(q.org)) {
        if (typeof v !== 'number') continue;
        expect(q.bands[f], f).toBeDefined();
        expect(q.bands[f].p10).toBeLessThanOrEqual(q.bands[f].p50);
        expect(q.bands[f].p50).toBeLessThanOrEqual(q.bands[f].p90);
        expect(v).toBe(q.bands[f].p50);
      }
    }
  });

  it('shares the runs among --workers threads, and 1, 2 or 4 of them print the very same report', async () => {
    const file = join(SCENARIOS, 'v2-founder-with-operator.scenario.json');
    const outs = await Promise.all(
      ['1', '2', '4'].map((workers) =>
        run([file, '--json', '--runs', '30', '--seed', '4', '--workers', workers]),
      ),
    );
    for (const r of outs) expect(r.code).toBe(0);
    const reports = outs.map((r) => JSON.parse(r.out) as SimulationReport);
    expect(reports[0].runs).toBe(30);
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
    const bad = await run([file, '--workers', '0']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--workers must be a whole number from 1 to 256, not "0"/);
    expect(bad.err).toMatch(/--workers N/);
  });

  it('honours --quarters', async () => {
    const { out } = await run([
      join(SCENARIOS, 'v3-rule-bound-division.scenario.json'),
      '--json',
      '--quarters',
      '3',
    ]);
    expect(JSON.parse(out).quarters).toHaveLength(4);
  });

  it('prints a readable table by default, one row a quarter', async () => {
    const { code, out } = await run([join(SCENARIOS, 'v1-visionary-founder.scenario.json')]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Validation 1: visionary founder, no operators');
    expect(lines[1]).toMatch(/^\s+Q\s+people\s+layers\s+chaos.*\sverdict$/);
    expect(lines.slice(2)).toHaveLength(9);
    expect(lines[10]).toMatch(/^\s+8\s+121\s+2\s/);
    // Each row ends with the org's verdict in words (which one is the model's to decide).
    const report = JSON.parse(
      (await run([join(SCENARIOS, 'v1-visionary-founder.scenario.json'), '--json'])).out,
    ) as SimulationReport;
    report.quarters.forEach((q, k) =>
      expect(lines[2 + k].endsWith(`  ${verdictText(readVerdict(q.org))}`)).toBe(true),
    );
  });

  it('says an org too small to judge is too small, with no outcome, in the table and in --json', async () => {
    const file = join(tempDir(), 'solo.scenario.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'ballast.scenario',
        version: 1,
        name: 'Solo',
        horizon: 2,
        environment: { volatility: 0.3 },
        roles: [
          { id: 'solo', title: 'Founder', person: 'Ana', reportsTo: null, team: 2, strengths: strengths() },
        ],
        events: [],
      }),
    );
    const table = await run([file]);
    expect(table.code).toBe(0);
    const rows = table.out.split('\n').slice(2);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatch(/ {2}too few people to judge$/);
      expect(row).not.toMatch(/balance|chaos|bureaucracy|stagnation/);
    }
    const json = JSON.parse((await run([file, '--json'])).out) as SimulationReport;
    for (const q of json.quarters) {
      expect(q.org).toMatchObject({ verdict: 'tooSmall', risk: null, confirmed: false });
      expect(q.roles.solo).toMatchObject({ verdict: 'tooSmall', risk: null, confirmed: false });
    }
  });

  it('exits 2 naming each problem of a file with a cycle, an unknown reportsTo, a strength of 11 and an event in quarter 0', async () => {
    const dir = tempDir();
    const file = join(dir, 'broken.scenario.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'ballast.scenario',
        version: 1,
        name: 'Broken',
        horizon: 4,
        environment: { volatility: 0.3 },
        roles: [
          { id: 'ceo', title: 'CEO', reportsTo: null, team: 0, strengths: { vision: 11 } },
          { id: 'a', title: 'A', reportsTo: 'b', team: 3 },
          { id: 'b', title: 'B', reportsTo: 'a', team: 3 },
          { id: 'c', title: 'C', reportsTo: 'nobody', team: 3 },
        ],
        events: [{ quarter: 0, type: 'marketShift', size: 0.2 }],
      }),
    );
    const { code, out, err } = await run([file, '--json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    const lines = err.split('\n');
    expect(lines.some((l) => /cycle/.test(l) && /"a"/.test(l) && /"b"/.test(l))).toBe(true);
    expect(lines.some((l) => /"nobody"/.test(l) && /"c"/.test(l))).toBe(true);
    expect(lines.some((l) => /vision/.test(l) && /11/.test(l) && /"ceo"/.test(l))).toBe(true);
    expect(lines.some((l) => /quarter 0/.test(l) && /event/.test(l))).toBe(true);
  });

  it('simulates a file in which the founder steps aside for an operator (a succession), and names a broken one', async () => {
    const dir = tempDir();
    const scenario = (succession: Record<string, unknown>) => ({
      format: 'ballast.scenario',
      version: 1,
      name: 'Founder steps aside',
      horizon: 6,
      environment: { volatility: 0.4 },
      roles: [
        { id: 'founder', title: 'CEO', person: 'Ana', reportsTo: null, strengths: { vision: 9, plan: 2 } },
        { id: 'eng', title: 'Engineering', person: 'Bo', reportsTo: 'founder', team: 12 },
      ],
      events: [{ quarter: 3, type: 'succession', roleId: 'founder', ...succession }],
    });
    const file = join(dir, 'succession.scenario.json');
    const operator = { vision: 4, plan: 8, organize: 8, control: 8, direct: 8 };
    writeFileSync(file, JSON.stringify(scenario({ person: 'Olu', strengths: operator })));
    const { code, out, err } = await run([file, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.quarters).toHaveLength(7);
    expect(report.quarters[6].roles.founder).toHaveProperty('chaos');

    const broken = join(dir, 'broken-succession.scenario.json');
    writeFileSync(broken, JSON.stringify(scenario({ roleId: 'cfo', strengths: { plan: 12 } })));
    const refused = await run([broken]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/event 1 \(succession\): roleId "cfo" is not the id of any role/);
    expect(refused.err).toMatch(/event 1 \(succession\): strengths\.plan is 12/);
  });

  it('exits 2 for bad arguments, listing each', async () => {
    const r = await run(['a.json', 'b.json', '--runs', 'x', '--quarters', '41', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--runs must be a whole number/);
    expect(r.err).toMatch(/--quarters must be a whole number from 1 to 40/);
    expect(r.err).toMatch(/unknown option --bogus/);
    expect(r.err).toMatch(/one scenario file at a time/);
    expect((await run([])).err).toMatch(/no scenario file given/);
    expect((await run(['/no/such/file.json'])).code).toBe(2);
    expect((await run(['/no/such/project.ballast'])).code).toBe(2);
  });

  it('runs as `npm run simulate` with exit codes 0 and 2', () => {
    const ok = execFileSync(
      'npm',
      ['run', '-s', 'simulate', '--', join(SCENARIOS, 'v7-span-shock.scenario.json'), '--json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(ok).quarters).toHaveLength(9);
    const bad = spawnSync('npm', ['run', '-s', 'simulate', '--', 'missing.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/cannot read missing\.json/);
  });
});
