import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOM_PROJECT_PATH, roomTransport, servedByRoom } from '../../../src/renderer/api/room-transport';

interface Sent {
  url: string;
  code: string | null;
  body: unknown;
}

const BASELINE = { id: 'base', name: 'Baseline' };
const VARIANT = { id: 'g2', name: 'Group 2' };
const summary = (ref: { id: string; name: string }) => ({
  ...ref,
  description: '',
  roleCount: 4,
  headcount: 20,
  updatedAt: '2026-12-07T03:00:00.000Z',
});

/** A room server stand-in: answers as the real one does, and records what the page sent. */
function fakeRoom(answer: (operation: string) => unknown = () => ({})) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const headers = new Headers(init.headers);
      sent.push({ url, code: headers.get('x-ballast-room-code'), body: JSON.parse(String(init.body)) });
      const operation = url.split('/room/api/')[1];
      if (operation === 'join') {
        return Response.json({
          ok: true,
          value: { groupName: 'Group 2', projectName: 'Offsite', baseline: BASELINE, variant: VARIANT },
        });
      }
      if (operation === 'scenario.list') {
        return Response.json({ ok: true, value: [summary(VARIANT), summary(BASELINE)] });
      }
      return Response.json({ ok: true, value: answer(operation) });
    }),
  );
  return sent;
}

beforeEach(() => {
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the room transport', () => {
  it('takes the code from #join=CODE, keeps it for the tab and takes it out of the address bar', () => {
    history.replaceState(null, '', '/#join=AB3DEF');
    const room = roomTransport();
    expect(room.savedCode()).toBe('AB3DEF');
    expect(sessionStorage.getItem('ballast.roomCode')).toBe('AB3DEF');
    expect(location.hash).toBe('');
    expect(roomTransport().savedCode()).toBe('AB3DEF');
  });

  it('opens the group’s “project”: baseline first, the variant shown, no real path', async () => {
    const sent = fakeRoom();
    const room = roomTransport();
    expect((await room.join('AB3DEF')).ok).toBe(true);
    const opened = await room.invoke('project.open', { path: 'anything' });
    expect(opened).toEqual({
      ok: true,
      value: {
        path: ROOM_PROJECT_PATH,
        fileName: 'Offsite',
        name: 'Offsite',
        scenarios: [summary(BASELINE), summary(VARIANT)],
        lastScenarioId: 'g2',
      },
    });
    expect(sent.map((s) => [s.url, s.code])).toEqual([
      ['/room/api/join', 'AB3DEF'],
      ['/room/api/scenario.list', 'AB3DEF'],
    ]);
  });

  it('sends loads and saves with the code and the scenario id, never the path', async () => {
    const sent = fakeRoom();
    const room = roomTransport();
    await room.join('AB3DEF');
    await room.invoke('scenario.load', { path: ROOM_PROJECT_PATH, scenarioId: 'g2' });
    await room.invoke('scenario.save', {
      path: ROOM_PROJECT_PATH,
      scenarioId: 'g2',
      scenario: { name: 'x' },
    });
    expect(sent.slice(1)).toEqual([
      { url: '/room/api/scenario.load', code: 'AB3DEF', body: { scenarioId: 'g2' } },
      { url: '/room/api/scenario.save', code: 'AB3DEF', body: { scenarioId: 'g2', scenario: { name: 'x' } } },
    ]);
  });

  it('answers every other operation itself as not available, without asking the server', async () => {
    const sent = fakeRoom();
    const room = roomTransport();
    for (const name of [
      'project.create',
      'samples.open',
      'backups.list',
      'dialog.openProject',
      'scenario.delete',
    ]) {
      const result = await room.invoke(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
      expect(result.ok ? '' : result.error.message).toContain('not available in a room session');
    }
    expect(sent).toEqual([]);
  });

  it('says the session cannot be reached when the server is gone', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const result = await roomTransport().ping();
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('forgets a code the server refuses', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          { ok: false, error: { code: 'forbidden', message: 'That join code is not valid' } },
          { status: 403 },
        ),
      ),
    );
    const room = roomTransport();
    expect((await room.join('WRONG1')).ok).toBe(false);
    expect(room.savedCode()).toBeNull();
    expect(sessionStorage.getItem('ballast.roomCode')).toBeNull();
  });
});

describe('choosing the participant shell', () => {
  it('does not ask when the page carries browser mode’s secret', async () => {
    const sent = fakeRoom();
    history.replaceState(null, '', '/#secret=abc');
    expect(await servedByRoom()).toBe(false);
    expect(sent).toEqual([]);
  });

  it('is a room page when /room/api/hello says so, and not when it is refused', async () => {
    fakeRoom(() => ({ room: true }));
    expect(await servedByRoom()).toBe(true);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 405 })),
    );
    expect(await servedByRoom()).toBe(false);
  });
});
