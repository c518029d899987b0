/**
 * The operation names and IPC channel names as plain data, with no zod import.
 *
 * The Electron preload is sandboxed and bundled on its own, so it must not pull in zod (nor the request
 * schemas, whose `z.object(...)` calls a bundler cannot drop). This file is what the preload may import;
 * a unit test keeps it equal to `contract.ts`, which remains the single source of truth.
 */

export const OPERATION_NAMES = [
  'app.info',
  'project.create',
  'project.open',
  'project.close',
  'project.browse',
  'scenario.list',
  'scenario.load',
  'scenario.save',
  'recent.list',
  'samples.list',
  'samples.open',
  'dialog.openProject',
  'dialog.saveProject',
  'scenario.create',
  'scenario.rename',
  'scenario.duplicate',
  'scenario.delete',
  'scenario.trash.list',
  'scenario.restore',
  'scenario.trash.empty',
  'scenario.reorder',
  'project.saveAs',
  'backups.list',
  'backups.restore',
  'session.restore',
  'room.interfaces',
  'room.start',
  'room.status',
  'room.end',
  'workshop.get',
  'workshop.createGroups',
] as const;

export type PlainOperationName = (typeof OPERATION_NAMES)[number];

const known: ReadonlySet<string> = new Set(OPERATION_NAMES);

/** True for exactly the names in the API; no prototype keys such as `constructor` or `__proto__`. */
export function isKnownOperationName(name: unknown): name is PlainOperationName {
  return typeof name === 'string' && known.has(name);
}

/** Same values as `IPC_CHANNEL` and `IPC_EVENT_CHANNEL` in contract.ts (checked by a test). */
export const INVOKE_CHANNEL = 'ballast:invoke';
export const EVENT_CHANNEL = 'ballast:event';
