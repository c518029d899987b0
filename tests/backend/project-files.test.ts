import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { lockPathFor } from '../../src/backend/project/project-lock';
import { engineRichScenario, richScenario } from '../helpers/scenarios';
import { call, callError, useBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const backendAt = useBackend();

describe('Save As', () => {
  it('writes a consistent copy that becomes the open project, leaving the original closed and unchanged', async () => {
    const root = tempDir();
    const backend = backendAt(root);
    const original = await call(backend, 'project.create', { name: 'Plan' });
    const saved = await call(backend, 'scenario.save', {
      path: original.path,
      scenario: { ...richScenario() },
    });
    await call(backend, 'scenario.load', { path: original.path, scenarioId: saved.id });
    const before = readFileSync(original.path);

    const copy = await call(backend, 'project.saveAs', {
      path: original.path,
      targetPath: 'Plan v2.ballast',
    });
    expect(copy).toMatchObject({
      path: join(root, 'data', 'Plan v2.ballast'),
      fileName: 'Plan v2',
      name: 'Plan',
    });
    expect(copy.scenarios).toEqual([saved]);
    expect(copy.lastScenarioId).toBe(saved.id);
    expect(readFileSync(original.path).equals(before)).toBe(true);
    expect(existsSync(lockPathFor(original.path))).toBe(false);
    expect(existsSync(lockPathFor(copy.path))).toBe(true);
    expect(readdirSync(join(root, 'data')).filter((n) => n.includes('partial'))).toEqual([]);

    // Changes now go to the copy only.
    await call(backend, 'scenario.rename', { path: copy.path, scenarioId: saved.id, name: 'Renamed' });
    const check = new Database(original.path, { readonly: true });
    expect(check.prepare('SELECT name FROM scenarios').all()).toEqual([{ name: 'Rich' }]);
    expect(check.pragma('quick_check', { simple: true })).toBe('ok');
    check.close();
    expect((await call(backend, 'recent.list', {}))[0].path).toBe(copy.path);
  });

  it('refuses to overwrite an existing file unless asked, and then replaces it', async () => {
    const backend = backendAt(tempDir());
    const a = await call(backend, 'project.create', { name: 'A' });
    await call(backend, 'scenario.create', { path: a.path, name: 'Only in A' });
    const b = await call(backend, 'project.create', { name: 'B' });
    expect(
      (await callError(backend, 'project.saveAs', { path: a.path, targetPath: b.path, replace: true })).code,
    ).toBe('in-use');
    await call(backend, 'project.close', { path: b.path });
    expect((await callError(backend, 'project.saveAs', { path: a.path, targetPath: b.path })).code).toBe(
      'already-exists',
    );
    // A journal left by an old crash of the replaced file must not be replayed into the new copy.
    writeFileSync(`${b.path}-journal`, 'stale journal');
    const replaced = await call(backend, 'project.saveAs', {
      path: a.path,
      targetPath: b.path,
      replace: true,
    });
    expect(replaced.scenarios.map((s) => s.name)).toEqual(['Only in A']);
    expect(existsSync(`${b.path}-journal`)).toBe(false);
    expect((await callError(backend, 'project.saveAs', { path: b.path, targetPath: b.path })).code).toBe(
      'invalid-request',
    );
  });

  it('obeys the path policy for the target', async () => {
    const backend = backendAt(tempDir());
    const a = await call(backend, 'project.create', { name: 'A' });
    const outside = join(tempDir(), 'elsewhere.ballast');
    expect((await callError(backend, 'project.saveAs', { path: a.path, targetPath: outside })).code).toBe(
      'forbidden-path',
    );
    backend.grantPath(outside);
    expect((await call(backend, 'project.saveAs', { path: a.path, targetPath: outside })).path).toBe(outside);
  });
});

describe('rolling backups', () => {
  it('takes one after a save at most once per interval, through the backup API, into the state folder', async () => {
    const root = tempDir();
    const backend = backendAt(root, { backupIntervalMs: 60 * 60 * 1000 });
    const { path } = await call(backend, 'project.create', { name: 'Backed up' });
    expect(await call(backend, 'backups.list', { path })).toEqual([]);
    const saved = await call(backend, 'scenario.save', { path, scenario: { ...richScenario() } });
    await call(backend, 'scenario.rename', { path, scenarioId: saved.id, name: 'Second' });
    const backups = await call(backend, 'backups.list', { path });
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ reason: 'autosave' });
    expect(backups[0].bytes).toBeGreaterThan(0);
    const folder = readdirSync(join(root, 'state', 'backups'));
    expect(folder).toHaveLength(1);
    const file = join(root, 'state', 'backups', folder[0], backups[0].id);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM scenarios').all()).toEqual([{ name: 'Rich' }]);
    copy.close();
  });

  it('deletes the partial files a backup or Save As killed mid-copy left, on the next open and the next backup', async () => {
    const root = tempDir();
    const backend = backendAt(root, { backupIntervalMs: 0 });
    const { path } = await call(backend, 'project.create', { name: 'Killed' });
    const saved = await call(backend, 'scenario.save', { path, scenario: { ...engineRichScenario() } });
    const [folderName] = readdirSync(join(root, 'state', 'backups'));
    const folder = join(root, 'state', 'backups', folderName);
    const leftover = (name: string) => {
      writeFileSync(join(folder, name), Buffer.alloc(64 * 1024, 7));
      return name;
    };
    const partials = () => readdirSync(folder).filter((n) => n.endsWith('.partial'));
    const backupsBefore = await call(backend, 'backups.list', { path });

    // Reopening the project (as after the crash) tidies the folder; the real backups stay.
    leftover('2026-01-01T00-00-00-000Z.autosave.ballast.partial');
    leftover('2026-01-02T00-00-00-000Z.before-restore.ballast.partial');
    writeFileSync(`${path}.partial`, Buffer.alloc(64 * 1024, 7)); // a Save As onto this file, killed
    await call(backend, 'project.close', { path });
    await call(backend, 'project.open', { path });
    expect(partials()).toEqual([]);
    expect(existsSync(`${path}.partial`)).toBe(false);
    expect((await call(backend, 'backups.list', { path })).map((b) => b.id)).toEqual(
      backupsBefore.map((b) => b.id),
    );

    // And so does the next backup, for a project that stayed open.
    leftover('2026-01-03T00-00-00-000Z.autosave.ballast.partial');
    await call(backend, 'scenario.rename', { path, scenarioId: saved.id, name: 'Again' });
    expect(partials()).toEqual([]);
    expect((await call(backend, 'backups.list', { path })).length).toBe(backupsBefore.length + 1);
  });

  it('keeps at most ten when saving often', async () => {
    const backend = backendAt(tempDir(), { backupIntervalMs: 0 });
    const { path } = await call(backend, 'project.create', { name: 'Busy' });
    const saved = await call(backend, 'scenario.save', { path, scenario: { ...richScenario() } });
    for (let i = 0; i < 14; i++) {
      await call(backend, 'scenario.rename', { path, scenarioId: saved.id, name: `Name ${i}` });
    }
    const backups = await call(backend, 'backups.list', { path });
    expect(backups).toHaveLength(10);
    expect(new Set(backups.map((b) => b.id)).size).toBe(10);
  });

  it('restores a backup after backing up the current state, and the restore can itself be undone', async () => {
    const backend = backendAt(tempDir(), { backupIntervalMs: 0 });
    const { path } = await call(backend, 'project.create', { name: 'Restore me' });
    const saved = await call(backend, 'scenario.save', { path, scenario: { ...richScenario() } });
    const [early] = await call(backend, 'backups.list', { path });
    await call(backend, 'scenario.rename', { path, scenarioId: saved.id, name: 'Later' });
    await call(backend, 'scenario.create', { path, name: 'Extra' });

    const restored = await call(backend, 'backups.restore', { path, backupId: early.id });
    expect(restored.scenarios.map((s) => s.name)).toEqual(['Rich']);
    expect((await call(backend, 'scenario.load', { path, scenarioId: saved.id })).scenario).toEqual(
      richScenario(),
    );
    const after = await call(backend, 'backups.list', { path });
    const safety = after.find((b) => b.reason === 'before-restore');
    expect(safety).toBeDefined();

    const undone = await call(backend, 'backups.restore', { path, backupId: safety!.id });
    expect(undone.scenarios.map((s) => s.name)).toEqual(['Later', 'Extra']);
    expect(existsSync(lockPathFor(path))).toBe(true);
  });

  it('answers a request that arrives while a restore is writing the file with a busy error, not a crash', async () => {
    const backend = backendAt(tempDir(), { backupIntervalMs: 0 });
    const { path } = await call(backend, 'project.create', { name: 'Busy restore' });
    await call(backend, 'scenario.save', { path, scenario: { ...richScenario() } });
    const [backup] = await call(backend, 'backups.list', { path });
    let settled = false;
    const restoring = backend.dispatch('backups.restore', { path, backupId: backup.id }).finally(() => {
      settled = true;
    });
    // Ask for the list on every turn of the event loop until the restore is done: some of those turns
    // fall while the backup is being written over the file, with the project's connection closed.
    const answers: Awaited<ReturnType<typeof backend.dispatch>>[] = [];
    while (!settled) {
      answers.push(await backend.dispatch('scenario.list', { path }));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const refused = answers.filter((answer) => !answer.ok);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(answer.ok ? null : answer.error).toMatchObject({ code: 'io', details: { reason: 'busy' } });
    }
    expect((await restoring).ok).toBe(true);
    expect(await call(backend, 'scenario.list', { path })).toHaveLength(1);
  });

  it('refuses unknown or path-like backup ids and a damaged backup, changing nothing', async () => {
    const root = tempDir();
    const backend = backendAt(root, { backupIntervalMs: 0 });
    const { path } = await call(backend, 'project.create', { name: 'Careful' });
    await call(backend, 'scenario.save', { path, scenario: { ...richScenario() } });
    for (const backupId of [
      'nope',
      '../../data/Careful.ballast',
      '2026-01-01T00-00-00-000Z.autosave.ballast',
    ]) {
      expect((await callError(backend, 'backups.restore', { path, backupId })).code).toBe('not-found');
    }
    const [backup] = await call(backend, 'backups.list', { path });
    const folder = readdirSync(join(root, 'state', 'backups'))[0];
    writeFileSync(join(root, 'state', 'backups', folder, backup.id), 'garbage'.repeat(100));
    const before = readFileSync(path);
    expect((await callError(backend, 'backups.restore', { path, backupId: backup.id })).code).toBe(
      'not-a-project',
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('reopening after a crash', () => {
  it('tells a new start what was open, with the scenario shown, unless the last run closed cleanly', async () => {
    const root = tempDir();
    const crashed = backendAt(root);
    const a = await call(crashed, 'project.create', { name: 'A' });
    const b = await call(crashed, 'project.create', { name: 'B' });
    const shown = await call(crashed, 'scenario.create', { path: b.path, name: 'Shown' });
    await call(crashed, 'scenario.load', { path: b.path, scenarioId: shown.id });
    await call(crashed, 'project.create', { name: 'Closed' }).then((c) =>
      call(crashed, 'project.close', { path: c.path }),
    );
    // No close(): the first backend "crashed" and a new one starts on the same state folder.
    const restarted = backendAt(root);
    expect(await call(restarted, 'session.restore', {})).toEqual({
      projects: [
        { path: a.path, lastScenarioId: null, exists: true },
        { path: b.path, lastScenarioId: shown.id, exists: true },
      ],
    });
    crashed.close();
    restarted.close();
    const afterClean = backendAt(root);
    expect(await call(afterClean, 'session.restore', {})).toEqual({ projects: [] });
  });

  it('offers files outside the data folder again in the desktop app, and only data-folder files in browser mode', async () => {
    const root = tempDir();
    const chosen = join(tempDir(), 'chosen.ballast');
    const crashed = backendAt(root, { transport: 'electron' });
    const made = await call(crashed, 'project.create', { name: 'Made' });
    crashed.grantPath(chosen);
    await call(crashed, 'project.saveAs', { path: made.path, targetPath: chosen });
    // No clean close: a new start on the same state folder.
    const restarted = backendAt(root, { transport: 'electron' });
    const { projects } = await call(restarted, 'session.restore', {});
    expect(projects).toEqual([{ path: chosen, lastScenarioId: null, exists: true }]);
    // Allowed by path policy; refused only because the "crashed" backend of this process still holds it.
    expect((await callError(restarted, 'project.open', { path: chosen })).code).toBe('in-use');
    const browserRestart = backendAt(root, { transport: 'web' });
    expect((await call(browserRestart, 'session.restore', {})).projects).toHaveLength(1);
    expect((await callError(browserRestart, 'project.open', { path: chosen })).code).toBe('forbidden-path');
  });
});
