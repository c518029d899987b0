import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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

/** What Export CSV would save. */
const saved = vi.hoisted(() => ({ files: [] as { name: string; content: string }[] }));
vi.mock('../../../src/renderer/export/download', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/renderer/export/download')>();
  return {
    ...real,
    downloadFile: (name: string, content: string) => saved.files.push({ name, content }),
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

/** The operator's org with one lead moved under the operator CEO's first report and re-titled. */
function reshaped(): Scenario {
  const s = operator();
  const [, first, , third] = s.roles;
  s.roles[3] = { ...third, reportsTo: first.id, title: 'Platform lead' };
  return s;
}

function renderCompare(summaries = project.scenarios) {
  const stored: Record<string, () => Scenario> = { s2: operator, s3: reshaped };
  const fake = fakeTransport({
    'scenario.load': (payload) => {
      const id = (payload as { scenarioId: string }).scenarioId;
      return ok({ id, scenario: stored[id](), updatedAt: '' });
    },
  });
  const api = createApiClient(fake.transport);
  const editor = createEditorStore();
  editor.getState().load(project.path, 's1', onScreen());
  const app = createAppStore(api, editor, startAutosave(editor, api, 10));
  app.setState({ project: { ...project, scenarios: summaries }, scenarioId: 's1' });
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
  return fake.calls;
}

const progress = () => screen.queryByText(/^Simulating/);
const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });
const outcomeCell = (name: string) => within(row(name)).getAllByRole('cell')[0];

afterEach(() => {
  saved.files.length = 0;
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

describe('Compare v2: choosing, a baseline, deltas, the structural difference and export', () => {
  const three = [
    ...project.scenarios,
    { id: 's3', name: 'Reshaped', description: '', roleCount: 4, headcount: 26, updatedAt: '' },
  ];
  const figure = (name: string, key: string) =>
    row(name).querySelector(`[data-figure="${key}"]`) as HTMLElement;
  const value = (name: string, key: string) =>
    Number(figure(name, key).firstChild!.textContent!.replace('%', ''));

  it('compares every scenario against the first tab, with each figure’s delta', async () => {
    renderCompare(three);
    await waitFor(() => expect(progress()).toBeNull(), SLOW);
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('combobox', { name: 'Baseline' })).toHaveDisplayValue('As is');
    expect(row('As is')).toHaveAttribute('data-baseline', 'true');
    expect(figure('As is', 'chaos').querySelector('[data-delta]')).toBeNull();
    const delta = value('Operator', 'chaos') - value('As is', 'chaos');
    const sign = delta > 0 ? '+' : delta < 0 ? '\u2212' : '±';
    expect(figure('Operator', 'chaos').querySelector('[data-delta]')).toHaveTextContent(
      `(${sign}${Math.abs(delta).toFixed(1)})`,
    );
    // Spans and layers per design, with their deltas: Reshaped moved a lead one layer down.
    expect(row('Reshaped').querySelector('[data-design="layers"]')).toHaveTextContent(/^\d+ \(\+1\)$/);
  });

  it('takes another baseline when chosen, and lists the structural difference from it', async () => {
    renderCompare(three);
    await waitFor(() => expect(progress()).toBeNull(), SLOW);
    fireEvent.change(screen.getByRole('combobox', { name: 'Baseline' }), { target: { value: 's2' } });
    expect(row('Operator')).toHaveAttribute('data-baseline', 'true');
    expect(row('As is')).not.toHaveAttribute('data-baseline');
    expect(figure('Operator', 'chaos').querySelector('[data-delta]')).toBeNull();
    expect(figure('As is', 'chaos').querySelector('[data-delta]')).not.toBeNull();
    expect(within(row('Reshaped')).getByTestId('compare-diff-summary')).toHaveTextContent(
      '1 moved, 1 re-titled',
    );
    expect(within(row('As is')).getByTestId('compare-diff-summary')).toHaveTextContent(
      '1 with new strengths',
    );
    const section = screen.getByRole('region', { name: 'Structural difference from Operator' });
    const reshapedDiff = section.querySelector('details[data-scenario="Reshaped"]') as HTMLElement;
    const s = operator();
    expect(within(reshapedDiff).getByRole('list', { name: 'Moved' })).toHaveTextContent(
      `Platform lead: ${s.roles[0].title} → ${s.roles[1].title}`,
    );
    expect(within(reshapedDiff).getByRole('list', { name: 'Re-titled' })).toHaveTextContent(
      `${s.roles[3].title} → Platform lead`,
    );
    const asIsDiff = section.querySelector('details[data-scenario="As is"]') as HTMLElement;
    expect(within(asIsDiff).getByRole('list', { name: 'Changed strengths' })).toHaveTextContent(
      /Plan 9 → 2\.5 \(\u22126\.5\)/,
    );
  });

  it('compares only the scenarios ticked, and moves the baseline off one unticked', async () => {
    renderCompare(three);
    await waitFor(() => expect(progress()).toBeNull(), SLOW);
    fireEvent.click(screen.getByRole('checkbox', { name: 'As is' }));
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('row', { name: /^As is/ })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Baseline' })).toHaveDisplayValue('Operator');
    expect(row('Operator')).toHaveAttribute('data-baseline', 'true');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Reshaped' }));
    // One scenario left: nothing to rank.
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('table').querySelector('[data-best]')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'As is' }));
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('does not simulate a scenario unticked, and simulates it once ticked back', async () => {
    hold.active = true;
    const calls = renderCompare(three);
    await waitFor(() => expect(hold.held).toHaveLength(1), SLOW);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Reshaped' }));
    hold.active = false;
    act(() => hold.held.splice(0).forEach((release) => release()));
    await waitFor(() => expect(progress()).toBeNull(), SLOW);
    const loaded = () => calls.filter((c) => c.name === 'scenario.load').map((c) => c.payload);
    expect(loaded()).toEqual([expect.objectContaining({ scenarioId: 's2' })]);
    expect(screen.getAllByRole('row')).toHaveLength(3);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Reshaped' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(4), SLOW);
    expect(loaded()).toHaveLength(2);
    // In the project's order, whatever the order they ran in.
    expect(screen.getAllByRole('row').map((r) => r.getAttribute('data-scenario'))).toEqual([
      null,
      'As is',
      'Operator',
      'Reshaped',
    ]);
  });

  it('exports what it compares to CSV, deltas and structural difference included', async () => {
    renderCompare(three);
    await waitFor(() => expect(progress()).toBeNull(), SLOW);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Operator' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(saved.files).toHaveLength(1);
    const [file] = saved.files;
    expect(file.name).toBe('P.comparison.csv');
    const lines = file.content.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    const header = lines[0].split(',');
    const cell = (line: string, column: string) => line.split(',')[header.indexOf(column)];
    expect(cell(lines[1], 'scenario')).toBe('As is');
    expect(cell(lines[1], 'baseline')).toBe('true');
    expect(cell(lines[2], 'scenario')).toBe('Reshaped');
    expect(Number(cell(lines[2], 'chaos')).toFixed(1)).toBe(value('Reshaped', 'chaos').toFixed(1));
    expect(Number(cell(lines[2], 'chaos_delta'))).toBeCloseTo(
      value('Reshaped', 'chaos') - value('As is', 'chaos'),
      1,
    );
    expect(cell(lines[2], 'layers_delta')).toBe('1');
    expect(cell(lines[2], 'roles_moved')).toBe('1');
    expect(lines[2]).toMatch(/,"against As is: 1 moved, 1 re-titled, 1 with new strengths"$/);
  });
});
