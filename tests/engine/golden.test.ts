/**
 * Golden runs: the expected outputs of three scenarios, stored under resources/scenarios/golden/, so an
 * accidental change to the model shows. Tolerance: relative 1e-6 (absolute 1e-9 near zero) on every
 * figure, exact on outcomes. After an intended model change, regenerate and review the diff:
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/engine/golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleFiguresAt, simulate, simulateMonteCarlo } from '../../src/engine/index';
import { loadScenario, SCENARIO_DIR } from './load-scenario';

const GOLDEN = [
  { file: 'v1-visionary-founder.scenario.json', roles: ['founder', 'sales'] },
  { file: 'v2-founder-with-operator.scenario.json', roles: ['coo', 'mgr-eng', 'ops'] },
  { file: 'v7-span-shock.scenario.json', roles: ['m5', 'm9'] },
];
const REL = 1e-6;
const ABS = 1e-9;

function produce(file: string, roles: string[]) {
  const scenario = loadScenario(file);
  const run = simulate(scenario);
  const mc = simulateMonteCarlo(scenario, { runs: 20, seed: 7 });
  return {
    scenario: scenario.name,
    org: run.org,
    roles: Object.fromEntries(
      roles.map((id) => [id, run.org.map((_, q) => roleFiguresAt(run, q)[id] ?? null)]),
    ),
    monteCarlo: { runs: 20, seed: 7, bands: mc.bands },
  };
}

function compare(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tol = Math.max(ABS, REL * Math.abs(expected));
    expect(Math.abs(actual - expected), `${path}: ${actual} vs golden ${expected}`).toBeLessThanOrEqual(tol);
  } else if (expected && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object');
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected))
      compare((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe('golden runs', () => {
  it.each(GOLDEN)('reproduces $file within a relative 1e-6', ({ file, roles }) => {
    const goldenPath = join(SCENARIO_DIR, 'golden', file.replace('.scenario.json', '.golden.json'));
    const actual = JSON.parse(JSON.stringify(produce(file, roles)));
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
      if (process.env.UPDATE_GOLDEN !== '1')
        throw new Error(`No golden file ${goldenPath}; run with UPDATE_GOLDEN=1 to create it.`);
      writeFileSync(goldenPath, JSON.stringify(actual, null, 1) + '\n');
    }
    compare(actual, JSON.parse(readFileSync(goldenPath, 'utf8')), file);
  });
});
