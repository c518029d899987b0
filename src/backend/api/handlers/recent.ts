import type { RecentProject } from '../../../core/api/contract';
import type { BackendContext } from '../../context';
import type { HandlerGroup } from '../handler-map';

/**
 * The recent projects this backend may open. The list lives in the state folder, which browser mode
 * started with another data folder shares: those entries are left out (and kept in the file, for when
 * that folder is used again), since browser mode stays confined to its data folder and opening them
 * could only fail. The desktop app grants every recent entry on start, so it lists them all.
 */
export function openableRecent({ recent, paths }: BackendContext): RecentProject[] {
  return recent.list().filter((entry) => paths.allows(entry.path));
}

export const recentHandlers: HandlerGroup<'recent.list'> = {
  'recent.list': (_request, context) => openableRecent(context),
};
