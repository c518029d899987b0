import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EDITED_ROLE,
  EDITED_TITLE,
  SAMPLE_PROJECT,
  runWalk,
  stepEditRole,
  stepQuit,
  stepSecurity,
  stepSimulationResult,
  stepWindowOnSample,
  type LaunchRequest,
  type MainSecurityReadBack,
  type PageSecurityProbe,
  type SmokeApp,
  type SmokeFolders,
  type SmokeWindow,
  type Target,
} from '../../scripts/smoke/walk';

// A stand-in for the few Playwright calls the walk makes: a window whose visible things are a set of
// keys, and an app that writes and removes the project (and its lock) the way Ballast does.
const CSP = "default-src 'none'";
const key = (t: Target) =>
  'title' in t
    ? `${t.kind}:${t.title}`
    : `${t.kind}:${'name' in t ? t.name : 'label' in t ? t.label : t.text}`;

interface FakeState {
  visible: Set<string>;
  errors: string[];
  revision: number;
  probe: PageSecurityProbe;
  main: MainSecurityReadBack | null;
  exitCode: number;
  calls: string[];
}

function fakeWindow(state: FakeState): SmokeWindow {
  return {
    consoleErrors: () => state.errors,
    waitFor: async (t) => {
      if (!state.visible.has(key(t))) throw new Error(`Timeout waiting for ${key(t)}`);
    },
    waitForGone: async (t) => {
      if (state.visible.has(key(t))) throw new Error('still there');
    },
    dblclick: async (t) => {
      state.calls.push(`dblclick ${key(t)}`);
      state.visible.add(`label:Title of ${EDITED_ROLE}`);
    },
    fill: async (t, value) => {
      state.calls.push(`fill ${key(t)} ${value}`);
    },
    press: async (k) => {
      state.calls.push(`press ${k}`);
      state.visible.delete(`card:${EDITED_ROLE}`);
      state.visible.add(`card:${EDITED_TITLE}`);
      state.visible.add('status:Saved');
    },
    attribute: async () => String(state.revision),
    title: async () => `No operator — ${SAMPLE_PROJECT} — Ballast`,
    probeSecurity: async () => state.probe,
    screenshot: async (file) => {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, 'png');
    },
  };
}

function sampleState(): FakeState {
  return {
    visible: new Set([`heading:${SAMPLE_PROJECT}`, `card:${EDITED_ROLE}`, 'region:Simulation results']),
    errors: [],
    revision: 1,
    probe: {
      origin: 'app://ballast',
      typeofRequire: 'undefined',
      typeofProcess: 'undefined',
      typeofModule: 'undefined',
      bridgeKeys: ['onEvent', 'invoke'],
      csp: CSP,
    },
    main: null,
    exitCode: 0,
    calls: [],
  };
}

let work: string;
let folders: SmokeFolders;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ballast-smoke-test-'));
  folders = {
    dataDir: path.join(work, 'projects'),
    userDataDir: path.join(work, 'user-data'),
    elsewhereDir: path.join(work, 'elsewhere'),
    screenshotDir: path.join(work, 'shots'),
  };
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function fakeApp(state: FakeState, onQuit: () => void = () => undefined): SmokeApp {
  return {
    mode: 'source',
    firstWindow: async () => fakeWindow(state),
    mainSecurity: async () => state.main,
    quit: async () => {
      onQuit();
      return { exitCode: state.exitCode, signal: null };
    },
    kill: vi.fn(async () => undefined),
  };
}

const mainReadBack = (): MainSecurityReadBack => ({
  webPreferences: {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
  },
  rendererSandboxed: true,
  noSandboxSwitch: false,
  userDataDir: folders.userDataDir,
});

