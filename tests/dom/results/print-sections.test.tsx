/**
 * The print-only sections with Monte Carlo runs: each team's shares beside its verdict, each drawn card's
 * trouble share beside its figure, and what the runs drew among the assumptions.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import { simulate, simulateMonteCarlo, toSimulationReport } from '../../../src/engine/index';
import { PrintOnlySections } from '../../../src/renderer/results/PrintSections';
import { percent, sharesText } from '../../../src/renderer/results/shares';
import { heatOf } from '../../../src/renderer/results/outcome-heat';
import { engineRichScenario } from '../../helpers/scenarios';

describe('the print report', () => {
  it('shows each team’s shares beside its verdict and names what the runs drew', () => {
    const s = engineRichScenario();
    const report = toSimulationReport(simulate(s), simulateMonteCarlo(s, { runs: 20, seed: 5 }));
    const titles = roleTitles(s);
    render(<PrintOnlySections scenario={s} report={report} quarter={8} titles={titles} />);
    const appendix = screen.getByRole('region', { name: 'Appendix: the roles' });
    expect(within(appendix).getAllByRole('columnheader', { name: 'Share of runs' }).length).toBeGreaterThan(
      0,
    );
    const sales = within(appendix)
      .getByRole('cell', { name: titles.get('sales') })
      .closest('tr')!;
    expect(sales).toHaveTextContent(sharesText(report.quarters[8].roles.sales.shares!));
    expect(
      screen.getByText(
        'What the runs drew: 20 runs; parameters ±25%, ratings within their stated error, uncertain event timing',
      ),
    ).toBeTruthy();
    // Each drawn card's title carries its trouble's share of runs.
    const drawing = screen.getByRole('img', { name: /^The org in Q8/ });
    const heat = heatOf(report.quarters[8].roles.sales);
    const t = heat.trouble!;
    const runs =
      t.outcome === heat.outcome ? `${percent(t.share)} of runs` : `${t.outcome} ${percent(t.share)}`;
    const title = [...drawing.querySelectorAll('title')].find((el) =>
      el.textContent!.startsWith(`${titles.get('sales')}, `),
    )!;
    expect(title.textContent).toMatch(new RegExp(`, ${heat.figure} · ${runs}$`));
  });

  it('has no share column with one deterministic run', () => {
    const s = engineRichScenario();
    render(
      <PrintOnlySections
        scenario={s}
        report={toSimulationReport(simulate(s))}
        quarter={8}
        titles={roleTitles(s)}
      />,
    );
    expect(screen.queryByRole('columnheader', { name: 'Share of runs' })).toBeNull();
    expect(screen.getByText('What the runs drew: one deterministic run, nothing drawn')).toBeTruthy();
  });
});
