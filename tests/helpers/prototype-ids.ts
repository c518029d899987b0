/**
 * A scenario whose role ids are the names of Object.prototype's members (and `__proto__`, which a plain
 * object's assignment turns into a prototype change): results kept in a plain object keyed by id lose
 * or confuse them. It goes through the real parser, as a file would.
 */
import { parseScenarioJson } from '../../src/core/scenario/parse';
import type { Scenario } from '../../src/core/scenario/types';
import { role } from './scenarios';

/** Ids alive in every quarter. */
export const PROTOTYPE_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;
/** Hired at quarter 2, so absent before it: a lookup of it in quarters 0 and 1 must find nothing. */
export const HIRED_ID = 'valueOf';

export function prototypeIdScenario(): Scenario {
  const file = {
    format: 'ballast.scenario',
    version: 1,
    name: 'Prototype ids',
    horizon: 4,
    environment: { volatility: 0.3 },
    roles: [
      role('__proto__', null, { title: 'Chief', person: 'Ana', team: 2 }),
      role('constructor', '__proto__', { title: 'Builder', person: 'Bo', team: 9 }),
      role('toString', 'constructor', { title: 'Printer', person: 'Cy', team: 5, dottedTo: ['__proto__'] }),
      role('hasOwnProperty', '__proto__', { title: 'Owner', person: null, team: 4 }),
    ],
    events: [
      { quarter: 2, type: 'hire', role: role(HIRED_ID, 'constructor', { title: 'Valuer', person: 'Dee' }) },
    ],
  };
  const parsed = parseScenarioJson(JSON.stringify(file));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.value;
}
