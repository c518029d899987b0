/**
 * The typed parameter object: one number per row of PARAMETER_TABLE. Callers pass a partial override;
 * resolveParameters fills the rest with the documented defaults and refuses names it does not know and
 * values outside the documented plausible range, so a typo never silently runs the default model.
 */
import { PARAMETER_TABLE, RETIRED_PARAMETERS, type ParameterRow } from '../core/scenario/parameter-table';

export type ParameterName = (typeof PARAMETER_TABLE)[number]['name'];
export type ModelParameters = { readonly [K in ParameterName]: number };

/** What the UI's assumptions panel lists; matches docs/MODEL.md row for row. */
export type ParameterInfo = ParameterRow & { readonly name: ParameterName };

export const MODEL_PARAMETERS: readonly ParameterInfo[] = PARAMETER_TABLE;

export const DEFAULT_PARAMETERS: ModelParameters = Object.freeze(
  Object.fromEntries(PARAMETER_TABLE.map((r) => [r.name, r.default])) as ModelParameters,
);

const BY_NAME = new Map<string, ParameterInfo>(PARAMETER_TABLE.map((r) => [r.name, r]));

/** Problems with an override set, one sentence each; empty when every override is usable. */
export function checkParameters(overrides: Readonly<Record<string, number | undefined>>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined || Object.hasOwn(RETIRED_PARAMETERS, name)) continue;
    const info = BY_NAME.get(name);
    if (!info) {
      problems.push(`Unknown model parameter "${name}".`);
    } else if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`Model parameter "${name}" must be a finite number.`);
    } else if (value < info.min || value > info.max) {
      problems.push(`Model parameter "${name}" = ${value} is outside its range ${info.min} to ${info.max}.`);
    }
  }
  return problems;
}

/** Defaults, then the scenario's saved overrides, then the caller's; throws on any problem. */
export function resolveParameters(
  ...overrides: (Readonly<Record<string, number | undefined>> | undefined)[]
): ModelParameters {
  const merged: Record<string, number> = { ...DEFAULT_PARAMETERS };
  for (const set of overrides) {
    if (!set) continue;
    const problems = checkParameters(set);
    if (problems.length > 0) throw new RangeError(problems.join(' '));
    for (const [name, value] of Object.entries(set))
      if (value !== undefined && !Object.hasOwn(RETIRED_PARAMETERS, name)) merged[name] = value;
  }
  return merged as ModelParameters;
}
