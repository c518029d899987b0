import { copyFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The desktop smoke walk: the essentials of the real Electron app, step by step. Each step is a small
 * function over two narrow interfaces (`SmokeApp`, `SmokeWindow`), so the walk is unit-tested against a
 * stand-in on machines without Electron (tests/electron/smoke-walk.test.ts), and driven for real by
 * Playwright (./playwright-driver.ts) from `npm run smoke:desktop` and `npm run smoke:packaged`.
 */

/** What a step looks for in the window, in the words of the UI (roles and labels, as the e2e tests do). */
export type Target =
  | { kind: 'heading'; name: string }
  | { kind: 'card'; title: string }
  | { kind: 'card-text'; title: string; text: string }
  | { kind: 'label'; label: string }
  | { kind: 'status'; text: string }
  | { kind: 'region'; name: string };

export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'heading':
      return `heading "${target.name}"`;
    case 'card':
      return `role card "${target.title}"`;
    case 'card-text':
      return `"${target.text}" on role card "${target.title}"`;
    case 'label':
      return `field "${target.label}"`;
    case 'status':
      return `status "${target.text}"`;
    case 'region':
      return `region "${target.name}"`;
  }
}

/** What the page itself can see of its own security (nothing here needs the main process). */
export interface PageSecurityProbe {
  origin: string;
  typeofRequire: string;
  typeofProcess: string;
  typeofModule: string;
  bridgeKeys: string[];
  /** The Content-Security-Policy header of the page's own URL, fetched from the page; null if absent. */
  csp: string | null;
}

/** The window's settings and the app's switches, read back from the running main process. */
export interface MainSecurityReadBack {
  /** The live window's web preferences, where this Electron still offers getLastWebPreferences(). */
  webPreferences: {
    contextIsolation?: boolean;
    sandbox?: boolean;
    nodeIntegration?: boolean;
    nodeIntegrationInSubFrames?: boolean;
    webviewTag?: boolean;
  } | null;
  /**
   * Whether the window's renderer process runs in the OS sandbox: app.getAppMetrics() on macOS and
   * Windows, the process's seccomp mode on Linux; null where neither tells.
   */
  rendererSandboxed: boolean | null;
  /** True when Electron was started with --no-sandbox, which turns the OS sandbox off whatever `sandbox` says. */
  noSandboxSwitch: boolean;
  userDataDir: string;
}

export interface SmokeWindow {
  /** Errors the page logged (console errors and uncaught exceptions) since the window was attached. */
  consoleErrors(): string[];
  waitFor(target: Target, timeoutMs: number): Promise<void>;
  /** Resolves when nothing matches the target (or it is hidden). */
  waitForGone(target: Target, timeoutMs: number): Promise<void>;
  dblclick(target: Target): Promise<void>;
  fill(target: Target, value: string): Promise<void>;
  press(key: string): Promise<void>;
  attribute(target: Target, name: string): Promise<string | null>;
  title(): Promise<string>;
  probeSecurity(): Promise<PageSecurityProbe>;
  screenshot(file: string): Promise<void>;
}

export interface QuitResult {
  exitCode: number | null;
  signal: string | null;
}

export interface SmokeApp {
  /** Which binary runs: the app from source (`electron .`) or the packaged executable. */
  readonly mode: 'source' | 'packaged';
  firstWindow(timeoutMs: number): Promise<SmokeWindow>;
  /**
   * The live window's settings from the main process, or null when the main process cannot be reached
   * (the packaged binary's fuses turn off --inspect, which Playwright's Electron driver needs).
   */
  mainSecurity(): Promise<MainSecurityReadBack | null>;
  /** Asks the app to quit as a user does and waits for the process to end. */
  quit(timeoutMs: number): Promise<QuitResult>;
  /** Ends the process without asking (cleanup after a failure). */
  kill(): Promise<void>;
}

export interface LaunchRequest {
  /** Arguments for the app after Electron's own: project files, --sample, --data-dir, --user-data-dir. */
  args: string[];
}

export type Launcher = (request: LaunchRequest) => Promise<SmokeApp>;

export class SmokeFailure extends Error {}

export function fail(message: string): never {
  throw new SmokeFailure(message);
}

/** Waits for a target, turning Playwright's long time-out text into one plain sentence. */
async function expectVisible(window: SmokeWindow, target: Target, timeoutMs: number, why: string) {
  try {
    await window.waitFor(target, timeoutMs);
  } catch {
    fail(`${why}: no ${describeTarget(target)} within ${Math.round(timeoutMs / 1000)} s`);
  }
}

