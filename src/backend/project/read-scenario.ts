import { resolve } from 'node:path';
import type { Scenario } from '../../core/scenario/types';
import { openMigratedCopy } from '../db/migrated-copy';
import { listScenarios, loadScenario } from './scenario-store';

/**
 * For the command line: one scenario of a project file, by name (or the first). The file is checked and
 * read without being written: an older schema is migrated in an in-memory copy, never on disk. Throws an
 * Error whose message names the problem.
 */
export function readScenarioFromProjectFile(path: string, scenarioName?: string): Scenario {
  const absolute = resolve(path);
  const copy = openMigratedCopy(absolute);
  try {
    const scenarios = listScenarios(copy);
    if (scenarios.length === 0) throw new Error(`${path} holds no scenarios.`);
    const chosen = scenarioName === undefined ? scenarios[0] : scenarios.find((s) => s.name === scenarioName);
    if (!chosen) {
      const names = scenarios.map((s) => `"${s.name}"`).join(', ');
      throw new Error(`${path} has no scenario named "${scenarioName}"; it has ${names}.`);
    }
    return loadScenario(copy, chosen.id).scenario;
  } finally {
    copy.close();
  }
}
