import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import { explain, simulate, simulateMonteCarlo, toSimulationReport } from '../../../src/engine/index';
import { reportRole, type SimulationReport } from '../../../src/engine/report';
import { ExplainPanel } from '../../../src/renderer/explain/ExplainPanel';
import { sharesText } from '../../../src/renderer/results/shares';
import { engineRichScenario } from '../../helpers/scenarios';

const scenario = engineRichScenario();

function renderPanel(report: SimulationReport, roleId: string, quarter: number) {
  render(
    <ExplainPanel
      roleId={roleId}
      quarter={quarter}
      role={reportRole(report.quarters[quarter], roleId)!}
      size={null}
      revision={1}
      titles={roleTitles(scenario)}
      explain={async (id, q) => explain(scenario, { quarter: q, roleIds: [id] })[0] ?? null}
      onReveal={() => {}}
    />,
  );
}

describe('a team’s explanation with verdict shares', () => {
  it('gives the team’s own shares at the explained quarter when the report has runs', async () => {
    const report = toSimulationReport(
      simulate(scenario),
      simulateMonteCarlo(scenario, { runs: 30, seed: 4 }),
    );
    const roleId = scenario.roles.find((r) => r.reportsTo !== null)!.id;
    const shares = report.quarters[6].roles[roleId].shares!;
    expect(shares).toBeDefined();
    renderPanel(report, roleId, 6);
    expect(screen.getByTestId('explain-shares')).toHaveTextContent(
      `Share of runs in Q6: ${sharesText(shares)}`,
    );
    // The org's shares are not the team's: the panel reads the team's.
    expect(sharesText(shares)).not.toBe('');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: /^Why / })).toHaveAttribute('aria-busy', 'false'),
    );
  });

  it('says nothing of shares for a single deterministic run', async () => {
    const report = toSimulationReport(simulate(scenario));
    renderPanel(report, scenario.roles[0].id, 4);
    expect(screen.queryByTestId('explain-shares')).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('region', { name: /^Why / })).toHaveAttribute('aria-busy', 'false'),
    );
  });
});