/** Polls a condition from Node (a page-side wait would be an eval, which the app's CSP forbids). */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 200,
): Promise<{ ok: boolean; last: T }> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!done(last)) {
    if (Date.now() >= deadline) return { ok: false, last };
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    last = await read();
  }
  return { ok: true, last };
}

// The founder-led startup sample, as resources/samples/founder-led-startup.sample.json names it.
export const SAMPLE_ID = 'founder-led-startup';
export const SAMPLE_PROJECT = 'Founder-led startup';
export const EDITED_ROLE = 'Sales lead';
export const EDITED_TITLE = 'Revenue lead (smoke test)';

export interface SmokeFolders {
  /** Projects (the app's --data-dir): the sample copy is made here. */
  dataDir: string;
  /** Electron's userData (--user-data-dir): recent projects, window state, Chromium's profile. */
  userDataDir: string;
  /** Somewhere else on disk, for the project opened by its path. */
  elsewhereDir: string;
  /** Where the screenshots go. */
  screenshotDir: string;
}

export function folderArgs(folders: SmokeFolders): string[] {
  return [`--user-data-dir=${folders.userDataDir}`, `--data-dir=${folders.dataDir}`];
}

// ---- the steps ----

/** The window opens on the founder sample (it is copied into the data folder) with no console error. */
export async function stepWindowOnSample(window: SmokeWindow, timeoutMs: number): Promise<string> {
  const why = 'the window did not open on the founder sample';
  await expectVisible(window, { kind: 'heading', name: SAMPLE_PROJECT }, timeoutMs, why);
  await expectVisible(window, { kind: 'card', title: EDITED_ROLE }, timeoutMs, why);
  const title = await window.title();
  if (!title.includes(SAMPLE_PROJECT)) fail(`the window title is "${title}", not the sample's`);
  expectNoConsoleErrors(window, 'opening the sample');
  return `"${title}"`;
}

export function expectNoConsoleErrors(window: SmokeWindow, when: string): void {
  const errors = window.consoleErrors();
  if (errors.length > 0) {
    fail(`the page logged ${errors.length} error(s) while ${when}:\n    ${errors.join('\n    ')}`);
  }
}

/**
 * The security settings, read back from the live app: the page sees no Node and only the two-function
 * bridge, its own URL carries the app's CSP header, and (from source, where the main process is reachable)
 * the window's web preferences have context isolation and the sandbox on and node integration off.
 */
export async function stepSecurity(
  app: SmokeApp,
  window: SmokeWindow,
  expectedCsp: string,
  folders: SmokeFolders,
): Promise<string> {
  const problems: string[] = [];
  const probe = await window.probeSecurity();
  if (probe.origin !== 'app://ballast')
    problems.push(`the page's origin is ${probe.origin}, not app://ballast`);
  for (const [name, type] of [
    ['require', probe.typeofRequire],
    ['process', probe.typeofProcess],
    ['module', probe.typeofModule],
  ]) {
    if (type !== 'undefined') problems.push(`the page can see Node's \`${name}\` (${type})`);
  }
  const keys = [...probe.bridgeKeys].sort();
  if (keys.join(',') !== 'invoke,onEvent') {
    problems.push(`window.ballast exposes [${keys.join(', ')}], not exactly [invoke, onEvent]`);
  }
  if (probe.csp === null) problems.push('the page was served without a Content-Security-Policy header');
  else if (probe.csp !== expectedCsp) problems.push(`the CSP header differs from the app's: ${probe.csp}`);

  const main = await app.mainSecurity();
  const read: string[] = ['no Node in the page', 'bridge [invoke, onEvent] (contextBridge needs isolation)'];
  if (main) {
    const prefs = main.webPreferences;
    if (prefs) {
      if (prefs.contextIsolation !== true) problems.push(`contextIsolation is ${prefs.contextIsolation}`);
      if (prefs.sandbox !== true) problems.push(`sandbox is ${prefs.sandbox}`);
      if (prefs.nodeIntegration !== false) problems.push(`nodeIntegration is ${prefs.nodeIntegration}`);
      if (prefs.nodeIntegrationInSubFrames !== false) {
        problems.push(`nodeIntegrationInSubFrames is ${prefs.nodeIntegrationInSubFrames}`);
      }
      if (prefs.webviewTag !== false) problems.push(`webviewTag is ${prefs.webviewTag}`);
      read.push('web preferences: contextIsolation, sandbox, no nodeIntegration');
    }
    if (main.rendererSandboxed === false) problems.push('the renderer process is not in the OS sandbox');
    else if (main.rendererSandboxed === true) read.push('renderer in the OS sandbox');
    if (main.noSandboxSwitch) problems.push('Electron runs with --no-sandbox');
    if (path.resolve(main.userDataDir) !== path.resolve(folders.userDataDir)) {
      problems.push(`userData is ${main.userDataDir}, not the temporary ${folders.userDataDir}`);
    }
    if (!prefs && main.rendererSandboxed === null) {
      problems.push("neither the web preferences nor the renderer's sandbox could be read back");
    }
  } else {
    read.push("main process not inspectable (the packaged binary's fuses), so the sandbox is not read back");
  }
  if (problems.length > 0) fail(`security settings are wrong:\n    ${problems.join('\n    ')}`);
  return [...read, 'CSP header'].join('; ');
}

