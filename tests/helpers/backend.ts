import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend, type BackendOptions } from '../../src/backend/backend';
import type { OperationName, RequestOf, ResponseOf } from '../../src/core/api/contract';
import type { ApiError } from '../../src/core/api/errors';

export const SAMPLES_DIR = join(import.meta.dirname, '..', '..', 'resources', 'samples');

/** A real backend over a temp folder; closed after each test. */
export function useBackend(): (root: string, options?: Partial<BackendOptions>) => Backend {
  const open: Backend[] = [];
  afterEach(() => {
    for (const backend of open.splice(0)) backend.close();
  });
  return (root, options = {}) => {
    const backend = createBackend({
      transport: 'web',
      dataDir: join(root, 'data'),
      stateDir: join(root, 'state'),
      samplesDir: SAMPLES_DIR,
      version: '0.0.0-test',
      ...options,
    });
    open.push(backend);
    return backend;
  };
}

/** Calls an operation and returns its value, failing the test with the error's message otherwise. */
export async function call<N extends OperationName>(
  backend: Backend,
  name: N,
  request: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const result = await backend.dispatch(name, request);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as ResponseOf<N>;
}

export async function callError(backend: Backend, name: string, request: unknown): Promise<ApiError> {
  const result = await backend.dispatch(name, request);
  if (result.ok) throw new Error(`${name} was expected to fail but returned ${JSON.stringify(result.value)}`);
  return result.error;
}
