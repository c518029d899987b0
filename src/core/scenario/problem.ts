import type { Problem } from '../problems';
import { locate, type Path } from './describe';

/** Builds a Problem, filling in roleId/eventIndex from the path so callers only say what and where. */
export function problemAt(
  root: unknown,
  path: Path,
  kind: string,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return { kind, message, path, ...locate(root, path), severity };
}
