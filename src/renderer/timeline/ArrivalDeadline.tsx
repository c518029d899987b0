import { useEffect, useMemo, useState } from 'react';
import { roleTitles } from '../../core/scenario/hired-roles';
import type { Scenario } from '../../core/scenario/types';
import { verdictText } from '../../core/verdict-text';
import {
  contributionText,
  type ArrivalDependencies,
  type ArrivalDependency,
  type ArrivalShortfall,
  type ArrivalTiming,
} from '../../engine/index';
import { createSimulationClient } from '../simulation/simulation-client';
import { Button } from '../ui/Button';
import { eventLabel } from './event-label';
import styles from './Timeline.module.css';

/** The second question, asked once the timing is known: what that answer relies on. */
type Reasons =
  | { status: 'busy'; done: number; total: number }
  | { status: 'done'; dependencies: ArrivalDependencies }
  | { status: 'failed'; message: string };

type State =
  | { status: 'idle' }
  | { status: 'busy'; done: number; total: number }
  | { status: 'done'; timing: ArrivalTiming; reasons: Reasons }
  | { status: 'failed'; message: string };

/**
 * "By when must this hire arrive?" for a saved hire, or a saved succession's new holder: the scenario run
 * with the event in each quarter (in a worker of its own, the engine's `arrivalTiming`), the latest
 * quarter that keeps the org out of confirmed imbalance, each quarter's course, and a button to move the
 * event there. Then, in the same worker, what that answer relies on (the engine's `arrivalDependencies`):
 * the other events without which it would change, the crises and market shifts it assumes, and when no
 * quarter works, the main driver of the trouble that remains even at the earliest arrival.
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
  const titles = useMemo(() => roleTitles(scenario), [scenario]);

  useEffect(() => {
    if (asked === 0) return;
    const client = createSimulationClient();
    let current = true;
    setState({ status: 'busy', done: 0, total: scenario.horizon });
    client
      .arrival(scenario, eventIndex, (done, total) => current && setState({ status: 'busy', done, total }))
      .then(
        (timing) => {
          if (!current) return;
          const withReasons = (reasons: Reasons) => current && setState({ status: 'done', timing, reasons });
          withReasons({ status: 'busy', done: 0, total: 0 });
          client
            .arrivalDependencies(scenario, eventIndex, timing, (done, total) =>
              withReasons({ status: 'busy', done, total }),
            )
            .then(
              (dependencies) => withReasons({ status: 'done', dependencies }),
              (error: Error) => withReasons({ status: 'failed', message: error.message }),
            );
        },
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
      <ArrivalReasons reasons={state.reasons} scenario={scenario} titles={titles} arrival={arrival} />
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

/** "This relies on: …", "It assumes: …", and when no quarter works, what else is needed. */
function ArrivalReasons({
  reasons,
  scenario,
  titles,
  arrival,
}: {
  reasons: Reasons;
  scenario: Scenario;
  titles: ReadonlyMap<string, string>;
  arrival: 'hire' | 'new holder';
}) {
  if (reasons.status === 'busy') {
    return (
      <p className={styles.arrivalReasons} aria-live="polite" aria-busy="true">
        Finding what this answer relies on…
        {reasons.total > 0 ? ` ${reasons.done} of ${reasons.total}` : ''}
      </p>
    );
  }
  if (reasons.status === 'failed') {
    return (
      <p className={styles.refusal} role="alert">
        What this answer relies on could not be found: {reasons.message}
      </p>
    );
  }
  const { dependencies } = reasons;
  const at = (index: number) => {
    const event = scenario.events[index];
    return `${eventLabel(event, titles)} in Q${event.quarter}`;
  };
  return (
    <div className={styles.arrivalReasons}>
      {dependencies.shortfall ? (
        <ShortfallText shortfall={dependencies.shortfall} horizon={scenario.horizon} />
      ) : null}
      <section aria-label="What this answer relies on">
        {dependencies.reliesOn.length === 0 ? (
          <p>
            {dependencies.examined.length === 0
              ? 'There are no other hires, departures, reorgs, growth steps or people events to rely on.'
              : 'No other event examined changes this answer.'}
          </p>
        ) : (
          <>
            <p>This relies on: {dependencies.reliesOn.map((d) => at(d.eventIndex)).join('; ')}.</p>
            <ul className={styles.arrivalReliesOn}>
              {dependencies.reliesOn.map((d) => (
                <li key={d.eventIndex}>
                  {withoutText(d, at(d.eventIndex), scenario.horizon, titles, arrival)}
                </li>
              ))}
            </ul>
          </>
        )}
        {dependencies.notExamined > 0 ? (
          <p className={styles.arrivalNote}>
            {dependencies.notExamined} more {dependencies.notExamined === 1 ? 'event was' : 'events were'} not
            examined (growth steps and events furthest in time from this {arrival} come last).
          </p>
        ) : null}
        {dependencies.assumes.length > 0 ? (
          <p className={styles.arrivalNote}>It assumes: {dependencies.assumes.map(at).join('; ')}.</p>
        ) : null}
      </section>
    </div>
  );
}

/** What the answer becomes without one event: "Without Hire Sales manager in Q5 (…), arrive by Q6." */
function withoutText(
  d: ArrivalDependency,
  label: string,
  horizon: number,
  titles: ReadonlyMap<string, string>,
  arrival: 'hire' | 'new holder',
): string {
  if (d.required) return `Without ${label}, the ${arrival} cannot act where it is.`;
  const details: string[] = [];
  if (d.teamStaysWith) {
    const manager = titles.get(d.teamStaysWith.roleId) ?? d.teamStaysWith.roleId;
    details.push(`its ${d.teamStaysWith.people} people staying with ${manager}`);
  }
  if (d.alsoRemoved.length > 0) {
    const n = d.alsoRemoved.length;
    details.push(`and the ${n} ${n === 1 ? 'event' : 'events'} that name its role`);
  }
  const answer =
    d.latestWithout === null
      ? 'no quarter keeps the org out of confirmed imbalance'
      : d.latestWithout === horizon
        ? 'any quarter does'
        : `arrive by Q${d.latestWithout}`;
  return `Without ${label}${details.length > 0 ? ` (${details.join(', ')})` : ''}, ${answer}.`;
}

/**
 * "Even in Q1 the org ends in chaos. Main driver: Engineering lead, span 53 against a capacity of 6
 * (+19.4 chaos) — the team needs managers of its own." The hint only for a span past capacity.
 */
function ShortfallText({ shortfall, horizon }: { shortfall: ArrivalShortfall; horizon: number }) {
  const { org, team, driver } = shortfall;
  const state = org.verdict === 'confirmed' ? org.outcome : verdictText(org);
  const where =
    shortfall.quarter === horizon ? `ends in ${state}` : `is in ${state} in Q${shortfall.quarter}`;
  const cause =
    team === null
      ? ''
      : driver === null
        ? ` ${team.title} leads it.`
        : ` Main driver: ${team.title}, ${driver.driver.label} (${contributionText(driver)})${
            shortfall.spanPastCapacity
              ? ` — more reports than one manager can cover: the team needs managers of its own.`
              : '.'
          }`;
  return (
    <p className={styles.arrivalShortfall} data-testid="arrival-shortfall">
      Even in Q{shortfall.arrival} the org {where}.{cause}
    </p>
  );
}
