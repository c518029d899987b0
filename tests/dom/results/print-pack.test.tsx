/**
 * The printed leadership pack: a title page, a one-page summary whose figures are the report's, and the
 * role table as an appendix grouped by department, off by default for a big org.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { structureReport } from '../../../src/core/org/cost';
import { DESIGN_FIGURES, designFigures } from '../../../src/renderer/compare/compare-table';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import type { Scenario } from '../../../src/core/scenario/types';
import { simulate, simulateMonteCarlo, toSimulationReport } from '../../../src/engine/index';
import { CHARTED_FIGURES } from '../../../src/renderer/results/figures';
import { headline } from '../../../src/renderer/results/headline';
import { PrintOnlySections, ROLE_TABLE_LIMIT } from '../../../src/renderer/results/PrintSections';
import { CAVEAT, readShares, sharesText } from '../../../src/renderer/results/shares';
import { engineRichScenario, role } from '../../helpers/scenarios';

const NOW = new Date('2026-03-04T23:30:00Z');

/** A root and `n` roles under three heads of department, in three departments. */
function bigScenario(n: number): Scenario {
  const departments = ['Engineering', 'Sales', 'Finance'];
  const roles = [role('ceo', null, { person: 'Ceo', team: 2 })];
  departments.forEach((department, i) =>
    roles.push(role(`head${i}`, 'ceo', { person: `Head ${i}`, department, team: 3 })),
  );
  for (let i = 0; i < n; i++)
    roles.push(role(`r${i}`, `head${i % 3}`, { person: `P${i}`, department: departments[i % 3], team: 4 }));
  return { name: 'Big', horizon: 4, environment: { volatility: 0.3 }, roles, events: [] };
}

describe('the printed pack', () => {
  it('opens on a title page with the project, the scenario, the date, the runs and the caveat', () => {
    const s = engineRichScenario();
    const report = toSimulationReport(simulate(s), simulateMonteCarlo(s, { runs: 10, seed: 3 }));
    render(
      <PrintOnlySections
        scenario={s}
        report={report}
        quarter={4}
        titles={roleTitles(s)}
        projectName="Acme restructure"
        now={NOW}
      />,
    );
    const page = screen.getByRole('region', { name: 'Title page' });
    expect(within(page).getByText('Acme restructure')).toBeTruthy();
    expect(within(page).getByRole('heading', { level: 1, name: s.name })).toBeTruthy();
    expect(within(page).getByText('2026-03-04')).toBeTruthy();
    expect(within(page).getByText('10, seed 3')).toBeTruthy();
    expect(within(page).getByTestId('print-caveat')).toHaveTextContent(
      `${CAVEAT}: 10 runs; parameters ±25%, ratings within their stated error, uncertain event timing.`,
    );
  });

  it('summarises the report: its headline and its figures at the chosen quarter, spans and cost', () => {
    const s = engineRichScenario();
    s.roles[0].salary = 150000;
    const report = toSimulationReport(simulate(s), simulateMonteCarlo(s, { runs: 10, seed: 3 }));
    const titles = roleTitles(s);
    render(<PrintOnlySections scenario={s} report={report} quarter={6} titles={titles} now={NOW} />);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getByText(headline(report, titles))).toBeTruthy();
    expect(within(summary).getByRole('list', { name: 'Outcome per quarter (print)' })).toBeTruthy();
    const org = report.quarters[6].org;
    const figures = summary.querySelector('dl[aria-label="Key figures in Q6"]')!;
    for (const figure of CHARTED_FIGURES) {
      const cell = figures.querySelector(`[data-figure="${figure.key}"] dd`);
      expect(cell?.textContent, figure.key).toBe(figure.format(org[figure.key] as number));
    }
    expect(figures.querySelector('[data-figure="shares"] dd')?.textContent).toBe(
      sharesText(readShares(org)!),
    );
    expect(within(summary).getByRole('region', { name: 'Top risks in Q6' })).toBeTruthy();
    const structure = structureReport(s.roles);
    expect(within(summary).getByTestId('print-structure')).toHaveTextContent(
      `Headcount ${structure.headcount}, ${structure.roles} roles, ${structure.layers} layers`,
    );
    expect(within(summary).getByTestId('print-structure')).toHaveTextContent('annual cost 150,000');
    // Spans and layers as the comparison and the spans & layers panel compute them.
    const design = designFigures(s.roles);
    const spans = summary.querySelector('dl[aria-label="Spans and layers"]')!;
    for (const figure of DESIGN_FIGURES)
      expect(spans.querySelector(`[data-figure="${figure.key}"] dd`)?.textContent, figure.key).toBe(
        figure.format(design[figure.key]),
      );
    expect(screen.getByRole('region', { name: 'Assumptions used' })).toBeTruthy();
  });

  it('leaves the role table out of a big org by default, and groups it by department when asked', () => {
    const s = bigScenario(ROLE_TABLE_LIMIT + 20);
    const report = toSimulationReport(simulate(s));
    const titles = roleTitles(s);
    const { unmount } = render(
      <PrintOnlySections scenario={s} report={report} quarter={2} titles={titles} now={NOW} />,
    );
    expect(screen.queryByRole('region', { name: 'Appendix: the roles' })).toBeNull();
    unmount();
    render(
      <PrintOnlySections
        scenario={s}
        report={report}
        quarter={2}
        titles={titles}
        now={NOW}
        includeRoleTable
      />,
    );
    const appendix = screen.getByRole('region', { name: 'Appendix: the roles' });
    const tables = within(appendix).getAllByRole('table');
    expect(tables.map((t) => t.querySelector('caption')!.textContent)).toEqual([
      'Engineering (75 roles)',
      'Sales (74 roles)',
      'Finance (74 roles)',
      'No department (1 role)',
    ]);
    expect(within(tables[1]).getByRole('cell', { name: 'R1' })).toBeTruthy();
    expect(within(tables[1]).queryByRole('cell', { name: 'R0' })).toBeNull();
  });

  it('shows a small org’s role table by default', () => {
    const s = bigScenario(9);
    render(
      <PrintOnlySections
        scenario={s}
        report={toSimulationReport(simulate(s))}
        quarter={1}
        titles={roleTitles(s)}
        now={NOW}
      />,
    );
    expect(screen.getByRole('region', { name: 'Appendix: the roles' })).toBeTruthy();
  });

  it('never prints a role as reporting to itself when two roles share a title', () => {
    const s = bigScenario(3);
    s.roles[0].title = 'CTO';
    s.roles[1].title = 'CTO';
    const report = toSimulationReport(simulate(s));
    render(
      <PrintOnlySections
        scenario={s}
        report={report}
        quarter={1}
        titles={roleTitles(s)}
        now={NOW}
        includeRoleTable
      />,
    );
    const appendix = screen.getByRole('region', { name: 'Appendix: the roles' });
    const row = within(appendix)
      .getAllByRole('cell', { name: 'CTO (Head 0)' })
      .map((cell) => cell.closest('tr')!)
      .find((tr) => tr.cells[0].textContent === 'CTO (Head 0)')!;
    expect(row.cells[1]).toHaveTextContent('CTO (Ceo)');
    for (const tr of within(appendix).getAllByRole<HTMLTableRowElement>('row').slice(1))
      if (tr.cells.length > 1) expect(tr.cells[0].textContent).not.toBe(tr.cells[1].textContent);
  });
});
