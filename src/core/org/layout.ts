import { hierarchy, tree, type HierarchyNode, type HierarchyPointNode } from 'd3-hierarchy';
import type { ReportingLine } from '../scenario/tree';

export interface LayoutOptions {
  nodeWidth: number;
  nodeHeight: number;
  /** Horizontal gap between neighbouring cards. */
  gapX: number;
  /** Vertical gap between layers. */
  gapY: number;
  /** Roles whose reports are hidden. */
  collapsed?: ReadonlySet<string>;
  /**
   * Compact: a manager's reports with no shown reports of their own are stacked in a block of one or two
   * columns under it (as d3-org-chart's compact mode does) instead of a row; its other reports keep their
   * subtrees in a row beside that block. Off: one row per layer (the plain tidy tree).
   */
  compact?: boolean;
}

export interface PlacedRole {
  id: string;
  /** Top-left corner, ready for React Flow. */
  x: number;
  y: number;
  /** Layer in the org (0 for the top role), whether the card sits in a row or a stack. */
  depth: number;
  /** How many roles are hidden below this one when it is collapsed (0 otherwise). */
  hiddenCount: number;
  /** Direct reports in the full tree, shown or not. */
  childCount: number;
  /**
   * A stacked card: the x of the connector running down its stack, which its reporting line follows
   * from the manager before turning into the card's side. Absent for a card in a row.
   */
  trunkX?: number;
}

export interface OrgLayout {
  placed: PlacedRole[];
  width: number;
  height: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { nodeWidth: 220, nodeHeight: 92, gapX: 24, gapY: 56 };

/** Vertical gap between cards stacked under one manager (the layers keep their wider gap). */
export const STACK_GAP_Y = 16;
/** A one-column stack is indented by this much, to leave its connector room on the left. */
export const STACK_INDENT = 28;
/** From this many stacked reports a stack has two columns; fewer stand in one column (narrowest). */
export const TWO_COLUMNS_FROM = 7;

interface LayoutNode {
  id: string;
  children: LayoutNode[];
  hiddenCount: number;
  childCount: number;
}

/**
 * What the tidy tree places: a card, or a stack of cards (its top in the layer below the manager) and,
 * below it, one spacer per further layer the stack reaches down into, so the tidy tree keeps neighbouring
 * subtrees clear of the whole stack.
 */
interface Box {
  width: number;
  role?: LayoutNode;
  stack?: { leaves: LayoutNode[]; columns: number };
  children: Box[];
}

/**
 * Places one reporting tree with the Reingold-Tilford "tidy tree" algorithm (linear time, d3-hierarchy):
 * parents centred over their reports, no overlaps, subtrees as compact as their shape allows; in compact
 * mode with leaf reports stacked (`LayoutOptions.compact`). A pure function from the reporting lines to
 * positions, so the canvas only renders what it is given.
 */
export function layoutOrg(
  roles: readonly ReportingLine[],
  options: LayoutOptions = DEFAULT_LAYOUT,
): OrgLayout {
  const root = buildVisibleTree(roles, options.collapsed ?? new Set());
  if (!root) return { placed: [], width: 0, height: 0 };
  const layerStep = options.nodeHeight + options.gapY;
  // Positions in pixels (node size 1): each pair of neighbours is kept apart by half of each one's
  // width and the gap, so a wide stack pushes its neighbours away as far as it needs and no further.
  const laidOut = tree<Box>()
    .nodeSize([1, layerStep])
    .separation((a, b) => (a.data.width + b.data.width) / 2 + options.gapX)(
    linearHierarchy(toBoxes(root, options)),
  );

  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  const placed: PlacedRole[] = [];
  laidOut.each((node: HierarchyPointNode<Box>) => {
    const box = node.data;
    const left = node.x - box.width / 2;
    minX = Math.min(minX, left);
    maxX = Math.max(maxX, left + box.width);
    if (box.role) {
      placed.push(placedRole(box.role, left, node.y, depthOf(node)));
      maxY = Math.max(maxY, node.y + options.nodeHeight);
    } else if (box.stack) {
      const bottom = placeStack(box.stack, left, node.y, depthOf(node), options, placed);
      maxY = Math.max(maxY, bottom);
    }
  });
  for (const p of placed) {
    p.x -= minX;
    if (p.trunkX !== undefined) p.trunkX -= minX;
  }
  return { placed, width: maxX - minX, height: maxY };
}

function placedRole(node: LayoutNode, x: number, y: number, depth: number): PlacedRole {
  return { id: node.id, x, y, depth, hiddenCount: node.hiddenCount, childCount: node.childCount };
}

/** A box's layer in the org: a stack's spacers do not count (they sit below their stack's top). */
function depthOf(node: HierarchyPointNode<Box>): number {
  let depth = node.depth;
  for (let up = node.parent; up && !up.data.role; up = up.parent) depth--;
  return depth;
}

/** Places a stack's cards row by row from its top-left corner; returns the y of its bottom. */
function placeStack(
  stack: { leaves: LayoutNode[]; columns: number },
  left: number,
  top: number,
  depth: number,
  options: LayoutOptions,
  placed: PlacedRole[],
): number {
  const { nodeWidth, nodeHeight, gapX } = options;
  const twoColumns = stack.columns === 2;
  const trunkX = twoColumns ? left + nodeWidth + gapX / 2 : left + STACK_INDENT / 2;
  const firstX = twoColumns ? left : left + STACK_INDENT;
  stack.leaves.forEach((leaf, i) => {
    const column = i % stack.columns;
    const row = Math.floor(i / stack.columns);
    const x = firstX + column * (nodeWidth + gapX);
    placed.push({ ...placedRole(leaf, x, top + row * (nodeHeight + STACK_GAP_Y), depth), trunkX });
  });
  return top + stackHeight(stack.leaves.length, stack.columns, nodeHeight);
}

function stackHeight(count: number, columns: number, nodeHeight: number): number {
  const rows = Math.ceil(count / columns);
  return rows * nodeHeight + (rows - 1) * STACK_GAP_Y;
}

/**
 * The visible tree as boxes for the tidy tree. Compact: each manager's shown leaf reports (two or more)
 * become one stack, placed first among its reports. Iterative, like the rest, for very deep charts.
 */
function toBoxes(root: LayoutNode, options: LayoutOptions): Box {
  const { nodeWidth, nodeHeight, gapY, gapX } = options;
  const layerStep = nodeHeight + gapY;
  const top: Box = { width: nodeWidth, role: root, children: [] };
  const stack: Box[] = [top];
  while (stack.length > 0) {
    const box = stack.pop()!;
    const kids = box.role!.children;
    const leaves = options.compact ? kids.filter((kid) => kid.children.length === 0) : [];
    if (leaves.length >= 2) {
      const columns = leaves.length >= TWO_COLUMNS_FROM ? 2 : 1;
      const width = columns === 2 ? 2 * nodeWidth + gapX : nodeWidth + STACK_INDENT;
      const height = stackHeight(leaves.length, columns, nodeHeight);
      // Layers the stack reaches into, so that the next layer's cards start at least a stack gap below it.
      const layers = Math.ceil((height + STACK_GAP_Y) / layerStep);
      const stackBox: Box = { width, stack: { leaves, columns }, children: [] };
      let last = stackBox;
      for (let i = 1; i < layers; i++) {
        const spacer: Box = { width, children: [] };
        last.children.push(spacer);
        last = spacer;
      }
      box.children.push(stackBox);
    }
    for (const kid of kids) {
      if (leaves.length >= 2 && kid.children.length === 0) continue;
      const child: Box = { width: nodeWidth, role: kid, children: [] };
      box.children.push(child);
      stack.push(child);
    }
  }
  return top;
}

type HierarchyNodeClass = new (data: Box) => HierarchyNode<Box>;

/**
 * d3's hierarchy() as a linear-time build. d3's own hierarchy() sets every node's height by walking up
 * its ancestors from each node in pre-order, which is quadratic in depth: a 100,000-deep reporting chain
 * took 51 s. Its tree layout itself is linear and iterative, so the nodes are built here with d3's own
 * node class (hierarchy.prototype.constructor, the class every hierarchy node is made of) and heights
 * are set in one post-order pass.
 */
function linearHierarchy(root: Box): HierarchyNode<Box> {
  const NodeClass = (hierarchy.prototype as { constructor: HierarchyNodeClass }).constructor;
  const top = new NodeClass(root);
  const order: HierarchyNode<Box>[] = [];
  const stack = [top];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    const kids = node.data.children;
    if (kids.length === 0) continue;
    const children = kids.map((kid) => {
      const child = new NodeClass(kid);
      child.parent = node;
      (child as { depth: number }).depth = node.depth + 1;
      return child;
    });
    node.children = children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    const parent = node.parent;
    if (parent && parent.height < node.height + 1) (parent as { height: number }).height = node.height + 1;
  }
  return top;
}

