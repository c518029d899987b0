import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackendClient, type BackendChannel } from '../../src/backend/transport/backend-client';
import type { FromBackend, ToBackend } from '../../src/backend/transport/backend-protocol';

/**
 * Main's side of the backend protocol against scripted channels, for what a real process cannot show
 * on cue: replies out of order, a reply after its time-out, a time-out. backend-process.test.ts runs the
 * same client against the real backend in a child process.
 */

class ScriptedChannel implements BackendChannel {
  sent: ToBackend[] = [];
  killed = false;
  private listener: (message: unknown) => void = () => undefined;
  private exitListeners: ((code: number | null) => void)[] = [];
  postMessage(message: ToBackend) {
    this.sent.push(message);
  }
  onMessage(listener: (message: unknown) => void) {
    this.listener = listener;
  }
  onExit(listener: (code: number | null) => void) {
    this.exitListeners.push(listener);
  }
  kill() {
    this.killed = true;
    this.exit(null);
  }
  reply(message: FromBackend) {
    this.listener(message);
  }
  exit(code: number | null) {
    for (const listener of this.exitListeners) listener(code);
  }
  requests() {
    return this.sent.filter((m): m is Extract<ToBackend, { type: 'request' }> => m.type === 'request');
  }
}

function setUp(timeoutMs = 1_000) {
  const channels: ScriptedChannel[] = [];
  const client = createBackendClient({
    spawn: () => {
      const channel = new ScriptedChannel();
      channels.push(channel);
      return channel;
    },
    options: { transport: 'electron', dataDir: '/d', stateDir: '/s', samplesDir: '/x', version: '0' },
    timeoutMs,
    untimedOperations: ['dialog.openProject'],
    log: () => undefined,
  });
  return { client, channels };
}

afterEach(() => vi.useRealTimers());

describe('backend client', () => {
  it('starts the process on the first request, sends init first, and matches replies out of order', async () => {
    const { client, channels } = setUp();
    client.grantPath('/a.ballast');
    const first = client.dispatch('app.info', {});
    const second = client.dispatch('samples.list', {});
    expect(channels).toHaveLength(1);
    expect(channels[0].sent[0]).toMatchObject({ type: 'init', init: { grants: ['/a.ballast'] } });
    const [a, b] = channels[0].requests();
    expect(a.id).not.toBe(b.id);
    channels[0].reply({ type: 'result', id: b.id, text: JSON.stringify({ ok: true, value: 'second' }) });
    channels[0].reply({ type: 'result', id: a.id, text: JSON.stringify({ ok: true, value: 'first' }) });
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
  });

  it('times out a request with an error as data, stops the stuck process and ignores its late reply', async () => {
    vi.useFakeTimers();
    const { client, channels } = setUp(1_000);
    const pending = client.dispatch('scenario.save', {});
    const [request] = channels[0].requests();
    await vi.advanceTimersByTimeAsync(1_001);
    expect(await pending).toMatchObject({
      ok: false,
      error: { code: 'internal', details: { reason: 'backend-timeout', operation: 'scenario.save' } },
    });
    expect(channels[0].killed).toBe(true);
    channels[0].reply({ type: 'result', id: request.id, text: JSON.stringify({ ok: true, value: 'late' }) });
    const next = client.dispatch('app.info', {});
    expect(channels).toHaveLength(2);
    channels[1].reply({
      type: 'result',
      id: channels[1].requests()[0].id,
      text: JSON.stringify({ ok: true, value: 1 }),
    });
    expect(await next).toEqual({ ok: true, value: 1 });
  });

  it('relays JSON text both ways untouched, and its own failures are JSON text too', async () => {
    const { client, channels } = setUp();
    const payload = '{"path":"/a.ballast","scenario":{"roles":[]}}';
    const relayed = client.relay('scenario.save', payload);
    const [request] = channels[0].requests();
    expect(request.payload).toBe(payload);
    const text = '{"ok":true,"value":{"id":"s1"}}';
    channels[0].reply({ type: 'result', id: request.id, text });
    expect(await relayed).toBe(text);

    const inFlight = client.relay('scenario.load', '{}');
    channels[0].exit(1);
    const exited = await inFlight;
    expect(typeof exited).toBe('string');
    expect(JSON.parse(exited)).toMatchObject({ ok: false, error: { details: { reason: 'backend-exited' } } });
    await client.close();
    expect(JSON.parse(await client.relay('app.info', '{}'))).toMatchObject({
      ok: false,
      error: { details: { reason: 'backend-closed' } },
    });
  });

  it('never times out an operation that waits for the user', async () => {
    vi.useFakeTimers();
    const { client, channels } = setUp(1_000);
    const dialog = client.dispatch('dialog.openProject', {});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(channels[0].killed).toBe(false);
    channels[0].reply({
      type: 'result',
      id: channels[0].requests()[0].id,
      text: JSON.stringify({ ok: true, value: 'x' }),
    });
    expect(await dialog).toEqual({ ok: true, value: 'x' });
  });

  it('answers every request in flight when the process exits, and restarts only on the next request', async () => {
    const { client, channels } = setUp();
    const inFlight = [client.dispatch('scenario.save', {}), client.dispatch('app.info', {})];
    channels[0].exit(134);
    for (const result of await Promise.all(inFlight)) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'internal', details: { reason: 'backend-exited', exitCode: 134 } },
      });
    }
    expect(channels).toHaveLength(1);
    expect(client.running).toBe(false);
    client.grantPath('/b.ballast');
    void client.dispatch('app.info', {});
    expect(channels).toHaveLength(2);
    expect(channels[1].sent[0]).toMatchObject({ type: 'init', init: { grants: ['/b.ballast'] } });
  });
});
