#!/usr/bin/env node
// `npm start`: build the app, make sure better-sqlite3 exists for Electron (apart from the Node build the
// tests use), and open Ballast on the sample project. Pass your own arguments after `--`, for example
// `npm start -- ~/Plans/Acme.ballast`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBetterSqliteVersion, readElectronInfo } from './lib/electron-info.mjs';
import { NativeBuildError, buildElectronBinding, hasCurrentBuild } from './lib/electron-native-build.mjs';
import { electronNativeBindingPath } from './lib/native-paths.mjs';
import { run, step } from './lib/run.mjs';
import { electronLaunchArgs, electronLaunchEnv } from './lib/start-args.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

async function main() {
  const electron = readElectronInfo(root);
  const betterSqlite = readBetterSqliteVersion(root);

  step('Building the app (electron-vite build)');
  const viteBin = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if ((await run(process.execPath, [viteBin, 'build'], { cwd: root })) !== 0)
    fail('The build failed (see above).');

  step(`Checking better-sqlite3 ${betterSqlite} for Electron ${electron.version}`);
  let binding = electronNativeBindingPath(root, electron.version);
  if (hasCurrentBuild(root, electron.version, betterSqlite)) {
    console.log(`  found ${path.relative(root, binding)}`);
  } else {
    console.log(
      '  not built yet: building it once, apart from node_modules (the tests keep their Node build)',
    );
    try {
      binding = await buildElectronBinding({
        root,
        electronVersion: electron.version,
        electronAbi: electron.abi,
        betterSqliteVersion: betterSqlite,
        log: (message) => console.log(`  ${message}`),
      });
    } catch (error) {
      if (error instanceof NativeBuildError) fail(error.message);
      throw error;
    }
    console.log(`  built ${path.relative(root, binding)}`);
  }

  step(`Starting Electron ${electron.version}`);
  const electronCli = path.join(root, 'node_modules', 'electron', 'cli.js');
  if (!existsSync(electronCli)) fail('node_modules/electron is missing: run `npm install` first.');
  console.log('  (the first start downloads the Electron binary, which needs internet)');
  const args = electronLaunchArgs(process.argv.slice(2));
  const code = await run(process.execPath, [electronCli, ...args], {
    cwd: root,
    env: electronLaunchEnv(process.env, binding),
  });
  if (code !== 0) {
    fail(
      `Electron exited with code ${code}. If it could not be downloaded, check the internet connection ` +
        '(or set ELECTRON_MIRROR), then run `npm start` again.',
    );
  }
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
