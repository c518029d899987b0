import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { chooseNativeBinding, electronBindingPath } from '../../electron/main/native-binding';
import { electronNativeBindingPath } from '../../scripts/lib/native-paths.mjs';

describe('native binding choice', () => {
  const root = path.join(path.sep, 'repo');
  const expected = path.join(root, '.native', 'electron-42.1.0', 'better_sqlite3.node');

  it('keeps the Electron build in .native/electron-<version>, apart from node_modules', () => {
    expect(electronBindingPath(root, '42.1.0')).toBe(expected);
  });

  it('agrees with the start script on where that build lives', () => {
    expect(electronNativeBindingPath(root, '42.1.0')).toBe(electronBindingPath(root, '42.1.0'));
  });

  it('uses the bundled module in a packaged app (electron-builder rebuilt it for Electron)', () => {
    expect(
      chooseNativeBinding({
        isPackaged: true,
        appRoot: root,
        electronVersion: '42.1.0',
        exists: () => false,
      }),
    ).toEqual({
      kind: 'bundled',
    });
  });

  it('uses the path from the start script when it exists', () => {
    const choice = chooseNativeBinding({
      isPackaged: false,
      appRoot: root,
      electronVersion: '42.1.0',
      envPath: '/elsewhere/b.node',
      exists: (file) => file === '/elsewhere/b.node',
    });
    expect(choice).toEqual({ kind: 'file', path: '/elsewhere/b.node' });
  });

  it('falls back to the default .native path from source', () => {
    const choice = chooseNativeBinding({
      isPackaged: false,
      appRoot: root,
      electronVersion: '42.1.0',
      exists: (f) => f === expected,
    });
    expect(choice).toEqual({ kind: 'file', path: expected });
  });

  it('never falls back to the Node build: missing means a clear message that names npm start', () => {
    const choice = chooseNativeBinding({
      isPackaged: false,
      appRoot: root,
      electronVersion: '42.1.0',
      exists: () => false,
    });
    expect(choice.kind).toBe('missing');
    if (choice.kind === 'missing') {
      expect(choice.expectedPath).toBe(expected);
      expect(choice.message).toContain('npm start');
    }
  });
});
