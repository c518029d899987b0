/**
 * `npm run simulate -- --runs N`: the --json object carries `shares` next to `outcome` for the org and
 * every team (docs/SCENARIO-FORMAT.md), and the readable table quotes them with the reminder that they
 * are a projection, not a forecast.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimulateCli } from '../../src/cli/simulate';
import { SHARE_KEYS } from '../../src/engine/monte-carlo';
import type { SimulationReport } from '../../src/engine/report';

const FILE = join(import.meta.dirname, '../../resources/scenarios/v2-founder-with-operator.scenario.json');

async function run(args: string[]): Promise<string> {
  let out = '';
  const code = await runSimulateCli(args, { out: (t) => (out += t), err: () => {} });
  expect(code).toBe(0);
  return out;
}

const total = (shares: Record<string, number>) => Object.values(shares).reduce((a, b) => a + b, 0);

describe('simulate --runs: shares', () => {
  it('gives the org and every team shares of the five categories, summing to 1, and names what was drawn', async () => {
    const report = JSON.parse(await run([FILE, '--json', '--runs', '40', '--seed', '3'])) as SimulationReport;
    expect(report.uncertainty).toEqual({ parameters: true, ratings: true, timing: true });
    for (const q of report.quarters) {
      expect(Object.keys(q.org.shares!).sort()).toEqual([...SHARE_KEYS].sort());
      expect(total(q.org.shares!)).toBeCloseTo(1, 3);
      // The outcome shown is the most frequent category.
      const top = Math.max(...Object.values(q.org.shares!));
      expect(q.org.shares![q.org.verdict === 'tooSmall' ? 'tooSmall' : q.org.outcome]).toBe(top);
      for (const role of Object.values(q.roles)) expect(total(role.shares!)).toBeCloseTo(1, 3);
    }
  });

  it('has no shares in a single deterministic run', async () => {
    const report = JSON.parse(await run([FILE, '--json'])) as SimulationReport;
    expect(report.quarters[1].org.shares).toBeUndefined();
    expect(report.uncertainty).toBeUndefined();
  });

  it('quotes the shares in the table and says they are not a forecast', async () => {
    const table = await run([FILE, '--runs', '40', '--seed', '3']);
    const report = JSON.parse(await run([FILE, '--json', '--runs', '40', '--seed', '3'])) as SimulationReport;
    const last = report.quarters[report.quarters.length - 1].org.shares!;
    const [name, share] = Object.entries(last).sort((a, b) => b[1] - a[1])[0];
    expect(table).toContain(`${name} ${Math.round(share * 100)}%`);
    expect(table).toMatch(/a projection, not a forecast/);
  });
});
