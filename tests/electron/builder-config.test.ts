import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The packaging config, checked against electron-builder's own schema (packaging itself cannot run here). */
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed YAML document
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as any;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and targets AppImage and deb, dmg, and nsis', () => {
    expect(config.productName).toBe('Ballast');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('registers .ballast files with a name, opened by Ballast as their editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'ballast', name: 'Ballast Project', role: 'Editor' }),
    ]);
  });

  it('packages the build, ships samples and scenarios as resources, and unpacks the native module', () => {
    expect(config.files).toContain('out/**');
    expect(config.extraResources).toEqual([
      { from: 'resources/samples', to: 'samples' },
      { from: 'resources/scenarios', to: 'scenarios' },
    ]);
    expect(
      config.asarUnpack.some(
        (pattern: string) => pattern.includes('better-sqlite3') && pattern.endsWith('.node'),
      ),
    ).toBe(true);
  });

  it('flips the fuses that turn the app binary into a general Node runtime', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('checks app.asar against its embedded hash and loads nothing from outside it', () => {
    // Integrity validation without onlyLoadAppFromAsar could be bypassed by an unpacked app/ folder.
    expect(config.electronFuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(config.electronFuses.onlyLoadAppFromAsar).toBe(true);
    expect(config.asar).toBe(true);
  });
});
