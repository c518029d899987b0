// `npm run simulate` and `npm run import`: `node scripts/cli.mjs <simulate|import-csv> [args]` runs the
// tool's esbuild bundle in this same process, building it first only when a source file changed
// (scripts/lib/cli-bundle.mjs).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureCliBundle } from './lib/cli-bundle.mjs';

const root = path.resolve(import.meta.dirname, '..');
const [name] = process.argv.splice(2, 1);
let bundle;
try {
  bundle = await ensureCliBundle(root, name ?? '');
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
// The tool sees itself as the script being run, as it would under `node out/cli/<name>.mjs`.
process.argv[1] = bundle;
await import(pathToFileURL(bundle).href);
