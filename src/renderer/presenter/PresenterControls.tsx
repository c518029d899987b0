import { CHARTED_FIGURES } from '../results/figures';
import { SHOCK_KINDS, SHOCK_NAMES, type ShockKind } from '../shocks/shock-plan';
import { ShockEffect } from '../shocks/ShockEffect';
import { ShockPalette } from '../shocks/ShockPalette';
import type { PresenterCommand, PresenterSnapshot } from './presenter-protocol';
import styles from './Presenter.module.css';

/**
 * The facilitator's controls: the quarter, the reveal, the live shocks, the scenario and the chart. The
 * same component over the stage (the desktop app) and in a controls tab (browser mode): it only reads a
 * snapshot and sends commands.
 */
export function PresenterControls({
  snapshot,
  dispatch,
  place,
}: {
  snapshot: PresenterSnapshot;
  dispatch(command: PresenterCommand): void;
  place: 'overlay' | 'tab';
}) {
  const { quarter, last, reveal } = snapshot;
  const quarters = Array.from({ length: Math.max(1, last) }, (_, i) => i + 1);
  return (
    <div className={styles.controls}>
      <h2 className={styles.controlsTitle}>Facilitator controls</h2>
      {place === 'tab' ? (
        <div className={styles.row}>
          <span data-testid="presenting-state">
            {snapshot.active ? 'The presenter view is showing.' : 'The presenter view is not showing.'}
          </span>
          {snapshot.active ? (
            <button type="button" className={styles.control} onClick={() => dispatch({ type: 'exit' })}>
              Leave the presenter view
            </button>
          ) : (
            <button type="button" className={styles.control} onClick={() => dispatch({ type: 'present' })}>
              Show the presenter view
            </button>
          )}
        </div>
      ) : null}
      {place === 'tab' && snapshot.headline ? (
        <p className={styles.controlsHeadline} data-testid="controls-headline">
          {snapshot.headline}
        </p>
      ) : null}

      <section aria-label="Quarter" className={styles.row}>
        <button
          type="button"
          className={styles.control}
          disabled={quarter <= 0}
          onClick={() => dispatch({ type: 'quarter', to: quarter - 1 })}
        >
          Previous quarter
        </button>
        <output className={styles.quarter} data-testid="controls-quarter">
          Q{quarter} of {last}
        </output>
        <button
          type="button"
          className={styles.control}
          disabled={quarter >= last}
          onClick={() => dispatch({ type: 'quarter', to: quarter + 1 })}
        >
          Next quarter
        </button>
      </section>

      <section aria-label="Reveal" className={styles.group}>
        <p className={styles.stepText} data-testid="controls-reveal-step">
          {snapshot.revealText}
        </p>
        <div className={styles.row}>
          <button type="button" className={styles.control} onClick={() => dispatch({ type: 'reveal' })}>
            Next reveal step (N)
          </button>
          <button
            type="button"
            className={styles.control}
            disabled={reveal.step === null}
            onClick={() => dispatch({ type: 'restartReveal' })}
          >
            Restart (R)
          </button>
        </div>
        <div className={styles.row}>
          <label className={styles.field}>
            Stop at
            <select
              value={reveal.quarter ?? 1}
              onChange={(e) => dispatch({ type: 'revealQuarter', quarter: Number(e.target.value) })}
            >
              {quarters.map((q) => (
                <option key={q} value={q}>
                  Q{q}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            then inject
            <select
              value={reveal.shock}
              onChange={(e) => dispatch({ type: 'revealShock', kind: e.target.value as ShockKind })}
            >
              {SHOCK_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {SHOCK_NAMES[kind]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>

      <ShockPalette
        choices={snapshot.shocks}
        quarter={quarter}
        pending={snapshot.shockPending}
        onApply={(kind) => dispatch({ type: 'shock', kind })}
      />
      {place === 'tab' ? (
        <ShockEffect
          pending={snapshot.shockPending}
          shown={snapshot.shockShown}
          refusal={snapshot.shockRefusal}
          onDismiss={() => dispatch({ type: 'dismissShock' })}
        />
      ) : null}

      <section aria-label="Stage" className={styles.group}>
        <label className={styles.field}>
          Scenario
          <select
            value={snapshot.scenarioId ?? ''}
            onChange={(e) => dispatch({ type: 'scenario', id: e.target.value })}
          >
            {snapshot.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.field}>
          Chart
          <select
            value={snapshot.figure}
            onChange={(e) =>
              dispatch({ type: 'figure', figure: e.target.value as PresenterSnapshot['figure'] })
            }
          >
            {CHARTED_FIGURES.map((f) => (
              <option key={f.key} value={f.key}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={styles.control}
          aria-pressed={snapshot.blank}
          onClick={() => dispatch({ type: 'blank' })}
        >
          Blank the screen (B)
        </button>
      </section>
    </div>
  );
}
