import { serializeScenario } from '../scenario/serialize';
import type { Scenario } from '../scenario/types';
import { safeFileName } from './file-name';

/**
 * A scenario as a format-v1 file (see docs/SCENARIO-FORMAT.md): the same serializer the rest of the app
 * uses, so an exported file imports again to an equal scenario.
 */
export function exportScenarioJson(scenario: Scenario): string {
  return serializeScenario(scenario);
}

/** A file name for the export: the scenario's name made safe by the one file-name rule (./file-name). */
export function scenarioExportFileName(scenario: Pick<Scenario, 'name'>, extension: 'json' | 'csv'): string {
  return safeFileName(scenario.name, extension === 'json' ? 'scenario.json' : 'roles.csv', 'scenario');
}
