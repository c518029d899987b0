import type { ApiError } from '../../core/api/errors';
import { Button } from './Button';
import { CloseIcon, WarningIcon } from './icons';
import styles from './ErrorNotice.module.css';

const TITLES: Partial<Record<ApiError['code'], string>> = {
  'not-a-project': 'Not a Ballast project',
  'newer-schema': 'Made by a newer Ballast',
  damaged: 'The project file is damaged',
  'not-found': 'Not found',
  'invalid-scenario': 'The scenario has problems',
  'forbidden-path': 'That location is not allowed',
  io: 'The system refused',
  'read-only': 'The project is read-only',
};

/** Shows an error the way the backend described it: what went wrong, where, and each listed problem. */
export function ErrorNotice({
  error,
  onDismiss,
  action,
}: {
  error: ApiError;
  onDismiss?: () => void;
  /** A way out the error offers (restoring a backup, say). */
  action?: { label: string; run(): void };
}) {
  const problems = Array.isArray(error.details)
    ? (error.details as { message?: unknown }[])
        .map((d) => d?.message)
        .filter((m): m is string => typeof m === 'string')
    : [];
  return (
    <div role="alert" className={styles.notice}>
      <WarningIcon size={18} aria-hidden />
      <div className={styles.body}>
        <div className={styles.title}>{TITLES[error.code] ?? 'Something went wrong'}</div>
        <p className={styles.message}>{error.message}</p>
        {problems.length > 1 ? (
          <ul className={styles.list}>
            {problems.slice(0, 8).map((message, i) => (
              <li key={i}>{message}</li>
            ))}
            {problems.length > 8 ? <li>and {problems.length - 8} more</li> : null}
          </ul>
        ) : null}
        {action ? (
          <Button size="small" onClick={action.run}>
            {action.label}
          </Button>
        ) : null}
      </div>
      {onDismiss ? (
        <Button variant="ghost" size="small" iconOnly aria-label="Dismiss" onClick={onDismiss}>
          <CloseIcon />
        </Button>
      ) : null}
    </div>
  );
}
