import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBackendProcess } from '../../electron/main/backend-process';
import type { BackendClient } from '../../src/backend/transport/backend-client';
import type { ProjectSummary, ScenarioSummary, StoredScenario } from '../../src/core/api/contract';
import type { ApiResult } from '../../src/core/api/errors';
import { syntheticOrg } from '../../bench/synthetic-org';
import { sampleScenario } from '../helpers/sample-scenario';
import { standInUtilityProcess } from './stand-ins/utility-process';

/**
 * The backend in its own process, for real: main's client (electron/main/backend-process.ts) talks to the
 * real entry (electron/backend/index.ts) running the real dispatch against SQLite files in a temp folder.
 * Only `utilityProcess.fork` is a stand-in (a Node child process with Electron's `process.parentPort`).
 */

const ENTRY = path.resolve('electron/backend/index.ts');
const SAMPLES = path.resolve('resources/samples');
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function setUp() {
  const root = mkdtempSync(path.join(tmpdir(), 'ballast-backend-process-'));
  const dataDir = path.join(root, 'data');
  mkdirSync(dataDir);
  const standIn = standInUtilityProcess();
  const opened: string[] = [];
  const chooseOpenPath = vi.fn(async (): Promise<string | null> => null);
  const client = startBackendProcess(standIn.utilityProcess, ENTRY, {
    options: {
      transport: 'electron',
      dataDir,
      stateDir: path.join(root, 'state'),
      samplesDir: SAMPLES,
      version: '0.0.0-test',
    },
    host: { chooseOpenPath, chooseSavePath: async () => null },
    onProjectOpened: (file) => opened.push(file),
    log: () => undefined,
  });
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  cleanups.push(standIn.killAll);
  cleanups.push(() => client.close());
  return { root, dataDir, client, standIn, opened, chooseOpenPath };
}

