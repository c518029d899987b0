import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { DEFAULT_LAYOUT, layoutOrg, type LayoutOptions } from '../../core/org/layout';
import { leadershipScore, managementScore } from '../../core/org/strength-summary';
import { isVacant, type Role } from '../../core/scenario/types';
import type { Overlay } from '../editor/editor-store';
import { overlayTint } from './overlay-colour';
import type { StackedEdgeData } from './StackedEdge';

export interface RoleCardData extends Record<string, unknown> {
  title: string;
  person: string | null;
  team: number;
  department?: string;
  leadership: number;
  management: number;
  hiddenCount: number;
  childCount: number;
  /** Layer in the chart: 0 for the top role. */
  depth: number;
  collapsed: boolean;
  /** The overlay's tint and figure, or null without an overlay. */
  tint: string | null;
  tintLabel: string | null;
}

export interface FlowOptions {
  layout?: LayoutOptions;
  collapsed?: ReadonlySet<string>;
  overlay?: Overlay;
  selection?: readonly string[];
  /** Leaf reports stacked under their manager (see LayoutOptions.compact). */
  compact?: boolean;
}

export type RoleNode = Node<RoleCardData, 'role'>;

/**
 * Where a card's reporting lines attach (top centre in, bottom centre out), given with the node. React
 * Flow otherwise renders every node it has not measured yet, wherever it is, to find its handles: after
 * "Expand all" (or any edit that moves every card) that mounted all 5,000 cards for one frame and
 * unmounted all but the hundred on screen (Chromium counted 141,000 DOM nodes created for 7,800 kept).
 */
function cardHandles(width: number, height: number): NodeHandle[] {
  const x = width / 2 - 0.5;
  return [
    { type: 'target', position: Position.Top, x, y: 0, width: 1, height: 1 },
    { type: 'source', position: Position.Bottom, x, y: height - 1, width: 1, height: 1 },
  ];
}

/**
 * Turns roles into React Flow nodes and edges, placed by the pure tidy-tree layout. Solid edges are
 * reporting lines; dashed ones are dotted lines between roles that are both shown.
 */
export function toFlowElements(
  roles: readonly Role[],
  options: FlowOptions = {},
): { nodes: RoleNode[]; edges: Edge[] } {
  const layout = {
    ...(options.layout ?? DEFAULT_LAYOUT),
    collapsed: options.collapsed,
    compact: options.compact ?? false,
  };
  const selected = new Set(options.selection ?? []);
  const byId = new Map(roles.map((role) => [role.id, role]));
  const { placed } = layoutOrg(roles, layout);
  const placedById = new Map(placed.map((p) => [p.id, p]));
  const handles = cardHandles(layout.nodeWidth, layout.nodeHeight);

  const nodes: RoleNode[] = placed.map((p) => {
    const role = byId.get(p.id)!;
    const tint = overlayTint(options.overlay ?? 'none', role);
    return {
      id: role.id,
      type: 'role',
      position: { x: p.x, y: p.y },
      selected: selected.has(role.id),
      width: layout.nodeWidth,
      height: layout.nodeHeight,
      // Its size as measured, too: React Flow fits the view only to measured nodes.
      measured: { width: layout.nodeWidth, height: layout.nodeHeight },
      handles,
      data: {
        title: role.title,
        person: isVacant(role) ? null : (role.person ?? null),
        team: role.team,
        department: role.department,
        leadership: leadershipScore(role.strengths),
        management: managementScore(role.strengths),
        hiddenCount: p.hiddenCount,
        childCount: p.childCount,
        depth: p.depth,
        collapsed: options.collapsed?.has(role.id) ?? false,
        tint: tint?.colour ?? null,
        tintLabel: tint?.label ?? null,
      },
    };
  });

  const edges: Edge[] = [];
  for (const role of roles) {
    const card = placedById.get(role.id);
    if (!card) continue;
    const manager = role.reportsTo === null ? undefined : placedById.get(role.reportsTo);
    if (manager && card.trunkX !== undefined) {
      const data: StackedEdgeData = {
        elbowY: manager.y + layout.nodeHeight + layout.gapY / 2,
        trunkX: card.trunkX,
        cardWidth: layout.nodeWidth,
        cardHeight: layout.nodeHeight,
      };
      edges.push({ id: `r:${role.id}`, source: manager.id, target: role.id, type: 'stacked', data });
    } else if (manager) {
      edges.push({ id: `r:${role.id}`, source: manager.id, target: role.id, type: 'smoothstep' });
    }
    for (const manager of role.dottedTo ?? []) {
      if (!placedById.has(manager)) continue;
      edges.push({
        id: `d:${role.id}:${manager}`,
        source: manager,
        target: role.id,
        type: 'dotted',
        className: 'dotted-line',
        ariaLabel: `Dotted line from ${byId.get(manager)?.title ?? manager} to ${role.title}`,
      });
    }
  }
  return { nodes, edges };
}

