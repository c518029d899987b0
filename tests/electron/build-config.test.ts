import { describe, expect, it } from 'vitest';
import path from 'node:path';
import config from '../../electron.vite.config';
import { builtPaths } from '../../electron/main/paths';

/** The build settings the shell depends on; a wrong one would only show when Electron starts. */
describe('electron-vite config', () => {
  const resolved = config as Exclude<typeof config, (...args: never[]) => unknown>;

  it('emits the preload as CommonJS index.cjs (a sandboxed preload cannot be an ES module)', () => {
    const output = resolved.preload?.build?.rolldownOptions?.output;
    expect(output).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(resolved.preload?.build?.externalizeDeps).toBe(false);
  });

  it('loads the preload from where the build puts it', () => {
    expect(builtPaths.preload.endsWith(path.join('preload', 'index.cjs'))).toBe(true);
    expect(path.basename(builtPaths.renderer)).toBe('renderer');
  });

  it('builds the backend process as a second main entry, at the path main forks', () => {
    const input = resolved.main?.build?.rolldownOptions?.input as Record<string, string>;
    expect(input.backend).toBe(path.resolve('electron/backend/index.ts'));
    expect(input.index).toBe(path.resolve('electron/main/index.ts'));
    // Built as out/main/backend.js, beside out/main/index.js, where paths.ts looks for it.
    expect(resolved.main?.build?.outDir).toBe('out/main');
    expect(path.basename(builtPaths.backend)).toBe('backend.js');
    expect(path.basename(path.dirname(builtPaths.backend))).toBe('main');
  });

  it('keeps better-sqlite3 (native) out of the main bundle', () => {
    expect(resolved.main?.build?.rolldownOptions?.external).toContain('better-sqlite3');
  });

  it('builds the renderer from src/renderer with relative asset URLs (app:// and browser mode)', () => {
    expect(resolved.renderer?.base).toBe('./');
    expect(resolved.renderer?.root).toBe(path.resolve('src/renderer'));
  });
});