async function value<T>(client: BackendClient, name: string, payload: unknown): Promise<T> {
  const result = await client.dispatch(name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('the backend in a utility process', () => {
  it('answers the API from another process: a project created, a scenario saved and read back', async () => {
    const { client, standIn, opened, dataDir } = setUp();
    const info = await value<{ transport: string; nativeDialogs: boolean }>(client, 'app.info', {});
    expect(info).toMatchObject({ transport: 'electron', nativeDialogs: true });
    expect(standIn.children).toHaveLength(1);
    expect(standIn.children[0].pid).not.toBe(process.pid);

    const project = await value<ProjectSummary>(client, 'project.create', { name: 'Acme' });
    expect(path.dirname(project.path)).toBe(dataDir);
    expect(opened).toEqual([project.path]);
    const scenario = sampleScenario('founder-led-startup', 'No operator');
    const saved = await value<ScenarioSummary>(client, 'scenario.save', { path: project.path, scenario });
    const loaded = await value<StoredScenario>(client, 'scenario.load', {
      path: project.path,
      scenarioId: saved.id,
    });
    expect(loaded.scenario.roles).toHaveLength(scenario.roles.length);
    expect(await client.recentProjects()).toEqual([expect.objectContaining({ path: project.path })]);
    // Validation failures still come back as data.
    const refused = await client.dispatch('scenario.load', { path: project.path });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('relays a save and a load as JSON text both ways, as main does for the renderer', async () => {
    const { client } = setUp();
    const project = await value<ProjectSummary>(client, 'project.create', { name: 'Text' });
    const scenario = syntheticOrg(2_000, 8, true);
    const saveText = JSON.stringify({ path: project.path, scenario });
    const savedText = await client.relay('scenario.save', saveText);
    expect(typeof savedText).toBe('string');
    const saved = JSON.parse(savedText) as ApiResult<ScenarioSummary>;
    if (!saved.ok) throw new Error(saved.error.message);

    const loadedText = await client.relay(
      'scenario.load',
      JSON.stringify({ path: project.path, scenarioId: saved.value.id }),
    );
    expect(typeof loadedText).toBe('string');
    const loaded = JSON.parse(loadedText) as ApiResult<StoredScenario>;
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.scenario.roles).toHaveLength(2_000);
    expect(loaded.value.scenario.roles[1_999]).toEqual(scenario.roles[1_999]);
    expect(loaded.value.scenario.events).toEqual(scenario.events);

    // Text that is not JSON crosses main unread; the backend refuses it as data and keeps serving.
    const malformed = JSON.parse(await client.relay('scenario.save', saveText.slice(0, -1))) as unknown;
    expect(malformed).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', details: { reason: 'malformed-json' } },
    });
    expect(await client.dispatch('app.info', {})).toMatchObject({ ok: true });
  });

  it('matches replies to requests by id when many are in flight', async () => {
    const { client } = setUp();
    const project = await value<ProjectSummary>(client, 'project.create', { name: 'Many' });
    const results = await Promise.all([
      client.dispatch('scenario.list', { path: project.path }),
      client.dispatch('samples.list', {}),
      client.dispatch('app.info', {}),
      client.dispatch('project.open', { path: '/etc/passwd.ballast' }),
    ]);
    expect(Array.isArray((results[0] as { value: unknown }).value)).toBe(true);
    expect((results[1] as { value: { id: string }[] }).value.map((s) => s.id)).toContain(
      'founder-led-startup',
    );
    expect(results[2]).toMatchObject({ ok: true, value: { transport: 'electron' } });
    expect(results[3]).toMatchObject({ ok: false, error: { code: 'forbidden-path' } });
  });

  it('runs native dialogs in main when the backend asks, and grants the chosen path', async () => {
    const setup = setUp();
    const elsewhere = path.join(setup.root, 'elsewhere');
    mkdirSync(elsewhere);
    const outside = await value<ProjectSummary>(setup.client, 'project.create', { name: 'Outside' });
    // Move it out of the data folder: only a path the user chose may be opened there.
    const chosen = path.join(elsewhere, 'Chosen.ballast');
    await value(setup.client, 'project.close', { path: outside.path });
    const { renameSync } = await import('node:fs');
    renameSync(outside.path, chosen);
    const before = await setup.client.dispatch('project.open', { path: chosen });
    expect(before).toMatchObject({ ok: false, error: { code: 'forbidden-path' } });

    setup.chooseOpenPath.mockResolvedValue(chosen);
    expect(await value(setup.client, 'dialog.openProject', {})).toEqual({ path: chosen });
    expect(setup.chooseOpenPath).toHaveBeenCalledTimes(1);
    expect(await setup.client.dispatch('project.open', { path: chosen })).toMatchObject({ ok: true });
  });

  it('answers requests in flight when the process dies, and starts a new one with the grants', async () => {
    const { client, standIn, root } = setUp();
    const granted = path.join(root, 'granted.ballast');
    client.grantPath(granted);
    const inFlight = client.dispatch('samples.list', {});
    // The child is still starting (tsx), so the request cannot have been answered yet.
    standIn.children[0].kill('SIGKILL');
    const result = (await inFlight) as ApiResult<unknown> & { ok: false };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toMatch(/stopped unexpectedly.*samples\.list/);
    expect(result.error.details).toMatchObject({ reason: 'backend-exited' });
    expect(client.running).toBe(false);

    // The next request starts a new process, which knows the path granted before the crash.
    const missing = await client.dispatch('project.open', { path: granted });
    expect(standIn.children).toHaveLength(2);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('closes cleanly on quit: locks released, then the process exits', async () => {
    const { client, standIn } = setUp();
    const project = await value<ProjectSummary>(client, 'project.create', { name: 'Locked' });
    const lockFiles = () =>
      ['-lock', '.lock'].some((suffix) => existsSync(project.path + suffix)) ||
      existsSync(path.join(path.dirname(project.path), `.${path.basename(project.path)}.lock`));
    await client.close();
    await vi.waitFor(() => expect(standIn.children[0].exitCode).toBe(0));
    expect(lockFiles()).toBe(false);
    expect(await client.dispatch('app.info', {})).toMatchObject({
      ok: false,
      error: { details: { reason: 'backend-closed' } },
    });
  });
});
