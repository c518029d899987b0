/**
 * Spans & layers and cost are one core function (core/org/cost.ts): the panel, the printed report and the
 * command line's `structure` show its figures. This reads the panel's and the report's tables back and
 * compares them with the function; tests/cli/simulate-structure.test.ts checks the command line's.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { structureReport, type StructureReport } from '../../../src/core/org/cost';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import type { Scenario } from '../../../src/core/scenario/types';
import { simulate, toSimulationReport } from '../../../src/engine/index';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { departmentName, fteText, moneyText } from '../../../src/renderer/project/CostTable';
import { SpansPanel } from '../../../src/renderer/project/SpansPanel';
import { PrintOnlySections } from '../../../src/renderer/results/PrintSections';
import { role } from '../../helpers/scenarios';

function pricedScenario(): Scenario {
  return {
    name: 'Priced',
    horizon: 4,
    environment: { volatility: 0.3 },
    events: [],
    roles: [
      role('ceo', null, { person: 'Ana', salary: 150000, department: 'Board' }),
      role('eng', 'ceo', {
        person: 'Bo',
        salary: 60000,
        fte: 0.5,
        team: 4,
        icSalary: 40000.5,
        department: 'Eng',
      }),
      role('sales', 'ceo', { salary: 70000, team: 2, department: 'Sales' }),
      role('ops', 'eng', { person: 'Cy', fte: 0.8 }),
    ],
  };
}

/** The rows of a table as text cells: [label, heads, fte, cost, vacant]. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

/** What the tables must read, from the core function. */
function expected(structure: StructureReport) {
  const cells = (f: StructureReport['total']) => [
    String(f.heads),
    fteText(f.fte),
    moneyText(f.cost),
    moneyText(f.vacantCost),
  ];
  return {
    layers: [
      ...structure.byLayer.map((l) => [String(l.layer), ...cells(l)]),
      ['Total', ...cells(structure.total)],
    ],
    departments: [
      ...structure.byDepartment.map((d) => [departmentName(d.department), ...cells(d)]),
      ['Total', ...cells(structure.total)],
    ],
  };
}

describe('spans & layers and cost: panel, report and command line agree', () => {
  it('the panel shows the core figures per layer and department with the total', () => {
    const scenario = pricedScenario();
    const structure = structureReport(scenario.roles);
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', scenario);
    render(
      <EditorStoreProvider store={editor}>
        <SpansPanel />
      </EditorStoreProvider>,
    );
    const panel = screen.getByRole('region', { name: 'Spans and layers' });
    const want = expected(structure);
    expect(rowsOf(within(panel).getByRole('table', { name: 'By layer' }))).toEqual(want.layers);
    expect(rowsOf(within(panel).getByRole('table', { name: 'By department' }))).toEqual(want.departments);
    expect(within(panel).getByText('Headcount').nextSibling).toHaveTextContent(String(structure.headcount));
    expect(within(panel).getByText(/Pay not known for 3 of 9 people/)).toBeTruthy();
    expect(structure.total.cost).toBe(150000 + 60000 + 4 * 40000.5);
  });

  it('the printed report shows the same tables', () => {
    const scenario = pricedScenario();
    render(
      <PrintOnlySections
        scenario={scenario}
        report={toSimulationReport(simulate(scenario))}
        quarter={1}
        titles={roleTitles(scenario)}
      />,
    );
    const section = screen.getByRole('region', { name: 'Spans, layers and cost' });
    const want = expected(structureReport(scenario.roles));
    expect(rowsOf(within(section).getByRole('table', { name: 'By layer' }))).toEqual(want.layers);
    expect(rowsOf(within(section).getByRole('table', { name: 'By department' }))).toEqual(want.departments);
  });

  it('without any pay known, the tables give heads and FTE only', () => {
    const scenario = pricedScenario();
    scenario.roles = scenario.roles.map(({ salary: _s, icSalary: _i, ...r }) => r);
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', scenario);
    render(
      <EditorStoreProvider store={editor}>
        <SpansPanel />
      </EditorStoreProvider>,
    );
    expect(screen.queryByRole('columnheader', { name: 'Cost' })).toBeNull();
    expect(screen.getAllByRole('columnheader', { name: 'FTE' })).toHaveLength(2);
  });
});
