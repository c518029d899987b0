/**
 * Builds the eight validation scenarios of the model brief as scenario files (format v1). The files under
 * resources/scenarios/ are written from here so their shape is reviewable in code:
 *   npx tsx tests/engine/write-validation-scenarios.ts
 * The tests read the files (through the real parser), not these builders.
 */
import type { ScenarioEvent } from '../../src/core/scenario/types';

type Lm = { leadership: number; management: number; trust?: number };

export interface RoleSpec {
  id: string;
  title: string;
  person?: string | null;
  reportsTo: string | null;
  team: number;
  strengths: Record<string, number>;
  dottedTo?: string[];
  oneOnOnes?: boolean;
}

export interface ScenarioFileSpec {
  format: 'ballast.scenario';
  version: 1;
  name: string;
  description: string;
  horizon: number;
  environment: { volatility: number };
  roles: RoleSpec[];
  events: ScenarioEvent[];
  seed: number;
}

export function strengths({ leadership: l, management: m, trust }: Lm): Record<string, number> {
  return {
    vision: l,
    inspire: l,
    innovate: l,
    develop: l,
    plan: m,
    organize: m,
    control: m,
    direct: m,
    trust: trust ?? Math.round((l + m) / 2),
  };
}

export function role(id: string, title: string, reportsTo: string | null, team: number, lm: Lm): RoleSpec {
  return { id, title, person: `Person ${id}`, reportsTo, team, strengths: strengths(lm) };
}

export function file(
  name: string,
  description: string,
  horizon: number,
  volatility: number,
  roles: RoleSpec[],
  events: ScenarioEvent[],
): ScenarioFileSpec {
  return {
    format: 'ballast.scenario',
    version: 1,
    name,
    description,
    horizon,
    environment: { volatility },
    roles,
    events,
    seed: 7,
  };
}

/** Founder plus four leads whose teams grow from 4 to 29 (21 to 121 people) over 8 quarters. */
export function founderOrg(): { roles: RoleSpec[]; events: ScenarioEvent[] } {
  const roles = [role('founder', 'Founder & CEO', null, 0, { leadership: 9, management: 3 })];
  const leads = ['eng', 'product', 'sales', 'ops'];
  for (const id of leads) roles.push(role(id, `${id} lead`, 'founder', 4, { leadership: 7, management: 3 }));
  const events: ScenarioEvent[] = [];
  for (let q = 1; q <= 8; q++) {
    for (const id of leads)
      events.push({ quarter: q, type: 'grow', roleId: id, team: 4 + Math.round((25 * q) / 8) });
  }
  return { roles, events };
}

export function scenario1(): ScenarioFileSpec {
  const { roles, events } = founderOrg();
  return file(
    'Validation 1: visionary founder, no operators',
    'Founder leadership 9 / management 3, leads 7/3; headcount grows from 21 to 121 over 8 quarters; volatility 0.4.',
    8,
    0.4,
    roles,
    events,
  );
}

export function scenario2(): ScenarioFileSpec {
  const { roles, events: grows } = founderOrg();
  // From quarter 4 (eng) and 5 (sales) a front-line manager runs 12 of that lead's people, so the lead's
  // own team is 12 smaller than in scenario 1; total headcount grows the same way plus the three hires.
  const carved: Record<string, number> = { eng: 4, sales: 5 };
  const events: ScenarioEvent[] = grows.map((e) =>
    e.type === 'grow' && carved[e.roleId] !== undefined && e.quarter >= carved[e.roleId]
      ? { ...e, team: e.team - 12 }
      : e,
  );
  events.push({
    quarter: 3,
    type: 'hire',
    role: role('coo', 'COO', 'founder', 0, { leadership: 5, management: 8 }) as never,
    takeOver: ['eng', 'product', 'sales', 'ops'],
  });
  events.push({
    quarter: 4,
    type: 'hire',
    role: role('mgr-eng', 'Engineering manager', 'eng', 12, { leadership: 5, management: 7 }) as never,
  });
  events.push({
    quarter: 5,
    type: 'hire',
    role: role('mgr-sales', 'Sales manager', 'sales', 12, { leadership: 5, management: 7 }) as never,
  });
  events.sort((a, b) => a.quarter - b.quarter);
  return file(
    'Validation 2: same founder, operator hired',
    'Scenario 1 plus a COO (management 8, leadership 5) hired in quarter 3 taking over the leads, and two managers of management 7 (quarters 4 and 5) who each run 12 of the engineering and sales people.',
    8,
    0.4,
    roles,
    events,
  );
}

