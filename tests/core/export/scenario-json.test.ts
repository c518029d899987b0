import { describe, expect, it } from 'vitest';
import { exportScenarioJson, scenarioExportFileName } from '../../../src/core/export';
import { parseScenarioJson } from '../../../src/core/scenario/parse';
import { richScenario } from '../../helpers/scenarios';

describe('exportScenarioJson', () => {
  it('writes format v1 that parses back to an equal scenario', () => {
    const text = exportScenarioJson(richScenario());
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'ballast.scenario', version: 1, name: 'Rich' });
    const parsed = parseScenarioJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toEqual(richScenario());
    expect(text.endsWith('\n')).toBe(true);
  });

  it('names the file after the scenario, without characters file systems refuse', () => {
    expect(scenarioExportFileName({ name: 'To-be: flat / lean?' }, 'json')).toBe(
      'To-be flat lean.scenario.json',
    );
    expect(scenarioExportFileName({ name: '  ' }, 'csv')).toBe('scenario.roles.csv');
  });
});
