import { roomInterfaces } from '../../room/network-interfaces';
import type { HandlerGroup } from '../handler-map';

/**
 * The facilitator's side of a room session (docs/ELECTRON.md, "Room session threat model"): nothing
 * listens on the network until room.start, and room.end closes it all.
 */
export const roomHandlers: HandlerGroup<'room.interfaces' | 'room.start' | 'room.status' | 'room.end'> = {
  'room.interfaces': () => roomInterfaces(),

  'room.start': ({ path, address, port }, context) => {
    const resolvedPath = context.paths.resolveProject(path);
    const { name } = context.projects.summary(resolvedPath);
    return context.room.start({ path, resolvedPath, projectName: name, address, port });
  },

  'room.status': (_request, context) => context.room.status(),

  'room.end': (_request, context) => context.room.end(),
};
