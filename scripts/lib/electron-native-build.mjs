import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { capture, run } from './run.mjs';
import { electronNativeBindingPath, electronNativeDir } from './native-paths.mjs';

/**
 * Builds better-sqlite3 for Electron apart from the Node build.
 *
 * node_modules/better-sqlite3/build holds the Node-ABI build that the tests load; it is never touched.
 * Instead the package is copied to .native/work, built there for Electron's ABI (a prebuilt download
 * first, a source build with Electron's headers as fallback) and the one .node file is kept in
 * .native/electron-<version>/. The app loads it through better-sqlite3's `nativeBinding` option.
 */

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/**
 * The environment for the build tools, without npm settings that would silently build for Node: a
 * machine-wide `nodedir` (this project's CI machines set nodedir=/usr) makes node-gyp use Node's own
 * headers and produce a Node-ABI binary in the Electron folder.
 */
export function buildEnv(env) {
  const clean = { ...env };
  for (const key of Object.keys(clean)) {
    const lower = key.toLowerCase();
    if (
      [
        'npm_config_nodedir',
        'npm_config_target',
        'npm_config_runtime',
        'npm_config_disturl',
        'npm_config_dist_url',
      ].includes(lower) ||
      lower === 'npm_config_build_from_source'
    ) {
      delete clean[key];
    }
  }
  return clean;
}

export function prebuildInstallArgs(electronVersion, platform, arch) {
  return [
    '--runtime',
    'electron',
    '--target',
    electronVersion,
    '--platform',
    platform,
    '--arch',
    arch,
    '--verbose',
  ];
}

export function nodeGypArgs(electronVersion, arch, devDir) {
  return [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    `--dist-url=${ELECTRON_HEADERS_URL}`,
    `--devdir=${devDir}`,
  ];
}

/** npm's own node-gyp when run through npm, else the one in node_modules. */
export function findNodeGyp(root, env) {
  const candidates = [
    env.npm_config_node_gyp,
    path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

/**
 * Reads the result of loading the binary in plain Node. An Electron build must fail there with
 * Electron's NODE_MODULE_VERSION; one that loads is a Node build with the wrong label.
 */
export function classifyAbiProbe(probe, expectedAbi) {
  if (probe.code === 0) return 'node-build';
  if (expectedAbi && probe.output.includes(`NODE_MODULE_VERSION ${expectedAbi}`)) return 'electron-build';
  return 'unknown';
}

async function probeAbi(file) {
  const script = `process.dlopen({ exports: {} }, ${JSON.stringify(file)})`;
  return capture(process.execPath, ['-e', script]);
}

const stampFile = (dir) => path.join(dir, 'build-info.json');

/** True when a build for this Electron and this better-sqlite3 version is already in place. */
export function hasCurrentBuild(root, electronVersion, betterSqliteVersion) {
  const target = electronNativeBindingPath(root, electronVersion);
  if (!existsSync(target)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampFile(electronNativeDir(root, electronVersion)), 'utf8'));
    return stamp.betterSqlite3 === betterSqliteVersion;
  } catch {
    return false;
  }
}

export class NativeBuildError extends Error {}

export async function buildElectronBinding(options) {
  const workRoot = path.join(options.root, '.native', 'work');
  try {
    return await buildInWorkDir(workRoot, options);
  } finally {
    rmSync(workRoot, { recursive: true, force: true });
  }
}

async function buildInWorkDir(workRoot, { root, electronVersion, electronAbi, betterSqliteVersion, log }) {
  const workDir = path.join(workRoot, 'better-sqlite3');
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  rmSync(workRoot, { recursive: true, force: true });
  mkdirSync(workRoot, { recursive: true });
  // Copy the package without its build folder: the copy is built from scratch, the original is left as is.
  cpSync(source, workDir, {
    recursive: true,
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });
  const env = buildEnv(process.env);
  const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');

  log(
    `trying a prebuilt better-sqlite3 ${betterSqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})`,
  );
  const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
  let ok = false;
  if (existsSync(prebuild)) {
    const code = await run(
      process.execPath,
      [prebuild, ...prebuildInstallArgs(electronVersion, process.platform, process.arch)],
      {
        cwd: workDir,
        env,
      },
    );
    ok = code === 0 && existsSync(built);
  }

  if (!ok) {
    const nodeGyp = findNodeGyp(root, env);
    if (!nodeGyp)
      throw new NativeBuildError('node-gyp was not found (neither npm’s own nor node_modules/node-gyp).');
    log(
      'no prebuilt binary; compiling from source against Electron’s headers (needs a C++ toolchain and Python)',
    );
    const devDir = path.join(root, '.native', 'headers');
    const code = await run(
      process.execPath,
      [nodeGyp, ...nodeGypArgs(electronVersion, process.arch, devDir)],
      {
        cwd: workDir,
        env,
      },
    );
    ok = code === 0 && existsSync(built);
    if (!ok) {
      throw new NativeBuildError(
        'Building better-sqlite3 for Electron failed. The first `npm start` needs internet (Electron’s headers ' +
          `come from ${ELECTRON_HEADERS_URL}, prebuilt binaries from GitHub) and, without a prebuilt binary, ` +
          'a C++ toolchain with Python (build-essential; Xcode command line tools; Visual Studio Build Tools).',
      );
    }
  }

  const verdict = classifyAbiProbe(await probeAbi(built), electronAbi);
  if (verdict === 'node-build') {
    throw new NativeBuildError(
      'The binary that was built loads in plain Node, so it was built for Node, not Electron. Check that no ' +
        'npm "nodedir" or "target" setting overrides the Electron headers, then delete .native and retry.',
    );
  }
  if (verdict === 'unknown') log('could not confirm the ABI of the build (continuing)');
  else log(`confirmed: the binary is for Electron's ABI ${electronAbi}`);

  const targetDir = electronNativeDir(root, electronVersion);
  mkdirSync(targetDir, { recursive: true });
  cpSync(built, electronNativeBindingPath(root, electronVersion));
  writeFileSync(
    stampFile(targetDir),
    JSON.stringify(
      { electron: electronVersion, abi: electronAbi, betterSqlite3: betterSqliteVersion },
      null,
      2,
    ),
  );
  return electronNativeBindingPath(root, electronVersion);
}
