import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SampleLibrary } from '../../src/backend/samples/sample-library';
import { roleHeadcount } from '../../src/core/scenario/types';
import { SAMPLES_DIR, call, useBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const backendAt = useBackend();

/** What each bundled sample must hold: scenario names and starting role counts, in order. */
const EXPECTED: Record<string, { audience: string; scenarios: [string, number][] }> = {
  'founder-led-startup': {
    audience: 'Founders',
    scenarios: [
      ['No operator', 5],
      ['Operator hired in Q3', 5],
      ['Operator alone in Q3', 5],
      ['Operator a year late', 5],
    ],
  },
  'restructure-300': {
    audience: 'HR planners',
    scenarios: [
      ['As-is', 300],
      ['To-be: Commercial merged', 299],
      ['To-be: flatter', 264],
    ],
  },
  'workshop-divisions': {
    audience: 'Workshop facilitators',
    scenarios: [
      ['Visionary leader, no managers', 9],
      ['Rule-bound division, market shift', 31],
      ['Balanced division, market shift', 31],
      ['Division in crisis', 31],
      ['Baseline: scale-up', 6],
    ],
  },
};

describe('bundled samples', () => {
  it('are exactly the expected files', () => {
    const ids = readdirSync(SAMPLES_DIR)
      .filter((name) => name.endsWith('.sample.json'))
      .map((name) => name.replace('.sample.json', ''));
    expect(ids.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))(
    '%s parses and opens in one call with every scenario',
    async (id, expected) => {
      const library = new SampleLibrary(SAMPLES_DIR);
      const sample = library.get(id);
      expect(sample.audience).toBe(expected.audience);
      expect(sample.scenarios.map((s) => [s.name, s.roles.length])).toEqual(expected.scenarios);

      const backend = backendAt(tempDir());
      const project = await call(backend, 'samples.open', { sampleId: id });
      expect(project.scenarios.map((s) => [s.name, s.roleCount])).toEqual(expected.scenarios);
      for (const [i, summary] of project.scenarios.entries()) {
        expect(summary.headcount).toBe(
          sample.scenarios[i].roles.reduce((sum, r) => sum + roleHeadcount(r), 0),
        );
        const stored = await call(backend, 'scenario.load', { path: project.path, scenarioId: summary.id });
        expect(stored.scenario).toEqual(sample.scenarios[i]);
      }
    },
  );

  it('gives HR planners a realistic restructure: vacancies, dotted lines, departments, horizon 8', () => {
    const sample = new SampleLibrary(SAMPLES_DIR).get('restructure-300');
    for (const scenario of sample.scenarios) {
      expect(scenario.horizon).toBe(8);
      expect(scenario.roles.filter((r) => !r.person).length).toBeGreaterThan(5);
      expect(scenario.roles.filter((r) => (r.dottedTo ?? []).length > 0).length).toBeGreaterThan(5);
      expect(new Set(scenario.roles.map((r) => r.department)).size).toBeGreaterThan(8);
      expect(new Set(scenario.roles.map((r) => r.strengths.vision)).size).toBeGreaterThan(5);
    }
    const [asIs, merged] = sample.scenarios;
    const titles = (s: typeof asIs) => s.roles.map((r) => r.title);
    expect(titles(asIs)).toEqual(expect.arrayContaining(['VP Sales', 'VP Marketing']));
    expect(titles(merged)).not.toEqual(expect.arrayContaining(['VP Marketing']));
    expect(titles(merged)).toContain('Chief Commercial Officer');
  });

  it('are what scripts/samples/make-samples.mjs generates', () => {
    const out = tempDir();
    const script = join(import.meta.dirname, '..', '..', 'scripts', 'samples', 'make-samples.mjs');
    const run = spawnSync(process.execPath, [script, '--out', out], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    for (const id of ['restructure-300', 'workshop-divisions']) {
      const file = `${id}.sample.json`;
      expect(JSON.parse(readFileSync(join(out, file), 'utf8'))).toEqual(
        JSON.parse(readFileSync(join(SAMPLES_DIR, file), 'utf8')),
      );
    }
  });
});
