import { describe, expect, it } from 'vitest';
import { simulate, toSimulationReport } from '../../../src/engine/index';
import { driverLabel, teamLabel, teamSizeAt, teamSizeText } from '../../../src/renderer/explain/team-size';
import { engineRichScenario } from '../../helpers/scenarios';

describe('which team size a number is', () => {
  it('labels the design’s team and a quarter’s', () => {
    expect(teamLabel(6, null)).toBe('team of 6 (design)');
    expect(teamLabel(50, 8)).toBe('team of 50 (Q8)');
    expect(teamLabel(12.5, 3)).toBe('team of 12.5 (Q3)');
  });

  it('reads a quarter’s team and reporting roles from the report', () => {
    const report = toSimulationReport(simulate(engineRichScenario()));
    const q = report.quarters[4];
    const [id, role] = Object.entries(q.roles).find(([, r]) => r.reportsTo === null)!;
    const reports = Object.values(q.roles).filter((r) => r.reportsTo === id).length;
    expect(teamSizeAt(report, 4, id)).toEqual({ quarter: 4, team: role.team, reports });
    expect(teamSizeAt(report, 4, 'nobody')).toBeNull();
  });

  it('says what a span driver counts, and leaves other drivers as they are', () => {
    const size = { quarter: 8, team: 50, reports: 3 };
    expect(teamSizeText(size)).toBe('team of 50 (Q8) and 3 roles reporting');
    const span = { key: 'demand.span', label: 'span 53 against a capacity of 6', value: 53 };
    expect(driverLabel(span, size)).toBe(
      'span 53 against a capacity of 6: team of 50 (Q8) and 3 roles reporting',
    );
    // A span beyond the team and its reporting roles counts newcomers, dotted lines or vacancies too.
    expect(driverLabel({ ...span, value: 56 }, size)).toBe(
      `${span.label}: team of 50 (Q8) and 3 roles reporting, plus newcomers, dotted lines or vacancies carried`,
    );
    expect(driverLabel({ key: 'churn', label: '5% of the team quit', value: 0.05 }, size)).toBe(
      '5% of the team quit',
    );
    expect(driverLabel(span, null)).toBe(span.label);
  });
});
