/**
 * `npm run simulate -- --json` carries `structure`: the starting org's spans, layers, headcount, FTE and
 * cost, in total, per department and per layer. It is structureReport, the function the app's spans &
 * layers panel and the printed report read, so the figures are equal by construction; this checks it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimulateCli } from '../../src/cli/simulate';
import { orgCost, structureReport } from '../../src/core/org/cost';
import { orgStats } from '../../src/core/org/org-stats';
import { parseScenarioJson } from '../../src/core/scenario/parse';
import { serializeScenario } from '../../src/core/scenario/serialize';
import { role } from '../helpers/scenarios';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir('ballast-structure-');

const scenario = {
  name: 'Priced',
  horizon: 4,
  environment: { volatility: 0.3 },
  events: [],
  roles: [
    role('ceo', null, { person: 'Ana', salary: 150000, department: 'Board', grade: 'SCS3' }),
    role('eng', 'ceo', {
      person: 'Bo',
      salary: 60000,
      fte: 0.5,
      team: 4,
      icSalary: 40000,
      department: 'Eng',
    }),
    role('sales', 'ceo', { salary: 70000, team: 2, department: 'Sales', location: 'Leeds' }),
  ],
};

describe('npm run simulate --json: structure', () => {
  it('gives the core figures (spans & layers and cost) for the starting org', async () => {
    const file = join(tempDir(), 'priced.scenario.json');
    writeFileSync(file, serializeScenario(scenario));
    let out = '';
    const code = await runSimulateCli([file, '--json'], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    const { structure } = JSON.parse(out);
    const parsed = parseScenarioJson(serializeScenario(scenario));
    if (!parsed.ok) throw new Error('unparsable');
    expect(structure).toEqual(structureReport(parsed.value.roles));
    expect(structure.total).toEqual(orgCost(parsed.value.roles).total);
    expect(structure.total).toMatchObject({
      heads: 8,
      fte: 7.5,
      cost: 370000,
      vacantCost: 70000,
      unpricedHeads: 2,
    });
    expect(structure.byLayer.map((l: { layer: number; cost: number }) => [l.layer, l.cost])).toEqual([
      [1, 150000],
      [2, 60000],
      [3, 160000],
    ]);
    const stats = orgStats(parsed.value.roles);
    expect(structure).toMatchObject({
      headcount: stats.headcount,
      layers: stats.layers,
      managers: stats.managers,
    });
  });
});
