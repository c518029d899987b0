import { KNOWN_KEYS } from './schema';
import { MAX_RATING_ERROR, MAX_STRENGTH, MIN_STRENGTH, STRENGTH_NAMES } from './types';

const ROLE_KEYS: ReadonlySet<string> = new Set(KNOWN_KEYS.role);
const STRENGTH_KEYS: ReadonlySet<string> = new Set(STRENGTH_NAMES);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** Absent, or an annual amount the schema accepts. */
const isMoney = (v: unknown) =>
  v === undefined || (typeof v === 'number' && v >= 0 && v <= Number.MAX_SAFE_INTEGER);

/**
 * Whether a raw role is plainly well formed: a plain object holding only role fields of format v1, each
 * of the right type and range, strengths holding only strength names. Such a role gives the schema no
 * issue, holds no forbidden or unknown key and nests no deeper than its strengths and dottedTo, so the
 * parser may skip those per-role walks for it (the checks that need the whole scenario still see it).
 * Deliberately stricter than the schema: anything this does not recognise goes through the full checks,
 * which word its problems. A 10,000-role save spent most of its check in those walks (npm run bench).
 */
export function isPlainRole(raw: unknown): boolean {
  if (!isPlainObject(raw)) return false;
  for (const key in raw) if (!ROLE_KEYS.has(key)) return false;
  // `for in` also lists inherited enumerable keys, but a plain object's prototype has none.
  const { id, title, person, reportsTo, dottedTo, team, strengths, oneOnOnes, department, ratingError } = raw;
  if (typeof id !== 'string' || id === '' || typeof title !== 'string') return false;
  if (person !== undefined && person !== null && typeof person !== 'string') return false;
  if (reportsTo !== null && (typeof reportsTo !== 'string' || reportsTo === '')) return false;
  if (dottedTo !== undefined) {
    if (!Array.isArray(dottedTo) || Object.getPrototypeOf(dottedTo) !== Array.prototype) return false;
    for (let i = 0; i < dottedTo.length; i++) {
      const target: unknown = dottedTo[i];
      if (typeof target !== 'string' || target === '') return false;
    }
  }
  if (team !== undefined && !(Number.isSafeInteger(team) && (team as number) >= 0)) return false;
  if (oneOnOnes !== undefined && typeof oneOnOnes !== 'boolean') return false;
  if (department !== undefined && typeof department !== 'string') return false;
  if (
    ratingError !== undefined &&
    !(typeof ratingError === 'number' && ratingError >= 0 && ratingError <= MAX_RATING_ERROR)
  )
    return false;
  const { salary, icSalary, fte, grade, location } = raw;
  if (!isMoney(salary) || !isMoney(icSalary)) return false;
  if (fte !== undefined && !(typeof fte === 'number' && fte >= 0 && fte <= 1)) return false;
  if (grade !== undefined && typeof grade !== 'string') return false;
  if (location !== undefined && typeof location !== 'string') return false;
  if (strengths !== undefined) {
    if (!isPlainObject(strengths)) return false;
    for (const key in strengths) {
      if (!STRENGTH_KEYS.has(key)) return false;
      const value = strengths[key];
      if (value === undefined) continue;
      if (typeof value !== 'number' || !(value >= MIN_STRENGTH && value <= MAX_STRENGTH)) return false;
    }
  }
  return true;
}
