import { offeringBackupOnDamage } from '../../backups/last-good-backup';
import { sqliteOptions } from '../../context';
import { createWorkshopGroups, readWorkshop } from '../../workshop/workshop-groups';
import type { HandlerGroup } from '../handler-map';
import { afterChange } from './after-change';

/** The workshop's metadata; its groups' variants are ordinary scenarios, read and saved as any other. */
export const workshopHandlers: HandlerGroup<'workshop.get' | 'workshop.createGroups'> = {
  'workshop.get': ({ path }, { paths, projects }) => readWorkshop(projects.open(paths.resolveProject(path))),

  'workshop.createGroups': async ({ path, baselineId, names }, context) => {
    const target = context.paths.resolveProject(path);
    const db = context.projects.openForWriting(target);
    // Making groups reads the baseline first; a damaged one is reported with a backup to restore.
    const made = offeringBackupOnDamage(context.backups, target, sqliteOptions(context), () =>
      createWorkshopGroups(db, baselineId, names),
    );
    await afterChange(context, target, db);
    return made;
  },
};
