import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../src/core/api/contract';
import { handlers } from '../../src/backend/api/handlers';
import { richScenario } from '../helpers/scenarios';
import { call, callError, useBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const backendAt = useBackend();

describe('the handler map', () => {
  it('has exactly one handler per operation of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('answers app.info with the transport and data folder', async () => {
    const root = tempDir();
    const info = await call(backendAt(root), 'app.info', {});
    expect(info).toMatchObject({
      name: 'Ballast',
      transport: 'web',
      dataDir: join(root, 'data'),
      nativeDialogs: false,
    });
  });

  it('turns a request that fails its schema into invalid-request naming the field', async () => {
    const error = await callError(backendAt(tempDir()), 'project.create', { name: '' });
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain('name');
    expect(error.details).toEqual([{ path: ['name'], message: 'a project needs a name' }]);
  });

  it('refuses unknown operations and unexpected fields', async () => {
    const backend = backendAt(tempDir());
    expect((await callError(backend, 'project.delete-everything', {})).code).toBe('unknown-operation');
    expect((await callError(backend, 'app.info', { extra: 1 })).code).toBe('invalid-request');
  });

  it('creates a project, saves, lists and loads a scenario', async () => {
    const backend = backendAt(tempDir());
    const project = await call(backend, 'project.create', { name: 'Restructure 2027' });
    expect(project).toMatchObject({ name: 'Restructure 2027', fileName: 'Restructure 2027', scenarios: [] });
    const saved = await call(backend, 'scenario.save', {
      path: project.path,
      scenario: { ...richScenario() },
    });
    expect(saved).toMatchObject({ name: 'Rich', roleCount: 4, headcount: 26 });
    expect(await call(backend, 'scenario.list', { path: project.path })).toEqual([saved]);
    const loaded = await call(backend, 'scenario.load', { path: project.path, scenarioId: saved.id });
    expect(loaded.scenario).toEqual(richScenario());
  });

  it('refuses an invalid scenario with every problem and changes nothing', async () => {
    const backend = backendAt(tempDir());
    const project = await call(backend, 'project.create', { name: 'P' });
    const saved = await call(backend, 'scenario.save', {
      path: project.path,
      scenario: { ...richScenario() },
    });
    const before = readFileSync(project.path);
    const broken = richScenario();
    broken.roles[1].strengths.vision = 11;
    broken.roles[2].reportsTo = 'nobody';
    const error = await callError(backend, 'scenario.save', {
      path: project.path,
      scenarioId: saved.id,
      scenario: broken,
    });
    expect(error.code).toBe('invalid-scenario');
    const problems = error.details as { message: string }[];
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/vision/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/nobody/);
    expect(readFileSync(project.path).equals(before)).toBe(true);
  });

  it('names an error, not a warning listed before it, when it refuses a save', async () => {
    const backend = backendAt(tempDir());
    const project = await call(backend, 'project.create', { name: 'P' });
    const broken = richScenario();
    // An empty roleIds is only a warning, and it acts (and is reported) before the grow.
    broken.events = [
      { quarter: 1, type: 'feedback360', roleIds: [] },
      { quarter: 2, type: 'grow', roleId: 'nobody', team: 3 },
    ];
    const error = await callError(backend, 'scenario.save', { path: project.path, scenario: broken });
    expect(error.code).toBe('invalid-scenario');
    expect(error.message).toBe(
      'The scenario was not saved: 2 problems found, first: event 2 (grow): roleId "nobody" is not the id of any role',
    );
  });

  it('keeps paths inside the data folder in browser mode', async () => {
    const backend = backendAt(tempDir());
    for (const path of ['../outside.ballast', '/etc/passwd.ballast', 'notes.txt']) {
      expect((await callError(backend, 'project.open', { path })).code).toBe('forbidden-path');
    }
  });

  it('opens a path outside the data folder once the host granted it', async () => {
    const root = tempDir();
    const backend = backendAt(root);
    const elsewhere = join(tempDir(), 'chosen.ballast');
    const first = await call(backend, 'project.create', { name: 'Chosen' });
    writeFileSync(elsewhere, readFileSync(first.path));
    expect((await callError(backend, 'project.open', { path: elsewhere })).code).toBe('forbidden-path');
    backend.grantPath(elsewhere);
    expect((await call(backend, 'project.open', { path: elsewhere })).name).toBe('Chosen');
  });

  it('lets the desktop app reopen a recent project outside the data folder, but not browser mode', async () => {
    const root = tempDir();
    const elsewhere = join(tempDir(), 'chosen.ballast');
    const desktop = backendAt(root, { transport: 'electron' });
    desktop.grantPath(elsewhere);
    await call(desktop, 'project.create', { name: 'Chosen', path: elsewhere });
    desktop.close();
    expect(
      (await call(backendAt(root, { transport: 'electron' }), 'project.open', { path: elsewhere })).name,
    ).toBe('Chosen');
    expect(
      (await callError(backendAt(root, { transport: 'web' }), 'project.open', { path: elsewhere })).code,
    ).toBe('forbidden-path');
  });

  it('lists in browser mode only the recent projects it may open: not those of another data folder', async () => {
    const root = tempDir();
    const state = join(root, 'state');
    const first = backendAt(root, { dataDir: join(root, 'first'), stateDir: state });
    const other = await call(first, 'project.create', { name: 'Other folder' });
    first.close();

    const second = backendAt(root, { dataDir: join(root, 'second'), stateDir: state });
    const own = await call(second, 'project.create', { name: 'Own folder' });
    const listed = await call(second, 'recent.list', {});
    expect(listed.map((r) => r.path)).toEqual([own.path]);
    expect(second.recentProjects().map((r) => r.path)).toEqual([own.path]);
    for (const entry of listed)
      expect((await call(second, 'project.open', { path: entry.path })).path).toBe(entry.path);
    expect((await callError(second, 'project.open', { path: other.path })).code).toBe('forbidden-path');
    second.close();

    // The entry is kept, not forgotten: back in its own data folder it is listed again.
    const again = backendAt(root, { dataDir: join(root, 'first'), stateDir: state });
    expect((await call(again, 'recent.list', {})).map((r) => r.path)).toEqual([other.path]);
  });

  it('lists in the desktop app every recent project, each one openable', async () => {
    const root = tempDir();
    const state = join(root, 'state');
    const elsewhere = join(tempDir(), 'chosen.ballast');
    const first = backendAt(root, { transport: 'electron', stateDir: state });
    first.grantPath(elsewhere);
    await call(first, 'project.create', { name: 'Chosen', path: elsewhere });
    first.close();

    const desktop = backendAt(root, { transport: 'electron', dataDir: join(root, 'moved'), stateDir: state });
    const listed = await call(desktop, 'recent.list', {});
    expect(listed.map((r) => r.path)).toEqual([elsewhere]);
    expect((await call(desktop, 'project.open', { path: elsewhere })).name).toBe('Chosen');
  });

  it('reports a damaged or foreign file opened through the API as data, naming the file', async () => {
    const root = tempDir();
    const backend = backendAt(root);
    await call(backend, 'project.create', { name: 'Seed' }); // creates the data folder
    const path = join(root, 'data', 'renamed.ballast');
    writeFileSync(path, 'plain text');
    const error = await callError(backend, 'project.open', { path });
    expect(error).toMatchObject({ code: 'not-a-project' });
    expect(error.message).toContain('renamed.ballast');
  });

  it('remembers opened projects, newest first', async () => {
    const backend = backendAt(tempDir());
    const a = await call(backend, 'project.create', { name: 'A' });
    const b = await call(backend, 'project.create', { name: 'B' });
    await call(backend, 'project.open', { path: a.path });
    const recent = await call(backend, 'recent.list', {});
    expect(recent.map((r) => r.name)).toEqual(['A', 'B']);
    expect(recent.every((r) => r.exists)).toBe(true);
    expect(b.path).not.toBe(a.path);
  });

  it('lists the project files in the data folder', async () => {
    const backend = backendAt(tempDir());
    await call(backend, 'project.create', { name: 'One' });
    await call(backend, 'project.create', { name: 'Two' });
    const files = await call(backend, 'project.browse', {});
    expect(files.map((f) => f.fileName).sort()).toEqual(['One', 'Two']);
  });

  it('opens a bundled sample as a new project with all its scenarios, never changing the original', async () => {
    const backend = backendAt(tempDir());
    const samples = await call(backend, 'samples.list', {});
    const founder = samples.find((s) => s.id === 'founder-led-startup');
    expect(founder).toMatchObject({ scenarioCount: 4, audience: 'Founders' });
    const first = await call(backend, 'samples.open', { sampleId: 'founder-led-startup' });
    const second = await call(backend, 'samples.open', { sampleId: 'founder-led-startup' });
    expect(first.scenarios.map((s) => s.name)).toEqual([
      'No operator',
      'Operator hired in Q3',
      'Operator alone in Q3',
      'Operator a year late',
    ]);
    expect(first.scenarios[0]).toMatchObject({ roleCount: 5, headcount: 20 });
    expect(second.path).not.toBe(first.path);
    expect((await callError(backend, 'samples.open', { sampleId: 'nope' })).code).toBe('not-found');
  });

  it('says native dialogs are unsupported in browser mode and uses the host in the desktop app', async () => {
    expect((await callError(backendAt(tempDir()), 'dialog.openProject', {})).code).toBe('unsupported');
    const chosen = join(tempDir(), 'picked.ballast');
    const desktop = backendAt(tempDir(), {
      transport: 'electron',
      host: { chooseOpenPath: async () => chosen, chooseSavePath: async () => null },
    });
    expect(await call(desktop, 'app.info', {})).toMatchObject({ nativeDialogs: true, transport: 'electron' });
    expect(await call(desktop, 'dialog.openProject', {})).toEqual({ path: chosen });
    // The chosen path is now allowed, so opening it fails only because it does not exist.
    expect((await callError(desktop, 'project.open', { path: chosen })).code).toBe('not-found');
  });
});
