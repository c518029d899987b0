import type { ImportProblemKind } from './types';

/**
 * Step (e): the decisions a person can take for each kind of problem, shared by the CLI (--fix
 * KIND=ACTION) and the app's import wizard. A kind without an entry cannot be fixed by a decision:
 * encoding problems are only warnings, and too-large / no-id-column / not-csv / no-rows need a different
 * file or mapping. blank-name is the one decision with a default (chosen from the file, see blank-names.ts).
 */
export const FIX_ACTIONS = {
  'missing-manager': {
    'attach-to-root': 'rows whose manager id is not in the file report to the root',
    'make-root': 'rows whose manager id is not in the file become roots (then decide multiple-roots)',
    drop: 'rows whose manager id is not in the file are left out, with everyone under them',
  },
  'duplicate-id': {
    'keep-first': 'of rows sharing an id, the first in the file is kept',
    'keep-last': 'of rows sharing an id, the last in the file is kept (e.g. the latest record of a person)',
  },
  'self-report': {
    'make-root': 'a row that names itself as manager becomes a root (then decide multiple-roots)',
    'attach-to-root': 'a row that names itself as manager reports to the root',
  },
  cycle: {
    'attach-to-root': 'in each cycle, the row that comes first in the file reports to the root instead',
    'make-root': 'in each cycle, the row that comes first in the file becomes a root',
    drop: 'the rows of each cycle are left out, with everyone under them',
  },
  'multiple-roots': {
    'add-root': 'a new role is added above all roots',
    'attach-to-largest': 'every other root reports to the root of the largest tree',
    'keep-largest': 'only the largest tree is kept; the other trees are left out',
  },
  'no-root': {
    'add-root': 'a new role is added as the root; rows attached to the root report to it',
  },
  'empty-id': {
    drop: 'rows without an id are left out',
    generate: 'rows without an id get the id "line-N" from their line number',
  },
  'case-mismatch': {
    'match-ignoring-case':
      'a manager id that matches an id only when letter case is ignored refers to that id',
    'treat-as-missing': 'such a manager id is treated as missing (then decide missing-manager)',
  },
  'bad-value': {
    'use-default':
      'a team size or strength that is not a valid number is replaced by its default (team 0, strength 5)',
    clamp:
      'numbers out of range are clamped into it (team >= 0 whole, strengths 0..10); other bad values use the default',
  },
  // Not an error: every import decides it, by default from the evidence (blank-names.ts).
  'blank-name': {
    vacant:
      'a row without a name is a vacant role: it adds no headcount, and its manager covers part of its team, as for any vacancy',
    'filled-unnamed':
      'a row without a name is a filled role whose holder the file does not name ("(unnamed)"): it counts in headcount and is simulated like any filled role',
  },
} as const satisfies Partial<Record<ImportProblemKind, Record<string, string>>>;

export type FixableKind = keyof typeof FIX_ACTIONS;
export type FixAction<K extends FixableKind = FixableKind> = keyof (typeof FIX_ACTIONS)[K] & string;
/** The decisions taken, one action per kind at most. */
export type ImportFixes = { [K in FixableKind]?: FixAction<K> };

export function isFixableKind(kind: string): kind is FixableKind {
  return Object.prototype.hasOwnProperty.call(FIX_ACTIONS, kind);
}

/** Reads `KIND=ACTION` strings (from --fix); returns the decisions and a sentence per unusable one. */
export function parseFixArgs(args: readonly string[]): { fixes: ImportFixes; errors: string[] } {
  const fixes: Record<string, string> = {};
  const errors: string[] = [];
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const kind = (eq === -1 ? arg : arg.slice(0, eq)).trim();
    const action = eq === -1 ? '' : arg.slice(eq + 1).trim();
    if (!isFixableKind(kind)) {
      errors.push(
        `--fix ${arg}: "${kind}" is not a kind that a decision can fix; those are ${Object.keys(FIX_ACTIONS).join(', ')}`,
      );
      continue;
    }
    const actions = Object.keys(FIX_ACTIONS[kind]);
    if (!actions.includes(action)) {
      errors.push(`--fix ${arg}: the actions for ${kind} are ${actions.join(', ')}`);
      continue;
    }
    fixes[kind] = action;
  }
  return { fixes: fixes as ImportFixes, errors };
}
