import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { userPaths } from '../../electron/main/paths';

describe('app folders', () => {
  const base = {
    appPath: '/repo',
    resourcesPath: '/opt/Ballast/resources',
    documentsDir: '/home/u/Documents',
    userDataDir: '/home/u/.config/Ballast',
  };

  it('puts projects in Documents/Ballast and app state in userData', () => {
    const paths = userPaths({ ...base, isPackaged: true });
    expect(paths.dataDir).toBe(path.join('/home/u/Documents', 'Ballast'));
    expect(paths.stateDir).toBe('/home/u/.config/Ballast');
    expect(paths.windowStateFile).toBe(path.join('/home/u/.config/Ballast', 'window-state.json'));
  });

  it('puts projects in the --data-dir folder when one was given', () => {
    const paths = userPaths({ ...base, isPackaged: true, dataDirOverride: '/tmp/smoke/projects' });
    expect(paths.dataDir).toBe('/tmp/smoke/projects');
    expect(paths.stateDir).toBe('/home/u/.config/Ballast');
  });

  it('reads samples from the packaged resources, or from the repository when run from source', () => {
    expect(userPaths({ ...base, isPackaged: true }).samplesDir).toBe(
      path.join('/opt/Ballast/resources', 'samples'),
    );
    expect(userPaths({ ...base, isPackaged: false }).samplesDir).toBe(
      path.join('/repo', 'resources', 'samples'),
    );
  });
});
