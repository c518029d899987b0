import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ProjectFileEntry } from '../../../core/api/contract';
import type { BackendContext } from '../../context';
import { PROJECT_EXTENSION, projectFileNameFor } from '../../paths/path-policy';
import { saveProjectAs } from '../../project/save-as';
import type { HandlerGroup } from '../handler-map';

export const projectHandlers: HandlerGroup<
  'project.create' | 'project.open' | 'project.close' | 'project.browse' | 'project.saveAs'
> = {
  'project.create': ({ name, path }, context) => {
    mkdirSync(context.options.dataDir, { recursive: true });
    const target = context.paths.resolveProject(path ?? projectFileNameFor(name));
    context.projects.create(target, name);
    return opened(target, context);
  },

  'project.open': ({ path }, context) => opened(context.paths.resolveProject(path), context),

  'project.close': ({ path }, context) => ({
    closed: context.projects.close(context.paths.resolveProject(path)),
  }),

  'project.saveAs': async ({ path, targetPath, replace }, context) => {
    const source = context.paths.resolveProject(path);
    const target = context.paths.resolveProject(targetPath);
    await saveProjectAs(context.projects, source, target, replace);
    return opened(target, context);
  },

  'project.browse': (_request, { options }) => {
    let names: string[];
    try {
      names = readdirSync(options.dataDir);
    } catch {
      return [];
    }
    const entries: ProjectFileEntry[] = [];
    for (const name of names) {
      if (!name.toLowerCase().endsWith(PROJECT_EXTENSION)) continue;
      const path = join(options.dataDir, name);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats?.isFile()) continue;
      entries.push({
        path,
        fileName: basename(name, extname(name)),
        modifiedAt: stats.mtime.toISOString(),
        bytes: stats.size,
      });
    }
    return entries.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  },
};

/** Opens (or reuses) a project, remembers it as recent and tells the host. */
export function opened(path: string, context: BackendContext) {
  const summary = context.projects.summary(path);
  context.recent.record(path, summary.name);
  context.options.onProjectOpened?.(path);
  return summary;
}
