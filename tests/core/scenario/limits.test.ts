import { describe, expect, it } from 'vitest';
import type { Parsed, Problem } from '../../../src/core/problems';
import { parseScenario, parseScenarioJson } from '../../../src/core/scenario/parse';
import { PARAMETER_TABLE } from '../../../src/core/scenario/parameter-table';
import { MAX_PROBLEMS_PER_KIND } from '../../../src/core/scenario/problem-list';
import { MAX_NESTING } from '../../../src/core/scenario/unknown-keys';
import type { Scenario } from '../../../src/core/scenario/types';
import { founderLed } from './helpers';

function refused(parsed: Parsed<Scenario>): Problem[] {
  if (parsed.ok) throw new Error('expected the scenario to be refused, but it parsed');
  return parsed.problems;
}

function accepted(parsed: Parsed<Scenario>): { value: Scenario; warnings: Problem[] } {
  if (!parsed.ok) throw new Error('expected the scenario to parse:\n' + parsed.problems[0].message);
  return parsed;
}

/** A file of n roles, all reporting to the first, each made by `extra(i)` on top of the required fields. */
function wideFile(n: number, extra: (i: number) => Record<string, unknown> = () => ({})) {
  const roles: unknown[] = [{ id: 'r0', title: 'Root', reportsTo: null }];
  for (let i = 1; i < n; i++) roles.push({ id: `r${i}`, title: 'R', reportsTo: 'r0', ...extra(i) });
  return {
    format: 'ballast.scenario',
    version: 1,
    name: 'Wide',
    horizon: 4,
    environment: { volatility: 0.2 },
    roles,
  };
}

describe('model parameters', () => {
  it('accepts every parameter of the table at its default, minimum and maximum', () => {
    for (const pick of ['default', 'min', 'max'] as const) {
      const s = founderLed();
      s.parameters = Object.fromEntries(PARAMETER_TABLE.map((row) => [row.name, row[pick]]));
      expect(accepted(parseScenario(s)).value.parameters).toEqual(s.parameters);
    }
  });

  it('refuses an unknown name, naming it and the parameter it most likely meant', () => {
    const s = founderLed();
    s.parameters = { engagementTau: 2.5, TAUENGAGEMENT: 1 };
    const problems = refused(parseScenario(s));
    expect(problems.map((p) => [p.kind, p.path, p.message])).toEqual([
      [
        'unknown-parameter',
        ['parameters', 'engagementTau'],
        `parameters.engagementTau is not a model parameter (did you mean "tauEngagement"?); docs/MODEL.md lists the ${PARAMETER_TABLE.length} there are`,
      ],
      [
        'unknown-parameter',
        ['parameters', 'TAUENGAGEMENT'],
        `parameters.TAUENGAGEMENT is not a model parameter (did you mean "tauEngagement"?); docs/MODEL.md lists the ${PARAMETER_TABLE.length} there are`,
      ],
    ]);
  });

  it('refuses a value outside the documented range, naming the parameter and its range', () => {
    const s = founderLed();
    s.parameters = { capacityScale: 20, burnoutThreshold: -0.1, execBase: 0.5 };
    const problems = refused(parseScenario(s));
    expect(problems.map((p) => [p.kind, p.path, p.message])).toEqual([
      [
        'out-of-range',
        ['parameters', 'capacityScale'],
        'parameters.capacityScale is 20; capacityScale (Span capacity scale) runs from 4 to 12, default 8',
      ],
      [
        'out-of-range',
        ['parameters', 'burnoutThreshold'],
        'parameters.burnoutThreshold is -0.1; burnoutThreshold (Burnout threshold) runs from 0 to 0.6, default 0.3',
      ],
    ]);
  });
});

