import type { Scenario } from '../scenario/types';

/** Returns the named parameters (all of them when no names are given) to the model's defaults. */
export function resetParameters(draft: Scenario, names?: readonly string[]): void {
  if (!draft.parameters) return;
  if (names === undefined) {
    delete draft.parameters;
    return;
  }
  for (const name of names) delete draft.parameters[name];
  if (Object.keys(draft.parameters).length === 0) delete draft.parameters;
}
