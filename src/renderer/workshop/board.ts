/**
 * The groups board: every group against the workshop's baseline, from the comparison table compare v2
 * computes (headline, outcome, figures, deltas, shares, spans and layers, structural difference), plus
 * the events each group added, removed or changed, ranked by a figure the facilitator picks. Pure.
 */
import type { WorkshopInfo } from '../../core/api/contract';
import { roleTitles } from '../../core/scenario/hired-roles';
import { SHARE_KEYS, shareName, type ShareKey } from '../results/shares';
import {
  COMPARED_FIGURES,
  DESIGN_FIGURES,
  compareTable,
  type CompareRow,
  type CompareTable,
  type ComparedScenario,
} from '../compare/compare-table';
import { designChangeLines } from './design-changes';
import { eventChangeLines, eventChanges, type EventChanges } from './event-changes';

export interface BoardRow extends CompareRow {
  /** 0 for the baseline, then 1, 2, ... in the order the groups were made. */
  order: number;
  events: EventChanges | null;
  /** The event changes in words, for the board, the CSV and the debrief. */
  eventLines: string[];
  /** The design changes (structural difference) in words; empty for the baseline. */
  designLines: string[];
}

export interface Board {
  table: CompareTable;
  /** The baseline first, then the groups, ranked by the chosen figure (or in the order made). */
  rows: BoardRow[];
  /** Groups of the workshop not simulated yet (or that failed), by name. */
  waiting: string[];
}

/** What the board can rank groups by: the order they were made, or a figure in the chosen quarter. */
export type RankKey =
  | 'made'
  | `figure:${(typeof COMPARED_FIGURES)[number]['key']}`
  | `design:${(typeof DESIGN_FIGURES)[number]['key']}`
  | `share:${ShareKey}`;

export interface RankChoice {
  key: RankKey;
  label: string;
}

export const RANK_CHOICES: readonly RankChoice[] = [
  { key: 'made', label: 'Order made' },
  ...COMPARED_FIGURES.map((f) => ({ key: `figure:${f.key}` as RankKey, label: f.label })),
  ...SHARE_KEYS.filter((k) => k !== 'tooSmall').map((k) => ({
    key: `share:${k}` as RankKey,
    label: `Share: ${shareName(k)}`,
  })),
  ...DESIGN_FIGURES.map((f) => ({ key: `design:${f.key}` as RankKey, label: f.label })),
];

export function buildBoard(
  workshop: WorkshopInfo,
  simulated: readonly ComparedScenario[],
  quarter: number,
  rank: RankKey = 'made',
): Board {
  const order = [workshop.baselineId, ...workshop.groups.map((g) => g.scenarioId)];
  const byId = new Map(simulated.map((s) => [s.id, s]));
  const present = order.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const waiting = workshop.groups.filter((g) => !byId.has(g.scenarioId)).map((g) => g.name);
  const table = compareTable(present, quarter, workshop.baselineId);
  const baseline = byId.get(workshop.baselineId);
  const rows = table.rows.map((row): BoardRow => {
    const own = byId.get(row.id)!;
    const events =
      row.baseline || !baseline ? null : eventChanges(baseline.scenario.events, own.scenario.events);
    // Titles from both, so a removed event names the baseline's roles and an added one the group's.
    const titles = new Map([...roleTitles(baseline?.scenario ?? null), ...roleTitles(own.scenario)]);
    return {
      ...row,
      order: order.indexOf(row.id),
      events,
      eventLines: events ? eventChangeLines(events, titles) : [],
      designLines: row.diff ? designChangeLines(row.diff) : [],
    };
  });
  return { table, rows: rankRows(rows, rank), waiting };
}

/** The baseline stays first; the groups follow best first on the figure (largest first where neither). */
export function rankRows(rows: readonly BoardRow[], rank: RankKey): BoardRow[] {
  const [base, groups] = [rows.filter((r) => r.baseline), rows.filter((r) => !r.baseline)];
  if (rank === 'made') return [...base, ...groups.sort((a, b) => a.order - b.order)];
  const better = betterOf(rank);
  const value = (row: BoardRow) => rankValue(row, rank);
  const sorted = groups.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === null ? (y === null ? a.order - b.order : 1) : -1;
    const gap = better === 'lower' ? x - y : y - x;
    return gap !== 0 ? gap : a.order - b.order;
  });
  return [...base, ...sorted];
}

export function rankValue(row: CompareRow, rank: RankKey): number | null {
  const [kind, key] = rank.split(':') as [string, string];
  if (kind === 'figure') return row.values[key as keyof CompareRow['values']];
  if (kind === 'design') return row.design[key as keyof CompareRow['design']];
  if (kind === 'share') return row.shares ? row.shares[key as ShareKey] : null;
  return null;
}

function betterOf(rank: RankKey): 'lower' | 'higher' {
  const [kind, key] = rank.split(':');
  if (kind === 'figure') return COMPARED_FIGURES.find((f) => f.key === key)?.better ?? 'higher';
  // Shares of trouble are better low, balance high; design figures have no better side: largest first.
  if (kind === 'share') return key === 'balance' ? 'higher' : 'lower';
  return 'higher';
}
