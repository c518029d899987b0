/**
 * A WorkerLike that runs the request handler on the calling thread, one macrotask later: for
 * environments without Web Workers (jsdom in the DOM tests) and for testing the client. The app uses a
 * real worker wherever `Worker` exists.
 */
import { createRequestHandler } from './handle-request';
import type { SimulationResponse } from './protocol';
import type { WorkerLike } from './simulation-client';

export function createInProcessWorker(): WorkerLike {
  let terminated = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      if (terminated) return;
      // Structured clone, as a real worker's message passing does.
      handler.handle(structuredClone(request));
    },
    terminate() {
      terminated = true;
    },
  };
  const handler = createRequestHandler((response: SimulationResponse) => {
    if (terminated) return;
    setTimeout(() => {
      if (!terminated) worker.onmessage?.({ data: response } as MessageEvent<SimulationResponse>);
    }, 0);
  });
  return worker;
}
