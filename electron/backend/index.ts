import type { FromBackend, ToBackend } from '../../src/backend/transport/backend-protocol';
import { serveBackend } from '../../src/backend/transport/backend-server';

/**
 * The backend process: SQLite, validation and every handler run here, in an Electron utility process
 * (`utilityProcess.fork`, see electron/main/backend-process.ts), so a save never blocks the window. Main
 * forwards each API request to it over `process.parentPort` and relays the reply.
 */

const port = process.parentPort;
if (!port) throw new Error('The Ballast backend must be started with utilityProcess.fork.');

serveBackend(
  {
    postMessage: (message: FromBackend) => port.postMessage(message),
    onMessage: (listener) => port.on('message', (event) => listener(event.data as ToBackend)),
  },
  // Locks released and the session cleared: nothing is left to do.
  { onClosed: () => setImmediate(() => process.exit(0)) },
);
