import type { Scenario } from '../../core/scenario/types';
import type { Leverage, LeverageSuggestion, TornadoBar } from '../../engine/index';
import type { SimulationClient } from '../simulation/simulation-client';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import {
  baselineText,
  healthText,
  moveText,
  sharesChangeText,
  strengthsText,
  tornadoText,
  triedScenario,
} from './leverage-text';
import { useLeverage, type LeverageState } from './use-leverage';
import styles from './Leverage.module.css';

export interface LeveragePanelProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  scenario: Scenario;
  quarter: number;
  runs: number;
  seed: number;
  /** Creates and opens the scenario with a suggestion made; absent, the suggestions cannot be tried. */
  onTry?(scenario: Scenario): void;
  createClient?: () => SimulationClient;
}

/**
 * "Where to act" for the quarter shown: the managers whose strengths, raised by one point, most improve
 * the org (engine `leverage`, in a worker of its own while the panel is open), each one a click away from
 * a scenario of its own, and the assumptions the verdict depends on most.
 */
export function LeveragePanel({
  open,
  onOpenChange,
  scenario,
  quarter,
  runs,
  seed,
  onTry,
  createClient,
}: LeveragePanelProps) {
  const state = useLeverage(open ? { scenario, quarter, runs, seed } : null, createClient);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      size="wide"
      title={`Where to act in Q${quarter}`}
      description="Which managers’ strengths, raised by one point, most improve the org in this quarter, and which assumptions its verdict depends on most."
    >
      <div className={styles.body}>
        <Content state={state} onTry={onTry ? (s) => onTry(triedScenario(scenario, s)) : undefined} />
      </div>
    </Dialog>
  );
}

function Content({ state, onTry }: { state: LeverageState; onTry?(s: LeverageSuggestion): void }) {
  if (state.status === 'idle') return null;
  if (state.status === 'failed')
    return (
      <p role="alert" className={styles.detail}>
        {state.message}
      </p>
    );
  if (state.status === 'busy')
    return (
      <div role="status" aria-live="polite">
        <p>
          Trying each manager’s strengths one point higher, and each assumption at both ends of its range…{' '}
          {state.total > 0 ? `${state.done} of ${state.total} runs` : ''}
        </p>
        <progress
          className={styles.progress}
          aria-label="Where to act: progress"
          value={state.done}
          max={Math.max(1, state.total)}
        />
      </div>
    );
  const { leverage } = state;
  return (
    <>
      <p data-testid="leverage-baseline">{baselineText(leverage)}</p>
      <Suggestions leverage={leverage} onTry={onTry} />
      <Tornado leverage={leverage} />
    </>
  );
}

function Suggestions({ leverage, onTry }: { leverage: Leverage; onTry?(s: LeverageSuggestion): void }) {
  const { suggestions, quarter } = leverage;
  return (
    <section aria-label="Managers to strengthen">
      <h3 className={styles.heading}>Managers to strengthen</h3>
      {suggestions.length === 0 ? (
        <div className={styles.empty} data-testid="leverage-empty">
          <p>{leverage.reason}</p>
          <p className={styles.detail}>
            How suggestions are found: each manager’s four leadership strengths (vision, inspire, innovate,
            develop), or four management strengths (plan, organize, control, direct), are raised by one point
            and the scenario is run again; a move is suggested when it raises health in Q{quarter} and lowers
            the chance of chaos, bureaucracy or stagnation there.
          </p>
        </div>
      ) : (
        <ol className={styles.list} aria-label="Suggestions">
          {suggestions.map((s) => (
            <li key={`${s.roleId}-${s.kind}`} className={styles.suggestion} data-testid="leverage-suggestion">
              <div className={styles.suggestionText}>
                <span className={styles.move}>
                  {moveText(s)}
                  {s.person ? ` (${s.person})` : ''}
                </span>
                <span className={styles.detail}>{strengthsText(s)}</span>
                <span className={styles.effect}>
                  {[healthText(s), sharesChangeText(s)].filter(Boolean).join('; ')}
                </span>
              </div>
              <Button
                size="small"
                disabled={!onTry}
                title={onTry ? undefined : 'Open a project to keep scenarios'}
                aria-label={`Try as new scenario: ${moveText(s)}`}
                onClick={() => onTry?.(s)}
              >
                Try as new scenario
              </Button>
            </li>
          ))}
        </ol>
      )}
      <p className={styles.note}>{screenNote(leverage)}</p>
    </section>
  );
}

function screenNote(l: Leverage): string {
  const screen =
    l.candidates === 0
      ? 'No manager to try.'
      : `${l.moves} moves tried on ${l.screened === l.candidates ? `all ${l.candidates}` : `the ${l.screened} largest teams of ${l.candidates}`} managers.`;
  const confirm =
    l.runs > 0
      ? ` The best re-run ${l.runs} times (seed ${l.seed}) beside the unchanged scenario with the same draws, so the difference is the move’s.`
      : ' Deterministic figures only.';
  return screen + (l.candidates === 0 ? '' : confirm);
}

function Tornado({ leverage }: { leverage: Leverage }) {
  const widest = Math.max(1e-9, ...leverage.tornado.map((b) => b.swing));
  return (
    <section aria-label="What the verdict depends on">
      <h3 className={styles.heading}>What the verdict depends on</h3>
      <ol className={styles.list} aria-label="Tornado">
        {leverage.tornado.map((bar: TornadoBar) => (
          <li key={bar.name} className={styles.bar} data-testid="tornado-bar">
            <span className={styles.barName} title={bar.name}>
              {bar.label}
            </span>
            <span className={styles.barTrack} aria-hidden>
              <span
                className={styles.barFill}
                data-verdict-changes={bar.verdictChanges}
                style={{ display: 'block', width: `${(100 * bar.swing) / widest}%` }}
              />
            </span>
            <span className={styles.barText}>{tornadoText(bar)}</span>
          </li>
        ))}
      </ol>
      <p className={styles.note}>
        Each of {leverage.parametersTested} assumptions set 25% below and above its value (within its range),
        one at a time; the widest swings of health and of the two ratios first.
      </p>
    </section>
  );
}
