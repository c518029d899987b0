import { enablePatches, produceWithPatches, type Patch } from 'immer';
import { parseScenario } from '../../scenario/parse';
import type { Scenario } from '../../scenario/types';
import { EditRefused } from './edit-refused';

enablePatches();

export interface AppliedEdit<T> {
  scenario: Scenario;
  /** What the edit returned (a new role's id, for example). */
  result: T;
  patches: Patch[];
  inversePatches: Patch[];
}

/**
 * Applies one edit and checks the whole scenario afterwards with the format-v1 rules, so no edit can
 * leave an org that could not be saved or simulated: a move that would turn a later reorg event into a
 * cycle, say, is refused with the reason, and nothing changes.
 */
export function applyEdit<T>(scenario: Scenario, recipe: (draft: Scenario) => T): AppliedEdit<T> {
  let result!: T;
  const [next, patches, inversePatches] = produceWithPatches(scenario, (draft) => {
    result = recipe(draft as Scenario);
  });
  if (patches.length > 0) {
    const parsed = parseScenario({ format: 'ballast.scenario', version: 1, ...next });
    if (!parsed.ok) {
      throw new EditRefused(`That change would break the scenario: ${parsed.problems[0].message}`);
    }
  }
  return { scenario: next, result, patches, inversePatches };
}
