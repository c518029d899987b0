/**
 * The results dock's "Where to act" button with a project open: trying a suggestion saves the edited
 * copy as a new scenario of the project (through the API, here a fake transport) and opens it.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario/types';
import {
  applyLeverageMove,
  LEVERAGE_RUNS,
  leverage,
  simulate,
  toSimulationReport,
} from '../../../src/engine/index';
import { createApiClient } from '../../../src/renderer/api/client';
import { createAppStore } from '../../../src/renderer/app/app-store';
import { AppStoreProvider } from '../../../src/renderer/app/store-context';
import { startAutosave } from '../../../src/renderer/editor/autosave';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { LeverageButton } from '../../../src/renderer/leverage/LeverageButton';
import { tryName } from '../../../src/renderer/leverage/leverage-text';
import { simulationStore } from '../../../src/renderer/simulation/simulation-store';
import { fakeTransport, ok } from '../fake-transport';
import { role, strengths } from '../../helpers/scenarios';

const leader = strengths({
  vision: 9,
  inspire: 9,
  innovate: 8,
  develop: 8,
  plan: 3,
  organize: 3,
  control: 3,
  direct: 3,
});
const scenario: Scenario = {
  name: 'Founder',
  horizon: 4,
  environment: { volatility: 0.4 },
  roles: [
    role('ceo', null, { title: 'CEO', person: 'Ada', team: 3, strengths: leader }),
    role('eng', 'ceo', { title: 'Engineering lead', person: 'Bo', team: 12, strengths: leader }),
  ],
  events: [],
};

const summary = (id: string, name: string) => ({
  id,
  name,
  description: '',
  roleCount: 2,
  headcount: 17,
  updatedAt: '',
});

afterEach(() => simulationStore.getState().reset());

describe('the Where to act button', () => {
  it('opens the panel for the results’ quarter and tries a suggestion as a new scenario of the project', async () => {
    const saved: Scenario[] = [];
    const project = (ids: string[]) => ({
      path: '/p.ballast',
      fileName: 'p',
      name: 'p',
      scenarios: ids.map((id) => summary(id, id === 's1' ? 'Founder' : 'Copy')),
    });
    const fake = fakeTransport({
      'project.open': () => ok(project(saved.length > 0 ? ['s1', 's2'] : ['s1'])),
      'scenario.load': (payload) => {
        const { scenarioId } = payload as { scenarioId: string };
        return ok({ id: scenarioId, scenario: scenarioId === 's1' ? scenario : saved[0], updatedAt: '' });
      },
      'scenario.save': (payload) => {
        saved.push((payload as { scenario: Scenario }).scenario);
        return ok(summary('s2', 'Copy'));
      },
    });
    const api = createApiClient(fake.transport);
    const editor = createEditorStore();
    const app = createAppStore(api, editor, startAutosave(editor, api, 10));
    await app.getState().openProject('/p.ballast');
    expect(editor.getState().scenarioId).toBe('s1');
    simulationStore.getState().finished(toSimulationReport(simulate(scenario)), 0, 0);
    simulationStore.getState().setQuarter(3);

    render(
      <AppStoreProvider store={app}>
        <EditorStoreProvider store={editor}>
          <LeverageButton />
        </EditorStoreProvider>
      </AppStoreProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Where to act' }));
    expect(screen.getByRole('heading', { name: 'Where to act in Q3' })).toBeInTheDocument();
    const tries = await screen.findAllByRole('button', { name: /^Try as new scenario/ }, { timeout: 20_000 });
    await user.click(tries[0]);

    await waitFor(() => expect(editor.getState().scenarioId).toBe('s2'));
    const first = leverage(scenario, { quarter: 3, runs: LEVERAGE_RUNS, seed: 1 }).suggestions[0];
    expect(saved).toEqual([{ ...applyLeverageMove(scenario, first), name: tryName('Founder', first) }]);
    expect(fake.calls.find((c) => c.name === 'scenario.save')!.payload).toMatchObject({ path: '/p.ballast' });
    expect(app.getState().scenarioId).toBe('s2');
    expect(screen.queryByRole('heading', { name: /Where to act in/ })).toBeNull();
  });

  it('waits for results before it can be opened', () => {
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', scenario);
    render(
      <EditorStoreProvider store={editor}>
        <LeverageButton />
      </EditorStoreProvider>,
    );
    expect(screen.getByRole('button', { name: 'Where to act' })).toBeDisabled();
  });
});