/**
 * The new nodes, each replaced by the one already shown when it sits in the same place with the same
 * data, so React Flow (whose cards are memoized on their node) re-renders only the cards that changed;
 * the array shown itself when nothing did.
 */
export function keepUnchanged(shown: readonly RoleNode[], next: readonly RoleNode[]): RoleNode[] {
  const byId = new Map(shown.map((node) => [node.id, node]));
  let same = shown.length === next.length;
  const kept = next.map((node, i) => {
    const old = byId.get(node.id);
    const keep = old !== undefined && sameNode(old, node) ? old : node;
    if (keep !== shown[i]) same = false;
    return keep;
  });
  return same ? (shown as RoleNode[]) : kept;
}

function sameNode(a: RoleNode, b: RoleNode): boolean {
  if (a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
  if (a.width !== b.width || a.height !== b.height || Boolean(a.selected) !== Boolean(b.selected))
    return false;
  if (a.dragging) return false;
  const keys = Object.keys(b.data);
  if (keys.length !== Object.keys(a.data).length) return false;
  return keys.every((key) => Object.is(a.data[key], b.data[key]));
}

/**
 * The org as it stands in one simulated quarter, for showing the chart as the scrubber moves: the roles
 * alive in that quarter (the design's roles and those its events hire), each under the manager the
 * engine's report gives for that quarter, with the team size it gives (grow and shrink events, teams
 * taken over), in the report's order. Strengths and the rest are the design's. Without a report, or for
 * a quarter it lacks, the design's roles as they are.
 */
export function rolesAtQuarter(
  roles: readonly Role[],
  hired: readonly Role[],
  report: { quarters: { roles: Record<string, { reportsTo?: unknown; team?: unknown }> }[] } | null,
  quarter: number,
): readonly Role[] {
  const alive = report?.quarters[quarter]?.roles;
  if (!alive) return roles;
  const byId = new Map<string, Role>();
  for (const role of hired) byId.set(role.id, role);
  for (const role of roles) byId.set(role.id, role);
  const shown: Role[] = [];
  for (const [id, figures] of Object.entries(alive)) {
    const role = byId.get(id);
    if (!role) continue;
    const reportsTo = typeof figures.reportsTo === 'string' ? figures.reportsTo : null;
    const team = typeof figures.team === 'number' ? figures.team : role.team;
    const dottedTo = role.dottedTo?.filter((m) => Object.hasOwn(alive, m));
    shown.push(
      reportsTo === role.reportsTo && team === role.team && dottedTo?.length === role.dottedTo?.length
        ? role
        : { ...role, reportsTo, team, ...(dottedTo ? { dottedTo } : {}) },
    );
  }
  return shown;
}

/**
 * Whether two lists of the same design's roles show the same chart: the same roles in the same order,
 * each under the same manager, with the same team and dotted lines. (Quarters often differ only in
 * their figures; their charts need no new layout.)
 */
export function sameShownOrg(a: readonly Role[], b: readonly Role[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.id !== y.id || x.reportsTo !== y.reportsTo || x.team !== y.team) return false;
    const dx = x.dottedTo ?? [];
    const dy = y.dottedTo ?? [];
    if (dx.length !== dy.length || dx.some((d, k) => d !== dy[k])) return false;
  }
  return true;
}

/**
 * Whether a report describes these roles: its starting quarter holds exactly them. Revisions restart
 * with each scenario, so this guards against showing one scenario's quarters over another's roles.
 */
export function reportDescribes(
  roles: readonly Role[],
  report: { quarters: { roles: Record<string, unknown> }[] } | null,
): boolean {
  const start = report?.quarters[0]?.roles;
  if (!start || Object.keys(start).length !== roles.length) return false;
  return roles.every((role) => Object.hasOwn(start, role.id));
}

/** Below this zoom a card's text is too small to read. */
export const READABLE_ZOOM = 0.4;
/** The zoom a big org opens at. */
export const OPENING_ZOOM = 0.8;

/**
 * Where a scenario opens: the whole chart when it fits at a readable zoom (null: keep that fit);
 * otherwise readable, with the top role centred at the top of the view, since in a tidy tree even the top
 * layers span the chart's full width. View → Fit shows it all.
 */
export function openingViewport(
  top: { x: number; y: number } | undefined,
  fitZoom: number,
  viewWidth: number,
  nodeWidth: number,
): { x: number; y: number; zoom: number } | null {
  if (!top || fitZoom >= READABLE_ZOOM) return null;
  return {
    x: viewWidth / 2 - (top.x + nodeWidth / 2) * OPENING_ZOOM,
    y: 32 - top.y * OPENING_ZOOM,
    zoom: OPENING_ZOOM,
  };
}
