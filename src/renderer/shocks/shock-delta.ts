/**
 * What a shock changed, from the reports before and after it: the headline, each quarter whose verdict
 * changed, and the org's health at the horizon. Plain data from two engine reports, for the stage's
 * before/after card.
 */
import { readVerdict, verdictShort } from '../../core/verdict-text';
import type { SimulationReport } from '../../engine/report';
import { headline } from '../results/headline';

export interface QuarterChange {
  quarter: number;
  before: string;
  after: string;
}

export interface ShockDelta {
  headlineBefore: string;
  headlineAfter: string;
  /** Quarters whose verdict differs, in order; empty when the strip is unchanged. */
  changed: QuarterChange[];
  /** The last quarter both reports reach. */
  horizon: number;
  healthBefore: number;
  healthAfter: number;
}

export function shockDelta(
  before: SimulationReport,
  after: SimulationReport,
  titlesBefore: ReadonlyMap<string, string>,
  titlesAfter: ReadonlyMap<string, string>,
): ShockDelta {
  const horizon = Math.min(before.quarters.length, after.quarters.length) - 1;
  const changed: QuarterChange[] = [];
  for (let q = 0; q <= horizon; q++) {
    const was = verdictShort(readVerdict(before.quarters[q].org));
    const now = verdictShort(readVerdict(after.quarters[q].org));
    if (was !== now) changed.push({ quarter: before.quarters[q].quarter, before: was, after: now });
  }
  return {
    headlineBefore: headline(before, titlesBefore),
    headlineAfter: headline(after, titlesAfter),
    changed,
    horizon,
    healthBefore: before.quarters[horizon].org.health,
    healthAfter: after.quarters[horizon].org.health,
  };
}

/** "−12.3", "+0.4", "±0.0": the health change as the charts write health (one decimal). */
export function signedChange(before: number, after: number): string {
  const change = Number((after - before).toFixed(1));
  if (change === 0) return '±0.0';
  return change > 0 ? `+${change.toFixed(1)}` : `−${Math.abs(change).toFixed(1)}`;
}
