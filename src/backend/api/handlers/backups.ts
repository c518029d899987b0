import { restoreBackup } from '../../backups/restore-backup';
import type { HandlerGroup } from '../handler-map';
import { opened } from './projects';

export const backupHandlers: HandlerGroup<'backups.list' | 'backups.restore'> = {
  'backups.list': ({ path }, { paths, backups }) => backups.list(paths.resolveProject(path)),

  'backups.restore': async ({ path, backupId }, context) => {
    const target = context.paths.resolveProject(path);
    context.projects.openForWriting(target); // a read-only project is refused before anything is copied
    const { nativeBinding } = context.options;
    await restoreBackup(
      context.projects,
      context.backups,
      target,
      backupId,
      nativeBinding ? { nativeBinding } : {},
    );
    return opened(target, context);
  },
};
