import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron binaries are: the one `electron .` runs from source, and the packaged executable in
 * electron-builder's unpacked output. Each lookup returns the path, or a message that says what is
 * missing and how to get it (the smoke script prints it and exits non-zero, never a stack trace).
 */

export type Found = { ok: true; path: string } | { ok: false; message: string };

/** The file node_modules/electron/install.js would put in dist/ (its path.txt), per platform. */
export function electronDistFile(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The Electron binary of node_modules/electron, found the way its index.js finds it (path.txt, or
 * ELECTRON_OVERRIDE_DIST_PATH), but without its download: requiring `electron` downloads a missing binary.
 */
export function findSourceElectron(root: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Found {
  const electronDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(path.join(electronDir, 'package.json'))) {
    return { ok: false, message: 'node_modules/electron is missing: run `npm install` first.' };
  }
  const version = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version as string;
  const pathFile = path.join(electronDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const relative = recorded || electronDistFile(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative) : path.join(electronDir, 'dist', relative);
  if (existsSync(binary)) return { ok: true, path: binary };
  return {
    ok: false,
    message: [
      `Electron's binary is not installed, so the desktop smoke test cannot run on this machine.`,
      `  missing: ${binary}`,
      `  Get Electron ${version} on a machine with internet: \`node node_modules/electron/install.js\``,
      `  (npm skips it when ELECTRON_SKIP_BINARY_DOWNLOAD=1 is set; \`npm start\` also downloads it), or set`,
      `  ELECTRON_OVERRIDE_DIST_PATH to a folder that holds an Electron ${version} build.`,
      `  The hosted CI workflow (.github/workflows/release.yml) runs this test on Linux, macOS and Windows.`,
    ].join('\n'),
  };
}

/**
 * The unpacked app electron-builder leaves beside the installers (release/<version>/), per platform and
 * architecture: linux-unpacked/ballast, mac/Ballast.app/Contents/MacOS/Ballast, win-unpacked/Ballast.exe.
 */
export function packagedCandidates(
  releaseDir: string,
  platform: NodeJS.Platform,
  arch: string,
  names: { productName: string; executableName: string },
): string[] {
  const suffixes = arch === 'x64' ? ['', '-x64'] : [`-${arch}`, ''];
  if (platform === 'darwin') {
    const folders =
      arch === 'x64' ? ['mac', 'mac-x64', 'mac-universal'] : [`mac-${arch}`, 'mac-universal', 'mac'];
    return folders.map((folder) =>
      path.join(releaseDir, folder, `${names.productName}.app`, 'Contents', 'MacOS', names.productName),
    );
  }
  if (platform === 'win32') {
    return suffixes.map((suffix) =>
      path.join(releaseDir, `win${suffix}-unpacked`, `${names.productName}.exe`),
    );
  }
  return suffixes.map((suffix) => path.join(releaseDir, `linux${suffix}-unpacked`, names.executableName));
}

export function findPackagedApp(
  releaseDir: string,
  platform: NodeJS.Platform,
  arch: string,
  names: { productName: string; executableName: string },
): Found {
  const candidates = packagedCandidates(releaseDir, platform, arch, names);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return { ok: true, path: found };
  return {
    ok: false,
    message: [
      'No packaged app to test: none of these exists:',
      ...candidates.map((candidate) => `  ${candidate}`),
      'Run `npm run package` first (it needs internet and, for the app to start, Electron-capable hardware),',
      'or name the executable with `npm run smoke:packaged -- --executable <path>`.',
    ].join('\n'),
  };
}

/** On Linux, Electron needs a display: say so before launching rather than after a time-out. */
export function displayProblem(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string | null {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'There is no display (DISPLAY and WAYLAND_DISPLAY are unset): run it under a virtual one, e.g. `xvfb-run -a npm run smoke:desktop`.';
}
