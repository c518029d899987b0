import { useEffect, useRef, useState } from 'react';
import type { ScenarioSummary } from '../../core/api/contract';
import type { Scenario } from '../../core/scenario/types';
import type { SimulationReport } from '../../engine/report';
import { errorOf } from '../api/client';
import { useApi } from '../app/api-context';
import { useApp } from '../app/store-context';
import { useEditorStore } from '../editor/editor-context';
import { createSimulationClient, type SimulationClient } from '../simulation/simulation-client';
import { simulationStore } from '../simulation/simulation-store';
import type { ComparedScenario } from './compare-table';

export interface ComparedScenarios {
  /** Scenarios compared (not excluded) and simulated so far, in the project's order. */
  scenarios: ComparedScenario[];
  done: number;
  total: number;
  /** Runs per scenario: the results' Runs setting when the dialog opened (1, the deterministic run alone). */
  runs: number;
  /** Monte Carlo runs done of the scenario being simulated, while it is. */
  progress: { done: number; total: number } | null;
  /** Why a scenario could not be read or simulated; the others are still compared. */
  problems: string[];
}

/**
 * While `open`: every scenario of the open project but the `excluded` ones, each read from the file (the
 * one on screen as it is in the editor, unsaved edits included) and run as the results run the scenario
 * on screen (the Runs setting, and the scenario's own seed or 1), so the verdict shares of Monte Carlo
 * can be compared, in a worker of its own, one after another so the chart's own re-runs are not held
 * up. An excluded scenario is not simulated; one simulated is kept while the dialog is open, so ticking
 * it back shows it at once. Closing stops the worker and forgets them.
 */
export function useComparedScenarios(open: boolean, excluded: ReadonlySet<string> = NONE): ComparedScenarios {
  const api = useApi();
  const project = useApp((s) => s.project);
  const editor = useEditorStore();
  const [state, setState] = useState<ComparedScenarios>(empty(0));
  // Each scenario's comparison (or why it failed) while the dialog stays open.
  const kept = useRef(new Map<string, ComparedScenario | string>());

  useEffect(() => {
    if (!open) kept.current.clear();
  }, [open]);

  useEffect(() => {
    if (!open || !project) return;
    const summaries = project.scenarios.filter((s) => !excluded.has(s.id));
    // Taken when the dialog opens; edits made while it is open are compared the next time.
    const { scenarioId: onScreenId, scenario: onScreen } = editor.getState();
    const runs = simulationStore.getState().runs;
    const client = createSimulationClient();
    let current = true;
    const known = summaries.map((summary) => ({ summary, compared: kept.current.get(summary.id) }));
    setState({
      ...empty(summaries.length, runs),
      done: known.filter((k) => k.compared !== undefined).length,
      scenarios: known.flatMap((k) => (k.compared && typeof k.compared !== 'string' ? [k.compared] : [])),
      problems: known.flatMap((k) =>
        typeof k.compared === 'string' ? [`${k.summary.name}: ${k.compared}`] : [],
      ),
    });
    void (async () => {
      for (const summary of summaries) {
        if (kept.current.has(summary.id)) continue;
        const compared = await compareOne(summary).catch((error: unknown) => errorOf(error).message);
        if (!current) return;
        kept.current.set(summary.id, compared);
        setState((s) => ({
          ...s,
          done: s.done + 1,
          progress: null,
          scenarios:
            typeof compared === 'string'
              ? s.scenarios
              : inProjectOrder([...s.scenarios, compared], summaries),
          problems:
            typeof compared === 'string' ? [...s.problems, `${summary.name}: ${compared}`] : s.problems,
        }));
      }
    })();

    async function compareOne(summary: ScenarioSummary): Promise<ComparedScenario> {
      const scenario =
        summary.id === onScreenId && onScreen
          ? onScreen
          : (await api.call('scenario.load', { path: project!.path, scenarioId: summary.id })).scenario;
      const report = await runScenario(client, scenario, runs, (done, total) => {
        if (current) setState((s) => ({ ...s, progress: { done, total } }));
      });
      return { id: summary.id, name: summary.name, scenario, report };
    }
    return () => {
      current = false;
      client.dispose();
    };
  }, [open, project, api, editor, excluded]);

  return state;
}

const NONE: ReadonlySet<string> = new Set();

function inProjectOrder(list: ComparedScenario[], summaries: readonly ScenarioSummary[]) {
  const order = new Map(summaries.map((s, k) => [s.id, k]));
  return list.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

function empty(total: number, runs = 1): ComparedScenarios {
  return { scenarios: [], done: 0, total, runs, progress: null, problems: [] };
}

export function runScenario(
  client: SimulationClient,
  scenario: Scenario,
  runs: number,
  onProgress: (done: number, total: number) => void,
): Promise<SimulationReport> {
  return new Promise((resolve, reject) => {
    // The seed is the scenario's, as the results take it, so a compared report is the one its tab shows.
    client.run(scenario, runs, scenario.seed ?? 1, {
      onProgress,
      onResult: (report) => resolve(report),
      onError: (message) => reject(new Error(message)),
      onCancelled: () => reject(new Error('The comparison was stopped.')),
    });
  });
}
