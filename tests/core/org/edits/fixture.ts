import { produce } from 'immer';
import type { Scenario } from '../../../../src/core/scenario/types';
import { role } from '../../../helpers/scenarios';

/** ceo -> (eng -> (fe, be), sales); ops reports to ceo with a dotted line to eng. */
export function smallOrg(): Scenario {
  return {
    name: 'Small',
    horizon: 8,
    environment: { volatility: 0.3 },
    roles: [
      role('ceo', null, { person: 'Ana' }),
      role('eng', 'ceo', { person: 'Bo', team: 4 }),
      role('fe', 'eng', { person: 'Cy', team: 3 }),
      role('be', 'eng', { person: 'Di', team: 5 }),
      role('sales', 'ceo', { person: 'Ed', team: 6 }),
      role('ops', 'ceo', { dottedTo: ['eng'] }),
    ],
    events: [
      { quarter: 1, type: 'grow', roleId: 'eng', team: 8 },
      { quarter: 2, type: 'coaching', roleIds: ['eng', 'sales'], quarters: 2 },
      { quarter: 3, type: 'reorg', roleId: 'fe', reportsTo: 'sales' },
    ],
  };
}

/** Applies one edit the way the editor does: to an immutable scenario, returning the next one. */
export function edit(scenario: Scenario, recipe: (draft: Scenario) => unknown): Scenario {
  return produce(scenario, (draft) => {
    recipe(draft);
  });
}

export const parentOf = (scenario: Scenario, id: string) =>
  scenario.roles.find((r) => r.id === id)?.reportsTo;
