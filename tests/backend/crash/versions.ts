import type { Role, Scenario, ScenarioEvent } from '../../../src/core/scenario/types';
import { STRENGTH_NAMES, type Strengths } from '../../../src/core/scenario/types';

/**
 * Version n of the scenario the crash test's child saves over and over. Every part depends on n (the
 * number of roles, their fields, the events), so a file holding half of one version and half of another
 * cannot equal any single version. Deterministic: the test rebuilds what the child wrote.
 */
export function scenarioVersion(n: number): Scenario {
  const roleCount = 20 + ((n * 37) % 60);
  const roles: Role[] = [];
  for (let i = 0; i < roleCount; i++) {
    const strengths = Object.fromEntries(
      STRENGTH_NAMES.map((name, k) => [name, ((n + i * 3 + k * 5) % 21) / 2]),
    ) as Strengths;
    roles.push({
      id: i === 0 ? 'root' : `r${i}`,
      title: `Role ${i} of version ${n}`,
      person: (n + i) % 4 === 0 ? null : `Person ${n}-${i}`,
      reportsTo: i === 0 ? null : i < 5 ? 'root' : `r${1 + ((i * 7 + n) % 4)}`,
      dottedTo: i > 5 && (i + n) % 9 === 0 ? ['root'] : [],
      team: (n * 3 + i) % 15,
      strengths,
      oneOnOnes: (n + i) % 2 === 0,
      department: `Dept ${(n + i) % 5}`,
    });
  }
  const events: ScenarioEvent[] = [
    { quarter: 1 + (n % 8), type: 'grow', roleId: 'r1', team: 10 + (n % 30) },
    { quarter: 2, type: 'crisis', severity: (n % 10) / 10, quarters: 1 + (n % 3) },
    { quarter: 3, type: 'coaching', roleIds: ['r2', `r${1 + (n % 3)}`], quarters: 2 },
  ];
  return {
    name: `Version ${n}`,
    horizon: 8,
    environment: { volatility: (n % 100) / 100 },
    seed: n,
    roles,
    events,
  };
}

/** The version a stored scenario is, read from its name; the test then compares it whole. */
export function versionOf(scenario: Scenario): number {
  const match = /^Version (\d+)$/.exec(scenario.name);
  if (!match) throw new Error(`not a crash-test scenario: ${scenario.name}`);
  return Number(match[1]);
}
