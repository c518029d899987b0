/** A scenario of a sample project under resources/samples, parsed as the app opens it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../src/core/scenario/parse';
import type { Scenario } from '../../src/core/scenario/types';

const SAMPLES = join(import.meta.dirname, '../../resources/samples');

export function sampleScenario(sample: string, name: string): Scenario {
  const file = JSON.parse(readFileSync(join(SAMPLES, `${sample}.sample.json`), 'utf8')) as {
    scenarios: { name: string }[];
  };
  const stored = file.scenarios.find((s) => s.name === name);
  if (!stored) throw new Error(`The sample ${sample} has no scenario "${name}".`);
  const parsed = parseScenario({ format: 'ballast.scenario', version: 1, ...stored });
  if (!parsed.ok) throw new Error(`${sample} / ${name}: ${parsed.problems[0].message}`);
  return parsed.value;
}
