import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { _electron, chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type {
  Launcher,
  MainSecurityReadBack,
  PageSecurityProbe,
  QuitResult,
  SmokeApp,
  SmokeWindow,
  Target,
} from './walk';

/**
 * The real driver of the smoke walk: Playwright's Electron support (from source) or a Chrome DevTools
 * connection (the packaged binary, whose fuses turn off the --inspect that `_electron.launch` needs).
 * Not unit-tested here (no Electron binary); it only maps the walk's few calls onto Playwright.
 */

function locate(page: Page, target: Target): Locator {
  const card = (title: string) => page.locator(`[data-testid="role-card"][aria-label^="${title},"]`);
  switch (target.kind) {
    case 'heading':
      return page.getByRole('heading', { name: target.name, level: 1 });
    case 'card':
      return card(target.title);
    case 'card-text':
      return card(target.title).getByText(target.text, { exact: true });
    case 'label':
      return page.getByLabel(target.label);
    case 'status':
      return page.getByRole('status').filter({ hasText: new RegExp(`^${target.text}$`) });
    case 'region':
      return page.getByRole('region', { name: target.name });
  }
}

/** Collects console errors and uncaught exceptions of every page of the context. */
function collectErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  return errors;
}

// Runs in the page (serialised by Playwright, evaluated through DevTools, so the CSP does not apply).
async function pageProbe(): Promise<PageSecurityProbe> {
  const page = globalThis as unknown as {
    location: { origin: string; href: string };
    ballast?: object;
    fetch(url: string, init: object): Promise<{ headers: { get(name: string): string | null } }>;
  };
  const response = await page.fetch(page.location.href, { cache: 'no-store' });
  return {
    origin: page.location.origin,
    typeofRequire: typeof (globalThis as Record<string, unknown>).require,
    typeofProcess: typeof (globalThis as Record<string, unknown>).process,
    typeofModule: typeof (globalThis as Record<string, unknown>).module,
    bridgeKeys: Object.keys(page.ballast ?? {}),
    csp: response.headers.get('content-security-policy'),
  };
}

export function smokeWindow(page: Page, errors: string[]): SmokeWindow {
  return {
    consoleErrors: () => [...errors],
    waitFor: (target, timeout) => locate(page, target).first().waitFor({ state: 'visible', timeout }),
    waitForGone: (target, timeout) => locate(page, target).first().waitFor({ state: 'hidden', timeout }),
    dblclick: (target) => locate(page, target).first().dblclick(),
    fill: (target, value) => locate(page, target).fill(value),
    press: (key) => page.keyboard.press(key),
    attribute: (target, name) => locate(page, target).first().getAttribute(name),
    title: () => page.title(),
    probeSecurity: () => page.evaluate(pageProbe),
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
  };
}

/** On Linux, Chromium's renderer sandbox puts the process under a seccomp-bpf filter (mode 2). */
export function linuxSeccompSandboxed(pid: number): boolean | null {
  if (process.platform !== 'linux' || pid <= 0) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const mode = /^Seccomp:\s*(\d)/m.exec(status);
    return mode ? mode[1] === '2' : null;
  } catch {
    return null;
  }
}

function exitOf(child: ChildProcess, timeoutMs: number): Promise<QuitResult | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ exitCode: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    child.once('exit', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal });
    });
  });
}

