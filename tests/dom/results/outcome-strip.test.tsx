import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SimulationReport } from '../../../src/engine/report';
import { OutcomeStrip } from '../../../src/renderer/results/OutcomeStrip';

/** One org quarter per verdict of model v2, and one of a report written before `verdict` existed. */
const report = {
  scenario: 'S',
  runs: 1,
  warnings: [],
  quarters: [
    { outcome: 'stagnation', verdict: 'tooSmall', risk: null, confirmed: false },
    { outcome: 'chaos', verdict: 'borderline', risk: 'balance', confirmed: false },
    { outcome: 'balance', verdict: 'atRisk', risk: 'bureaucracy', confirmed: false },
    { outcome: 'chaos', verdict: 'confirmed', risk: null, confirmed: true },
    { outcome: 'chaos', confirmed: false },
  ].map((org, quarter) => ({ quarter, org, roles: {} })),
} as unknown as SimulationReport;

describe('the outcome strip', () => {
  it('gives each verdict its own look and words; a quarter too small to judge has no outcome', () => {
    render(<OutcomeStrip report={report} quarter={1} onSelect={() => {}} />);
    const cells = within(screen.getByRole('list', { name: 'Outcome per quarter' })).getAllByRole('button');
    expect(cells.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Q0: too few people to judge',
      'Q1: borderline between chaos and balance',
      'Q2: balance (at risk: symptoms show bureaucracy)',
      'Q3: chaos (confirmed)',
      'Q4: chaos (at risk)',
    ]);
    expect(cells.map((c) => c.getAttribute('title'))).toEqual(cells.map((c) => c.getAttribute('aria-label')));
    expect(cells.map((c) => c.dataset.verdict)).toEqual([
      'tooSmall',
      'borderline',
      'atRisk',
      'confirmed',
      'atRisk',
    ]);
    // No colour for no verdict; a borderline cell carries both sides of its boundary.
    expect(cells[0].dataset.outcome).toBeUndefined();
    expect(cells[1].dataset.outcome).toBe('chaos');
    expect(cells[1].dataset.risk).toBe('balance');
    expect(cells[3].dataset.confirmed).toBe('true');
    expect(cells[1]).toHaveAttribute('aria-current', 'true');
  });
});
