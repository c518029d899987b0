/**
 * The words of the "Where to act" panel, from the engine's `leverage` answer: plain functions, so the
 * panel only lays them out and tests read the same sentences.
 */
import type { Scenario } from '../../core/scenario/types';
import { verdictText } from '../../core/verdict-text';
import {
  applyLeverageMove,
  imbalanceShare,
  type Leverage,
  type LeverageSuggestion,
  type TornadoBar,
} from '../../engine/index';

const MAX_NAME = 200;

/** "In Q8 the org is chaos (confirmed), health 23.6." */
export function baselineText(l: Pick<Leverage, 'quarter' | 'baseline'>): string {
  return `In Q${l.quarter} the org is ${verdictText(l.baseline)}, health ${l.baseline.health.toFixed(1)}.`;
}

/** "Raise Engineering lead's management by one point". */
export function moveText(s: Pick<LeverageSuggestion, 'title' | 'kind'>): string {
  return `Raise ${s.title}’s ${s.kind} by one point`;
}

/** "plan 4 → 5, organize 6 → 7, control 10 (at most), direct 3.5 → 4.5". */
export function strengthsText(s: Pick<LeverageSuggestion, 'strengths'>): string {
  return s.strengths
    .map(({ name, before, after }) =>
      after === before ? `${name} ${num(before)} (at most)` : `${name} ${num(before)} → ${num(after)}`,
    )
    .join(', ');
}

/** "health 23.6 → 25.5 (+1.9)". */
export function healthText(s: Pick<LeverageSuggestion, 'before' | 'after'>): string {
  const d = s.after.health - s.before.health;
  return `health ${s.before.health.toFixed(1)} → ${s.after.health.toFixed(1)} (${signed(d)})`;
}

/**
 * The shares that move most: the imbalance the unchanged scenario's runs show most often, before and
 * after, e.g. "chaos share 62% → 41%"; null without Monte Carlo.
 */
export function sharesChangeText(s: Pick<LeverageSuggestion, 'shares'>): string | null {
  if (!s.shares) return null;
  const { before, after } = s.shares;
  const worst = (['chaos', 'bureaucracy', 'stagnation'] as const).reduce((a, b) =>
    before[b] > before[a] ? b : a,
  );
  if (before[worst] === 0)
    return `imbalance share ${pct(imbalanceShare(before))} → ${pct(imbalanceShare(after))}`;
  return `${worst} share ${pct(before[worst])} → ${pct(after[worst])}`;
}

/** The name of the scenario "Try as new scenario" creates. */
export function tryName(scenarioName: string, s: Pick<LeverageSuggestion, 'title' | 'kind'>): string {
  const name = `${scenarioName} · ${s.title} +1 ${s.kind}`;
  return name.length <= MAX_NAME ? name : `${name.slice(0, MAX_NAME - 1)}…`;
}

/** The scenario "Try as new scenario" saves: the current one with the move made, under a new name. */
export function triedScenario(scenario: Scenario, s: LeverageSuggestion): Scenario {
  return {
    ...applyLeverageMove(scenario, { roleId: s.roleId, kind: s.kind }),
    name: tryName(scenario.name, s),
  };
}

/** "health 21.0 to 26.2; ratios …; the verdict changes" for one tornado bar. */
export function tornadoText(bar: TornadoBar): string {
  const { low, high } = bar;
  const ends = `health ${low.figures.health.toFixed(1)} to ${high.figures.health.toFixed(1)}, leadership ratio ${low.figures.leadershipRatio.toFixed(2)} to ${high.figures.leadershipRatio.toFixed(2)}, management ratio ${low.figures.managementRatio.toFixed(2)} to ${high.figures.managementRatio.toFixed(2)}`;
  return bar.verdictChanges ? `${ends}; the verdict changes` : ends;
}

function pct(x: number): string {
  return `${Math.round(100 * x)}%`;
}

function num(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;
}
