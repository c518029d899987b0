import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { IPC_CHANNEL, IPC_EVENT_CHANNEL, OPERATION_NAMES, type HostEvent } from '../../src/core/api/contract';
import type { BallastBridge } from '../../src/core/api/bridge';

// The thinnest stand-in for the preload's Electron: a contextBridge that records what is exposed and an
// ipcRenderer whose invoke is a spy and whose events come from an emitter.
const exposed = new Map<string, unknown>();
const ipcEvents = new EventEmitter();
const ipcRenderer = {
  // Main answers with the result's JSON text, as it relays it from the backend.
  invoke: vi.fn(async (_channel: string, message: { name: string }): Promise<unknown> =>
    JSON.stringify({ ok: true, value: message.name }),
  ),
  on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => ipcEvents.on(channel, listener)),
  removeListener: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
};
const exposeInMainWorld = vi.fn((key: string, api: unknown) => exposed.set(key, api));

vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));

await import('../../electron/preload/index');
const bridge = exposed.get('ballast') as BallastBridge;
const sendFromMain = (event: HostEvent) => ipcEvents.emit(IPC_EVENT_CHANNEL, { sender: ipcRenderer }, event);

describe('preload bridge', () => {
  beforeEach(() => {
    ipcRenderer.invoke.mockClear();
  });

  it('exposes exactly one object, window.ballast, with exactly invoke and onEvent', () => {
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...exposed.keys()]).toEqual(['ballast']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.onEvent).toBe('function');
  });

  it('never exposes ipcRenderer or any of its functions', () => {
    for (const value of Object.values(bridge)) {
      expect(value).not.toBe(ipcRenderer);
      expect(Object.values(ipcRenderer)).not.toContain(value);
    }
  });

  it.each(['no.such.operation', 'constructor', '__proto__', '', 'ballast:invoke'])(
    'refuses the name %j without touching IPC',
    async (name) => {
      const result = await bridge.invoke(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
      expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('refuses a name that is not a string without touching IPC', async () => {
    const result = await bridge.invoke(42 as unknown as string, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('sends every operation as { name, payload: JSON text } on the one API channel and parses the reply', async () => {
    for (const name of OPERATION_NAMES) {
      await expect(bridge.invoke(name, { a: 1 })).resolves.toEqual({ ok: true, value: name });
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNEL, { name, payload: '{"a":1}' });
    }
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled();
  });

  it('sends a missing payload as an empty request, as the HTTP transport does', async () => {
    await bridge.invoke('app.info', undefined);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CHANNEL, { name: 'app.info', payload: '{}' });
  });

  it('round-trips a scenario-sized payload and reply through JSON text', async () => {
    const roles = Array.from({ length: 500 }, (_, i) => ({ id: `r${i}`, title: `Role ${i}`, fte: 1 }));
    ipcRenderer.invoke.mockImplementationOnce(async (_channel, message) => {
      const { payload } = message as unknown as { payload: string };
      return JSON.stringify({ ok: true, value: JSON.parse(payload) });
    });
    const result = await bridge.invoke('scenario.save', { path: '/a.ballast', scenario: { roles } });
    expect(result).toEqual({ ok: true, value: { path: '/a.ballast', scenario: { roles } } });
  });

  it('refuses a payload JSON cannot carry without touching IPC', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await bridge.invoke('app.info', cyclic)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await bridge.invoke('app.info', 1n)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await bridge.invoke('app.info', () => 1)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it.each([
    ['an object instead of text', { ok: true, value: 1 }],
    ['text that is not JSON', '{"ok": tr'],
    ['JSON that is not a result', '[1,2]'],
  ])('turns a reply of %s into an internal error as data, never a throw', async (_label, reply) => {
    ipcRenderer.invoke.mockResolvedValueOnce(reply);
    expect(await bridge.invoke('app.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('holds events sent before anyone listens, then passes only the event data (never Electron’s event)', () => {
    sendFromMain({ type: 'open-project', path: '/a.ballast' });
    const received: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args: unknown[]) => received.push(args));
    expect(received).toEqual([[{ type: 'open-project', path: '/a.ballast' }]]);
    sendFromMain({ type: 'menu', command: 'undo' });
    expect(received[1]).toEqual([{ type: 'menu', command: 'undo' }]);
    unsubscribe();
    sendFromMain({ type: 'menu', command: 'redo' });
    expect(received).toHaveLength(2);
  });

  it('delivers each event to every current listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.onEvent(first);
    const stopSecond = bridge.onEvent(second);
    sendFromMain({ type: 'menu', command: 'fit-view' });
    expect(first).toHaveBeenCalledWith({ type: 'menu', command: 'fit-view' });
    expect(second).toHaveBeenCalledWith({ type: 'menu', command: 'fit-view' });
    stopFirst();
    stopSecond();
  });
});
