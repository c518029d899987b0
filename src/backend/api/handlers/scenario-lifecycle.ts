import { offeringBackupOnDamage } from '../../backups/last-good-backup';
import { sqliteOptions, type BackendContext } from '../../context';
import type { Db } from '../../db/sqlite';
import {
  createScenario,
  duplicateScenario,
  emptyTrash,
  renameScenario,
  reorderScenarios,
  restoreScenario,
  trashScenario,
} from '../../project/scenario-lifecycle';
import { listTrashedScenarios } from '../../project/scenario-store';
import type { HandlerGroup } from '../handler-map';
import { afterChange } from './after-change';

type LifecycleOperation =
  | 'scenario.create'
  | 'scenario.rename'
  | 'scenario.duplicate'
  | 'scenario.delete'
  | 'scenario.trash.list'
  | 'scenario.restore'
  | 'scenario.trash.empty'
  | 'scenario.reorder';

/** Runs a change against the project named in the request, then lets the rolling backup follow. */
async function change<T>(context: BackendContext, path: string, run: (db: Db) => T): Promise<T> {
  const target = context.paths.resolveProject(path);
  const db = context.projects.openForWriting(target);
  // Renaming and branching read the scenario first; a damaged one is reported with a backup to restore.
  const result = offeringBackupOnDamage(context.backups, target, sqliteOptions(context), () => run(db));
  await afterChange(context, target, db);
  return result;
}

export const scenarioLifecycleHandlers: HandlerGroup<LifecycleOperation> = {
  'scenario.create': ({ path, name, fromScenarioId }, context) =>
    change(context, path, (db) => createScenario(db, name, fromScenarioId)),

  'scenario.rename': ({ path, scenarioId, name }, context) =>
    change(context, path, (db) => renameScenario(db, scenarioId, name)),

  'scenario.duplicate': ({ path, scenarioId, name }, context) =>
    change(context, path, (db) => duplicateScenario(db, scenarioId, name)),

  'scenario.delete': ({ path, scenarioId }, context) =>
    change(context, path, (db) => trashScenario(db, scenarioId)),

  'scenario.trash.list': ({ path }, { paths, projects }) =>
    listTrashedScenarios(projects.open(paths.resolveProject(path))),

  'scenario.restore': ({ path, scenarioId }, context) =>
    change(context, path, (db) => restoreScenario(db, scenarioId)),

  'scenario.trash.empty': ({ path }, context) => change(context, path, (db) => ({ deleted: emptyTrash(db) })),

  'scenario.reorder': ({ path, scenarioIds }, context) =>
    change(context, path, (db) => reorderScenarios(db, scenarioIds)),
};
