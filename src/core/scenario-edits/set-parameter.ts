import { EditRefused } from '../org/edits/edit-refused';
import type { Scenario } from '../scenario/types';

/**
 * What an edit needs to know about a model parameter. The core may not import the engine, so the caller
 * passes the engine's table (MODEL_PARAMETERS) in; any array of these rows will do.
 */
export interface ParameterLimits {
  readonly name: string;
  readonly label: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Overrides one model parameter for this scenario, within its documented range. Setting a parameter back
 * to its default removes the override, so "changed" always means "differs from the default".
 */
export function setParameter(
  draft: Scenario,
  name: string,
  value: number,
  table: readonly ParameterLimits[],
): void {
  const info = table.find((row) => row.name === name);
  if (!info) throw new EditRefused(`The model has no parameter "${name}".`);
  if (!Number.isFinite(value) || value < info.min || value > info.max) {
    throw new EditRefused(`${info.label} is a number from ${info.min} to ${info.max}.`);
  }
  if (value === info.default) {
    if (draft.parameters) delete draft.parameters[name];
    if (draft.parameters && Object.keys(draft.parameters).length === 0) delete draft.parameters;
    return;
  }
  draft.parameters ??= {};
  draft.parameters[name] = value;
}
