import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWebArgs, UsageError } from '../../src/cli/web-options';
import { useTempDir } from '../helpers/temp-dir';

const REPO = join(import.meta.dirname, '..', '..');
const tempDir = useTempDir();
let child: ChildProcess | null = null;
// Registered after useTempDir, so it runs first: the server must have exited before its folders go.
afterEach(async () => {
  const running = child;
  child = null;
  if (!running || running.exitCode !== null) return;
  await new Promise((done) => {
    running.once('exit', done);
    running.kill('SIGTERM');
  });
});

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => done(port));
    });
  });
}

/** Starts `src/cli/web.ts` as `npm run web` does after building, and waits for the URL it prints. */
function startWeb(args: string[]): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/web.ts', ...args], { cwd: REPO });
  return new Promise((done, fail) => {
    let out = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /Open: (\S+)/.exec(out)?.[1];
      if (url) done(url);
    });
    child!.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child!.once('exit', (code) => fail(new Error(`web exited ${code}: ${out}`)));
  });
}

describe('npm run web', () => {
  it('serves on the port asked for, on 127.0.0.1, and guards the API with the printed secret', async () => {
    const root = tempDir();
    const ui = join(root, 'ui');
    mkdirSync(ui);
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Ballast</title>');
    const port = await freePort();
    const url = await startWeb([
      '--port',
      String(port),
      '--data',
      join(root, 'data'),
      '--state',
      join(root, 'state'),
      '--static',
      ui,
    ]);
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/#secret=[\\w-]{20,}$`));
    const secret = new URL(url).hash.slice('#secret='.length);
    const api = `http://127.0.0.1:${port}/api/app.info`;
    const post = (headers: Record<string, string>) =>
      fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });

    expect((await post({})).status).toBe(403);
    expect((await post({ 'X-Ballast-Secret': secret, Origin: 'http://evil.example' })).status).toBe(403);
    const ok = await post({ 'X-Ballast-Secret': secret });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      ok: true,
      value: { transport: 'web', dataDir: join(root, 'data') },
    });
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  });

  it('refuses a missing UI build with a message saying how to build it', async () => {
    const root = tempDir();
    await expect(startWeb(['--static', join(root, 'nothing')])).rejects.toThrow(/not built.*npm run web/);
  });

  it('parses its arguments and names a bad one', () => {
    expect(parseWebArgs(['--port', '5199', '--data', '/d'], '/repo', '/home/u')).toMatchObject({
      port: 5199,
      dataDir: '/d',
      staticDir: '/repo/out/renderer',
    });
    expect(parseWebArgs([], '/repo', '/home/u').dataDir).toBe('/home/u/Documents/Ballast');
    expect(() => parseWebArgs(['--port', 'x'], '/repo')).toThrow(UsageError);
    expect(() => parseWebArgs(['--nope'], '/repo')).toThrow(/Unknown argument "--nope"/);
  });
});
