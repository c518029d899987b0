#!/usr/bin/env node
// `npm run package`: build the app and package it with electron-builder (electron-builder.yml) for this
// machine's platform, or for the targets given after `--` (for example `npm run package -- --linux deb`).
//
// electron-builder rebuilds better-sqlite3 for Electron inside node_modules (npmRebuild). That build is
// what the package needs, but it would leave the tests with an Electron-ABI module, so the Node build is
// saved first and put back afterwards, whatever happens.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, step } from './lib/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release');
const saved = path.join(root, '.native', 'node-build-backup', 'Release');

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

let restored = false;
/** Puts the Node build back; also on Ctrl+C, so an interrupted packaging never breaks the tests. */
function restoreNodeBuild() {
  if (restored || !existsSync(saved)) return;
  restored = true;
  step('Restoring the Node build of better-sqlite3 for the tests');
  rmSync(nodeBuild, { recursive: true, force: true });
  cpSync(saved, nodeBuild, { recursive: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    restoreNodeBuild();
    process.exit(130);
  });
}

async function main() {
  step('Building the app (electron-vite build)');
  const viteBin = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if ((await run(process.execPath, [viteBin, 'build'], { cwd: root })) !== 0)
    fail('The build failed (see above).');

  if (existsSync(nodeBuild)) {
    step('Saving the Node build of better-sqlite3 (electron-builder rebuilds it for Electron)');
    rmSync(saved, { recursive: true, force: true });
    mkdirSync(path.dirname(saved), { recursive: true });
    cpSync(nodeBuild, saved, { recursive: true });
  }

  let code;
  try {
    step('Packaging with electron-builder (downloads Electron for each target: needs internet)');
    const builderCli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
    code = await run(
      process.execPath,
      [builderCli, '--config', 'electron-builder.yml', ...process.argv.slice(2)],
      {
        cwd: root,
      },
    );
  } finally {
    restoreNodeBuild();
  }
  if (code !== 0) fail(`electron-builder exited with code ${code}.`);
  console.log('\n✔ Packages are in release/');
}

main().catch((error) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
