import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as nativeBuild from '../../scripts/lib/electron-native-build.mjs';
import * as startArgs from '../../scripts/lib/start-args.mjs';
import { readElectronInfo } from '../../scripts/lib/electron-info.mjs';

/** The pure parts of `npm start`; the script itself needs internet and Electron, so it cannot run here. */
describe('npm start: building better-sqlite3 for Electron', () => {
  it('compiles against Electron’s headers for the installed Electron version', () => {
    const args: string[] = nativeBuild.nodeGypArgs('42.11.18', 'x64', '/repo/.native/headers');
    expect(args).toEqual(
      expect.arrayContaining([
        'rebuild',
        '--release',
        '--runtime=electron',
        '--target=42.11.18',
        '--dist-url=https://electronjs.org/headers',
        '--arch=x64',
      ]),
    );
  });

  it('asks prebuild-install for the Electron runtime, not Node', () => {
    const args: string[] = nativeBuild.prebuildInstallArgs('42.11.18', 'darwin', 'arm64');
    expect(args.join(' ')).toContain('--runtime electron --target 42.11.18 --platform darwin --arch arm64');
  });

  it('drops npm settings that would silently build against Node’s headers (nodedir=/usr)', () => {
    const env = nativeBuild.buildEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_config_cache: '/c',
    });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
  });

  it('tells an Electron build from a mislabelled Node build by loading it in Node', () => {
    expect(nativeBuild.classifyAbiProbe({ code: 0, output: '' }, '146')).toBe('node-build');
    const electronFailure = 'was compiled against a different Node.js version using NODE_MODULE_VERSION 146.';
    expect(nativeBuild.classifyAbiProbe({ code: 1, output: electronFailure }, '146')).toBe('electron-build');
    expect(nativeBuild.classifyAbiProbe({ code: 1, output: 'undefined symbol' }, '146')).toBe('unknown');
  });

  it('rebuilds when better-sqlite3 was upgraded since the last Electron build', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ballast-native-'));
    try {
      expect(nativeBuild.hasCurrentBuild(root, '42.1.0', '12.11.1')).toBe(false);
      const dir = path.join(root, '.native', 'electron-42.1.0');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'better_sqlite3.node'), '');
      writeFileSync(path.join(dir, 'build-info.json'), JSON.stringify({ betterSqlite3: '12.11.1' }));
      expect(nativeBuild.hasCurrentBuild(root, '42.1.0', '12.11.1')).toBe(true);
      expect(nativeBuild.hasCurrentBuild(root, '42.1.0', '12.12.0')).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads the installed Electron version and ABI without importing electron', () => {
    const info = readElectronInfo(process.cwd());
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.abi).toMatch(/^\d+$/);
  });
});

describe('npm start: launching Electron', () => {
  it('opens the app folder on the founder-led-startup sample by default', () => {
    expect(startArgs.electronLaunchArgs([])).toEqual(['.', '--sample', 'founder-led-startup']);
  });

  it('passes the user’s own arguments instead, when given', () => {
    expect(startArgs.electronLaunchArgs(['/tmp/Acme.ballast'])).toEqual(['.', '/tmp/Acme.ballast']);
  });

  it('hands Electron the binding path and never runs it as plain Node', () => {
    const env = startArgs.electronLaunchEnv(
      { PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' },
      '/repo/.native/x.node',
    );
    expect(env).toEqual({ PATH: '/bin', BALLAST_NATIVE_BINDING: '/repo/.native/x.node' });
  });
});
