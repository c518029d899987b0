import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { JOIN_CODE_ALPHABET } from '../../src/backend/room/join-codes';
import type { RoomJoinInfo } from '../../src/core/api/room-protocol';
import { call, callError, useBackend } from '../helpers/backend';
import { richScenario } from '../helpers/scenarios';
import { useTempDir } from '../helpers/temp-dir';
import { roomCall } from './room/room-client';

const tempDir = useTempDir('ballast-room-session-');
const backendAt = useBackend();

/** A backend that can serve the UI, with a project holding a baseline and, unless told not to, groups. */
async function workshop(options: { groups?: string[] } = {}) {
  const root = tempDir();
  const staticDir = join(root, 'ui');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Ballast</title>');
  const backend = backendAt(root, { staticDir });
  const project = await call(backend, 'project.create', { name: 'Offsite' });
  const baseline = await call(backend, 'scenario.save', {
    path: project.path,
    scenario: { ...richScenario() },
  });
  const names = options.groups ?? ['Red', 'Green', 'Blue'];
  if (names.length > 0) {
    await call(backend, 'workshop.createGroups', { path: project.path, baselineId: baseline.id, names });
  }
  return { backend, path: project.path, baselineId: baseline.id };
}

async function start(backend: Backend, path: string) {
  return call(backend, 'room.start', { path, address: '127.0.0.1' });
}

describe('room session: the facilitator’s API', () => {
  it('lists this computer’s IPv4 interfaces, loopback included and labelled', async () => {
    const { backend } = await workshop({ groups: [] });
    const interfaces = await call(backend, 'room.interfaces', {});
    const loopback = interfaces.find((i) => i.address === '127.0.0.1');
    expect(loopback).toMatchObject({ loopback: true });
    expect(loopback?.label).toContain('This computer only');
    expect(interfaces.every((i) => /^\d+\.\d+\.\d+\.\d+$/.test(i.address))).toBe(true);
  });

  it('is off until started: status says not running and nothing is served', async () => {
    const { backend } = await workshop();
    expect(await call(backend, 'room.status', {})).toMatchObject({ running: false, groups: [], url: null });
  });

  it('refuses to start without workshop groups, naming what to do', async () => {
    const { backend, path } = await workshop({ groups: [] });
    const error = await callError(backend, 'room.start', { path, address: '127.0.0.1' });
    expect(error.message).toContain('no workshop groups');
    expect((await call(backend, 'room.status', {})).running).toBe(false);
  });

  it('refuses an address that is not one of this computer’s interfaces (no 0.0.0.0)', async () => {
    const { backend, path } = await workshop();
    for (const address of ['0.0.0.0', '8.8.8.8', 'localhost']) {
      const error = await callError(backend, 'room.start', { path, address });
      expect(error.code, address).toBe('invalid-request');
    }
  });

  it('starts on the chosen interface with one distinct code per group, in the groups’ order', async () => {
    const { backend, path } = await workshop();
    const status = await start(backend, path);
    expect(status).toMatchObject({ running: true, address: '127.0.0.1', path });
    expect(status.url).toBe(`http://127.0.0.1:${status.port}/`);
    expect(status.groups.map((g) => g.name)).toEqual(['Red', 'Green', 'Blue']);
    const codes = status.groups.map((g) => g.code);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(status.groups[0].joinUrl).toBe(`${status.url}#join=${codes[0]}`);
    const joined = await roomCall(status.port!, 'join', codes[1]);
    expect((joined.json().value as RoomJoinInfo).groupName).toBe('Green');
  });

  it('runs one session at a time, and deals new codes for the next', async () => {
    const { backend, path } = await workshop();
    const first = await start(backend, path);
    expect((await callError(backend, 'room.start', { path, address: '127.0.0.1' })).code).toBe(
      'already-exists',
    );
    expect(await call(backend, 'room.end', {})).toEqual({ ended: true });
    const second = await start(backend, path);
    expect(second.groups.map((g) => g.code)).not.toEqual(first.groups.map((g) => g.code));
    expect((await roomCall(second.port!, 'join', first.groups[0].code)).status).toBe(403);
  });

  it('starts once when asked twice at the same moment', async () => {
    const { backend, path } = await workshop();
    const results = await Promise.all([
      backend.dispatch('room.start', { path, address: '127.0.0.1' }),
      backend.dispatch('room.start', { path, address: '127.0.0.1' }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'already-exists' } });
  });

  it('shows who is connected per group', async () => {
    const { backend, path } = await workshop();
    const status = await start(backend, path);
    await roomCall(status.port!, 'join', status.groups[0].code);
    await roomCall(status.port!, 'ping', status.groups[2].code, {}, { localAddress: '127.0.0.2' });
    const seen = await call(backend, 'room.status', {});
    expect(seen.groups.map((g) => g.participants.map((p) => [p.address, p.connected]))).toEqual([
      [['127.0.0.1', true]],
      [],
      [['127.0.0.2', true]],
    ]);
  });

  it('ends on room.end: every code refused with the connection, status off', async () => {
    const { backend, path } = await workshop();
    const status = await start(backend, path);
    await call(backend, 'room.end', {});
    await expect(roomCall(status.port!, 'join', status.groups[0].code)).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    expect(await call(backend, 'room.status', {})).toMatchObject({ running: false, groups: [] });
    expect(await call(backend, 'room.end', {})).toEqual({ ended: false });
  });

  it('ends when its project is closed, and when the backend closes', async () => {
    const { backend, path } = await workshop();
    const status = await start(backend, path);
    await call(backend, 'project.close', { path });
    await expect(roomCall(status.port!, 'ping', status.groups[0].code)).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    expect((await call(backend, 'room.status', {})).running).toBe(false);

    const again = await start(backend, path);
    backend.close();
    await expect(roomCall(again.port!, 'ping', again.groups[0].code)).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('refuses to start where there is no built UI to serve', async () => {
    const root = tempDir();
    const backend = backendAt(root);
    const project = await call(backend, 'project.create', { name: 'P' });
    const error = await callError(backend, 'room.start', { path: project.path, address: '127.0.0.1' });
    expect(error.code).toBe('unsupported');
  });
});
