import {
  FIX_ACTIONS,
  isFixableKind,
  UNNAMED_PERSON,
  type BlankNameAction,
  type BlankNames,
  type ImportFixes,
  type ImportOutcome,
} from '../../core/csv-import';
import { isVacant } from '../../core/scenario/types';
import { appRemedy, sentence } from './remedies';
import styles from './ImportWizard.module.css';

const KIND_TITLES: Record<string, string> = {
  'missing-manager': 'Manager not in the file',
  'duplicate-id': 'Same id on several rows',
  'self-report': 'Reports to themselves',
  cycle: 'Reporting cycle',
  'multiple-roots': 'Several top roles',
  'no-root': 'No top role',
  'empty-id': 'Row without an id',
  'case-mismatch': 'Ids that differ only in letter case',
  'bad-value': 'Values that cannot be read',
  encoding: 'Text encoding',
  'too-large': 'File too large',
  'no-id-column': 'Id or manager column not found',
  'blank-name': 'Rows without a name',
  rescaled: 'Scores rescaled to 0-10',
  'manager-by-name': 'Managers found by name',
  'not-csv': 'Not a CSV file',
  'no-rows': 'No rows',
};
const SHOWN_LINES = 12;

/** "(then decide multiple-roots)" names a kind as the command line does; the app names its heading. */
function inApp(description: string): string {
  return description.replace(
    /then decide ([a-z-]+)/g,
    (_, kind: string) => `then decide “${KIND_TITLES[kind] ?? kind}”`,
  );
}

/** Every problem with its lines, and one decision per kind; the import re-checks on every decision. */
export function ReviewStep({
  outcome,
  fixes,
  onDecide,
}: {
  outcome: ImportOutcome;
  fixes: ImportFixes;
  onDecide(fixes: ImportFixes): void;
}) {
  const open = outcome.problems.filter((p) => p.severity === 'error' && !p.fixedBy);
  // The blank-name question has its own control above the list.
  const listed = outcome.problems.filter((p) => p.kind !== 'blank-name');
  return (
    <div>
      <p className={styles.summary} role="status">
        {outcome.ok
          ? `Ready: ${readySummary(outcome)}${outcome.leftOut.length ? `, ${outcome.leftOut.length} lines left out by your decisions` : ''}.`
          : `${open.length} problem${open.length === 1 ? '' : 's'} need${open.length === 1 ? 's' : ''} a decision before the import.`}
      </p>
      {outcome.blankNames ? (
        <BlankNamesChoice blankNames={outcome.blankNames} fixes={fixes} onDecide={onDecide} />
      ) : null}
      {outcome.mapErrors.map((message) => (
        <p key={message} role="alert">
          {message}
        </p>
      ))}
      {listed.length === 0 ? null : (
        <ul className={styles.problems} aria-label="Problems found">
          {listed.map((problem, index) => (
            <li
              key={`${problem.kind}-${index}`}
              className={styles.problem}
              data-severity={problem.severity}
              data-fixed={Boolean(problem.fixedBy)}
            >
              <div className={styles.kind}>
                {KIND_TITLES[problem.kind] ?? problem.kind}
                {problem.severity === 'warning' ? ' (warning)' : ''}
              </div>
              <div>{sentence(problem.message)}</div>
              {appRemedy(problem) ? <div className={styles.remedy}>{appRemedy(problem)}</div> : null}
              {problem.rows.length > 0 ? (
                <div className={styles.lines}>
                  Line{problem.rows.length === 1 ? '' : 's'} {problem.rows.slice(0, SHOWN_LINES).join(', ')}
                  {problem.rows.length > SHOWN_LINES ? ` and ${problem.rows.length - SHOWN_LINES} more` : ''}
                </div>
              ) : null}
              {isFixableKind(problem.kind) && problem.severity === 'error' ? (
                <Decision kind={problem.kind} fixes={fixes} onDecide={onDecide} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Decision({
  kind,
  fixes,
  onDecide,
}: {
  kind: keyof typeof FIX_ACTIONS;
  fixes: ImportFixes;
  onDecide(fixes: ImportFixes): void;
}) {
  const actions = FIX_ACTIONS[kind] as Record<string, string>;
  const chosen = (fixes as Record<string, string | undefined>)[kind] ?? '';
  return (
    <label className={styles.decision}>
      Decision:
      <select
        aria-label={`Decision for ${KIND_TITLES[kind] ?? kind}`}
        value={chosen}
        onChange={(event) => {
          const next = { ...fixes } as Record<string, string>;
          if (event.target.value) next[kind] = event.target.value;
          else delete next[kind];
          onDecide(next as ImportFixes);
        }}
      >
        <option value="">Choose…</option>
        {Object.entries(actions).map(([action, description]) => (
          <option key={action} value={action}>
            {inApp(description)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * "601 roles from 616 rows (601 filled, 484 of them unnamed; 0 vacant)": headcount shown, so rows without
 * a name cannot hide.
 */
function readySummary(outcome: ImportOutcome): string {
  const roles = outcome.scenario!.roles;
  const filled = roles.filter((r) => !isVacant(r)).length;
  const unnamed = roles.filter((r) => r.person === UNNAMED_PERSON).length;
  return `${roles.length} roles from ${outcome.rowsRead} rows (${filled} filled${unnamed ? `, ${unnamed} of them unnamed` : ''}; ${roles.length - filled} vacant)`;
}

const BLANK_LABELS: Record<BlankNameAction, string> = {
  vacant: 'Vacant',
  'filled-unnamed': 'Filled, unnamed',
};

/**
 * Rows without a name: the treatment named and asked for, the default chosen from the file (see
 * src/core/csv-import/blank-names.ts), and what each choice means for the simulation.
 */
function BlankNamesChoice({
  blankNames,
  fixes,
  onDecide,
}: {
  blankNames: BlankNames;
  fixes: ImportFixes;
  onDecide(fixes: ImportFixes): void;
}) {
  const question = blankNames.noNameColumn
    ? `No column holds names: none of the ${blankNames.total} rows has one`
    : `${blankNames.rows.length} of ${blankNames.total} rows have no name`;
  const actions = Object.keys(FIX_ACTIONS['blank-name']) as BlankNameAction[];
  return (
    <fieldset className={styles.blankNames} role="radiogroup" aria-label={question}>
      <legend>{question}. What are they?</legend>
      <div>
        Suggested: {BLANK_LABELS[blankNames.suggested].toLowerCase()}, because {blankNames.reason}.
      </div>
      {actions.map((action) => (
        <label key={action}>
          <input
            type="radio"
            name="blank-names"
            value={action}
            checked={blankNames.chosen === action}
            aria-describedby={`blank-${action}`}
            onChange={() => onDecide({ ...fixes, 'blank-name': action })}
          />{' '}
          {BLANK_LABELS[action]}
          <span id={`blank-${action}`} className={styles.choiceMeaning}>
            {sentence(FIX_ACTIONS['blank-name'][action])}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
