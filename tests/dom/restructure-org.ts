import type { Role, Scenario } from '../../src/core/scenario/types';
import { role } from '../helpers/scenarios';

/**
 * A CEO, 3 directors, 66 vacant "Linear Manager"s (22 under each director, in Finance, Sales or
 * Operations) and 2 analysts under each manager; an event coaches the first two managers.
 */
export function layeredOrg(): Scenario {
  const roles: Role[] = [role('ceo', null, { title: 'Chief Executive', person: 'Ana' })];
  for (let d = 0; d < 3; d++)
    roles.push(role(`d${d}`, 'ceo', { title: `Director ${d}`, person: `Dee ${d}` }));
  for (let m = 0; m < 66; m++) {
    const department = ['Finance', 'Sales', 'Operations'][m % 3];
    roles.push(role(`m${m}`, `d${m % 3}`, { title: 'Linear Manager', department }));
  }
  for (let a = 0; a < 132; a++)
    roles.push(
      role(`a${a}`, `m${a % 66}`, { title: 'Analyst', person: `Person ${a}`, department: 'Finance' }),
    );
  return {
    name: 'Layered',
    description: '',
    horizon: 8,
    environment: { volatility: 0.3 },
    seed: 1,
    parameters: {},
    roles,
    events: [{ quarter: 2, type: 'coaching', roleIds: ['m0', 'm1', 'd0'], quarters: 2 }],
  };
}
