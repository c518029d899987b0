import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredScenario } from '../../src/core/api/contract';
import type { RoomJoinInfo } from '../../src/core/api/room-protocol';
import { ROOM_MAX_BODY_BYTES } from '../../src/backend/room/room-server';
import { syntheticOrg } from '../../bench/synthetic-org';
import { call } from '../helpers/backend';
import { roomCall, roomRequest } from './room/room-client';
import { useRoomFixture } from './room/room-fixture';

const room = useRoomFixture();

describe('room server: what a group may do', () => {
  it('serves the built UI with the app’s Content-Security-Policy, and nothing outside it', async () => {
    const { port } = await room();
    const index = await roomRequest({ port, path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.text).toContain('<title>Ballast</title>');
    expect((await roomRequest({ port, path: '/../secret.txt' })).status).toBe(404);
    expect((await roomRequest({ port, path: '/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('answers hello without a code, so the page can tell it is in a room', async () => {
    const { port } = await room();
    const hello = await roomCall(port, 'hello', undefined);
    expect(hello.status).toBe(200);
    expect(hello.json()).toEqual({ ok: true, value: { room: true } });
  });

  it('joins with a code (any case, spaces or dashes) and tells the group its variant and the baseline, never a path', async () => {
    const { port, groups, baselineId, root } = await room();
    const typed = `${groups[1].code.slice(0, 3).toLowerCase()}-${groups[1].code.slice(3)}`;
    const joined = await roomCall(port, 'join', typed);
    expect(joined.status).toBe(200);
    expect(joined.json().value as RoomJoinInfo).toEqual({
      groupName: 'Group 2',
      projectName: 'Workshop',
      baseline: { id: baselineId, name: 'Baseline' },
      variant: { id: groups[1].scope.variantId, name: 'Group 2' },
    });
    expect(joined.text).not.toContain(root);
  });

  it('lists only the baseline and the group’s own variant', async () => {
    const { port, groups, baselineId } = await room();
    const listed = await roomCall(port, 'scenario.list', groups[0].code);
    const ids = (listed.json().value as { id: string }[]).map((s) => s.id);
    expect(ids.sort()).toEqual([baselineId, groups[0].scope.variantId].sort());
  });

  it('saves the group’s own variant into the real project file, keeping its name', async () => {
    const { port, groups, backend, projectPath } = await room();
    const own = groups[0].scope.variantId;
    const loaded = (await roomCall(port, 'scenario.load', groups[0].code, { scenarioId: own })).json();
    const scenario = (loaded.value as StoredScenario).scenario;
    const edited = {
      ...scenario,
      name: 'Renamed by a participant',
      description: 'Group 1 flattened the org',
    };
    const saved = await roomCall(port, 'scenario.save', groups[0].code, {
      scenarioId: own,
      scenario: edited,
    });
    expect(saved.status).toBe(200);
    expect(saved.json()).toMatchObject({ ok: true, value: { id: own, name: 'Group 1' } });
    const stored = await call(backend, 'scenario.load', { path: projectPath, scenarioId: own });
    expect(stored.scenario).toMatchObject({ name: 'Group 1', description: 'Group 1 flattened the org' });
  });

  it('leaves the scenario the facilitator’s project reopens on as it was', async () => {
    const { port, groups, backend, projectPath, baselineId } = await room();
    await call(backend, 'scenario.load', { path: projectPath, scenarioId: baselineId });
    const own = groups[1].scope.variantId;
    expect((await roomCall(port, 'scenario.load', groups[1].code, { scenarioId: own })).status).toBe(200);
    expect((await call(backend, 'project.open', { path: projectPath })).lastScenarioId).toBe(baselineId);
  });

  it('lets a group read the baseline but refuses a write to it', async () => {
    const { port, groups, baselineId, backend, projectPath } = await room();
    const read = await roomCall(port, 'scenario.load', groups[0].code, { scenarioId: baselineId });
    expect(read.status).toBe(200);
    const scenario = (read.json().value as StoredScenario).scenario;
    const write = await roomCall(port, 'scenario.save', groups[0].code, {
      scenarioId: baselineId,
      scenario: { ...scenario, horizon: 4 },
    });
    expect(write.status).toBe(403);
    expect(write.json().error).toMatchObject({ code: 'forbidden' });
    expect(write.json().error?.message).toContain('baseline is read-only');
    expect(
      (await call(backend, 'scenario.load', { path: projectPath, scenarioId: baselineId })).scenario.horizon,
    ).toBe(scenario.horizon);
  });

  it('refuses another group’s variant, for reading and for writing', async () => {
    const { port, groups, backend, projectPath } = await room();
    const other = groups[1].scope.variantId;
    const read = await roomCall(port, 'scenario.load', groups[0].code, { scenarioId: other });
    expect(read.status).toBe(403);
    expect(read.json().error?.message).toContain('not open to group Group 1');
    const before = await call(backend, 'scenario.load', { path: projectPath, scenarioId: other });
    const write = await roomCall(port, 'scenario.save', groups[0].code, {
      scenarioId: other,
      scenario: { ...before.scenario, horizon: 3 },
    });
    expect(write.status).toBe(403);
    const after = await call(backend, 'scenario.load', { path: projectPath, scenarioId: other });
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it('refuses every project, file, dialog, backup, sample and trash operation before reading it', async () => {
    const { port, groups, root } = await room();
    const filesBefore = readdirSync(join(root, 'data')).sort();
    for (const operation of [
      'project.open',
      'project.create',
      'project.close',
      'project.saveAs',
      'project.browse',
      'dialog.openProject',
      'backups.list',
      'backups.restore',
      'scenario.delete',
      'scenario.create',
      'scenario.trash.empty',
      'samples.open',
      'recent.list',
      'workshop.get',
      'room.start',
      'room.end',
      'app.info',
      '__proto__',
      'scenario.load%2F..%2Fproject.open',
    ]) {
      const reply = await roomCall(port, operation, groups[0].code, {
        path: join(root, 'data', 'x.ballast'),
        name: 'x',
      });
      expect(reply.status, operation).toBe(404);
      expect(reply.json().error, operation).toMatchObject({ code: 'unsupported' });
    }
    // The old browser-mode API is not on this server at all.
    expect((await roomRequest({ port, path: '/api/project.browse', body: '{}' })).status).toBe(405);
    expect(readdirSync(join(root, 'data')).sort()).toEqual(filesBefore);
  });

  it('refuses a path or any field a participant has no business sending', async () => {
    const { port, groups, projectPath } = await room();
    const reply = await roomCall(port, 'scenario.load', groups[0].code, {
      scenarioId: groups[0].scope.variantId,
      path: projectPath,
    });
    expect(reply.status).toBe(400);
    expect(reply.json().error).toMatchObject({ code: 'invalid-request' });
  });

  it('refuses an unknown code, a missing code and a code from another session', async () => {
    const { port, groups } = await room();
    const { groups: otherSession } = await room();
    for (const code of ['ZZZZZZ', undefined, '', otherSession[0].code]) {
      const reply = await roomCall(port, 'join', code);
      expect(reply.status, String(code)).toBe(403);
      expect(reply.json().error?.message).toContain('join code is not valid');
    }
    expect((await roomCall(port, 'join', groups[0].code)).status).toBe(200);
  });
});

describe('room server: limits', () => {
  it('answers a body over the limit with 413, declared or streamed, without saving anything', async () => {
    const { port, groups, backend, projectPath } = await room();
    const own = groups[0].scope.variantId;
    const before = await call(backend, 'scenario.load', { path: projectPath, scenarioId: own });
    const huge = JSON.stringify({
      scenarioId: own,
      scenario: { ...before.scenario, description: 'x'.repeat(ROOM_MAX_BODY_BYTES) },
    });
    const declared = await roomCall(port, 'scenario.save', groups[0].code, undefined, { body: huge });
    expect(declared.status).toBe(413);
    expect(declared.json().error?.message).toContain(`larger than ${ROOM_MAX_BODY_BYTES} bytes`);
    const streamed = await roomCall(port, 'scenario.save', groups[0].code, undefined, {
      body: huge,
      chunked: true,
    });
    expect(streamed.status).toBe(413);
    const after = await call(backend, 'scenario.load', { path: projectPath, scenarioId: own });
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it('accepts a 5,000-role scenario with events, the largest the limit is sized for', async () => {
    const { port, groups, backend, projectPath } = await room();
    const own = groups[0].scope.variantId;
    const big = JSON.stringify({ scenarioId: own, scenario: syntheticOrg(5_000, 12, true) });
    expect(big.length).toBeLessThan(ROOM_MAX_BODY_BYTES * 0.75);
    const saved = await roomCall(port, 'scenario.save', groups[0].code, undefined, { body: big });
    expect(saved.json()).toMatchObject({ ok: true, value: { id: own, roleCount: 5_000 } });
    const stored = await call(backend, 'scenario.load', { path: projectPath, scenarioId: own });
    expect(stored.scenario.roles).toHaveLength(5_000);
  });

  it('limits the rate per address with 429 and Retry-After, and lets another address through', async () => {
    let now = 1_000_000;
    const { port, groups } = await room({ rateLimit: { perSecond: 1, burst: 5 }, now: () => now });
    const codes = [groups[0].code, groups[1].code];
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await roomCall(port, 'ping', codes[i % 2])).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await roomCall(port, 'ping', codes[0]);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    // A different laptop of the group's is not held up by the first (the per-code bucket still has room).
    expect((await roomCall(port, 'ping', codes[1], {}, { localAddress: '127.0.0.2' })).status).toBe(200);
    now += 1_000;
    expect((await roomCall(port, 'ping', codes[0])).status).toBe(200);
  });

  it('limits the rate per code across addresses', async () => {
    const now = 1_000_000;
    const { port, groups } = await room({ rateLimit: { perSecond: 1, burst: 4 }, now: () => now });
    const code = groups[0].code;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const localAddress = `127.0.0.${2 + (i % 3)}`;
      statuses.push((await roomCall(port, 'ping', code, {}, { localAddress })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect((await roomCall(port, 'ping', groups[1].code, {}, { localAddress: '127.0.0.5' })).status).toBe(
      200,
    );
  });

  it('locks out an address after ten wrong codes, even with a right one, then lets it back after the lockout', async () => {
    let now = 1_000_000;
    const { port, groups } = await room({ now: () => now });
    for (let i = 0; i < 10; i++) expect((await roomCall(port, 'join', `WRONG${i}`)).status).toBe(403);
    const locked = await roomCall(port, 'join', groups[0].code);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    expect(locked.json().error?.message).toContain('Too many wrong join codes');
    // Another laptop is not locked out by its neighbour's guessing.
    expect((await roomCall(port, 'join', groups[0].code, {}, { localAddress: '127.0.0.2' })).status).toBe(
      200,
    );
    now += 10 * 60_000 + 1;
    expect((await roomCall(port, 'join', groups[0].code)).status).toBe(200);
  });
});

describe('room server: its own name only', () => {
  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const { port, groups } = await room();
    expect((await roomRequest({ port, path: '/', host: `evil.example:${port}` })).status).toBe(403);
    expect((await roomCall(port, 'join', groups[0].code, {}, { host: `evil.example:${port}` })).status).toBe(
      403,
    );
    const foreign = await roomCall(
      port,
      'join',
      groups[0].code,
      {},
      { headers: { Origin: 'http://evil.example' } },
    );
    expect(foreign.status).toBe(403);
    const own = await roomCall(
      port,
      'join',
      groups[0].code,
      {},
      { headers: { Origin: `http://127.0.0.1:${port}` } },
    );
    expect(own.status).toBe(200);
  });

  it('refuses other methods and non-JSON bodies on the API', async () => {
    const { port, groups } = await room();
    expect((await roomRequest({ port, path: '/room/api/join', code: groups[0].code })).status).toBe(405);
    const text = await roomCall(
      port,
      'join',
      groups[0].code,
      {},
      { headers: { 'Content-Type': 'text/plain' } },
    );
    expect(text.status).toBe(415);
    expect((await roomCall(port, 'join', groups[0].code, undefined, { body: '{not json' })).status).toBe(400);
  });
});

describe('room server: presence and the end', () => {
  it('ends even with a request half sent, closing its connection', async () => {
    const { port, server } = await room();
    const { connect } = await import('node:net');
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((done) => socket.once('connect', () => done()));
    // Headers without their end: the server holds this request open until it is told to close it.
    socket.write(
      `POST /room/api/ping HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n`,
    );
    // The server resets it: the reset is the expected end, not a failure.
    socket.on('error', () => undefined);
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    await server.close();
    await closed;
  });

  it('tracks the addresses each group is heard from', async () => {
    const { port, groups, server } = await room();
    await roomCall(port, 'join', groups[0].code);
    await roomCall(port, 'ping', groups[0].code, {}, { localAddress: '127.0.0.2' });
    expect(
      server.presence
        .of(groups[0].code)
        .map((p) => p.address)
        .sort(),
    ).toEqual(['127.0.0.1', '127.0.0.2']);
    expect(server.presence.of(groups[1].code)).toEqual([]);
  });

  it('closes every connection when it ends; afterwards nothing answers', async () => {
    const { port, groups, server } = await room();
    const { request, Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true });
    // A kept-alive connection, as a participant's browser holds one, left open after its answer.
    const socket = await new Promise<import('node:net').Socket>((done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/room/api/ping',
          method: 'POST',
          agent,
          headers: { 'Content-Type': 'application/json', 'x-ballast-room-code': groups[0].code },
        },
        (res) => {
          res.resume();
          res.on('end', () => done(req.socket!));
        },
      );
      req.on('error', fail);
      req.end('{}');
    });
    expect(socket.destroyed).toBe(false);
    const socketClosed = new Promise<void>((done) => socket.once('close', () => done()));
    await server.close();
    await socketClosed;
    agent.destroy();
    await expect(roomCall(port, 'join', groups[0].code)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(roomRequest({ port, path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
