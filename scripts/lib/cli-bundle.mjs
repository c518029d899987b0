import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The command-line tools (`npm run simulate`, `npm run import`) run as one esbuild bundle each instead of
 * through tsx, which spent most of a short run compiling TypeScript at start-up. A bundle is rebuilt only
 * when it is stale: the stamp beside it lists every source file the last build read (esbuild's
 * metafile), and a start-up stats those (about 60 files, a millisecond) instead of building (about a
 * second). better-sqlite3 stays external: it is native and loads from node_modules.
 */

export const CLI_ENTRIES = { simulate: 'src/cli/simulate.ts', 'import-csv': 'src/cli/import-csv.ts' };
/** Bundled beside the tools but not tools themselves: what their worker threads run (src/cli/worker-pool.ts). */
export const THREAD_ENTRIES = { 'monte-carlo-thread': 'src/cli/monte-carlo-thread.ts' };
const ALL_ENTRIES = { ...CLI_ENTRIES, ...THREAD_ENTRIES };

/** Where the bundles go; out/ is already ignored by git and excluded from packaging (out/cli). */
export function cliOutDir(root) {
  return path.join(root, 'out', 'cli');
}

export function cliBundlePath(root, name, outDir = cliOutDir(root)) {
  return path.join(outDir, `${name}.mjs`);
}

const STAMP = 'inputs.json';

function mtimeOf(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Whether the bundles must be (re)built: one is missing, the stamp is missing, or a file the last build
 * read (our sources, this script, package-lock.json for dependency updates) is newer or gone.
 */
export function cliBundleIsStale(root, outDir = cliOutDir(root)) {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(path.join(outDir, STAMP), 'utf8')).inputs;
  } catch {
    return true;
  }
  if (!Array.isArray(inputs)) return true;
  let builtAt = Infinity;
  for (const name of Object.keys(ALL_ENTRIES)) {
    const time = mtimeOf(cliBundlePath(root, name, outDir));
    if (time === null) return true;
    builtAt = Math.min(builtAt, time);
  }
  for (const input of inputs) {
    const time = mtimeOf(path.resolve(root, input));
    if (time === null || time > builtAt) return true;
  }
  return false;
}

/** Builds every CLI bundle; each file is written beside its target and renamed, so a run never sees half. */
export async function buildCliBundles(root, outDir = cliOutDir(root)) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      Object.entries(ALL_ENTRIES).map(([name, entry]) => [name, path.join(root, entry)]),
    ),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    // A dynamic import stays one: reading a JSON scenario must not load the native SQLite module.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CommonJS dependencies (papaparse) may call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __ballastRequire } from 'node:module'; const require = __ballastRequire(import.meta.url);",
    },
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  mkdirSync(outDir, { recursive: true });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules'));
  inputs.push('package-lock.json', path.relative(root, new URL(import.meta.url).pathname));
  const stampInputs = [...new Set(inputs)].map((input) => input.split(path.sep).join('/'));
  const suffix = `.${process.pid}.tmp`;
  for (const file of result.outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    writeFileSync(file.path + suffix, file.contents);
    renameSync(file.path + suffix, file.path);
  }
  // Chunks of earlier builds are no longer referenced.
  const written = new Set(result.outputFiles.map((file) => path.basename(file.path)));
  for (const chunk of readdirSync(path.join(outDir, 'chunks'))) {
    if (!written.has(chunk)) rmSync(path.join(outDir, 'chunks', chunk), { force: true });
  }
  // The stamp last: a build that stops half-way leaves the old stamp or none, so the next run rebuilds.
  writeFileSync(path.join(outDir, STAMP) + suffix, JSON.stringify({ inputs: stampInputs }) + '\n');
  renameSync(path.join(outDir, STAMP) + suffix, path.join(outDir, STAMP));
}

/** The bundle for `name`, built first if stale. */
export async function ensureCliBundle(root, name, outDir = cliOutDir(root)) {
  if (!(name in CLI_ENTRIES)) throw new Error(`There is no command-line tool called "${name}".`);
  if (cliBundleIsStale(root, outDir)) await buildCliBundles(root, outDir);
  return cliBundlePath(root, name, outDir);
}
