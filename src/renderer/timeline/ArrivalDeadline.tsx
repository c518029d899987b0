import { useEffect, useState } from 'react';
import type { Scenario } from '../../core/scenario/types';
import type { ArrivalTiming } from '../../engine/index';
import { createSimulationClient } from '../simulation/simulation-client';
import { Button } from '../ui/Button';
import styles from './Timeline.module.css';

type State =
  | { status: 'idle' }
  | { status: 'busy'; done: number; total: number }
  | { status: 'done'; timing: ArrivalTiming }
  | { status: 'failed'; message: string };

/**
 * "By when must this hire arrive?" for a saved hire, or a saved succession's new holder: the scenario run
 * with the event in each quarter (in a worker of its own, the engine's `arrivalTiming`), the latest
 * quarter that keeps the org out of confirmed imbalance, each quarter's course, and a button to move the
 * event there.
 */
export function ArrivalDeadline({
  scenario,
  eventIndex,
  quarter,
  onMoveTo,
  arrival = 'hire',
}: {
  scenario: Scenario;
  eventIndex: number;
  /** The quarter the event acts in now. */
  quarter: number;
  onMoveTo(quarter: number): void;
  /** Who arrives, in the questions and answers: "this hire", "this new holder". */
  arrival?: 'hire' | 'new holder';
}) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    if (asked === 0) return;
    const client = createSimulationClient();
    let current = true;
    setState({ status: 'busy', done: 0, total: scenario.horizon });
    client
      .arrival(scenario, eventIndex, (done, total) => current && setState({ status: 'busy', done, total }))
      .then(
        (timing) => current && setState({ status: 'done', timing }),
        (error: Error) => current && setState({ status: 'failed', message: error.message }),
      );
    return () => {
      current = false;
      client.dispose();
    };
    // Once asked, any change to the scenario (a move of the hire included) takes the answer again.
  }, [asked, scenario, eventIndex]);

  if (state.status === 'idle' || asked === 0) {
    return (
      <div className={styles.arrival}>
        <Button size="small" onClick={() => setAsked((n) => n + 1)}>
          By when must this {arrival} arrive?
        </Button>
      </div>
    );
  }
  if (state.status === 'busy') {
    return (
      <p className={styles.arrival} role="status">
        Running the scenario with the {arrival} in each quarter… {state.done} of {state.total}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className={styles.refusal} role="alert">
        {state.message}
      </p>
    );
  }
  const { timing } = state;
  const last = scenario.horizon;
  const verdict =
    timing.latest === null
      ? `Even in the first quarter it can act, this ${arrival} does not keep the org out of confirmed imbalance by Q${last}.`
      : timing.latest === last
        ? `Any quarter keeps the org out of confirmed imbalance through Q${last}.`
        : `Arrive by Q${timing.latest} to keep the org out of confirmed imbalance through Q${last}; later, it tips.`;
  return (
    <section className={styles.arrival} aria-label={`By when must this ${arrival} arrive`}>
      <p className={styles.arrivalVerdict} role="status">
        {verdict}
      </p>
      {timing.latest !== null && timing.latest < quarter ? (
        <Button size="small" onClick={() => onMoveTo(timing.latest!)}>
          Move the {arrival} to Q{timing.latest}
        </Button>
      ) : null}
      <table className={styles.arrivalTable}>
        <thead>
          <tr>
            <th scope="col">Arrives</th>
            <th scope="col">Confirmed imbalance</th>
            <th scope="col">Peak chaos</th>
            <th scope="col">At Q{last}</th>
          </tr>
        </thead>
        <tbody>
          {timing.options.map((o) => (
            <tr
              key={o.quarter}
              aria-current={o.quarter === quarter ? 'true' : undefined}
              data-latest={o.quarter === timing.latest ? 'true' : undefined}
            >
              <th scope="row">Q{o.quarter}</th>
              {o.refused !== null ? (
                <td colSpan={3} className={styles.arrivalRefused}>
                  cannot act then: {o.refused}
                </td>
              ) : (
                <>
                  <td>{o.imbalanceFrom === null ? 'none' : `${o.imbalance} from Q${o.imbalanceFrom}`}</td>
                  <td>{o.peakChaos!.toFixed(1)}</td>
                  <td>
                    {o.finalOutcome}
                    {o.finalConfirmed ? '' : ' (at risk)'}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
