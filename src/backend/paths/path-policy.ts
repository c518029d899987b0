import { basename, isAbsolute, relative, resolve } from 'node:path';
import { ApiFailure } from '../../core/api/errors';
import { safeFileName } from '../../core/export/file-name';

export const PROJECT_EXTENSION = '.ballast';

/**
 * Which project files a transport may touch. Everything inside the data folder is allowed; elsewhere only
 * paths the user chose through the host (a native dialog, a file opened from the OS or the command line),
 * so a compromised page cannot read or write arbitrary files through the API. Browser mode never grants.
 */
export class PathPolicy {
  private readonly granted = new Set<string>();

  constructor(readonly dataDir: string) {}

  grant(path: string): void {
    this.granted.add(resolve(path));
  }

  /** A project path from a request: relative names land in the data folder; the extension is required. */
  resolveProject(input: string): string {
    const path = isAbsolute(input) ? resolve(input) : resolve(this.dataDir, input);
    if (!path.toLowerCase().endsWith(PROJECT_EXTENSION)) {
      throw new ApiFailure(
        'forbidden-path',
        `"${basename(path)}" is not a project file: the name must end in ${PROJECT_EXTENSION}.`,
        {
          path: input,
        },
      );
    }
    if (!this.allows(path)) {
      throw new ApiFailure(
        'forbidden-path',
        `Ballast may only open projects in its data folder (${this.dataDir}) or files you chose yourself; "${input}" is neither.`,
        { path: input },
      );
    }
    return path;
  }

  /** Whether `resolveProject` would accept this absolute path (inside the data folder, or granted). */
  allows(path: string): boolean {
    return this.isInsideDataDir(path) || this.granted.has(resolve(path));
  }

  isInsideDataDir(path: string): boolean {
    const fromData = relative(resolve(this.dataDir), resolve(path));
    return fromData !== '' && !fromData.startsWith('..') && !isAbsolute(fromData);
  }
}

/** A file name for a new project from what a person typed, by the one file-name rule (core/export). */
export function projectFileNameFor(name: string): string {
  return safeFileName(name, PROJECT_EXTENSION.slice(1), 'Untitled project');
}
