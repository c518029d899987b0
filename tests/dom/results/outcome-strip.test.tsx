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

  it('with Monte Carlo runs, names each quarter’s shares, largest first, and stacks them in a bar', () => {
    const shares = (s: Partial<Record<string, number>>) => ({
      balance: 0,
      chaos: 0,
      bureaucracy: 0,
      stagnation: 0,
      tooSmall: 0,
      ...s,
    });
    const mc = {
      ...report,
      runs: 200,
      seed: 1,
      quarters: [
        { outcome: 'balance', verdict: 'confirmed', risk: null, shares: shares({ balance: 1 }) },
        {
          outcome: 'chaos',
          verdict: 'confirmed',
          risk: null,
          shares: shares({ balance: 0.3, chaos: 0.62, bureaucracy: 0.08 }),
        },
      ].map((org, quarter) => ({ quarter, org, roles: {} })),
    } as unknown as SimulationReport;
    render(<OutcomeStrip report={mc} quarter={1} onSelect={() => {}} />);
    const cells = within(screen.getByRole('list', { name: 'Outcome per quarter' })).getAllByRole('button');
    expect(cells.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Q0: balance 100%; most often balance (confirmed)',
      'Q1: chaos 62%, balance 30%, bureaucracy 8%; most often chaos (confirmed)',
    ]);
    expect(cells[1]).toHaveAttribute('title', cells[1].getAttribute('aria-label'));
    // The bar repeats the words for the eye only, in a fixed order, each segment as wide as its share.
    const bar = screen.getAllByTestId('share-bar')[1];
    expect(bar).toHaveAttribute('aria-hidden', 'true');
    expect(
      [...bar.children].map((s) => [(s as HTMLElement).dataset.share, (s as HTMLElement).style.width]),
    ).toEqual([
      ['balance', '30%'],
      ['chaos', '62%'],
      ['bureaucracy', '8%'],
    ]);
  });

  it('has no share bar without Monte Carlo runs', () => {
    render(<OutcomeStrip report={report} quarter={1} onSelect={() => {}} />);
    expect(screen.queryAllByTestId('share-bar')).toEqual([]);
  });
});
