import { serializeScenario } from '../scenario/serialize';
import type { Scenario } from '../scenario/types';

/**
 * A scenario as a format-v1 file (see docs/SCENARIO-FORMAT.md): the same serializer the rest of the app
 * uses, so an exported file imports again to an equal scenario.
 */
export function exportScenarioJson(scenario: Scenario): string {
  return serializeScenario(scenario);
}

/** A file name for the export: the scenario's name without characters file systems refuse. */
export function scenarioExportFileName(scenario: Pick<Scenario, 'name'>, extension: 'json' | 'csv'): string {
  const safe = [...scenario.name]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return `${safe || 'scenario'}.${extension === 'json' ? 'scenario.json' : 'roles.csv'}`;
}
