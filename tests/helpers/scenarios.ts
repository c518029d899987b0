import { STRENGTH_NAMES, type Role, type Scenario, type Strengths } from '../../src/core/scenario/types';

export function strengths(overrides: Partial<Strengths> = {}): Strengths {
  const all = Object.fromEntries(STRENGTH_NAMES.map((name) => [name, 5])) as Strengths;
  return { ...all, ...overrides };
}

export function role(id: string, reportsTo: string | null, extra: Partial<Role> = {}): Role {
  return {
    id,
    title: id.toUpperCase(),
    person: null,
    reportsTo,
    dottedTo: [],
    team: 0,
    strengths: strengths(),
    oneOnOnes: false,
    ...extra,
  };
}

/** A small scenario that uses every part of format v1: each event type, a vacancy, dotted lines. */
export function richScenario(): Scenario {
  return {
    name: 'Rich',
    description: 'Every field of format v1',
    horizon: 12,
    environment: { volatility: 0.35 },
    seed: 7,
    parameters: { tauEngagement: 2.5 },
    roles: [
      role('ceo', null, { person: 'Ana', strengths: strengths({ vision: 9, plan: 2.5 }) }),
      role('00155792', 'ceo', { person: 'Bo', team: 12, department: 'Engineering', oneOnOnes: true }),
      role('sales', 'ceo', { person: null, team: 8, dottedTo: ['00155792'] }),
      role('ops', 'ceo', { person: 'Cy', team: 3 }),
    ],
    events: [
      { quarter: 1, type: 'grow', roleId: '00155792', team: 20 },
      {
        quarter: 2,
        type: 'hire',
        role: role('coo', 'ceo', {
          person: 'Dee',
          dottedTo: ['sales'],
          strengths: strengths({ organize: 8 }),
        }),
        takeOver: ['00155792', 'ops'],
      },
      { quarter: 3, type: 'depart', roleId: 'ops', reportsTo: 'coo' },
      { quarter: 3, type: 'reorg', roleId: 'sales', reportsTo: 'coo' },
      { quarter: 4, type: 'crisis', severity: 0.6, quarters: 2 },
      { quarter: 5, type: 'marketShift', size: 0.3 },
      { quarter: 6, type: 'coaching', roleIds: ['coo', 'sales'], quarters: 4 },
      { quarter: 7, type: 'feedback360', roleIds: ['00155792'] },
      { quarter: 8, type: 'oneOnOnes', roleIds: ['sales'], enabled: true },
      { quarter: 9, type: 'depart', roleId: 'coo' },
    ],
  };
}

/** The rich scenario without its parameter override, so the engine runs it with the default model. */
export function engineRichScenario(): Scenario {
  return { ...richScenario(), parameters: undefined };
}
