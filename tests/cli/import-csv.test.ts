import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../src/core/scenario/parse';
import { findRoots } from '../../src/core/scenario/tree';
import { MESSY_CSV } from '../core/csv-import/messy';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const fixtures = resolve(repo, 'tests/fixtures/orgcharts');
const work = mkdtempSync(join(tmpdir(), 'ballast-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI as a user would, in its own process; resolves with the exit code instead of throwing. */
async function cli(args: string[], via: 'node' | 'npm' = 'node') {
  const [command, prefix] =
    via === 'npm'
      ? ['npm', ['run', '--silent', 'import', '--']]
      : [process.execPath, ['scripts/cli.mjs', 'import-csv']];
  try {
    const { stdout, stderr } = await run(command, [...prefix, ...args], { cwd: repo });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function readScenario(path: string) {
  const parsed = parseScenarioJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.value;
}

describe('npm run import', () => {
  it('acceptance: imports the d3 sample, exit 0, and writes a valid v1 scenario', async () => {
    const out = join(work, 'd3.scenario.json');
    // A path relative to the working directory (the repository), as a user would type it.
    const result = await cli(['tests/fixtures/orgcharts/d3-org-chart-sample.csv', '--out', out], 'npm');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'Imported 1516 roles from tests/fixtures/orgcharts/d3-org-chart-sample.csv',
    );
    const scenario = readScenario(out);
    expect(scenario.roles).toHaveLength(1516);
    expect(findRoots(scenario.roles)).toEqual(['O-6066']);
  });

  it('imports the Oracle sample with departments, reporting JSON on stdout with --json', async () => {
    const out = join(work, 'oracle.scenario.json');
    const result = await cli([join(fixtures, 'oracle-hr-sample.csv'), '--out', out, '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true, roles: 107, rowsRead: 107, problems: [], out });
    expect(report.columns).toMatchObject({ id: 'id', reportsTo: 'parentId', department: 'department_name' });
    const scenario = readScenario(out);
    expect(scenario.roles).toHaveLength(107);
    expect(scenario.roles.filter((r) => r.department).length).toBe(106);
  });

  it('acceptance: a CSV with a cycle exits 2, lists the rows of the cycle, and writes nothing', async () => {
    const csv = join(work, 'cycle.csv');
    writeFileSync(csv, 'id,manager,name\nceo,,Ana\na,c,Al\nb,a,Bo\nc,b,Cy\nd,ceo,Di\n');
    const out = join(work, 'cycle.scenario.json');
    const text = await cli([csv, '--out', out]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(
      'error cycle: reporting lines form a cycle: "a" -> "c" -> "b" -> "a" (lines 3, 5 and 4)',
    );
    expect(text.stderr).toContain('--fix cycle=attach-to-root|make-root|drop');
    expect(existsSync(out)).toBe(false);

    const json = await cli([csv, '--out', out, '--json']);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      {
        kind: 'cycle',
        message: 'reporting lines form a cycle: "a" -> "c" -> "b" -> "a" (lines 3, 5 and 4)',
        rows: [3, 5, 4],
        ids: ['a', 'c', 'b'],
        severity: 'error',
      },
    ]);
    expect(existsSync(out)).toBe(false);

    const fixed = await cli([csv, '--out', out, '--fix', 'cycle=attach-to-root']);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain('fixed (attach-to-root) cycle');
    expect(readScenario(out).roles.find((r) => r.id === 'a')!.reportsTo).toBe('ceo');
  });

  it('lists every problem of a messy export, then imports it with decisions and --map', async () => {
    const csv = join(work, 'messy.csv');
    writeFileSync(csv, MESSY_CSV);
    const out = join(work, 'messy.scenario.json');
    const refused = await cli([csv, '--out', out, '--json']);
    expect(refused.code).toBe(2);
    const kinds = new Set(JSON.parse(refused.stdout).problems.map((p: { kind: string }) => p.kind));
    expect([...kinds].sort()).toEqual(
      [
        'bad-value',
        'case-mismatch',
        'cycle',
        'duplicate-id',
        'empty-id',
        'encoding',
        'missing-manager',
        'multiple-roots',
        'self-report',
      ].sort(),
    );
    const fixes = [
      'missing-manager=attach-to-root',
      'duplicate-id=keep-first',
      'self-report=make-root',
      'cycle=drop',
      'multiple-roots=add-root',
      'empty-id=generate',
      'case-mismatch=match-ignoring-case',
      'bad-value=use-default',
    ];
    const accepted = await cli([
      csv,
      '--out',
      out,
      '--map',
      'title=Dept',
      ...fixes.flatMap((f) => ['--fix', f]),
    ]);
    expect(accepted.code).toBe(0);
    const scenario = readScenario(out);
    expect(scenario.roles.find((r) => r.id === '00155792')).toMatchObject({
      title: 'Exec',
      reportsTo: 'root',
    });
    expect(scenario.roles.some((r) => r.id === 'E4' || r.id === 'E5')).toBe(false);
  });

  it('reads UTF-16 files and keeps the byte-order mark of UTF-8 ones for the report', async () => {
    const utf16 = join(work, 'utf16.csv');
    writeFileSync(
      utf16,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('id,manager,name\r\n1,,Zoë\r\n2,1,Åsa\r\n', 'utf16le'),
      ]),
    );
    const out = join(work, 'utf16.scenario.json');
    const result = await cli([utf16, '--out', out, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.problems.map((p: { message: string }) => p.message)).toEqual([
      'the file starts with a byte-order mark (U+FEFF); it was ignored',
      'the file uses Windows line endings (CR LF); they were read as ordinary line breaks',
    ]);
    expect(readScenario(out).roles.map((r) => r.person)).toEqual(['Zoë', 'Åsa']);
  });

  it('stops a file over the byte limit with too-large, exit 2', async () => {
    const out = join(work, 'big.scenario.json');
    const result = await cli([
      join(fixtures, 'd3-org-chart-sample.csv'),
      '--out',
      out,
      '--max-bytes',
      '100000',
      '--json',
    ]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.problems.map((p: { kind: string }) => p.kind)).toEqual(['too-large']);
    expect(report.problems[0].message).toMatch(
      /^the file is larger than 98 KB, the import limit; reading stopped near line \d+$/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses bad arguments with exit 2 and says each', async () => {
    const result = await cli(['--fix', 'cycle=ignore', '--map', 'boss', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: unknown option --frobnicate');
    expect(result.stderr).toContain('error: --map boss: write FIELD=HEADER');
    expect(result.stderr).toContain(
      'error: --fix cycle=ignore: the actions for cycle are attach-to-root, make-root, drop',
    );
    expect(result.stderr).toContain('error: the CSV file to import is missing');
    expect(result.stderr).toContain('error: --out <scenario.json> is missing');
    const missing = await cli([join(work, 'nope.csv'), '--out', join(work, 'x.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: ENOENT/);
    const unwritable = await cli([
      join(fixtures, 'oracle-hr-sample.csv'),
      '--out',
      join(work, 'no-such-dir', 'o.json'),
    ]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write .*o\.json: ENOENT/);
    const badMap = await cli([
      join(fixtures, 'oracle-hr-sample.csv'),
      '--out',
      join(work, 'y.json'),
      '--map',
      'id=Nope',
    ]);
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toContain('error: --map id=Nope: the file has no column "Nope"');
    expect(existsSync(join(work, 'y.json'))).toBe(false);
  });

  it('--blank-names decides what rows without a name are; without it the default is said, with the flag to change it', async () => {
    const csv = join(work, 'redacted.csv');
    writeFileSync(csv, 'id,manager,name\n1,,Ada\n2,1,N/D\n3,1,\n');
    const out = join(work, 'redacted.json');
    const defaulted = await cli([csv, '--out', out]);
    expect(defaulted.code).toBe(0);
    expect(defaulted.stderr).toContain(
      'warning blank-name: 2 of 3 rows (67%) have no name (lines 3 and 4); they are read as filled roles whose holder is not named ("(unnamed)"), which count in headcount (by default: most rows have no name, so the file likely withholds names, as published organograms do for junior staff); choose with --blank-names vacant|filled-unnamed',
    );
    expect(readScenario(out).roles.map((r) => r.person)).toEqual(['Ada', '(unnamed)', '(unnamed)']);
    const vacant = await cli([csv, '--out', out, '--blank-names', 'vacant', '--json']);
    expect(vacant.code).toBe(0);
    expect(JSON.parse(vacant.stdout).problems).toEqual([
      expect.objectContaining({
        kind: 'blank-name',
        fixedBy: 'vacant',
        remedy: { kind: 'choose-blank-names' },
      }),
    ]);
    expect(readScenario(out).roles.map((r) => r.person)).toEqual(['Ada', null, null]);
    const wrong = await cli([csv, '--out', out, '--blank-names', 'empty']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('error: --blank-names must be vacant or filled-unnamed, not "empty"');
  });

  it('explains an empty file, a header alone and a workbook, with what to do, exit 2', async () => {
    const write = (name: string, data: string | Uint8Array) => {
      writeFileSync(join(work, name), data);
      return join(work, name);
    };
    const out = join(work, 'never.json');
    const empty = await cli([write('empty.csv', ''), '--out', out]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('error no-rows: the file is empty (0 bytes); check that this is the file');
    const header = await cli([write('header.csv', 'Employee ID,Manager ID\r\n'), '--out', out]);
    expect(header.stderr).toContain(
      'error no-rows: the file has a header row (line 1: "Employee ID", "Manager ID") but no rows under it; export the org again',
    );
    const workbook = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new TextEncoder().encode('[Content_Types].xml xl/'),
    ]);
    const xlsx = await cli([write('org.csv', workbook), '--out', out]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain(
      'error not-csv: the file is not CSV text: it looks like an Excel workbook (.xlsx); open it in Excel and save it as CSV (File > Save As > "CSV UTF-8"), then run the import on that file',
    );
    expect(existsSync(out)).toBe(false);
  });
});