// The big inputs below take a few seconds; the timeouts are generous for a loaded 2-core machine.
describe('problem counts', () => {
  it('lists the first of 200,000 unknown keys and counts the rest, instead of overflowing the stack', () => {
    // A 100,000-role file from a later format version that adds two fields per role.
    const parsed = accepted(parseScenario(wideFile(100_000, (i) => ({ skill: i, office: 'HQ' }))));
    expect(parsed.value.roles).toHaveLength(100_000);
    const { warnings } = parsed;
    expect(warnings).toHaveLength(MAX_PROBLEMS_PER_KIND + 1);
    expect(warnings.slice(0, 2).map((w) => w.message)).toEqual([
      'role "r1": skill is not a field of format version 1 and is ignored',
      'role "r1": office is not a field of format version 1 and is ignored',
    ]);
    const more = warnings[MAX_PROBLEMS_PER_KIND];
    expect(more).toEqual({
      kind: 'unknown-key',
      severity: 'warning',
      path: ['roles', 51, 'skill'],
      message: `and ${(199_998 - MAX_PROBLEMS_PER_KIND).toLocaleString('en-US')} more unknown-key warnings like these, not listed; the first of them: role "r51": skill is not a field of format version 1 and is ignored`,
    });
  }, 120_000);

  it('refuses a file with 130,000 errors with the first of each kind, a count, and the warnings', () => {
    const problems = refused(parseScenario(wideFile(130_000, (i) => ({ team: -1, [`note${i % 2}`]: 1 }))));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(MAX_PROBLEMS_PER_KIND + 1);
    expect(errors[0].message).toBe('role "r1": team is -1; a team size is 0 or more');
    expect(errors.at(-1)!.message).toMatch(
      /^and 129,899 more out-of-range errors like these, not listed; the first of them: role "r101": team is -1/,
    );
    expect(problems.filter((p) => p.kind === 'unknown-key')).toHaveLength(MAX_PROBLEMS_PER_KIND + 1);
  }, 120_000);

  it('names a repeated id once with its first places, however often it is repeated', () => {
    // Each repeat used to copy the list of places so far: quadratic in the repeats.
    const problems = refused(parseScenario(wideFile(100_000, () => ({ id: 'same' }))));
    const duplicate = problems.filter((p) => p.kind === 'duplicate-id');
    expect(duplicate.map((p) => p.message)).toEqual([
      'role "same" is defined 99999 times (roles 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … in the list); ids must be unique',
    ]);
  }, 120_000);

  it('keeps messages short for huge unknown keys and ids', () => {
    const key = 'k'.repeat(1_000_000);
    const s = founderLed();
    s.roles[1][key] = 1;
    s.roles[1].id = 'e'.repeat(1_000_000);
    const problems = refused(parseScenario(s));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message.length).toBeLessThan(400);
  });
});

describe('nesting', () => {
  /** A scenario whose unknown field `extra` holds `depth` lists inside one another. */
  const nested = (depth: number) => {
    const body = JSON.stringify(wideFile(2));
    return `${body.slice(0, -1)},"extra":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  };

  it(`accepts ${MAX_NESTING} levels (the scenario itself is one) and refuses one more, naming where`, () => {
    expect(accepted(parseScenarioJson(nested(MAX_NESTING - 1))).warnings.map((w) => w.kind)).toEqual([
      'unknown-key',
    ]);
    const problems = refused(parseScenarioJson(nested(MAX_NESTING)));
    const deep = problems.filter((p) => p.kind === 'too-deep');
    expect(deep).toHaveLength(1);
    expect(deep[0].path).toEqual(['extra', ...Array<number>(MAX_NESTING - 1).fill(0)]);
    expect(deep[0].message).toBe(
      `extra[0][0][0][0][0][0][0]… is nested more than ${MAX_NESTING} levels deep; objects and lists in a scenario nest at most ${MAX_NESTING} levels (the scenario itself being level 1)`,
    );
  });

  it('refuses a 400 KB file of 200,000 nested lists at once (it used to take minutes)', () => {
    const problems = refused(parseScenarioJson(nested(200_000)));
    expect(problems.map((p) => p.kind)).toEqual(['too-deep', 'unknown-key']);
    expect(problems[0].path).toHaveLength(MAX_NESTING);
  }, 120_000);

  it('names the role a too-deep field belongs to, and reports each deep place once', () => {
    const s = founderLed();
    let deep: unknown = 1;
    for (let i = 0; i < 150; i++) deep = { next: deep };
    s.roles[1].plans = [deep, deep, 'x'];
    const problems = refused(parseScenario(s));
    const tooDeep = problems.filter((p) => p.kind === 'too-deep');
    // The same object twice is walked once.
    expect(tooDeep).toHaveLength(1);
    expect(tooDeep[0].roleId).toBe('eng');
    expect(tooDeep[0].message).toMatch(
      /^role "eng": plans\[0\]\.next\.next\.next\.next… is nested more than 100 levels deep/,
    );
  });
});