/** The tree below the first root, stopping at collapsed roles (whose hidden descendants are counted). */
function buildVisibleTree(
  roles: readonly ReportingLine[],
  collapsed: ReadonlySet<string>,
): LayoutNode | null {
  const childIds = new Map<string, string[]>();
  let rootId: string | null = null;
  for (const role of roles) {
    if (role.reportsTo === null) {
      rootId ??= role.id;
      continue;
    }
    const list = childIds.get(role.reportsTo);
    if (list) list.push(role.id);
    else childIds.set(role.reportsTo, [role.id]);
  }
  if (rootId === null) return null;

  // Iterative, so a 100,000-role chain cannot overflow the stack.
  const rootNode: LayoutNode = { id: rootId, children: [], hiddenCount: 0, childCount: 0 };
  const stack: LayoutNode[] = [rootNode];
  const visited = new Set<string>([rootId]);
  while (stack.length > 0) {
    const node = stack.pop()!;
    const kids = childIds.get(node.id) ?? [];
    node.childCount = kids.length;
    if (collapsed.has(node.id)) {
      node.hiddenCount = countDescendants(node.id, childIds);
      continue;
    }
    for (const kid of kids) {
      if (visited.has(kid)) continue; // a cycle: never loop
      visited.add(kid);
      const child: LayoutNode = { id: kid, children: [], hiddenCount: 0, childCount: 0 };
      node.children.push(child);
      stack.push(child);
    }
  }
  return rootNode;
}

function countDescendants(id: string, childIds: Map<string, string[]>): number {
  let count = 0;
  const stack = [...(childIds.get(id) ?? [])];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    count++;
    stack.push(...(childIds.get(next) ?? []));
  }
  return count;
}
