import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { explain, simulate, simulateMonteCarlo, toSimulationReport } from '../../../src/engine/index';
import { updateRole } from '../../../src/core/org/edits';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { ResultsDock } from '../../../src/renderer/results/ResultsDock';
import { simulationStore } from '../../../src/renderer/simulation/simulation-store';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { AppStoreProvider } from '../../../src/renderer/app/store-context';
import { createAppStore } from '../../../src/renderer/app/app-store';
import { headline } from '../../../src/renderer/results/headline';
import { sharesText } from '../../../src/renderer/results/shares';
import { readVerdict, verdictText } from '../../../src/core/verdict-text';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import { contributionText, leadingTeam, mainDriver } from '../../../src/engine/main-driver';
import { engineRichScenario, role, strengths } from '../../helpers/scenarios';

const scenario = engineRichScenario;

function renderDock(loaded = scenario()) {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', loaded);
  render(
    <TooltipProvider>
      <EditorStoreProvider store={editor}>
        <ResultsDock />
      </EditorStoreProvider>
    </TooltipProvider>,
  );
  return editor;
}

const showCharts = () => userEvent.click(screen.getByRole('button', { name: 'Show charts' }));

/** Runs go through the in-process stand-in worker; a loaded machine can take more than a second. */
const SLOW = { timeout: 10_000 };
const dock = () => screen.getByRole('region', { name: 'Simulation results' });
const revision = () => Number(dock().getAttribute('data-report-revision'));

afterEach(() => simulationStore.getState().reset());

