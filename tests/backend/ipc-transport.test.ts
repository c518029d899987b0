import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBackend } from '../../src/backend/backend';
import { dispatchText } from '../../src/backend/transport/backend-server';
import {
  MAX_PAYLOAD_CHARS,
  registerIpcTransport,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from '../../src/backend/transport/ipc';
import { IPC_CHANNEL } from '../../src/core/api/contract';
import type { ApiResult } from '../../src/core/api/errors';

type Handler = (event: IpcInvokeEventLike, ...args: unknown[]) => unknown;

/**
 * Main relays `{ name, payload }` with the payload as JSON text and answers with the result as JSON text
 * (the preload stringifies and parses). `invoke` parses the reply as the preload would; `invokeRaw`
 * returns what main actually sent back.
 */

/** A stand-in for Electron's ipcMain: records handlers so the test can call them like Electron would. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  const invokeRaw = async (event: IpcInvokeEventLike, ...args: unknown[]) => {
    const handler = handlers.get(IPC_CHANNEL);
    if (!handler) throw new Error('no handler registered');
    return await handler(event, ...args);
  };
  const invoke = async (event: IpcInvokeEventLike, ...args: unknown[]) => {
    const reply = await invokeRaw(event, ...args);
    if (typeof reply !== 'string') throw new Error(`main replied with a ${typeof reply}, not JSON text`);
    return JSON.parse(reply) as ApiResult<unknown>;
  };
  return { ipcMain, handlers, invoke, invokeRaw };
}

/** A message as the preload sends it. */
const message = (name: unknown, payload: unknown = {}) => ({ name, payload: JSON.stringify(payload) });

const appFrame = { senderFrame: { url: 'app://ballast/index.html', parent: null } };
const isTrusted = (url: string) => url.startsWith('app://ballast/');

function setup() {
  const fake = fakeIpcMain();
  const dispatch = vi.fn(async (name: string, payloadText: string): Promise<string> =>
    JSON.stringify({ ok: true, value: { name, payloadText } }),
  );
  const unregister = registerIpcTransport(fake.ipcMain, dispatch, isTrusted);
  return { ...fake, dispatch, unregister };
}

describe('IPC transport', () => {
  it('registers exactly one handler, on the API channel, and can remove it', () => {
    const { ipcMain, handlers, unregister } = setup();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect([...handlers.keys()]).toEqual(['ballast:invoke']);
    unregister();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('ballast:invoke');
    expect(handlers.size).toBe(0);
  });

  it('relays a well-formed message from the app page as text and returns the backend text as is', async () => {
    const { invokeRaw, dispatch } = setup();
    const payload = JSON.stringify({ path: '/tmp/a.ballast' });
    const reply = await invokeRaw(appFrame, { name: 'project.open', payload });
    expect(dispatch).toHaveBeenCalledWith('project.open', payload);
    expect(reply).toBe(JSON.stringify({ ok: true, value: { name: 'project.open', payloadText: payload } }));
  });

  it('never parses the payload or the reply: the text goes through unread, even when it is not JSON', async () => {
    const { invokeRaw, dispatch } = setup();
    // Not JSON: parsing it in main would throw. It must reach the backend untouched.
    const payload = '{"path": "/tmp/a.ballast", "scenario": {"roles": [' + '{"id":"r"},'.repeat(1000);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const reply = await invokeRaw(appFrame, { name: 'scenario.save', payload });
      expect(dispatch).toHaveBeenCalledTimes(1);
      expect(dispatch.mock.calls[0][1]).toBe(payload);
      expect(typeof reply).toBe('string');
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('returns refusals made in main as JSON text, the one reply format', async () => {
    const { invokeRaw } = setup();
    const reply = await invokeRaw(appFrame, { name: 'no.such.operation', payload: '{}' });
    expect(typeof reply).toBe('string');
    expect(JSON.parse(reply as string)).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
    const forbidden = await invokeRaw({ senderFrame: null }, message('app.info'));
    expect(JSON.parse(forbidden as string)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a payload over the size limit with a clear message, without calling the backend', async () => {
    const { invoke, dispatch } = setup();
    const result = await invoke(appFrame, {
      name: 'scenario.save',
      payload: 'x'.repeat(MAX_PAYLOAD_CHARS + 1),
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-request',
        message: expect.stringMatching(/too large .*limit is 67108864/),
        details: { reason: 'too-large', limit: MAX_PAYLOAD_CHARS },
      },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file:// page', { senderFrame: { url: 'file:///etc/passwd', parent: null } }],
    ['a look-alike host', { senderFrame: { url: 'app://ballast.evil/index.html', parent: null } }],
    ['an iframe inside the app', { senderFrame: { url: 'app://ballast/index.html', parent: { url: 'x' } } }],
    ['a destroyed frame', { senderFrame: null }],
    ['no frame at all', {}],
  ])('refuses %s without calling the backend', async (_label, event) => {
    const { invoke, dispatch } = setup();
    const result = await invoke(event as IpcInvokeEventLike, message('app.info'));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'forbidden', details: { reason: 'untrusted-sender' } },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each(['no.such.operation', 'constructor', '__proto__', 'toString', ''])(
    'refuses the unknown name %j without calling the backend',
    async (name) => {
      const { invoke, dispatch } = setup();
      const result = await invoke(appFrame, message(name));
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['a string', ['app.info']],
    ['null', [null]],
    ['an array', [['app.info', {}]]],
    ['a number as name', [message(42)]],
    ['extra keys', [{ ...message('app.info'), channel: 'x' }]],
    ['an object as payload (not JSON text)', [{ name: 'app.info', payload: {} }]],
    ['no payload', [{ name: 'app.info' }]],
    ['no message', []],
    ['two messages', [message('app.info'), message('app.info')]],
  ])('refuses a malformed message (%s) as invalid-request', async (_label, args) => {
    const { invoke, dispatch } = setup();
    const result = await invoke(appFrame, ...(args as unknown[]));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a backend that throws into an internal error instead of a rejected promise', async () => {
    const fake = fakeIpcMain();
    registerIpcTransport(fake.ipcMain, () => Promise.reject(new Error('boom')), isTrusted);
    const result = await fake.invoke(appFrame, message('app.info'));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('IPC transport with the real backend', () => {
  it('answers app.info and opens the bundled sample for the app page, and refuses others', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ballast-ipc-'));
    const backend = createBackend({
      transport: 'electron',
      dataDir: path.join(dir, 'data'),
      stateDir: path.join(dir, 'state'),
      samplesDir: path.resolve('resources/samples'),
      version: '0.0.0-test',
    });
    try {
      const fake = fakeIpcMain();
      registerIpcTransport(
        fake.ipcMain,
        (name, payloadText) => dispatchText((n, p) => backend.dispatch(n, p), name, payloadText),
        isTrusted,
      );

      const info = await fake.invoke(appFrame, message('app.info'));
      expect(info).toMatchObject({ ok: true, value: { transport: 'electron', version: '0.0.0-test' } });

      const sample = await fake.invoke(
        appFrame,
        message('samples.open', { sampleId: 'founder-led-startup' }),
      );
      expect(sample.ok).toBe(true);
      if (sample.ok)
        expect((sample.value as { path: string }).path.startsWith(path.join(dir, 'data'))).toBe(true);

      const refused = await fake.invoke(
        { senderFrame: { url: 'https://evil.example/', parent: null } },
        message('app.info'),
      );
      expect(refused.ok).toBe(false);

      // Text main could not have parsed reaches the backend, which refuses it as data.
      const malformed = await fake.invoke(appFrame, { name: 'samples.open', payload: '{"sampleId": ' });
      expect(malformed).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-request',
          message: expect.stringMatching(/not valid JSON/),
          details: { reason: 'malformed-json' },
        },
      });
    } finally {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
