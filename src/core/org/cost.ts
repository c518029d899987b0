import { depths } from '../scenario/tree';
import { isVacant, type Role } from '../scenario/types';
import { orgStats, type OrgStats } from './org-stats';

/** Headcount, FTE and cost of a group of roles (the whole org, a department, a layer). */
export interface CostFigures {
  /** Roles in the group (by layer: the roles at that depth). */
  roles: number;
  /** People: filled roles plus their teams' individual contributors. */
  heads: number;
  /** Full-time equivalents: each filled role's `fte` (1 when absent) plus 1 per team member. */
  fte: number;
  /** Annual cost of the people: filled roles' `salary` plus each team member's `icSalary`. */
  cost: number;
  /** Annual `salary` of the vacant roles: the budget of open posts, not in `cost`. */
  vacantCost: number;
  /** People whose pay is not known (no `salary`, or a team without `icSalary`): `cost` leaves them out. */
  unpricedHeads: number;
}

export interface DepartmentCost extends CostFigures {
  /** The department as written; null for roles without one. */
  department: string | null;
}

export interface LayerCost extends CostFigures {
  /** 1 for the root; a role's team members sit one layer below the role. */
  layer: number;
}

export interface OrgCost {
  total: CostFigures;
  /** In order of first appearance in the roles, roles without a department last. */
  byDepartment: DepartmentCost[];
  /** From layer 1 down. */
  byLayer: LayerCost[];
}

const empty = (): CostFigures => ({ roles: 0, heads: 0, fte: 0, cost: 0, vacantCost: 0, unpricedHeads: 0 });

/** Sums are rounded to cents and FTE to 4 decimals, so every consumer shows the very same figures. */
const cents = (x: number) => Math.round(x * 100) / 100;
const fte4 = (x: number) => Math.round(x * 1e4) / 1e4;
function rounded<T extends CostFigures>(f: T): T {
  return { ...f, fte: fte4(f.fte), cost: cents(f.cost), vacantCost: cents(f.vacantCost) };
}

/**
 * Headcount, FTE and cost of the starting org, in total, per department and per layer: the one function
 * the spans & layers panel, the printed report, the comparison and the command line all read, so their
 * figures agree by construction. People data is optional: what is not known is counted in
 * `unpricedHeads`, never guessed.
 */
export function orgCost(roles: readonly Role[]): OrgCost {
  const total = empty();
  const departments = new Map<string | null, CostFigures>();
  const layers: CostFigures[] = [];
  const depthById = depths(roles);
  const layer = (index: number) => (layers[index] ??= empty());
  for (const role of roles) {
    const filled = !isVacant(role);
    const own = empty();
    own.roles = 1;
    if (filled) {
      own.heads = 1;
      own.fte = role.fte ?? 1;
      if (role.salary === undefined) own.unpricedHeads = 1;
      else own.cost = role.salary;
    } else if (role.salary !== undefined) own.vacantCost = role.salary;
    const team = empty();
    team.heads = role.team;
    team.fte = role.team;
    if (role.team > 0) {
      if (role.icSalary === undefined) team.unpricedHeads = role.team;
      else team.cost = role.team * role.icSalary;
    }
    const key = role.department ?? null;
    const department = departments.get(key) ?? empty();
    departments.set(key, department);
    const depth = depthById.get(role.id) ?? 0;
    add(total, own, team);
    add(department, own, team);
    add(layer(depth), own);
    if (role.team > 0) add(layer(depth + 1), team);
  }
  for (let i = 0; i < layers.length; i++) layer(i);
  const byDepartment = [...departments]
    .sort(([a], [b]) => (a === null ? 1 : 0) - (b === null ? 1 : 0))
    .map(([department, figures]) => rounded({ department, ...figures }));
  return {
    total: rounded(total),
    byDepartment,
    byLayer: layers.map((figures, i) => rounded({ layer: i + 1, ...figures })),
  };
}

function add(into: CostFigures, ...parts: CostFigures[]): void {
  for (const p of parts) {
    into.roles += p.roles;
    into.heads += p.heads;
    into.fte += p.fte;
    into.cost += p.cost;
    into.vacantCost += p.vacantCost;
    into.unpricedHeads += p.unpricedHeads;
  }
}

/**
 * The command line's `structure` object: spans and layers (orgStats) and cost (orgCost) of the starting
 * org, the very figures the app's spans & layers panel shows.
 */
export interface StructureReport extends OrgCost, Omit<OrgStats, 'widest' | 'narrowest'> {}

export function structureReport(roles: readonly Role[]): StructureReport {
  const stats = orgStats(roles);
  return {
    headcount: stats.headcount,
    roles: stats.roles,
    layers: stats.layers,
    managers: stats.managers,
    managerShare: Math.round(stats.managerShare * 1e4) / 1e4,
    spanHistogram: stats.spanHistogram,
    ...orgCost(roles),
  };
}
