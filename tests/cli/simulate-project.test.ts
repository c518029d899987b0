/** `npm run simulate -- project.ballast --scenario NAME`: the CLI reads a scenario from a project file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProjectDatabase } from '../../src/backend/db/project-database';
import { saveScenario } from '../../src/backend/project/scenario-store';
import { runSimulateCli } from '../../src/cli/simulate';
import { loadScenario } from '../engine/load-scenario';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSimulateCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run simulate with a .ballast project file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ballast-sim-project-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'p.ballast');
  const db = createProjectDatabase(path, 'Validation');
  saveScenario(db, loadScenario('v1-visionary-founder.scenario.json'));
  saveScenario(db, loadScenario('v7-span-shock.scenario.json'));
  db.close();

  it('simulates the named scenario, or the first one', async () => {
    const named = await run([path, '--scenario', 'Validation 7: span shock', '--json']);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.out).scenario).toBe('Validation 7: span shock');
    const first = await run([path, '--json']);
    expect(JSON.parse(first.out).scenario).toBe('Validation 1: visionary founder, no operators');
  });

  it('exits 2 naming the problem when the scenario is not there', async () => {
    const r = await run([path, '--scenario', 'Nope']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no scenario named "Nope"/);
  });
});