/** The simulation runs in its worker and its results reach the dock. */
export async function stepSimulationResult(window: SmokeWindow, timeoutMs: number): Promise<string> {
  const dock: Target = { kind: 'region', name: 'Simulation results' };
  await expectVisible(window, dock, timeoutMs, 'no simulation results');
  const revision = async () => Number((await window.attribute(dock, 'data-report-revision')) ?? '0');
  const { ok, last } = await pollUntil(revision, (value) => value > 0, timeoutMs);
  if (!ok) fail(`no simulation result within ${Math.round(timeoutMs / 1000)} s (report revision ${last})`);
  return `report revision ${last}`;
}

/** Renames a role on its card and waits until the project file has it ("Saved"). */
export async function stepEditRole(window: SmokeWindow, timeoutMs: number): Promise<string> {
  await window.dblclick({ kind: 'card-text', title: EDITED_ROLE, text: EDITED_ROLE });
  const field: Target = { kind: 'label', label: `Title of ${EDITED_ROLE}` };
  await expectVisible(window, field, timeoutMs, 'the card did not open its title for editing');
  await window.fill(field, EDITED_TITLE);
  await window.press('Enter');
  await expectVisible(window, { kind: 'card', title: EDITED_TITLE }, timeoutMs, 'the rename did not show');
  await expectVisible(window, { kind: 'status', text: 'Saved' }, timeoutMs, 'the edit was not saved');
  expectNoConsoleErrors(window, 'editing a role');
  return `"${EDITED_ROLE}" renamed "${EDITED_TITLE}", saved`;
}

export function findFiles(folder: string, suffix: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => path.join(folder, name));
}

/** The app quits when asked, exits with 0 and releases its project locks (`<file>.lock`). */
export async function stepQuit(app: SmokeApp, folders: SmokeFolders, timeoutMs: number): Promise<string> {
  const result = await app.quit(timeoutMs);
  if (result.exitCode !== 0) {
    fail(`the app did not quit cleanly: exit code ${result.exitCode}, signal ${result.signal}`);
  }
  const locks = [...findFiles(folders.dataDir, '.lock'), ...findFiles(folders.elsewhereDir, '.lock')];
  if (locks.length > 0) fail(`the app quit but left project locks behind: ${locks.join(', ')}`);
  return 'exit code 0, no project lock left';
}

/** After a restart on the same folders, the sample reopens with the edit. */
export async function stepEditSurvivedRestart(window: SmokeWindow, timeoutMs: number): Promise<string> {
  const why = 'after a restart the edit is gone';
  await expectVisible(window, { kind: 'heading', name: SAMPLE_PROJECT }, timeoutMs, why);
  await expectVisible(window, { kind: 'card', title: EDITED_TITLE }, timeoutMs, why);
  try {
    await window.waitForGone({ kind: 'card', title: EDITED_ROLE }, timeoutMs);
  } catch {
    fail(`${why}: the card is still called "${EDITED_ROLE}"`);
  }
  expectNoConsoleErrors(window, 'reopening the project');
  return `"${EDITED_TITLE}" still there`;
}

/** Copies the saved project out of the data folder, as a file a user might double-click. */
export function copyProjectElsewhere(folders: SmokeFolders): string {
  const projects = findFiles(folders.dataDir, '.ballast');
  if (projects.length !== 1) {
    fail(`expected one project in the data folder ${folders.dataDir}, found ${projects.length}`);
  }
  mkdirSync(folders.elsewhereDir, { recursive: true });
  const copy = path.join(folders.elsewhereDir, 'Double-clicked plan.ballast');
  copyFileSync(projects[0], copy);
  return copy;
}

