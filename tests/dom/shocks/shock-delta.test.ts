/** The before/after of a shock, checked against the engine run on the same scenario with the event. */
import { describe, expect, it } from 'vitest';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import type { Scenario } from '../../../src/core/scenario/types';
import { readVerdict, verdictShort } from '../../../src/core/verdict-text';
import { simulate, toSimulationReport } from '../../../src/engine/index';
import { headline } from '../../../src/renderer/results/headline';
import { shockDelta, signedChange } from '../../../src/renderer/shocks/shock-delta';
import { engineRichScenario } from '../../helpers/scenarios';

const run = (scenario: Scenario) => toSimulationReport(simulate(scenario));

describe('shockDelta', () => {
  it('names the quarters whose outcome changed, the headlines and health at the horizon', () => {
    const before = engineRichScenario();
    const after: Scenario = {
      ...before,
      events: [...before.events, { quarter: 2, type: 'crisis', severity: 1, quarters: 6 }],
    };
    const [a, b] = [run(before), run(after)];
    const delta = shockDelta(a, b, roleTitles(before), roleTitles(after));
    const expected = a.quarters
      .map((q, i) => ({
        quarter: q.quarter,
        before: verdictShort(readVerdict(q.org)),
        after: verdictShort(readVerdict(b.quarters[i].org)),
      }))
      .filter((c) => c.before !== c.after);
    expect(delta.changed).toEqual(expected);
    expect(delta.headlineBefore).toBe(headline(a, roleTitles(before)));
    expect(delta.headlineAfter).toBe(headline(b, roleTitles(after)));
    expect(delta.horizon).toBe(12);
    expect(delta.healthBefore).toBe(a.quarters[12].org.health);
    expect(delta.healthAfter).toBe(b.quarters[12].org.health);
    // A severe, long crisis does not leave health where it was.
    expect(delta.healthAfter).not.toBe(delta.healthBefore);
  });

  it('is empty for the same report', () => {
    const report = run(engineRichScenario());
    const titles = roleTitles(engineRichScenario());
    const delta = shockDelta(report, report, titles, titles);
    expect(delta.changed).toEqual([]);
    expect(delta.headlineAfter).toBe(delta.headlineBefore);
  });

  it('writes the health change signed, as the charts write health', () => {
    expect(signedChange(62.14, 48.3)).toBe('−13.8');
    expect(signedChange(40, 40.44)).toBe('+0.4');
    expect(signedChange(40, 40.01)).toBe('±0.0');
  });
});
