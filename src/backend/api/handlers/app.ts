import type { HandlerGroup } from '../handler-map';
import { CURRENT_SCHEMA_VERSION } from '../../db/migrations';

export const appHandlers: HandlerGroup<'app.info'> = {
  'app.info': (_request, { options }) => ({
    name: 'Ballast',
    version: options.version,
    transport: options.transport,
    dataDir: options.dataDir,
    nativeDialogs: Boolean(options.host?.chooseOpenPath),
    schemaVersion: CURRENT_SCHEMA_VERSION,
  }),
};