describe('smoke walk steps against a stand-in', () => {
  it('finds the sample open, and fails naming the console errors the page logged', async () => {
    const state = sampleState();
    await expect(stepWindowOnSample(fakeWindow(state), 10)).resolves.toContain(SAMPLE_PROJECT);
    state.errors.push("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
    await expect(stepWindowOnSample(fakeWindow(state), 10)).rejects.toThrow(/logged 1 error.*unsafe-eval/s);
    state.visible.delete(`heading:${SAMPLE_PROJECT}`);
    await expect(stepWindowOnSample(fakeWindow(state), 10)).rejects.toThrow(
      /no heading "Founder-led startup"/,
    );
  });

  it('accepts the app’s security settings, read from the page and the main process', async () => {
    const state = sampleState();
    state.main = mainReadBack();
    const app = fakeApp(state);
    await expect(stepSecurity(app, fakeWindow(state), CSP, folders)).resolves.toMatch(
      /OS sandbox.*CSP header/,
    );
  });

  it.each<[string, (s: FakeState) => void, RegExp]>([
    [
      'context isolation off',
      (s) => (s.main!.webPreferences!.contextIsolation = false),
      /contextIsolation is false/,
    ],
    ['sandbox off', (s) => (s.main!.webPreferences!.sandbox = false), /sandbox is false/],
    [
      'node integration on',
      (s) => (s.main!.webPreferences!.nodeIntegration = true),
      /nodeIntegration is true/,
    ],
    [
      'the renderer outside the OS sandbox',
      (s) => (s.main!.rendererSandboxed = false),
      /not in the OS sandbox/,
    ],
    ['--no-sandbox', (s) => (s.main!.noSandboxSwitch = true), /--no-sandbox/],
    ['no CSP header', (s) => (s.probe.csp = null), /without a Content-Security-Policy/],
    ['another CSP', (s) => (s.probe.csp = "default-src 'self'"), /CSP header differs/],
    ['require in the page', (s) => (s.probe.typeofRequire = 'function'), /Node's `require`/],
    ['a wider bridge', (s) => s.probe.bridgeKeys.push('send'), /exposes \[invoke, onEvent, send\]/],
    [
      'the real user data folder',
      (s) => (s.main!.userDataDir = '/home/u/.config/Ballast'),
      /not the temporary/,
    ],
    [
      'nothing readable from main',
      (s) => ((s.main!.webPreferences = null), (s.main!.rendererSandboxed = null)),
      /could be read back/,
    ],
  ])('fails on %s', async (_, breakIt, message) => {
    const state = sampleState();
    state.main = mainReadBack();
    breakIt(state);
    await expect(stepSecurity(fakeApp(state), fakeWindow(state), CSP, folders)).rejects.toThrow(message);
  });

  it('says what it could not read when the main process is out of reach (packaged)', async () => {
    const state = sampleState();
    await expect(stepSecurity(fakeApp(state), fakeWindow(state), CSP, folders)).resolves.toMatch(
      /not inspectable/,
    );
  });

  it('waits for a simulation report, and fails plainly when none arrives', async () => {
    const state = sampleState();
    state.revision = 0;
    setTimeout(() => (state.revision = 2), 50);
    await expect(stepSimulationResult(fakeWindow(state), 2_000)).resolves.toBe('report revision 2');
    state.revision = 0;
    await expect(stepSimulationResult(fakeWindow(state), 300)).rejects.toThrow(
      /no simulation result within 0 s \(report revision 0\)/,
    );
  });

  it('renames a role on its card and waits for "Saved"', async () => {
    const state = sampleState();
    await stepEditRole(fakeWindow(state), 10);
    expect(state.calls).toEqual([
      `dblclick card-text:${EDITED_ROLE}`,
      `fill label:Title of ${EDITED_ROLE} ${EDITED_TITLE}`,
      'press Enter',
    ]);
  });

  it('fails a quit with a non-zero exit code or a project lock left behind', async () => {
    const state = sampleState();
    state.exitCode = 1;
    await expect(stepQuit(fakeApp(state), folders, 10)).rejects.toThrow(/exit code 1/);
    state.exitCode = 0;
    mkdirSync(folders.dataDir, { recursive: true });
    writeFileSync(path.join(folders.dataDir, 'Founder-led startup.ballast.lock'), '{}');
    await expect(stepQuit(fakeApp(state), folders, 10)).rejects.toThrow(/left project locks behind/);
  });
});

describe('the whole walk against a stand-in', () => {
  /** Three launches as Ballast behaves: the sample is copied and locked, edits persist, a path opens. */
  function ballastStandIn(options: { forgetEdits?: boolean } = {}) {
    const launches: LaunchRequest[] = [];
    let edited = false;
    const launch = async (request: LaunchRequest) => {
      launches.push(request);
      const state = sampleState();
      state.main = mainReadBack();
      const project = path.join(folders.dataDir, `${SAMPLE_PROJECT}.ballast`);
      const file = request.args.find((arg) => arg.endsWith('.ballast')) ?? project;
      mkdirSync(path.dirname(file), { recursive: true });
      if (!existsSync(file)) writeFileSync(file, 'sqlite');
      writeFileSync(`${file}.lock`, '{}');
      if (edited && !options.forgetEdits) {
        state.visible.delete(`card:${EDITED_ROLE}`);
        state.visible.add(`card:${EDITED_TITLE}`);
      }
      const window = fakeWindow(state);
      const press = window.press;
      window.press = async (k) => {
        await press(k);
        edited = true;
      };
      return { ...fakeApp(state, () => rmSync(`${file}.lock`)), firstWindow: async () => window };
    };
    return { launch, launches };
  }

  it('walks every step on the same temporary folders, the third launch with a file path only', async () => {
    const { launch, launches } = ballastStandIn();
    const reports = await runWalk({ launch, folders, expectedCsp: CSP, timeoutMs: 200, label: 'test' });
    expect(reports.filter((r) => !r.ok)).toEqual([]);
    expect(reports.map((r) => r.name)).toEqual([
      'launch on the founder sample',
      'window opens on the sample, no console error',
      'security settings of the live window',
      'a simulation result appears',
      'screenshot',
      'a role edit is saved',
      'quit',
      'restart',
      'the edit survived the restart',
      'quit after the restart',
      'launch with a project file path',
      'the project given by its path opens',
      'clean quit',
    ]);
    const folderArgs = [`--user-data-dir=${folders.userDataDir}`, `--data-dir=${folders.dataDir}`];
    expect(launches.map((l) => l.args)).toEqual([
      ['--sample', 'founder-led-startup', ...folderArgs],
      ['--sample', 'founder-led-startup', ...folderArgs],
      [path.join(folders.elsewhereDir, 'Double-clicked plan.ballast'), ...folderArgs],
    ]);
    expect(existsSync(path.join(folders.screenshotDir, 'desktop-test.png'))).toBe(true);
  });

  it('stops at the first failing step, names it, and ends the app still running', async () => {
    const { launch } = ballastStandIn({ forgetEdits: true });
    const apps: SmokeApp[] = [];
    const reports = await runWalk({
      launch: async (request) => {
        const app = await launch(request);
        apps.push(app);
        return app;
      },
      folders,
      expectedCsp: CSP,
      timeoutMs: 200,
      label: 'test',
    });
    expect(reports.at(-1)).toMatchObject({ name: 'the edit survived the restart', ok: false });
    expect(reports.at(-1)!.detail).toMatch(/after a restart the edit is gone/);
    expect(apps).toHaveLength(2);
    expect(apps[1].kill).toHaveBeenCalled();
    expect(apps[0].kill).not.toHaveBeenCalled();
  });
});