/** `electron .` from the repository, through Playwright's Electron driver, with the OS sandbox on. */
export function sourceLauncher(options: { root: string; env: NodeJS.ProcessEnv }): Launcher {
  return async ({ args }) => {
    const app = await _electron.launch({
      args: ['.', ...args],
      cwd: options.root,
      env: options.env as Record<string, string>,
      // Playwright adds --no-sandbox on Linux unless told otherwise; the smoke test checks the real thing.
      chromiumSandbox: true,
      timeout: 90_000,
    });
    const errors = collectErrors(app.context());
    const child = app.process();
    const smokeApp: SmokeApp = {
      mode: 'source',
      firstWindow: async (timeout) => smokeWindow(await app.firstWindow({ timeout }), errors),
      mainSecurity: async () => {
        const main = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
          const contents = BrowserWindow.getAllWindows()[0]?.webContents;
          // getLastWebPreferences() left Electron's typings; read it where the runtime still has it.
          const withPrefs = contents as unknown as {
            getLastWebPreferences?: () => Record<string, unknown> | null;
          };
          const prefs = withPrefs?.getLastWebPreferences?.() ?? null;
          const pid = contents?.getOSProcessId() ?? -1;
          const metric = electronApp.getAppMetrics().find((entry) => entry.pid === pid);
          return {
            webPreferences: prefs
              ? {
                  contextIsolation: prefs.contextIsolation as boolean | undefined,
                  sandbox: prefs.sandbox as boolean | undefined,
                  nodeIntegration: prefs.nodeIntegration as boolean | undefined,
                  nodeIntegrationInSubFrames: prefs.nodeIntegrationInSubFrames as boolean | undefined,
                  webviewTag: prefs.webviewTag as boolean | undefined,
                }
              : null,
            metricSandboxed: metric?.sandboxed ?? null,
            rendererPid: pid,
            noSandboxSwitch: electronApp.commandLine.hasSwitch('no-sandbox'),
            userDataDir: electronApp.getPath('userData'),
          };
        });
        const { metricSandboxed, rendererPid, ...rest } = main;
        const readBack: MainSecurityReadBack = {
          ...rest,
          rendererSandboxed: metricSandboxed ?? linuxSeccompSandboxed(rendererPid),
        };
        return readBack;
      },
      quit: async (timeout) => {
        const exited = exitOf(child, timeout);
        await app.close(); // app.quit(), then waits for the process
        return (await exited) ?? { exitCode: null, signal: 'still running' };
      },
      kill: async () => {
        child.kill('SIGKILL');
      },
    };
    return smokeApp;
  };
}

function waitForDevTools(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`the app printed no DevTools address within ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the app exited (code ${code}) before it could be driven:\n${output}`));
    });
  });
}

/**
 * The packaged executable, started as a user's double-click would be (plus --remote-debugging-port, a
 * Chromium switch no fuse turns off) and driven over the Chrome DevTools Protocol.
 */
export function packagedLauncher(options: { executable: string; env: NodeJS.ProcessEnv }): Launcher {
  return async ({ args }) => {
    const child = spawn(options.executable, ['--remote-debugging-port=0', ...args], {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const endpoint = await waitForDevTools(child, 90_000);
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0];
    const errors = collectErrors(context);
    let page: Page | null = null;
    const smokeApp: SmokeApp = {
      mode: 'packaged',
      firstWindow: async (timeout) => {
        page = context.pages().find((p) => p.url().startsWith('app://')) ?? null;
        while (!page) {
          const next = await context.waitForEvent('page', { timeout });
          if (next.url().startsWith('app://') || next.url() === 'about:blank') page = next;
        }
        return smokeWindow(page, errors);
      },
      mainSecurity: async () => null,
      quit: async (timeout) => {
        // Closing the last window quits on Windows and Linux; macOS keeps the app, so it gets SIGTERM,
        // which Electron turns into a normal quit (will-quit runs, the backend releases its locks).
        await page
          ?.evaluate(() => (globalThis as unknown as { close(): void }).close())
          .catch(() => undefined);
        let result = await exitOf(child, Math.min(timeout, 10_000));
        if (!result && process.platform !== 'win32') {
          child.kill('SIGTERM');
          result = await exitOf(child, timeout);
        }
        await browser.close().catch(() => undefined);
        return result ?? { exitCode: null, signal: 'still running' };
      },
      kill: async () => {
        child.kill('SIGKILL');
        await browser.close().catch(() => undefined);
      },
    };
    return smokeApp;
  };
}
