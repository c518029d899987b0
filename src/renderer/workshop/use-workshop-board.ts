import { useEffect, useState } from 'react';
import type { WorkshopInfo } from '../../core/api/contract';
import { errorOf } from '../api/client';
import { useApi } from '../app/api-context';
import { useApp } from '../app/store-context';
import type { ComparedScenario } from '../compare/compare-table';
import { runScenario } from '../compare/use-compared-scenarios';
import { createSimulationClient, type SimulationClient } from '../simulation/simulation-client';
import { simulationStore } from '../simulation/simulation-store';
import { BOARD_POLL_MS, scenariosToReload } from './board-polling';

export interface WorkshopBoardData {
  /** Null before the first read, and when the project has no workshop. */
  workshop: WorkshopInfo | null;
  loaded: boolean;
  /** The baseline and the groups simulated so far, each as last saved. */
  scenarios: ComparedScenario[];
  /** Runs per scenario: the results' Runs setting when the board opened. */
  runs: number;
  /** Why a scenario could not be read or simulated, by name. */
  problems: string[];
  /** The simulation client the board runs on, for the debrief's main drivers; null while closed. */
  client: SimulationClient | null;
}

/**
 * While `open`: the project's workshop and each of its scenarios simulated as last saved. Every
 * BOARD_POLL_MS it reads the workshop and the scenario list again and re-reads and re-runs only the
 * scenarios whose updatedAt changed, so a group's save shows within about two seconds. Closing stops the
 * polling and the worker.
 */
export function useWorkshopBoard(open: boolean): WorkshopBoardData {
  const api = useApi();
  const path = useApp((s) => s.project?.path ?? null);
  const [data, setData] = useState<WorkshopBoardData>(closed());

  useEffect(() => {
    if (!open || path === null) return;
    const runs = simulationStore.getState().runs;
    const client = createSimulationClient();
    const seen = new Map<string, string>();
    const simulated = new Map<string, ComparedScenario>();
    const problems = new Map<string, string>();
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: WorkshopInfo | null = null;
    setData({ ...closed(), runs, client });

    const publish = (workshop: WorkshopInfo | null) => {
      if (!current) return;
      const ids = workshop ? [workshop.baselineId, ...workshop.groups.map((g) => g.scenarioId)] : [];
      setData({
        workshop,
        loaded: true,
        runs,
        client,
        scenarios: ids.flatMap((id) => (simulated.has(id) ? [simulated.get(id)!] : [])),
        // '' holds why the last poll failed (the project closed, the backend gone), shown until one works.
        problems: ['', ...ids].flatMap((id) => (problems.has(id) ? [problems.get(id)!] : [])),
      });
    };

    const tick = async () => {
      try {
        const [workshop, list] = await Promise.all([
          api.call('workshop.get', { path }),
          api.call('scenario.list', { path }),
        ]);
        if (!current) return;
        problems.delete('');
        last = workshop;
        if (workshop === null) {
          publish(null);
          return;
        }
        // Names follow renames at once, without a re-run.
        for (const summary of list) {
          const known = simulated.get(summary.id);
          if (known && known.name !== summary.name)
            simulated.set(summary.id, { ...known, name: summary.name });
        }
        publish(workshop);
        for (const id of scenariosToReload(workshop, list, seen)) {
          const name = list.find((s) => s.id === id)?.name ?? id;
          try {
            // A background read: the scenario to reopen stays the one on screen.
            const stored = await api.call('scenario.load', { path, scenarioId: id, remember: false });
            if (!current) return;
            const report = await runScenario(client, stored.scenario, runs, () => {});
            if (!current) return;
            seen.set(id, stored.updatedAt);
            simulated.set(id, { id, name, scenario: stored.scenario, report });
            problems.delete(id);
          } catch (error) {
            if (!current) return;
            seen.set(id, list.find((s) => s.id === id)?.updatedAt ?? '');
            problems.set(id, `${name}: ${errorOf(error).message}`);
          }
          publish(workshop);
        }
      } catch (error) {
        if (!current) return;
        problems.set('', `The board could not be brought up to date: ${errorOf(error).message}`);
        publish(last);
      } finally {
        if (current) timer = setTimeout(() => void tick(), BOARD_POLL_MS);
      }
    };
    void tick();

    return () => {
      current = false;
      clearTimeout(timer);
      client.dispose();
      setData(closed());
    };
  }, [open, path, api]);

  return data;
}

function closed(): WorkshopBoardData {
  return { workshop: null, loaded: false, scenarios: [], runs: 1, problems: [], client: null };
}
