import { ApiFailure } from '../../../core/api/errors';
import type { HandlerGroup } from '../handler-map';

/** Native dialogs belong to the host; a path the user picks there is granted to the API. */
export const dialogHandlers: HandlerGroup<'dialog.openProject' | 'dialog.saveProject'> = {
  'dialog.openProject': async (_request, { options, paths }) => {
    if (!options.host?.chooseOpenPath) throw unsupported();
    const path = await options.host.chooseOpenPath();
    if (path) paths.grant(path);
    return { path };
  },

  'dialog.saveProject': async ({ suggestedName }, { options, paths }) => {
    if (!options.host?.chooseSavePath) throw unsupported();
    const path = await options.host.chooseSavePath(suggestedName);
    if (path) paths.grant(path);
    return { path };
  },
};

function unsupported(): ApiFailure {
  return new ApiFailure('unsupported', 'Native file dialogs are only available in the desktop app.');
}
