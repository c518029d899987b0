import { childrenIndex, depths } from '../../core/scenario/tree';
import type { Role } from '../../core/scenario/types';

/** About this many cards are mounted at first; the rest wait behind collapsed managers. */
export const INITIAL_CARD_BUDGET = 1000;

/**
 * For a big org, collapses every manager at the deepest layer that keeps the visible cards within the
 * budget, so a 5,000-role import opens quickly and readable; small orgs open fully expanded.
 */
export function initialCollapse(roles: readonly Role[], budget = INITIAL_CARD_BUDGET): Set<string> {
  if (roles.length <= budget) return new Set();
  const depthById = depths(roles);
  const perDepth: number[] = [];
  for (const d of depthById.values()) perDepth[d] = (perDepth[d] ?? 0) + 1;
  let shown = 0;
  let lastDepth = 0;
  for (let d = 0; d < perDepth.length; d++) {
    if (shown + perDepth[d] > budget) break;
    shown += perDepth[d];
    lastDepth = d;
  }
  return collapseAtDepth(roles, lastDepth);
}

/** Collapses every manager at one depth (the top role is depth 0), hiding everything below it. */
export function collapseAtDepth(roles: readonly Role[], depth: number): Set<string> {
  const children = childrenIndex(roles);
  const collapsed = new Set<string>();
  for (const [id, d] of depths(roles)) if (d === depth && children.has(id)) collapsed.add(id);
  return collapsed;
}
