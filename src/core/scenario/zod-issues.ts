import type { z } from 'zod';
import type { Problem } from '../problems';
import { describeValue, placeName, valueAt, type Path } from './describe';
import { problemAt } from './problem';

/**
 * Turns zod issues into Problems whose message names the place, the value found and the rule:
 * `role "eng": strengths.vision is 11; strengths run from 0 to 10`.
 * `prefix` is where the checked object sits in the whole scenario (e.g. ["events", 3]).
 */
export function problemsFromIssues(
  root: unknown,
  prefix: Path,
  issues: readonly z.core.$ZodIssue[],
): Problem[] {
  return issues.map((issue) => {
    const path: Path = [...prefix, ...(issue.path as Path)];
    const actual = valueAt(root, path);
    const place = placeName(root, path);
    if (actual === undefined) return problemAt(root, path, 'missing', `${place} is missing`);
    const kind =
      issue.code === 'invalid_type'
        ? 'wrong-type'
        : issue.code === 'too_small' || issue.code === 'too_big'
          ? typeof actual === 'string'
            ? 'empty'
            : 'out-of-range'
          : 'invalid-value';
    return problemAt(root, path, kind, `${place} is ${describeValue(actual)}; ${issue.message}`);
  });
}
