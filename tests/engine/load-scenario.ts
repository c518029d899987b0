/** Reads a scenario file from resources/scenarios through the real parser (the path users take). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioJson } from '../../src/core/scenario/parse';
import type { Scenario } from '../../src/core/scenario/types';

export const SCENARIO_DIR = join(import.meta.dirname, '../../resources/scenarios');

export function loadScenario(file: string): Scenario {
  const parsed = parseScenarioJson(readFileSync(join(SCENARIO_DIR, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return parsed.value;
}
