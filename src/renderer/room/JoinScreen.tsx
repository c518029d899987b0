import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../core/api/errors';
import { Button } from '../ui/Button';
import { ErrorNotice } from '../ui/ErrorNotice';
import styles from './Room.module.css';

/** A participant's first screen: the group's code, as the facilitator shows it (or the QR code fills in). */
export function JoinScreen({
  busy,
  error,
  onJoin,
}: {
  busy: boolean;
  error: ApiError | null;
  onJoin(code: string): void;
}) {
  const [code, setCode] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) onJoin(code.trim());
  };
  return (
    <main className={styles.join}>
      <form className={styles.joinCard} onSubmit={submit} aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`}>Enter your group’s code</h1>
        <p className={styles.hint}>
          The facilitator’s screen shows one code per group. You will work on your group’s version of the org
          and can compare it with the baseline.
        </p>
        <label htmlFor={id}>Group code</label>
        <input
          id={id}
          className={styles.codeInput}
          value={code}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          maxLength={12}
          onChange={(event) => setCode(event.target.value)}
        />
        <Button variant="primary" type="submit" disabled={busy || !code.trim()}>
          {busy ? 'Joining…' : 'Join'}
        </Button>
        {error ? <ErrorNotice error={error} /> : null}
      </form>
    </main>
  );
}
