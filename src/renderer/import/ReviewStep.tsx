import { FIX_ACTIONS, isFixableKind, type ImportFixes, type ImportOutcome } from '../../core/csv-import';
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
  'no-id-column': 'No id column',
};
const SHOWN_LINES = 12;

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
  return (
    <div>
      <p className={styles.summary} role="status">
        {outcome.ok
          ? `Ready: ${outcome.scenario!.roles.length} roles from ${outcome.rowsRead} rows${outcome.leftOut.length ? `, ${outcome.leftOut.length} lines left out by your decisions` : ''}.`
          : `${open.length} problem${open.length === 1 ? '' : 's'} need${open.length === 1 ? 's' : ''} a decision before the import.`}
      </p>
      {outcome.mapErrors.map((message) => (
        <p key={message} role="alert">
          {message}
        </p>
      ))}
      {outcome.problems.length === 0 ? null : (
        <ul className={styles.problems} aria-label="Problems found">
          {outcome.problems.map((problem, index) => (
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
              <div>{problem.message}</div>
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
            {description}
          </option>
        ))}
      </select>
    </label>
  );
}