/**
 * Validation 2 with managers under all four leads: the COO plus four front-line managers, each taking
 * 12 of a lead's people. (Validation 2 itself leaves product and ops with 29 reports each, and under
 * model v2 no arrival quarter of its COO keeps the org out of confirmed chaos.)
 */
export function scenario2WithAllManagers(): ScenarioFileSpec {
  const spec = scenario2();
  const carved: Record<string, number> = { product: 4, ops: 5 };
  spec.events = spec.events.map((e) =>
    e.type === 'grow' && carved[e.roleId] !== undefined && e.quarter >= carved[e.roleId]
      ? { ...e, team: e.team - 12 }
      : e,
  );
  for (const [lead, quarter] of [
    ['product', 4],
    ['ops', 5],
  ] as const) {
    const manager = role(`mgr-${lead}`, `${lead} manager`, lead, 12, { leadership: 5, management: 7 });
    spec.events.push({ quarter, type: 'hire', role: manager as never });
  }
  spec.events.sort((a, b) => a.quarter - b.quarter);
  return spec;
}

/** A tree with the given children per role at each depth and a team on the last layer. */
export function layeredOrg(branching: number[], leafTeam: number, midTeam: number, lm: Lm): RoleSpec[] {
  const roles: RoleSpec[] = [role('r', 'Head', null, midTeam, lm)];
  let layer = ['r'];
  branching.forEach((b, depth) => {
    const next: string[] = [];
    const last = depth === branching.length - 1;
    for (const parent of layer) {
      for (let k = 0; k < b; k++) {
        const id = `${parent}.${k + 1}`;
        roles.push(role(id, `Layer ${depth + 2} manager ${id}`, parent, last ? leafTeam : midTeam, lm));
        next.push(id);
      }
    }
    layer = next;
  });
  return roles;
}

export function scenario3(): ScenarioFileSpec {
  return file(
    'Validation 3: rule-bound division',
    'Seven layers, leadership 3 / management 8, about 3,000 people, market shift of 0.3 in quarter 2; volatility 0.3.',
    12,
    0.3,
    layeredOrg([2, 3, 3, 3, 2, 2], 12, 0, { leadership: 3, management: 8 }),
    [{ quarter: 2, type: 'marketShift', size: 0.3 }],
  );
}

/** About 200 people: a head, four directors, sixteen managers with teams of 11. */
function midOrg(lm: Lm): RoleSpec[] {
  return layeredOrg([4, 4], 11, 0, lm);
}

export function scenario4(): ScenarioFileSpec {
  return file(
    'Validation 4: both weak',
    'Leadership 3 / management 3 everywhere, about 200 people, market shift of 0.3 in quarter 2; volatility 0.3.',
    12,
    0.3,
    midOrg({ leadership: 3, management: 3 }),
    [{ quarter: 2, type: 'marketShift', size: 0.3 }],
  );
}

export function scenario5(): ScenarioFileSpec {
  return file(
    'Validation 5: both strong',
    'Leadership 8 / management 8 everywhere, the shape of scenario 4, market shift of 0.3 in quarter 2; volatility 0.3.',
    12,
    0.3,
    midOrg({ leadership: 8, management: 8 }),
    [{ quarter: 2, type: 'marketShift', size: 0.3 }],
  );
}

