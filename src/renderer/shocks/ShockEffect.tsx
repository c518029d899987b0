import { X } from 'lucide-react';
import type { ShockDelta } from './shock-delta';
import { signedChange } from './shock-delta';
import styles from './Shocks.module.css';

/** A shock's before/after: the headline, the quarters whose outcome changed, health at the horizon. */
export function ShockEffect({
  pending,
  shown,
  refusal,
  onDismiss,
}: {
  pending: string | null;
  shown: { edit: string; delta: ShockDelta } | null;
  refusal: string | null;
  onDismiss(): void;
}) {
  if (!pending && !shown && !refusal) return null;
  return (
    <section className={styles.effect} aria-label="Shock effect" aria-live="polite">
      <button
        type="button"
        className={styles.dismiss}
        aria-label="Dismiss the shock's effect"
        onClick={onDismiss}
      >
        <X size={16} aria-hidden />
      </button>
      {refusal ? (
        <p className={styles.refusal}>{refusal}</p>
      ) : pending ? (
        <p>
          <strong>{pending}</strong>: simulating…
        </p>
      ) : shown ? (
        <Delta edit={shown.edit} delta={shown.delta} />
      ) : null}
    </section>
  );
}

function Delta({ edit, delta }: { edit: string; delta: ShockDelta }) {
  return (
    <>
      <h3 className={styles.heading}>{edit}</h3>
      <dl className={styles.facts}>
        <dt>Before</dt>
        <dd data-testid="shock-before">{delta.headlineBefore}</dd>
        <dt>After</dt>
        <dd data-testid="shock-after">{delta.headlineAfter}</dd>
        <dt>Quarters</dt>
        <dd data-testid="shock-quarters">
          {delta.changed.length === 0
            ? 'No quarter’s outcome changed.'
            : delta.changed.map((c) => `Q${c.quarter} ${c.before} → ${c.after}`).join('; ')}
        </dd>
        <dt>Health at Q{delta.horizon}</dt>
        <dd data-testid="shock-health">
          {delta.healthBefore.toFixed(1)} → {delta.healthAfter.toFixed(1)} (
          {signedChange(delta.healthBefore, delta.healthAfter)})
        </dd>
      </dl>
    </>
  );
}
