/**
 * Runs "Where to act" in a simulation worker of its own while the panel is open (as the arrival question
 * does), and again whenever the scenario, quarter or runs change; closing the panel stops the worker.
 */
import { useEffect, useState } from 'react';
import type { Scenario } from '../../core/scenario/types';
import { LEVERAGE_RUNS, type Leverage } from '../../engine/index';
import { createSimulationClient, type SimulationClient } from '../simulation/simulation-client';

export type LeverageState =
  | { status: 'idle' }
  | { status: 'busy'; done: number; total: number }
  | { status: 'done'; leverage: Leverage }
  | { status: 'failed'; message: string };

export interface LeverageQuestion {
  scenario: Scenario;
  quarter: number;
  runs: number;
  seed: number;
}

/**
 * The Monte Carlo runs behind each suggestion: the results' own runs when they use Monte Carlo, so the
 * "before" shares are the ones the results show for that quarter (same seed); otherwise LEVERAGE_RUNS.
 */
export function leverageRuns(resultsRuns: number): number {
  return resultsRuns > 1 ? resultsRuns : LEVERAGE_RUNS;
}

export function useLeverage(
  question: LeverageQuestion | null,
  createClient: () => SimulationClient = createSimulationClient,
): LeverageState {
  const [state, setState] = useState<LeverageState>({ status: 'idle' });
  const scenario = question?.scenario;
  const quarter = question?.quarter;
  const runs = question?.runs;
  const seed = question?.seed;

  useEffect(() => {
    if (!scenario || quarter === undefined || runs === undefined || seed === undefined) {
      setState({ status: 'idle' });
      return;
    }
    const client = createClient();
    let current = true;
    setState({ status: 'busy', done: 0, total: 0 });
    client
      .leverage(scenario, quarter, runs, seed, (done, total) => {
        if (current) setState({ status: 'busy', done, total });
      })
      .then(
        (leverage) => current && setState({ status: 'done', leverage }),
        (error: Error) => current && setState({ status: 'failed', message: error.message }),
      );
    return () => {
      current = false;
      client.dispose();
    };
  }, [scenario, quarter, runs, seed, createClient]);

  return state;
}
