/**
 * The key figures a board card and the debrief show for one scenario, each with its delta against the
 * baseline: health, chaos and bureaucracy in the chosen quarter, the chaos, bureaucracy and stagnation
 * shares when Monte Carlo results exist, and the design's cost, headcount, layers and spans. The values
 * and deltas are the comparison table's; this only picks and words them. Pure.
 */
import { COMPARED_FIGURES, DESIGN_FIGURES, signed, type CompareRow } from '../compare/compare-table';
import { percent, shareName, type ShareKey } from '../results/shares';

export interface KeyFigure {
  label: string;
  value: string;
  /** Against the baseline; null for the baseline and where either has no value. */
  delta: string | null;
}

const QUARTER_FIGURES = ['health', 'chaos', 'bureaucracy'] as const;
const SHARES: readonly ShareKey[] = ['chaos', 'bureaucracy', 'stagnation'];
const DESIGN = ['cost', 'headcount', 'layers', 'averageSpan', 'widestSpan'] as const;

export function keyFigures(row: CompareRow): KeyFigure[] {
  const figures: KeyFigure[] = [];
  for (const key of QUARTER_FIGURES) {
    const f = COMPARED_FIGURES.find((x) => x.key === key)!;
    const value = row.values[key];
    const delta = row.deltas[key];
    figures.push({
      label: f.label,
      value: value === null ? '–' : f.format(value),
      delta: delta === null ? null : f.formatDelta(delta),
    });
  }
  if (row.shares) {
    for (const key of SHARES) {
      const delta = row.shareDeltas ? row.shareDeltas[key] : null;
      figures.push({
        label: `${capitalised(shareName(key))} share`,
        value: percent(row.shares[key]),
        delta: delta === null ? null : signed(delta * 100, 0, ' pts'),
      });
    }
  }
  for (const key of DESIGN) {
    const f = DESIGN_FIGURES.find((x) => x.key === key)!;
    figures.push({
      label: f.label,
      value: f.format(row.design[key]),
      delta: row.designDeltas ? f.formatDelta(row.designDeltas[key]) : null,
    });
  }
  return figures;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
