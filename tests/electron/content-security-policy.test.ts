import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppRequestHandler } from '../../electron/main/protocol';
import { startWebServer, type RunningWebServer } from '../../src/backend/transport/http-server';
import { CONTENT_SECURITY_POLICY } from '../../src/backend/transport/content-security-policy';

/**
 * The desktop app and browser mode serve the same UI, so they must send the same policy: the one in
 * content-security-policy.ts, not two copies that drift apart.
 */

let base: string;
let root: string;
let server: RunningWebServer;
beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'ballast-csp-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Ballast</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  server = await startWebServer({
    dispatch: async () => ({ ok: true, value: null }),
    staticDir: root,
    secret: 'csp-test-secret-0123456789',
    port: 0,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

describe('one Content-Security-Policy for both transports', () => {
  it.each(['index.html', 'assets/index-abc.js'])('sends the same policy with %s', async (file) => {
    const electron = await createAppRequestHandler(root)(new Request(`app://ballast/${file}`));
    const web = await fetch(`http://127.0.0.1:${server.port}/${file}`);
    expect(electron.status).toBe(200);
    expect(web.status).toBe(200);
    expect(web.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(electron.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is the strict policy: nothing by default, workers only from the app', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('blob: ;');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/worker-src[^;]*blob:/);
  });
});