/**
 * Launched with only a file path (as the OS does on a double-click), the app opens that file: the
 * project shows, and its lock sits beside the copy (so it is that file that is open, not the original).
 */
export async function stepOpenedByPath(
  window: SmokeWindow,
  file: string,
  timeoutMs: number,
): Promise<string> {
  const why = `the project given by its path (${file}) did not open`;
  await expectVisible(window, { kind: 'heading', name: SAMPLE_PROJECT }, timeoutMs, why);
  await expectVisible(window, { kind: 'card', title: EDITED_TITLE }, timeoutMs, why);
  const locked = await pollUntil(
    async () => existsSync(`${file}.lock`),
    (value) => value,
    timeoutMs,
  );
  if (!locked.ok) fail(`${why}: no lock beside it, so another file is open`);
  expectNoConsoleErrors(window, 'opening a project by its path');
  return path.basename(file);
}

// ---- the walk ----

export interface StepReport {
  name: string;
  ok: boolean;
  detail: string;
}

export interface WalkOptions {
  launch: Launcher;
  folders: SmokeFolders;
  expectedCsp: string;
  timeoutMs: number;
  /** A name for the screenshot: desktop-<label>.png. */
  label: string;
  report?: (step: StepReport) => void;
}

/**
 * Three launches on the same temporary folders: the sample (checks, edit, quit), a restart (the edit
 * survived, quit), and a launch with a file path (it opens, quit). Stops at the first failing step and
 * ends any app still running; resolves with every step's report.
 */
export async function runWalk(options: WalkOptions): Promise<StepReport[]> {
  const { launch, folders, expectedCsp, timeoutMs } = options;
  const reports: StepReport[] = [];
  let running: SmokeApp | null = null;

  const step = async (name: string, body: () => Promise<string> | string): Promise<void> => {
    try {
      const detail = await body();
      const report = { name, ok: true, detail };
      reports.push(report);
      options.report?.(report);
    } catch (error) {
      const detail =
        error instanceof SmokeFailure
          ? error.message
          : error instanceof Error
            ? error.message
            : String(error);
      const report = { name, ok: false, detail };
      reports.push(report);
      options.report?.(report);
      throw new SmokeFailure(detail);
    }
  };
  const start = async (args: string[]): Promise<{ app: SmokeApp; window: SmokeWindow }> => {
    const app = await launch({ args: [...args, ...folderArgs(folders)] });
    running = app;
    return { app, window: await app.firstWindow(timeoutMs) };
  };
  const quit = async (app: SmokeApp) => {
    const detail = await stepQuit(app, folders, timeoutMs);
    running = null;
    return detail;
  };

  try {
    let first!: { app: SmokeApp; window: SmokeWindow };
    await step('launch on the founder sample', async () => {
      first = await start(['--sample', SAMPLE_ID]);
      return `the ${first.app.mode} app, projects in ${folders.dataDir}`;
    });
    await step('window opens on the sample, no console error', () =>
      stepWindowOnSample(first.window, timeoutMs),
    );
    await step('security settings of the live window', () =>
      stepSecurity(first.app, first.window, expectedCsp, folders),
    );
    await step('a simulation result appears', () => stepSimulationResult(first.window, timeoutMs));
    await step('screenshot', async () => {
      mkdirSync(folders.screenshotDir, { recursive: true });
      const file = path.join(folders.screenshotDir, `desktop-${options.label}.png`);
      await first.window.screenshot(file);
      return file;
    });
    await step('a role edit is saved', () => stepEditRole(first.window, timeoutMs));
    await step('quit', () => quit(first.app));

    let second!: { app: SmokeApp; window: SmokeWindow };
    await step('restart', async () => {
      second = await start(['--sample', SAMPLE_ID]);
      return 'same folders';
    });
    await step('the edit survived the restart', () => stepEditSurvivedRestart(second.window, timeoutMs));
    await step('quit after the restart', () => quit(second.app));

    let file = '';
    let third!: { app: SmokeApp; window: SmokeWindow };
    await step('launch with a project file path', async () => {
      file = copyProjectElsewhere(folders);
      third = await start([file]);
      return file;
    });
    await step('the project given by its path opens', () => stepOpenedByPath(third.window, file, timeoutMs));
    await step('clean quit', () => quit(third.app));
  } catch (error) {
    if (!(error instanceof SmokeFailure)) throw error;
  } finally {
    const left = running as SmokeApp | null;
    if (left) await left.kill().catch(() => undefined);
  }
  return reports;
}
