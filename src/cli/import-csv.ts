import { rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatImportReport, importReport, importTable } from '../core/csv-import';
import { serializeScenario } from '../core/scenario/serialize';
import { IMPORT_USAGE, parseImportArgs } from './import-args';
import { cliRemedy } from './import-remedy';
import { readCsvFile } from './import-read';

/**
 * `npm run import -- <file.csv> --out <scenario.json> [--map FIELD=HEADER ...] [--fix KIND=ACTION ...] [--json]`
 *
 * Exit 0: the scenario is written; the report goes to standard error (or standard output as JSON with
 * --json). Exit 2: the file cannot become one valid tree without a decision, or an argument is wrong;
 * nothing is written and every problem is listed.
 */
export async function runImportCli(
  argv: readonly string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = parseImportArgs(argv);
  if (!args.ok) {
    const text = args.errors.includes('help')
      ? IMPORT_USAGE
      : [...args.errors.map((e) => `error: ${e}`), IMPORT_USAGE].join('\n');
    return args.json
      ? { code: 2, stdout: JSON.stringify({ ok: false, errors: args.errors }, null, 2) + '\n', stderr: '' }
      : { code: 2, stdout: '', stderr: text + '\n' };
  }
  const { file, out, map, fixes, json, limits } = args.options;

  let table;
  try {
    table = await readCsvFile(file, limits);
  } catch (error) {
    const message = `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    return json
      ? { code: 2, stdout: JSON.stringify({ ok: false, errors: [message] }, null, 2) + '\n', stderr: '' }
      : { code: 2, stdout: '', stderr: `error: ${message}\n` };
  }

  const outcome = importTable(table, { fileName: basename(file), map, fixes });
  if (outcome.ok && outcome.scenario) {
    // Write beside the target, then rename: a reader never sees half a file.
    const temporary = `${out}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, serializeScenario(outcome.scenario), 'utf8');
      await rename(temporary, out);
    } catch (error) {
      await rm(temporary, { force: true });
      const message = `cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      return json
        ? { code: 2, stdout: JSON.stringify({ ok: false, errors: [message] }, null, 2) + '\n', stderr: '' }
        : { code: 2, stdout: '', stderr: `error: ${message}\n` };
    }
  }
  const report = importReport(outcome, file, out);
  const code = outcome.ok ? 0 : 2;
  return json
    ? { code, stdout: JSON.stringify(report, null, 2) + '\n', stderr: '' }
    : { code, stdout: '', stderr: formatImportReport(report, cliRemedy) };
}

const invokedDirectly = process.argv[1] !== undefined && /import-csv\.[cm]?[jt]s$/.test(process.argv[1]);
if (invokedDirectly) {
  runImportCli(process.argv.slice(2)).then(
    ({ code, stdout, stderr }) => {
      process.stdout.write(stdout);
      process.stderr.write(stderr);
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
