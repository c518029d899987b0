import { childrenIndex, depths } from '../scenario/tree';
import { roleHeadcount, type Role } from '../scenario/types';

export interface SpanEntry {
  roleId: string;
  title: string;
  /** Direct reports: child roles plus the individual contributors of the team. */
  span: number;
}

export interface OrgStats {
  headcount: number;
  roles: number;
  layers: number;
  /** Roles with at least one direct report (a child role or a team member). */
  managers: number;
  managerShare: number;
  /** Span -> number of managers with that span, ascending. */
  spanHistogram: { span: number; managers: number }[];
  widest: SpanEntry[];
  narrowest: SpanEntry[];
}

/**
 * Spans and layers, as an org designer reads them. A span counts everyone who reports directly: child
 * roles and the team's own people, since both need the manager's time.
 */
export function orgStats(roles: readonly Role[], listLength = 3): OrgStats {
  const children = childrenIndex(roles);
  const depthById = depths(roles);
  const spans: SpanEntry[] = [];
  for (const role of roles) {
    const span = (children.get(role.id)?.length ?? 0) + role.team;
    if (span > 0) spans.push({ roleId: role.id, title: role.title, span });
  }
  const histogram = new Map<number, number>();
  for (const { span } of spans) histogram.set(span, (histogram.get(span) ?? 0) + 1);
  const byTitle = (a: SpanEntry, b: SpanEntry) => a.title.localeCompare(b.title);
  return {
    headcount: roles.reduce((sum, role) => sum + roleHeadcount(role), 0),
    roles: roles.length,
    layers: depthById.size === 0 ? 0 : Math.max(...depthById.values()) + 1,
    managers: spans.length,
    managerShare: roles.length === 0 ? 0 : spans.length / roles.length,
    spanHistogram: [...histogram.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([span, managers]) => ({ span, managers })),
    widest: [...spans].sort((a, b) => b.span - a.span || byTitle(a, b)).slice(0, listLength),
    narrowest: [...spans].sort((a, b) => a.span - b.span || byTitle(a, b)).slice(0, listLength),
  };
}
