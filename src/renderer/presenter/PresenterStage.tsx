import { X } from 'lucide-react';
import { useCallback, useMemo } from 'react';
import { roleTitles } from '../../core/scenario/hired-roles';
import { useApp } from '../app/store-context';
import { useEditor } from '../editor/editor-context';
import { headline } from '../results/headline';
import { OutcomeStrip } from '../results/OutcomeStrip';
import { useSimulation } from '../simulation/simulation-store';
import { SHOCK_NAMES } from '../shocks/shock-plan';
import { dismissShock, useShocks } from '../shocks/shock-store';
import { ShockEffect } from '../shocks/ShockEffect';
import { PresenterChart } from './PresenterChart';
import { PresenterControls } from './PresenterControls';
import { presenterStore, usePresenter } from './presenter-store';
import { revealStepText } from './reveal';
import { usePresenterDispatch, usePresenterSnapshot } from './use-presenter';
import styles from './Presenter.module.css';

/** Above the chart on the stage: every scenario's name in full, the reveal's step, and the headline. */
export function PresenterTop() {
  const scenarios = useApp((s) => s.project?.scenarios ?? []);
  const scenarioId = useApp((s) => s.scenarioId);
  const selectScenario = useApp((s) => s.selectScenario);
  const scenario = useEditor((s) => s.scenario);
  const report = useSimulation((s) => s.report);
  const reveal = usePresenter((s) => s.reveal);
  const fullscreen = usePresenter((s) => s.fullscreen);
  const dispatch = usePresenterDispatch();
  const titles = useMemo(() => roleTitles(scenario), [scenario]);
  const sentence = useMemo(() => (report ? headline(report, titles) : null), [report, titles]);
  const last = Math.max(0, (report?.quarters.length ?? 1) - 1);
  const step = revealStepText(reveal, last, SHOCK_NAMES[reveal.shock]);
  return (
    <header className={styles.top} aria-label="Presenter view">
      <div className={styles.bar}>
        <nav className={styles.tabs} aria-label="Scenarios">
          {scenarios.map((s) => (
            <button
              key={s.id}
              type="button"
              className={styles.tab}
              data-testid="presenter-tab"
              aria-current={s.id === scenarioId ? 'page' : undefined}
              onClick={() => void selectScenario(s.id)}
            >
              {s.name}
            </button>
          ))}
        </nav>
        <p className={styles.step} data-testid="reveal-step" aria-live="polite">
          {step}
        </p>
        <button
          type="button"
          className={styles.iconButton}
          aria-label="Leave the presenter view (Esc)"
          title="Leave the presenter view (Esc)"
          onClick={() => dispatch({ type: 'exit' })}
        >
          <X size={20} aria-hidden />
        </button>
      </div>
      <p className={styles.headline} data-testid="presenter-headline" aria-live="polite">
        {sentence ?? 'Simulating…'}
      </p>
      {fullscreen === 'refused' ? (
        <p className={styles.note}>
          Full screen was not allowed here; the stage fills the window (maximise it, or press F11 in a
          browser).
        </p>
      ) : null}
    </header>
  );
}

/** Under the chart on the stage: the whole outcome strip, large, and the one chart chosen. */
export function PresenterBottom() {
  const report = useSimulation((s) => s.report);
  const quarter = useSimulation((s) => s.quarter);
  const figure = usePresenter((s) => s.figure);
  const dispatch = usePresenterDispatch();
  const select = useCallback((q: number) => dispatch({ type: 'quarter', to: q }), [dispatch]);
  if (!report) return <div className={styles.bottom} />;
  return (
    <div className={styles.bottom} data-testid="presenter-bottom">
      <div className={styles.stripArea}>
        <OutcomeStrip report={report} quarter={quarter} onSelect={select} size="large" />
      </div>
      <PresenterChart report={report} quarter={quarter} figure={figure} />
    </div>
  );
}

/** Over the stage: a shock's before/after, the facilitator's overlay, and the blanked screen. */
export function PresenterLayer() {
  const blank = usePresenter((s) => s.blank);
  const controlsOpen = usePresenter((s) => s.controlsOpen);
  const pending = useShocks((s) => s.pending);
  const shown = useShocks((s) => s.shown);
  const refusal = useShocks((s) => s.refusal);
  return (
    <>
      <div className={styles.effectSlot}>
        <ShockEffect pending={pending} shown={shown} refusal={refusal} onDismiss={dismissShock} />
      </div>
      {controlsOpen ? <ControlsOverlay /> : null}
      {blank ? (
        <div
          className={styles.blank}
          role="button"
          tabIndex={-1}
          aria-label="The screen is blank. Press B to show it again."
          onClick={() => presenterStore.getState().toggleBlank()}
        />
      ) : null}
    </>
  );
}

function ControlsOverlay() {
  const snapshot = usePresenterSnapshot();
  const dispatch = usePresenterDispatch();
  if (!snapshot) return null;
  return (
    <aside className={styles.overlay} aria-label="Facilitator controls">
      <PresenterControls snapshot={snapshot} dispatch={dispatch} place="overlay" />
    </aside>
  );
}
