import type { BackendContext } from '../../context';
import type { Db } from '../../db/sqlite';

/**
 * Every operation that changed a project has committed by the time it calls this; what follows is the
 * rolling backup, taken at most once per interval and never able to fail the change itself.
 */
export async function afterChange(context: BackendContext, path: string, db: Db): Promise<void> {
  await context.backups.afterSave(db, path);
}