describe('the results dock', () => {
  it('shows the engine’s figures, the outcome strip and a headline, and follows the scrubber', async () => {
    renderDock();
    await waitFor(() => expect(revision()).toBe(1), SLOW);
    expect(screen.queryByTestId('value-chaos')).toBeNull(); // the charts open on demand
    await showCharts();
    const report = toSimulationReport(simulate(scenario()));
    expect(screen.getByTestId('value-chaos')).toHaveTextContent(report.quarters[12].org.chaos.toFixed(1));
    expect(screen.getByTestId('value-engagement')).toHaveTextContent(
      report.quarters[12].org.engagement.toFixed(2),
    );
    expect(screen.getByTestId('headline').textContent).toMatch(/^(From|The org)/);
    const strip = within(screen.getByRole('list', { name: 'Outcome per quarter' })).getAllByRole('button');
    expect(strip).toHaveLength(13);
    expect(strip[4]).toHaveAccessibleName(`Q4: ${verdictText(readVerdict(report.quarters[4].org))}`);

    fireEvent.change(screen.getByRole('slider', { name: 'Quarter' }), { target: { value: '4' } });
    expect(screen.getByTestId('value-chaos')).toHaveTextContent(report.quarters[4].org.chaos.toFixed(1));
    await userEvent.click(strip[7]);
    expect(screen.getByRole('slider', { name: 'Quarter' })).toHaveValue('7');
    expect(screen.getByTestId('value-health')).toHaveTextContent(report.quarters[7].org.health.toFixed(1));
    expect(screen.queryByTestId('band-chaos')).toBeNull();
  });

  it('steps the quarter with Page Down and Page Up from anywhere but a field, as a presentation clicker does', async () => {
    renderDock();
    await waitFor(() => expect(revision()).toBe(1), SLOW);
    const slider = screen.getByRole('slider', { name: 'Quarter' });
    fireEvent.change(slider, { target: { value: '4' } });
    await userEvent.keyboard('{PageDown}{PageDown}');
    expect(slider).toHaveValue('6');
    await userEvent.keyboard('{PageUp}');
    expect(slider).toHaveValue('5');
    for (let k = 0; k < 20; k++) await userEvent.keyboard('{PageDown}');
    expect(slider).toHaveValue('12'); // stops at the last quarter
    // In a text field the keys are the field's.
    const runs = screen.getByLabelText('Runs');
    runs.focus();
    await userEvent.keyboard('{PageUp}');
    expect(slider).toHaveValue('12');
  });

  it('re-runs after an edit by itself', async () => {
    const editor = renderDock();
    await waitFor(() => expect(revision()).toBe(1), SLOW);
    act(() => {
      editor.getState().edit('team', (d) => updateRole(d, 'sales', { team: 60 }));
    });
    await waitFor(() => expect(revision()).toBe(2), SLOW);
    await showCharts();
    const report = toSimulationReport(simulate(editor.getState().scenario!));
    expect(screen.getByTestId('value-chaos')).toHaveTextContent(report.quarters[12].org.chaos.toFixed(1));
  });

  it('shows p10-p90 bands with Monte Carlo runs', async () => {
    renderDock();
    await waitFor(() => expect(revision()).toBe(1), SLOW);
    const runs = screen.getByLabelText('Runs');
    await userEvent.clear(runs);
    await userEvent.type(runs, '30{Enter}');
    await waitFor(() => expect(revision()).toBe(2), SLOW);
    await showCharts();
    const s = scenario();
    const report = toSimulationReport(simulate(s), simulateMonteCarlo(s, { runs: 30, seed: 7 }));
    const band = report.quarters[12].bands!.chaos;
    expect(screen.getByTestId('band-chaos')).toHaveTextContent(
      `p10–p90 ${band.p10.toFixed(1)}–${band.p90.toFixed(1)}`,
    );
    expect(screen.getByTestId('value-chaos')).toHaveTextContent(report.quarters[12].org.chaos.toFixed(1));
  });

  it('with Monte Carlo runs, puts the shares in the headline and the strip, and says what the runs drew', async () => {
    renderDock();
    await waitFor(() => expect(revision()).toBe(1), SLOW);
    // One deterministic run: a projection all the same, with nothing drawn.
    expect(screen.getByTestId('caveat')).toHaveTextContent(
      'A reasoned projection under stated assumptions, not a forecast: one deterministic run, nothing drawn.',
    );
    const runs = screen.getByLabelText('Runs');
    await userEvent.clear(runs);
    await userEvent.type(runs, '30{Enter}');
    await waitFor(() => expect(revision()).toBe(2), SLOW);
    const s = scenario();
    const report = toSimulationReport(simulate(s), simulateMonteCarlo(s, { runs: 30, seed: 7 }));
    expect(screen.getByTestId('headline')).toHaveTextContent(headline(report, roleTitles(s)));
    expect(screen.getByTestId('headline').textContent).toMatch(/^(Likely|Possibly|\w+ from).* of runs/);
    const strip = within(screen.getByRole('list', { name: 'Outcome per quarter' })).getAllByRole('button');
    const q8 = report.quarters[8].org;
    expect(strip[8]).toHaveAccessibleName(
      `Q8: ${sharesText(q8.shares!)}; most often ${verdictText(readVerdict(q8))}`,
    );
    expect(screen.getByTestId('caveat')).toHaveTextContent(
      'A reasoned projection under stated assumptions, not a forecast: 30 runs; parameters ±25%, ratings within their stated error, uncertain event timing.',
    );
    // Rendered on its own, the dock has no assumptions panel to open.
    expect(screen.queryByRole('button', { name: 'See the assumptions' })).toBeNull();
  });

  it('opens the assumptions from the caveat, through the app store', async () => {
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', scenario());
    const app = createAppStore({} as never, editor, {} as never);
    render(
      <TooltipProvider>
        <AppStoreProvider store={app}>
          <EditorStoreProvider store={editor}>
            <ResultsDock />
          </EditorStoreProvider>
        </AppStoreProvider>
      </TooltipProvider>,
    );
    expect(app.getState().sidePanelTab).toBe('role');
    await userEvent.click(screen.getByRole('button', { name: 'See the assumptions' }));
    expect(app.getState().sidePanelTab).toBe('assumptions');
    await waitFor(() => expect(revision()).toBe(1), SLOW); // the run it started ends before the next test
  });

  it('names the main driver under the headline, and opens its team’s explanation in one click', async () => {
    // A lead with a team of 60 and the management of 1: whatever the tuning, that team is in trouble.
    const s = {
      ...scenario(),
      roles: [
        role('ceo', null, { title: 'CEO', person: 'Ana', team: 2 }),
        role('eng', 'ceo', {
          title: 'Engineering lead',
          person: 'Bo',
          team: 60,
          strengths: strengths({ plan: 1, organize: 1, control: 1, direct: 1, vision: 9, inspire: 9 }),
        }),
        role('ops', 'ceo', { title: 'Operations lead', person: 'Cy', team: 5 }),
      ],
      events: [],
    };
    const editor = renderDock(s);
    await waitFor(() => expect(revision()).toBe(1), SLOW);
    const report = toSimulationReport(simulate(s));
    const last = report.quarters.length - 1;
    const lead = leadingTeam(report, roleTitles(s))!;
    expect(lead).not.toBeNull();
    const [explanation] = explain(s, { quarter: last, roleIds: [lead.roleId] });
    const found = mainDriver(explanation, lead.trouble)!;
    const button = screen.getByTestId('main-driver');
    await waitFor(
      () =>
        expect(button).toHaveTextContent(
          `Main driver in Q${last}: ${lead.title}, ${found.driver.label} (${contributionText(found)})`,
        ),
      SLOW,
    );
    fireEvent.change(screen.getByRole('slider', { name: 'Quarter' }), { target: { value: '1' } });
    await userEvent.click(button);
    // One click: the charts open at that quarter, the team is selected and its explanation shows.
    expect(editor.getState().selection).toEqual([lead.roleId]);
    expect(screen.getByRole('slider', { name: 'Quarter' })).toHaveValue(String(last));
    const why = await screen.findByRole('region', { name: `Why ${lead.title} in Q${last}` }, SLOW);
    await waitFor(() => expect(why).toHaveTextContent(found.driver.label), SLOW);
    // The team size it speaks of says which quarter it is.
    expect(why).toHaveTextContent(new RegExp(`team of [\\d.]+ \\(Q${last}\\)`));
  });

  it('explains the selected team in the chosen quarter, through the worker, with links to responsible roles', async () => {
    const editor = renderDock();
    await waitFor(() => expect(revision()).toBe(1), SLOW);
    await showCharts();
    expect(screen.getByText(/Select a team on the chart/)).toBeInTheDocument();
    act(() => editor.getState().select(['00155792']));
    fireEvent.change(screen.getByRole('slider', { name: 'Quarter' }), { target: { value: '4' } });
    const why = await screen.findByRole('region', { name: 'Why 00155792 in Q4' }, SLOW);
    const [expected] = explain(scenario(), { quarter: 4, roleIds: ['00155792'] });
    await waitFor(() => expect(why).toHaveTextContent(`Chaos ${expected.figures.chaos.value.toFixed(1)}`));
    const top = expected.figures.chaos.drivers[0];
    expect(why).toHaveTextContent(top.label);
    // Coverage has its own drivers: this team of 20 holds one-on-ones.
    expect(why).toHaveTextContent(`Coverage ${expected.figures.coverage.value.toFixed(2)}`);
    expect(why).toHaveTextContent(expected.figures.coverage.drivers[0].label);
    const link = within(why).getAllByRole('button')[0];
    await userEvent.click(link);
    expect(editor.getState().selection).toHaveLength(1);
    expect(editor.getState().focusRequest).not.toBeNull();
    expect(screen.getByTestId('supply-need-scatter')).toHaveAccessibleName(
      'Teams in Q4 by leadership and management supply against need',
    );
  });
});
