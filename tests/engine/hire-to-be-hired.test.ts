/**
 * A hire is a person arriving: left without a name it is "to be hired", never a vacancy, so a founder who
 * has not picked anyone yet still sees what the hire would change.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario/types';
import { roleSeries, simulate } from '../../src/engine/index';
import { scenario1, strengths } from './validation-builders';

function withOperator(person: string | null): Scenario {
  const spec = scenario1();
  spec.events.push({
    quarter: 2,
    type: 'hire',
    role: {
      id: 'coo',
      title: 'COO',
      person,
      reportsTo: 'founder',
      team: 0,
      strengths: strengths({ leadership: 5, management: 8 }),
    },
    takeOver: ['eng', 'product', 'sales', 'ops'],
  } as never);
  spec.events.sort((a, b) => a.quarter - b.quarter);
  return spec as unknown as Scenario;
}

describe('a hire without a name', () => {
  it('arrives as a person: it counts in headcount and manages with its own strengths', () => {
    const unnamed = simulate(withOperator(null));
    const named = simulate(withOperator('Dana'));
    expect(unnamed.org[2].headcount).toBe(named.org[2].headcount);
    expect(roleSeries(unnamed, 'coo')[3]!.management).toBeCloseTo(8, 5);
    for (let q = 0; q <= unnamed.quarters; q++)
      expect(unnamed.org[q].chaos).toBeCloseTo(named.org[q].chaos, 9);
  });

  it('changes the outcome the way a named hire does (hiring helps)', () => {
    const none = simulate(scenario1() as unknown as Scenario);
    const unnamed = simulate(withOperator(null));
    expect(unnamed.org[8].chaos).toBeLessThan(none.org[8].chaos - 5);
  });
});
