import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  displayProblem,
  findPackagedApp,
  findSourceElectron,
  packagedCandidates,
} from '../../scripts/smoke/binaries';

const ROOT = path.join(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'ballast-smoke-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const names = { productName: 'Ballast', executableName: 'ballast' };

describe('finding the Electron binaries', () => {
  it('finds the packaged executable electron-builder unpacks, per platform and architecture', () => {
    const release = path.join('/r', '0.1.0');
    expect(packagedCandidates(release, 'linux', 'x64', names)[0]).toBe(
      path.join(release, 'linux-unpacked', 'ballast'),
    );
    expect(packagedCandidates(release, 'linux', 'arm64', names)[0]).toBe(
      path.join(release, 'linux-arm64-unpacked', 'ballast'),
    );
    expect(packagedCandidates(release, 'win32', 'x64', names)[0]).toBe(
      path.join(release, 'win-unpacked', 'Ballast.exe'),
    );
    expect(packagedCandidates(release, 'darwin', 'arm64', names)[0]).toBe(
      path.join(release, 'mac-arm64', 'Ballast.app', 'Contents', 'MacOS', 'Ballast'),
    );
    expect(packagedCandidates(release, 'darwin', 'x64', names)[0]).toBe(
      path.join(release, 'mac', 'Ballast.app', 'Contents', 'MacOS', 'Ballast'),
    );
  });

  it('returns the first that exists, or says to run npm run package', () => {
    const release = path.join(work, 'release');
    const missing = findPackagedApp(release, 'linux', 'x64', names);
    expect(missing).toMatchObject({ ok: false, message: expect.stringContaining('npm run package') });
    mkdirSync(path.join(release, 'linux-unpacked'), { recursive: true });
    writeFileSync(path.join(release, 'linux-unpacked', 'ballast'), '');
    expect(findPackagedApp(release, 'linux', 'x64', names)).toEqual({
      ok: true,
      path: path.join(release, 'linux-unpacked', 'ballast'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH and never asks electron/index.js (which downloads)', () => {
    const dist = path.join(work, 'dist');
    mkdirSync(dist, { recursive: true });
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(findSourceElectron(ROOT, env, 'linux')).toMatchObject({ ok: false });
    writeFileSync(path.join(dist, 'electron'), '');
    expect(findSourceElectron(ROOT, env, 'linux')).toEqual({ ok: true, path: path.join(dist, 'electron') });
  });

  it('asks for a display on Linux only', () => {
    expect(displayProblem('linux', {})).toMatch(/xvfb-run/);
    expect(displayProblem('linux', { DISPLAY: ':99' })).toBeNull();
    expect(displayProblem('win32', {})).toBeNull();
  });
});

describe('npm run smoke:desktop without Electron’s binary', () => {
  it('says so plainly, names how to get it, and exits non-zero, before building anything', () => {
    // On a machine where the binary is installed, point at an empty folder so that it is missing here too.
    const installed = findSourceElectron(ROOT, {}, process.platform).ok;
    const empty = path.join(work, 'no-electron');
    mkdirSync(empty, { recursive: true });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...(installed ? { ELECTRON_OVERRIDE_DIST_PATH: empty } : {}),
    };
    const run = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'smoke:desktop'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      shell: process.platform === 'win32',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Electron's binary is not installed");
    expect(run.stderr).toContain('node node_modules/electron/install.js');
    expect(run.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(run.stderr).not.toMatch(/^\s+at /m); // no stack trace
    expect(run.stdout).not.toContain('Building the app');
  });
});
