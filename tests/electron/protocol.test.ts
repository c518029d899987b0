import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createAppRequestHandler,
  registerAppSchemeAsPrivileged,
  resolveAppRequestPath,
  serveAppProtocol,
} from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../src/backend/transport/content-security-policy';

// out/renderer stand-in, with a secret next to it that must never be served.
let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'ballast-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Ballast</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'do not serve');
  writeFileSync(path.join(base, 'renderer-evil.txt'), 'sibling with a shared prefix');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app scheme registration', () => {
  it('registers app:// as a standard, secure scheme with fetch, and nothing that bypasses CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppSchemeAsPrivileged({ registerSchemesAsPrivileged });
    const [[schemes]] = registerSchemesAsPrivileged.mock.calls;
    expect(schemes).toHaveLength(1);
    expect(schemes[0].scheme).toBe('app');
    expect(schemes[0].privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(schemes[0].privileges.bypassCSP).toBeFalsy();
    expect(schemes[0].privileges.allowServiceWorkers).toBeFalsy();
  });

  it('handles the app scheme with a handler serving the renderer folder', async () => {
    const handle = vi.fn();
    serveAppProtocol({ handle }, root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const response: Response = await handle.mock.calls[0][1](new Request('app://ballast/index.html'));
    expect(response.status).toBe(200);
  });
});

describe('resolveAppRequestPath', () => {
  it('maps app URLs to files in the renderer folder, / to index.html', () => {
    expect(resolveAppRequestPath('app://ballast/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequestPath('app://ballast/assets/index-abc.js?v=1#x', root)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
  });

  it.each([
    'app://ballast/../../etc/passwd',
    'app://ballast/%2e%2e/secret.txt',
    'app://ballast/..%2fsecret.txt',
    'app://ballast/..%5csecret.txt',
    'app://ballast/assets/..%2f..%2fsecret.txt',
    'app://ballast/..%2frenderer-evil.txt',
    'app://ballast/%2fetc%2fpasswd',
    'app://ballast/C:%5cWindows%5cwin.ini',
    'app://ballast/index.html%00.js',
    'app://ballast/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s or keeps it inside the folder', (url) => {
    const resolved = resolveAppRequestPath(url, root);
    if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
  });

  it('refuses traversal outright rather than clamping it into the folder', () => {
    expect(resolveAppRequestPath('app://ballast/..%2fsecret.txt', root)).toBeNull();
    expect(resolveAppRequestPath('app://ballast/assets/..%2f..%2fsecret.txt', root)).toBeNull();
    expect(resolveAppRequestPath('app://other/index.html', root)).toBeNull();
  });
});

describe('app protocol handler', () => {
  const handler = () => createAppRequestHandler(root);

  it('serves index.html with the CSP header and the right content type', async () => {
    const response = await handler()(new Request('app://ballast/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Ballast</title>');
  });

  it('serves scripts as JavaScript (module scripts need it)', async () => {
    const response = await handler()(new Request('app://ballast/assets/index-abc.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    'app://ballast/../../etc/passwd',
    'app://ballast/..%2fsecret.txt',
    'app://ballast/..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://ballast/assets/..%2f..%2fsecret.txt',
  ])('never serves a file outside the folder: %s', async (url) => {
    const response = await handler()(new Request(url));
    expect(response.status).not.toBe(200);
    expect([403, 404]).toContain(response.status);
    const body = await response.text();
    expect(body).not.toContain('do not serve');
    expect(body).not.toContain('root:');
  });

  it('answers 404 for a missing file, 405 for anything but GET and HEAD', async () => {
    expect((await handler()(new Request('app://ballast/missing.js'))).status).toBe(404);
    expect(
      (await handler()(new Request('app://ballast/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });
});
