import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBackend } from '../../src/backend/backend';
import {
  registerIpcTransport,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from '../../src/backend/transport/ipc';
import { IPC_CHANNEL } from '../../src/core/api/contract';
import type { ApiResult } from '../../src/core/api/errors';

type Handler = (event: IpcInvokeEventLike, ...args: unknown[]) => unknown;

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
  const invoke = async (event: IpcInvokeEventLike, ...args: unknown[]) => {
    const handler = handlers.get(IPC_CHANNEL);
    if (!handler) throw new Error('no handler registered');
    return (await handler(event, ...args)) as ApiResult<unknown>;
  };
  return { ipcMain, handlers, invoke };
}

const appFrame = { senderFrame: { url: 'app://ballast/index.html', parent: null } };
const isTrusted = (url: string) => url.startsWith('app://ballast/');

function setup() {
  const fake = fakeIpcMain();
  const dispatch = vi.fn(async (name: string, payload: unknown): Promise<ApiResult<unknown>> => ({
    ok: true,
    value: { name, payload },
  }));
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

  it('dispatches a well-formed message from the app page and returns the backend result as is', async () => {
    const { invoke, dispatch } = setup();
    const result = await invoke(appFrame, { name: 'project.open', payload: { path: '/tmp/a.ballast' } });
    expect(dispatch).toHaveBeenCalledWith('project.open', { path: '/tmp/a.ballast' });
    expect(result).toEqual({
      ok: true,
      value: { name: 'project.open', payload: { path: '/tmp/a.ballast' } },
    });
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
    const result = await invoke(event as IpcInvokeEventLike, { name: 'app.info', payload: {} });
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
      const result = await invoke(appFrame, { name, payload: {} });
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['a string', ['app.info']],
    ['null', [null]],
    ['an array', [['app.info', {}]]],
    ['a number as name', [{ name: 42, payload: {} }]],
    ['extra keys', [{ name: 'app.info', payload: {}, channel: 'x' }]],
    ['no message', []],
    [
      'two messages',
      [
        { name: 'app.info', payload: {} },
        { name: 'app.info', payload: {} },
      ],
    ],
  ])('refuses a malformed message (%s) as invalid-request', async (_label, args) => {
    const { invoke, dispatch } = setup();
    const result = await invoke(appFrame, ...(args as unknown[]));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a backend that throws into an internal error instead of a rejected promise', async () => {
    const fake = fakeIpcMain();
    registerIpcTransport(fake.ipcMain, () => Promise.reject(new Error('boom')), isTrusted);
    const result = await fake.invoke(appFrame, { name: 'app.info', payload: {} });
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
      registerIpcTransport(fake.ipcMain, (name, payload) => backend.dispatch(name, payload), isTrusted);

      const info = await fake.invoke(appFrame, { name: 'app.info', payload: {} });
      expect(info).toMatchObject({ ok: true, value: { transport: 'electron', version: '0.0.0-test' } });

      const sample = await fake.invoke(appFrame, {
        name: 'samples.open',
        payload: { sampleId: 'founder-led-startup' },
      });
      expect(sample.ok).toBe(true);
      if (sample.ok)
        expect((sample.value as { path: string }).path.startsWith(path.join(dir, 'data'))).toBe(true);

      const refused = await fake.invoke(
        { senderFrame: { url: 'https://evil.example/', parent: null } },
        { name: 'app.info', payload: {} },
      );
      expect(refused.ok).toBe(false);
    } finally {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
