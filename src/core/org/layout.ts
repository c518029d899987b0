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
}

export interface PlacedRole {
  id: string;
  /** Top-left corner, ready for React Flow. */
  x: number;
  y: number;
  depth: number;
  /** How many roles are hidden below this one when it is collapsed (0 otherwise). */
  hiddenCount: number;
  /** Direct reports in the full tree, shown or not. */
  childCount: number;
}

export interface OrgLayout {
  placed: PlacedRole[];
  width: number;
  height: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { nodeWidth: 220, nodeHeight: 92, gapX: 24, gapY: 56 };

interface LayoutNode {
  id: string;
  children: LayoutNode[];
  hiddenCount: number;
  childCount: number;
}

/**
 * Places one reporting tree with the Reingold-Tilford "tidy tree" algorithm (linear time, d3-hierarchy):
 * parents centred over their reports, no overlaps, subtrees as compact as their shape allows. A pure
 * function from the reporting lines to positions, so the canvas only renders what it is given.
 */
export function layoutOrg(
  roles: readonly ReportingLine[],
  options: LayoutOptions = DEFAULT_LAYOUT,
): OrgLayout {
  const root = buildVisibleTree(roles, options.collapsed ?? new Set());
  if (!root) return { placed: [], width: 0, height: 0 };
  const laidOut = tree<LayoutNode>()
    .nodeSize([options.nodeWidth + options.gapX, options.nodeHeight + options.gapY])
    .separation(() => 1)(linearHierarchy(root));

  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  laidOut.each((node) => {
    minX = Math.min(minX, node.x);
    maxX = Math.max(maxX, node.x);
    maxY = Math.max(maxY, node.y);
  });
  const placed: PlacedRole[] = [];
  laidOut.each((node: HierarchyPointNode<LayoutNode>) => {
    placed.push({
      id: node.data.id,
      x: node.x - minX,
      y: node.y,
      depth: node.depth,
      hiddenCount: node.data.hiddenCount,
      childCount: node.data.childCount,
    });
  });
  return { placed, width: maxX - minX + options.nodeWidth, height: maxY + options.nodeHeight };
}

type HierarchyNodeClass = new (data: LayoutNode) => HierarchyNode<LayoutNode>;

/**
 * d3's hierarchy() as a linear-time build. d3's own hierarchy() sets every node's height by walking up
 * its ancestors from each node in pre-order, which is quadratic in depth: a 100,000-deep reporting chain
 * took 51 s. Its tree layout itself is linear and iterative, so the nodes are built here with d3's own
 * node class (hierarchy.prototype.constructor, the class every hierarchy node is made of) and heights
 * are set in one post-order pass.
 */
function linearHierarchy(root: LayoutNode): HierarchyNode<LayoutNode> {
  const NodeClass = (hierarchy.prototype as { constructor: HierarchyNodeClass }).constructor;
  const top = new NodeClass(root);
  const order: HierarchyNode<LayoutNode>[] = [];
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