function crisisOrg(kind: string, lm: Lm): ScenarioFileSpec {
  return file(
    `Validation 6: crisis in quarter 2, ${kind}`,
    `A ${kind} org (leadership ${lm.leadership} / management ${lm.management}) of about 200 people; crisis of severity 0.6 for 2 quarters from quarter 2; volatility 0.3.`,
    12,
    0.3,
    midOrg(lm),
    [{ quarter: 2, type: 'crisis', severity: 0.6, quarters: 2 }],
  );
}

export const scenario6Management = () => crisisOrg('management-heavy', { leadership: 4, management: 8 });
export const scenario6Leadership = () => crisisOrg('leadership-heavy', { leadership: 8, management: 4 });
export const scenario6Balanced = () => crisisOrg('balanced', { leadership: 7, management: 7 });

export function scenario7(): ScenarioFileSpec {
  const roles = [
    role('head', 'Head of operations', null, 0, { leadership: 6, management: 6 }),
    role('m5', 'Manager, management 5', 'head', 7, { leadership: 5, management: 5 }),
    role('m9', 'Manager, management 9, engaged team', 'head', 7, { leadership: 8, management: 9 }),
  ];
  roles[2].oneOnOnes = true;
  // Each manager absorbs two peers' teams of 9 when those peers leave: 7 -> 25 reports, all existing staff.
  for (const id of ['a', 'b', 'c', 'd'])
    roles.push(role(`peer-${id}`, `Peer manager ${id}`, 'head', 9, { leadership: 5, management: 5 }));
  return file(
    'Validation 7: span shock',
    'In quarter 2 two peer managers leave and their 18 people move to a manager of management 5 (7 -> 25 reports); two more move theirs to a manager of management 9 with an engaged team (one-on-ones, leadership 8).',
    8,
    0.3,
    roles,
    [
      { quarter: 2, type: 'depart', roleId: 'peer-a', reportsTo: 'm5' },
      { quarter: 2, type: 'depart', roleId: 'peer-b', reportsTo: 'm5' },
      { quarter: 2, type: 'depart', roleId: 'peer-c', reportsTo: 'm9' },
      { quarter: 2, type: 'depart', roleId: 'peer-d', reportsTo: 'm9' },
    ],
  );
}

export function scenario8(): ScenarioFileSpec {
  const roles = [role('head', 'Head of delivery', null, 0, { leadership: 5, management: 5 })];
  const coached = ['c1', 'c2', 'c3'];
  const feedbackOnly = ['f1', 'f2', 'f3'];
  const control = ['n1', 'n2', 'n3'];
  for (const id of [...coached, ...feedbackOnly, ...control]) {
    roles.push(role(id, `Team lead ${id}`, 'head', 14, { leadership: 5, management: 4 }));
  }
  return file(
    'Validation 8: coaching and 360',
    'Three team leads get coaching plus a 360 for a year from quarter 1, three get a 360 only, three get nothing; management 4, teams of 14.',
    8,
    0.3,
    roles,
    [
      { quarter: 1, type: 'coaching', roleIds: coached, quarters: 4 },
      { quarter: 1, type: 'feedback360', roleIds: [...coached, ...feedbackOnly] },
    ],
  );
}

/** File name (under resources/scenarios/) -> builder. */
export const VALIDATION_FILES: Record<string, () => ScenarioFileSpec> = {
  'v1-visionary-founder.scenario.json': scenario1,
  'v2-founder-with-operator.scenario.json': scenario2,
  'v3-rule-bound-division.scenario.json': scenario3,
  'v4-both-weak.scenario.json': scenario4,
  'v5-both-strong.scenario.json': scenario5,
  'v6-crisis-management-heavy.scenario.json': scenario6Management,
  'v6-crisis-leadership-heavy.scenario.json': scenario6Leadership,
  'v6-crisis-balanced.scenario.json': scenario6Balanced,
  'v7-span-shock.scenario.json': scenario7,
  'v8-coaching-and-360.scenario.json': scenario8,
};
