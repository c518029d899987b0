/**
 * A group's design changes against the baseline (core/org/structural-diff.ts) as lines of text, worded
 * as the Compare dialog words them, for the board's list, the CSV and the printed debrief. Pure.
 */
import { STRENGTH_MEANINGS } from '../../core/org/strength-meanings';
import type { StructuralDiff } from '../../core/org/structural-diff';
import { signed } from '../compare/compare-table';

export function designChangeLines(diff: StructuralDiff): string[] {
  const manager = (m: { title: string } | null) => (m ? m.title : 'no manager');
  return [
    ...diff.added.map((r) => `Added ${r.title}`),
    ...diff.removed.map((r) => `Removed ${r.title}`),
    ...diff.moved.map((r) => `Moved ${r.title}: ${manager(r.from)} → ${manager(r.to)}`),
    ...diff.retitled.map((r) => `Re-titled ${r.from} → ${r.title}`),
    ...diff.newHolders.map((r) => `New holder of ${r.title}: ${r.from ?? 'vacant'} → ${r.to ?? 'vacant'}`),
    ...diff.strengths.map(
      (r) =>
        `${r.title}: ${r.changes
          .map(
            (c) =>
              `${STRENGTH_MEANINGS[c.name].label} ${c.from} → ${c.to} (${signed(c.change, Number.isInteger(c.change) ? 0 : 1)})`,
          )
          .join(', ')}`,
    ),
  ];
}
