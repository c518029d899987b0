import path from 'node:path';
import type { RecentProject } from '../../src/core/api/contract';

/**
 * The copy of a sample that an earlier `npm start` made, if it is still in the recent list and on disk:
 * reopening it keeps the user's edits and stops every start from leaving a new copy in the data folder.
 */
export function earlierSampleCopy(
  recent: readonly RecentProject[],
  sampleName: string,
  dataDir: string,
): string | null {
  const found = recent.find(
    (project) =>
      project.exists &&
      project.name === sampleName &&
      path.dirname(path.resolve(project.path)) === path.resolve(dataDir),
  );
  return found?.path ?? null;
}
