import { DEFAULT_LAYOUT, layoutOrg } from '../org/layout';
import type { Role } from '../scenario/types';

/**
 * A big org drawn whole is a strip no page can hold (1,500 cards scale to specks). A printed pack draws
 * it by department instead: each department's roles as the trees they form inside it, a few layers deep,
 * the rest counted on the cards. Pure: plain roles in, plain roles and sets out; chartSvg draws them.
 */

/** One tree of a department's drawing: its head and the department's roles below it, re-rooted. */
export interface DepartmentTree {
  headId: string;
  /** The head reports to nobody here, so the tree lays out on its own; every other role is unchanged. */
  roles: Role[];
  /** Roles at the depth limit that have reports: drawn collapsed, each card counting what it hides. */
  collapsed: Set<string>;
}

export interface DepartmentDrawing {
  /** null: roles without a department. */
  department: string | null;
  roleCount: number;
  /** The department's largest trees first; at most `maxTrees`. */
  trees: DepartmentTree[];
  /** Heads of the trees not drawn (small groups reporting into the department from elsewhere). */
  undrawnHeads: number;
  /** Roles in the trees not drawn. */
  undrawnRoles: number;
}

export interface DepartmentChartOptions {
  /** Most layers drawn in each tree, the head's included; fewer where they would not fit `maxWidth`. */
  depth: number;
  /** Trees drawn per department. */
  maxTrees: number;
  /**
   * Widest drawing, in the layout's pixels (a card is 220), of the compact layout: about eight cards
   * across, so a drawing scaled to a printed page's width keeps its words legible.
   */
  maxWidth: number;
}

export const DEPARTMENT_CHART_DEFAULTS: DepartmentChartOptions = { depth: 3, maxTrees: 6, maxWidth: 2000 };

/**
 * Per department (in order of first appearance, roles without one last), its roles split into the trees
 * they form inside it: a role whose manager is in another department (or who has none) heads a tree.
 */
export function departmentDrawings(
  roles: readonly Role[],
  options: DepartmentChartOptions = DEPARTMENT_CHART_DEFAULTS,
): DepartmentDrawing[] {
  const departmentOf = new Map(roles.map((r) => [r.id, r.department ?? null]));
  const byDepartment = new Map<string | null, Role[]>();
  for (const role of roles) {
    const key = role.department ?? null;
    const list = byDepartment.get(key) ?? [];
    byDepartment.set(key, list);
    list.push(role);
  }
  const ordered = [...byDepartment].sort(([a], [b]) => (a === null ? 1 : 0) - (b === null ? 1 : 0));
  return ordered.map(([department, members]) => {
    const reports = new Map<string, Role[]>();
    const heads: Role[] = [];
    for (const role of members) {
      const inside = role.reportsTo !== null && departmentOf.get(role.reportsTo) === department;
      if (!inside) heads.push(role);
      else {
        const list = reports.get(role.reportsTo!) ?? [];
        reports.set(role.reportsTo!, list);
        list.push(role);
      }
    }
    const trees = heads
      .map((head) => treeBelow(head, reports, options))
      .sort((a, b) => b.roles.length - a.roles.length);
    const drawn = trees.slice(0, options.maxTrees);
    const undrawn = trees.slice(options.maxTrees);
    return {
      department,
      roleCount: members.length,
      trees: drawn,
      undrawnHeads: undrawn.length,
      undrawnRoles: undrawn.reduce((sum, t) => sum + t.roles.length, 0),
    };
  });
}

/** The head and everyone below it inside the department, drawn as deep as fits (see depthThatFits). */
function treeBelow(
  head: Role,
  reports: ReadonlyMap<string, Role[]>,
  options: DepartmentChartOptions,
): DepartmentTree {
  const roles: Role[] = [{ ...head, reportsTo: null, dottedTo: [] }];
  const stack = [head];
  while (stack.length > 0) {
    const below = reports.get(stack.pop()!.id) ?? [];
    roles.push(...below);
    stack.push(...below);
  }
  const depth = depthThatFits(roles, options.depth, options.maxWidth);
  return { headId: head.id, roles, collapsed: collapsedBelowLayer(roles, depth) };
}

/**
 * The most layers, up to `maxDepth`, whose compact drawing is at most `maxWidth` wide; never fewer than
 * two (a head and its stacked reports are always narrow), one for a role alone.
 */
export function depthThatFits(roles: readonly Role[], maxDepth: number, maxWidth: number): number {
  for (let depth = maxDepth; depth > 2; depth--) {
    const { width } = layoutOrg(roles, {
      ...DEFAULT_LAYOUT,
      compact: true,
      collapsed: collapsedBelowLayer(roles, depth),
    });
    if (width <= maxWidth) return depth;
  }
  return Math.min(maxDepth, 2);
}

/** The roles to collapse so a drawing of the whole org shows its top `depth` layers (first root's tree). */
export function collapsedBelowLayer(roles: readonly Role[], depth: number): Set<string> {
  const reports = new Map<string, Role[]>();
  for (const role of roles) {
    if (role.reportsTo === null) continue;
    const list = reports.get(role.reportsTo) ?? [];
    reports.set(role.reportsTo, list);
    list.push(role);
  }
  const collapsed = new Set<string>();
  const root = roles.find((r) => r.reportsTo === null);
  if (!root) return collapsed;
  const stack: [Role, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [role, level] = stack.pop()!;
    const below = reports.get(role.id) ?? [];
    if (below.length === 0) continue;
    if (level === depth - 1) collapsed.add(role.id);
    else for (const child of below) stack.push([child, level + 1]);
  }
  return collapsed;
}
