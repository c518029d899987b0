// `npm run smoke:desktop`: the real Electron app from source, driven by Playwright on a temporary data
// folder through the essentials (scripts/smoke/walk.ts). `npm run smoke:packaged` (or `--packaged`): the
// same walk against the unpacked output of `npm run package`, the binary users get.
//
//   npm run smoke:desktop [-- --no-build]
//   npm run smoke:packaged [-- --executable <path>]
//
// Not part of `npm test`: it needs Electron's binary and a display (xvfb-run on Linux). Without the binary
// it says so, naming how to get it, and exits with 2. Exit code 1: a step failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../src/backend/transport/content-security-policy';
import { readBetterSqliteVersion, readElectronInfo } from './lib/electron-info.mjs';
import { NativeBuildError, buildElectronBinding, hasCurrentBuild } from './lib/electron-native-build.mjs';
import { electronNativeBindingPath } from './lib/native-paths.mjs';
import { electronLaunchEnv } from './lib/start-args.mjs';
import { displayProblem, findPackagedApp, findSourceElectron } from './smoke/binaries';
import { packagedLauncher, sourceLauncher } from './smoke/playwright-driver';
import { runWalk, type Launcher, type SmokeFolders } from './smoke/walk';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const packaged = argv.includes('--packaged');
const mode = packaged ? 'packaged' : 'source';

function stop(message: string, code: number): never {
  console.error(`\n✖ ${message}`);
  process.exit(code);
}

function option(name: string): string | null {
  const index = argv.indexOf(name);
  return index >= 0 && index + 1 < argv.length ? argv[index + 1] : null;
}

async function sourceApp(): Promise<Launcher> {
  const electron = findSourceElectron(root, process.env, process.platform);
  if (!electron.ok) stop(electron.message, 2);
  const display = displayProblem(process.platform, process.env);
  if (display) stop(display, 2);

  const { version, abi } = readElectronInfo(root);
  if (!argv.includes('--no-build')) {
    console.log('▸ Building the app (electron-vite build)');
    const vite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    const build = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) stop('The build failed (see above).', 1);
  }
  const betterSqlite = readBetterSqliteVersion(root);
  let binding = electronNativeBindingPath(root, version);
  if (!hasCurrentBuild(root, version, betterSqlite)) {
    console.log(
      `▸ Building better-sqlite3 ${betterSqlite} for Electron ${version} (once, as npm start does)`,
    );
    try {
      binding = await buildElectronBinding({
        root,
        electronVersion: version,
        electronAbi: abi,
        betterSqliteVersion: betterSqlite,
        log: (message) => console.log(`  ${message}`),
      });
    } catch (error) {
      if (error instanceof NativeBuildError) stop(error.message, 1);
      throw error;
    }
  }
  console.log(`▸ Electron ${version} from source: ${electron.path}`);
  return sourceLauncher({ root, env: electronLaunchEnv(process.env, binding) });
}

function packagedApp(): Launcher {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
    productName: string;
  };
  const given = option('--executable');
  const found = given
    ? { ok: true as const, path: path.resolve(given) }
    : findPackagedApp(path.join(root, 'release', pkg.version), process.platform, process.arch, {
        productName: pkg.productName,
        executableName: 'ballast', // electron-builder.yml: linux.executableName
      });
  if (!found.ok) stop(found.message, 2);
  const display = displayProblem(process.platform, process.env);
  if (display) stop(display, 2);
  console.log(`▸ The packaged app: ${found.path}`);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.BALLAST_NATIVE_BINDING; // the package carries its own Electron build of better-sqlite3
  return packagedLauncher({ executable: found.path, env });
}

async function main(): Promise<void> {
  const launch = packaged ? packagedApp() : await sourceApp();
  const work = mkdtempSync(path.join(tmpdir(), 'ballast-smoke-'));
  const folders: SmokeFolders = {
    dataDir: path.join(work, 'projects'),
    userDataDir: path.join(work, 'user-data'),
    elsewhereDir: path.join(work, 'elsewhere'),
    screenshotDir: path.join(root, 'test-results', 'smoke'),
  };
  console.log(`▸ Walking the essentials (${mode}), data in ${work}\n`);
  const reports = await runWalk({
    launch,
    folders,
    expectedCsp: CONTENT_SECURITY_POLICY,
    timeoutMs: 60_000,
    label: `${mode}-${process.platform}`,
    report: (step) => console.log(`${step.ok ? '✔' : '✖'} ${step.name}: ${step.detail}`),
  });
  const failed = reports.find((step) => !step.ok);
  if (failed)
    stop(`Desktop smoke test (${mode}) failed at "${failed.name}". Its folders are kept: ${work}`, 1);
  rmSync(work, { recursive: true, force: true });
  console.log(`\n✔ Desktop smoke test (${mode}): ${reports.length} steps passed`);
}

main().catch((error: unknown) => stop(error instanceof Error ? error.message : String(error), 1));
