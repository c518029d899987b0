import { render, screen, waitFor, within } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectSummary } from '../../../src/core/api/contract';
import type { Scenario } from '../../../src/core/scenario/types';
import { simulate, simulateMonteCarlo, toSimulationReport } from '../../../src/engine/index';
import { createApiClient } from '../../../src/renderer/api/client';
import { ApiProvider } from '../../../src/renderer/app/api-context';
import { createAppStore } from '../../../src/renderer/app/app-store';
import { AppStoreProvider } from '../../../src/renderer/app/store-context';
import { CompareDialog } from '../../../src/renderer/compare/CompareDialog';
import { startAutosave } from '../../../src/renderer/editor/autosave';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { sharesText } from '../../../src/renderer/results/shares';
import { simulationStore } from '../../../src/renderer/simulation/simulation-store';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { engineRichScenario, strengths } from '../../helpers/scenarios';
import { fakeTransport, ok } from '../fake-transport';

/** While `active`, each run's result waits for the test to release it, so its progress can be read. */
const hold = vi.hoisted(() => ({ active: false, held: [] as (() => void)[] }));
vi.mock('../../../src/renderer/simulation/simulation-client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/renderer/simulation/simulation-client')>();
  return {
    ...real,
    createSimulationClient: (...args: Parameters<typeof real.createSimulationClient>) => {
      const client = real.createSimulationClient(...args);
      return {
        ...client,
        run: ((scenario, runs, seed, callbacks) =>
          client.run(scenario, runs, seed, {
            ...callbacks,
            onResult: (report, ms) => {
              if (hold.active) hold.held.push(() => callbacks.onResult(report, ms));
              else callbacks.onResult(report, ms);
            },
          })) as typeof client.run,
      };
    },
  };
});

/** Runs go through the in-process stand-in worker; a loaded machine can take a few seconds. */
const SLOW = { timeout: 15_000 };

const onScreen = (): Scenario => ({ ...engineRichScenario(), seed: 5 });
/** The same org with an operator-strength CEO, seedless (so seed 1, as the results take it). */
function operator(): Scenario {
  const s = engineRichScenario();
  s.roles[0] = { ...s.roles[0], strengths: strengths({ vision: 9, plan: 9, organize: 9, direct: 9 }) };
  delete s.seed;
  return s;
}

const project: ProjectSummary = {
  path: '/data/P.ballast',
  fileName: 'P',
  name: 'P',
  scenarios: [
    { id: 's1', name: 'As is', description: '', roleCount: 4, headcount: 26, updatedAt: '' },
    { id: 's2', name: 'Operator', description: '', roleCount: 4, headcount: 26, updatedAt: '' },
  ],
};

function renderCompare() {
  const fake = fakeTransport({
    'scenario.load': () => ok({ id: 's2', scenario: operator(), updatedAt: '' }),
  });
  const api = createApiClient(fake.transport);
  const editor = createEditorStore();
  editor.getState().load(project.path, 's1', onScreen());
  const app = createAppStore(api, editor, startAutosave(editor, api, 10));
  app.setState({ project, scenarioId: 's1' });
  render(
    <ApiProvider api={api}>
      <AppStoreProvider store={app}>
        <EditorStoreProvider store={editor}>
          <TooltipProvider>
            <CompareDialog open onClose={() => {}} />
          </TooltipProvider>
        </EditorStoreProvider>
      </AppStoreProvider>
    </ApiProvider>,
  );
}

const progress = () => screen.queryByText(/^Simulating/);
const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });
const outcomeCell = (name: string) => within(row(name)).getAllByRole('cell')[0];

afterEach(() => {
  hold.active = false;
  hold.held.length = 0;
  simulationStore.getState().reset();
});

describe('the comparison’s verdict shares', () => {
  it('runs each scenario as the results do (their Runs, its own seed) and shows its shares', async () => {
    simulationStore.getState().setRuns(24);
    hold.active = true;
    renderCompare();
    expect(progress()).toHaveTextContent(/^Simulating 1 of 2…/);
    // Each scenario's runs are counted while it runs.
    await waitFor(() => expect(progress()).toHaveTextContent('Simulating 1 of 2… 24 of 24 runs'), SLOW);
    hold.active = false;
    act(() => hold.held.splice(0).forEach((release) => release()));
    await waitFor(() => expect(progress()).toBeNull(), SLOW);
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription(/run 24 times/);

    const last = 12;
    const expected = [
      ['As is', onScreen(), 5],
      ['Operator', operator(), 1],
    ] as const;
    for (const [name, scenario, seed] of expected) {
      const report = toSimulationReport(simulate(scenario), simulateMonteCarlo(scenario, { runs: 24, seed }));
      const shares = report.quarters[last].org.shares!;
      expect(within(outcomeCell(name)).getByTestId('compare-shares')).toHaveTextContent(sharesText(shares));
      expect(sharesText(shares)).toMatch(/^(balance|chaos|bureaucracy|stagnation|too small to judge) \d+%/);
    }
  });

  it('shows no shares for the deterministic run alone, and says how to get them', async () => {
    renderCompare();
    await waitFor(() => expect(progress()).toBeNull(), SLOW);
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(within(outcomeCell('As is')).queryByTestId('compare-shares')).toBeNull();
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription(/run once without noise.*Set more Runs/);
  });
});
