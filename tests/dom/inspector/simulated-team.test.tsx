import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { simulate, toSimulationReport } from '../../../src/engine/index';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { RoleFields } from '../../../src/renderer/inspector/RoleFields';
import { simulationStore } from '../../../src/renderer/simulation/simulation-store';
import { engineRichScenario } from '../../helpers/scenarios';

afterEach(() => simulationStore.getState().reset());

describe('the inspector’s team size', () => {
  it('is the design’s, and says the team the simulation gives in the chosen quarter beside it', () => {
    const scenario = engineRichScenario();
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', scenario);
    const sales = scenario.roles.find((r) => r.id === 'sales')!;
    render(
      <EditorStoreProvider store={editor}>
        <RoleFields role={sales} />
      </EditorStoreProvider>,
    );
    expect(screen.getByLabelText('Team size (design)')).toHaveValue(String(sales.team));
    expect(screen.queryByTestId('simulated-team')).toBeNull(); // no results yet

    const report = toSimulationReport(simulate(scenario));
    act(() => {
      simulationStore.getState().finished(report, 1, editor.getState().revision);
      simulationStore.getState().setQuarter(4);
    });
    const q4 = report.quarters[4].roles;
    const reporting = Object.values(q4).filter((r) => r.reportsTo === 'sales').length;
    expect(screen.getByTestId('simulated-team')).toHaveTextContent(
      new RegExp(
        `^Simulated: team of ${q4.sales.team} \\(Q4\\)${reporting ? ` and ${reporting} roles? reporting` : ''}$`,
      ),
    );
    // Quarter 0 is the design itself.
    act(() => simulationStore.getState().setQuarter(0));
    expect(screen.queryByTestId('simulated-team')).toBeNull();
  });
});
