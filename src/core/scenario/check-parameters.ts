import type { Problem } from '../problems';
import { describeValue, placeName, type Path } from './describe';
import { PARAMETER_TABLE, RETIRED_PARAMETERS, type ParameterRow } from './parameter-table';
import { problemAt } from './problem';
import { FORBIDDEN_KEYS } from './unknown-keys';

const BY_NAME: ReadonlyMap<string, ParameterRow> = new Map(PARAMETER_TABLE.map((row) => [row.name, row]));

/** Only the first few unknown names get a "did you mean": each costs a pass over the whole table. */
const MAX_SUGGESTIONS = 20;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** `engagementTau` -> "engagement tau", `tau_engagement` -> "engagement tau": its words in any order. */
function words(name: string): string {
  return name
    .split(/(?=[A-Z])|[_\-\s]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== '')
    .sort()
    .join(' ');
}

/**
 * The parameter a misspelt name most likely meant: the same words in another case or order
 * (`engagementTau` for `tauEngagement`), or a few letters away.
 */
function closestName(name: string): string | undefined {
  if (name.length > 40) return undefined;
  const lower = name.toLowerCase();
  const bag = words(name);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const known of BY_NAME.keys()) {
    if (known.toLowerCase() === lower || words(known) === bag) return known;
    const distance = editDistance(lower, known.toLowerCase());
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The engine runs only with parameters from its table, each within its documented range, and refuses
 * anything else; the parser refuses the same, with the parameter's name and range, so a file or a save
 * is never accepted that the engine would then not run. Values that are not numbers were reported by
 * the schema and are skipped here; forbidden keys by the forbidden-key walk.
 */
export function parameterProblems(root: unknown, parameters: unknown): Problem[] {
  const problems: Problem[] = [];
  if (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters)) return problems;
  let suggestions = 0;
  for (const [name, value] of Object.entries(parameters)) {
    if (FORBIDDEN_KEYS.has(name) || Object.hasOwn(RETIRED_PARAMETERS, name)) continue;
    const path: Path = ['parameters', name];
    const row = BY_NAME.get(name);
    if (row === undefined) {
      const guess = suggestions++ < MAX_SUGGESTIONS ? closestName(name) : undefined;
      problems.push(
        problemAt(
          root,
          path,
          'unknown-parameter',
          `${placeName(root, path)} is not a model parameter${guess === undefined ? '' : ` (did you mean "${guess}"?)`}; docs/MODEL.md lists the ${BY_NAME.size} there are`,
        ),
      );
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (value < row.min || value > row.max) {
      problems.push(
        problemAt(
          root,
          path,
          'out-of-range',
          `${placeName(root, path)} is ${describeValue(value)}; ${name} (${row.label}) runs from ${row.min} to ${row.max}, default ${row.default}`,
        ),
      );
    }
  }
  return problems;
}
