/** The simulation worker: the pure request handler wired to the worker's message port. */
import { createRequestHandler } from './handle-request';
import type { SimulationRequest, SimulationResponse } from './protocol';

/** The slice of DedicatedWorkerGlobalScope used here (the web build's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: SimulationResponse): void;
  onmessage: ((event: MessageEvent<SimulationRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handler = createRequestHandler((response) => scope.postMessage(response));
scope.onmessage = (event) => handler.handle(event.data);
