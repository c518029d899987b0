import type { Transport } from '../../src/renderer/api/transport';
import type { ApiResult } from '../../src/core/api/errors';

type Responder = (payload: unknown) => ApiResult<unknown> | Promise<ApiResult<unknown>>;

/** A transport that answers from a table; records every call so tests can assert what the UI asked. */
export function fakeTransport(responders: Record<string, Responder>) {
  const calls: { name: string; payload: unknown }[] = [];
  const transport: Transport = {
    async invoke(name, payload) {
      calls.push({ name, payload });
      const responder = responders[name];
      if (!responder)
        return { ok: false, error: { code: 'unknown-operation', message: `no fake for ${name}` } };
      return responder(payload);
    },
    onEvent: () => () => {},
  };
  return { transport, calls };
}

export const ok = (value: unknown): ApiResult<unknown> => ({ ok: true, value });
