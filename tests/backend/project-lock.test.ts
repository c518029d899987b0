import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectLock, lockPathFor } from '../../src/backend/project/project-lock';
import { call, callError, useBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const backendAt = useBackend();

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('a project open elsewhere', () => {
  it('takes a lock file naming this process on open and removes it on close', async () => {
    const backend = backendAt(tempDir());
    const { path } = await call(backend, 'project.create', { name: 'Locked' });
    const holder = JSON.parse(readFileSync(lockPathFor(path), 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
    expect(await call(backend, 'project.close', { path })).toEqual({ closed: true });
    expect(existsSync(lockPathFor(path))).toBe(false);
    await call(backend, 'project.open', { path });
    expect(existsSync(lockPathFor(path))).toBe(true);
    backend.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('is refused by a second backend with a message saying where it is open', async () => {
    const root = tempDir();
    const first = backendAt(root);
    const { path } = await call(first, 'project.create', { name: 'Shared' });
    const second = backendAt(root);
    const error = await callError(second, 'project.open', { path });
    expect(error.message).toMatch(/"Shared\.ballast" is already open in another window of this Ballast/);
    expect(error.code).toBe('in-use');
    expect(error.details).toMatchObject({ lockedBy: { pid: process.pid } });
    // The refused backend did not take the lock away.
    first.close();
    expect((await call(second, 'project.open', { path })).name).toBe('Shared');
  });

  it('is refused while another process holds it, naming that process', async () => {
    const root = tempDir();
    const path = join(root, 'data', 'Other.ballast');
    const setup = backendAt(root);
    await call(setup, 'project.create', { name: 'Other' });
    setup.close();
    const holder = JSON.stringify({ pid: 0, host: hostname(), since: new Date().toISOString(), token: 'x' });
    // A live process of this computer holds the lock: a child that sleeps.
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(lockPathFor(path), holder.replace('"pid":0', `"pid":${child.pid}`));
      const error = await callError(backendAt(root), 'project.open', { path });
      expect(error.message).toContain(`by another Ballast on this computer (process ${child.pid})`);
      expect(readFileSync(lockPathFor(path), 'utf8')).toContain(String(child.pid));
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('names the other computer and the lock file to delete when the lock comes from elsewhere', async () => {
    const root = tempDir();
    const setup = backendAt(root);
    const { path } = await call(setup, 'project.create', { name: 'Remote' });
    setup.close();
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({ pid: 4242, host: 'sams-laptop', since: '2026-11-28T09:12:00.000Z', token: 't' }),
    );
    const error = await callError(backendAt(root), 'project.open', { path });
    expect(error.message).toContain('on the computer "sams-laptop" (process 4242)');
    expect(error.message).toContain('Remote.ballast.lock');
  });

  it('takes over a lock left by a crashed process of this computer', async () => {
    const root = tempDir();
    const setup = backendAt(root);
    const { path } = await call(setup, 'project.create', { name: 'Crashed' });
    setup.close();
    const pid = deadPid();
    writeFileSync(lockPathFor(path), JSON.stringify({ pid, host: hostname(), since: 'then', token: 'old' }));
    expect((await call(backendAt(root), 'project.open', { path })).name).toBe('Crashed');
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
  });

  it('treats an unreadable lock as in use while it is fresh, and takes it over once it is old', async () => {
    const root = tempDir();
    const setup = backendAt(root);
    const { path } = await call(setup, 'project.create', { name: 'Garbled' });
    setup.close();
    writeFileSync(lockPathFor(path), '');
    const backend = backendAt(root);
    expect((await callError(backend, 'project.open', { path })).code).toBe('in-use');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockPathFor(path), minuteAgo, minuteAgo);
    expect((await call(backend, 'project.open', { path })).name).toBe('Garbled');
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
  });

  it('leaves no lock beside a file it refused to open', async () => {
    const root = tempDir();
    const backend = backendAt(root);
    await call(backend, 'project.create', { name: 'Seed' });
    const notes = join(root, 'data', 'notes.ballast');
    writeFileSync(notes, 'not a database');
    expect((await callError(backend, 'project.open', { path: notes })).code).toBe('not-a-project');
    expect(existsSync(lockPathFor(notes))).toBe(false);
    expect(
      (await callError(backend, 'project.open', { path: join(root, 'data', 'gone.ballast') })).code,
    ).toBe('not-found');
    expect(existsSync(lockPathFor(join(root, 'data', 'gone.ballast')))).toBe(false);
  });

  it('turns a lock it cannot write into a message about the folder', () => {
    const missingFolder = join(tempDir(), 'gone', 'p.ballast');
    expect(() => ProjectLock.acquire(missingFolder, 'token')).toThrow(
      /cannot write in the folder of "p\.ballast" \(ENOENT\)/,
    );
  });
});
