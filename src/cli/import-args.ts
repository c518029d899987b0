import {
  DEFAULT_LIMITS,
  FIX_ACTIONS,
  parseFixArgs,
  type ImportFixes,
  type ImportLimits,
} from '../core/csv-import';
import { walkArgs } from './walk-args';

export const IMPORT_USAGE =
  'usage: npm run import -- <file.csv> --out <scenario.json> [--map FIELD=HEADER ...] [--fix KIND=ACTION ...] [--blank-names vacant|filled-unnamed] [--json] [--max-bytes N] [--max-rows N]';

export interface ImportCliOptions {
  file: string;
  out: string;
  map: Record<string, string>;
  fixes: ImportFixes;
  json: boolean;
  limits: ImportLimits;
}

export type ImportArgs =
  { ok: true; options: ImportCliOptions } | { ok: false; errors: string[]; json: boolean };

/**
 * Reads the arguments of `npm run import` (the contract in docs/CSV-IMPORT.md). Every mistake is
 * collected, so one run lists them all. Flags take their value as the next argument or after "=".
 */
export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const errors: string[] = [];
  // No prototype: a field named __proto__ must stay a key, to be reported as no field, not vanish.
  const map: Record<string, string> = Object.create(null) as Record<string, string>;
  const fixArgs: string[] = [];
  let out: string | undefined;
  let json = false;
  const limits: ImportLimits = { ...DEFAULT_LIMITS };

  const positional = walkArgs(argv, errors, (flag, value) => {
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--out':
        out = value();
        break;
      case '--map': {
        const pair = value();
        if (pair === undefined) break;
        const at = pair.indexOf('=');
        if (at <= 0) errors.push(`--map ${pair}: write FIELD=HEADER, e.g. --map reportsTo="Supervisor ID"`);
        else map[pair.slice(0, at)] = pair.slice(at + 1);
        break;
      }
      case '--fix': {
        const pair = value();
        if (pair !== undefined) fixArgs.push(pair);
        break;
      }
      case '--blank-names': {
        // Rows without a name: vacant roles, or filled by someone the file does not name. Without the
        // flag the import chooses from the file and says which (docs/CSV-IMPORT.md, "Blank names").
        const choice = value();
        if (choice === undefined) break;
        const actions = Object.keys(FIX_ACTIONS['blank-name']);
        if (actions.includes(choice)) fixArgs.push(`blank-name=${choice}`);
        else errors.push(`--blank-names must be ${actions.join(' or ')}, not "${choice}"`);
        break;
      }
      case '--max-bytes':
      case '--max-rows': {
        const raw = value();
        if (raw === undefined) break;
        if (!/^\d+$/.test(raw) || Number(raw) < 1) {
          errors.push(`${flag} must be a whole number, 1 or more, not "${raw}"`);
          break;
        }
        if (flag === '--max-bytes') limits.maxBytes = Number(raw);
        else limits.maxRows = Number(raw);
        break;
      }
      case '--help':
        errors.push('help');
        break;
      default:
        errors.push(`unknown option ${flag}`);
    }
  });
  const { fixes, errors: fixErrors } = parseFixArgs(fixArgs);
  errors.push(...fixErrors);
  if (positional.length === 0) errors.push('the CSV file to import is missing');
  if (positional.length > 1)
    errors.push(`one CSV file at a time, not ${positional.length} (${positional.join(', ')})`);
  if (out === undefined && !errors.some((e) => e.startsWith('--out')))
    errors.push('--out <scenario.json> is missing');
  if (errors.length > 0) return { ok: false, errors, json };
  return { ok: true, options: { file: positional[0], out: out!, map, fixes, json, limits } };
}
