import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

export interface WebApp {
  /** The URL Ballast printed, secret included. */
  url: string;
  origin: string;
  dataDir: string;
  stateDir: string;
  stop(): Promise<void>;
}

/**
 * Starts browser mode exactly as `npm run web` does after its build step (the global setup builds the UI
 * once), with its own data and state folders, and waits for the URL it prints.
 */
export async function startWebApp(options: { root?: string } = {}): Promise<WebApp> {
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'ballast-e2e-'));
  const dataDir = join(root, 'data');
  const stateDir = join(root, 'state');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/web.ts', '--port', '0', '--data', dataDir, '--state', stateDir],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await waitForUrl(child);
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    stateDir,
    stop: async () => {
      await stopProcess(child);
      if (!options.root) rmSync(root, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`browser mode did not print its URL in 30 s:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#secret=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`browser mode exited with ${code} before printing its URL:\n${output}`));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
