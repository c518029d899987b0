import type { OperationName, RequestOf, ResponseOf } from '../../core/api/contract';
import type { ApiError } from '../../core/api/errors';
import type { Transport } from './transport';

/** An API error carried through the UI's promise chains; `error` is the plain data the backend sent. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  call<N extends OperationName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>>;
  transport: Transport;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    transport,
    async call(name, request) {
      const result = await transport.invoke(name, request);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as never;
    },
  };
}

/** A message for any failure, whether the backend's own or an unexpected exception. */
export function errorOf(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.error;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
