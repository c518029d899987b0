/**
 * A synthetic org of any size for the benchmark: a tree where each manager has up to six child roles,
 * every role has a team of 6, strengths vary by a fixed hash (no randomness: every run benchmarks the same
 * org), one role in 50 is vacant and one in 20 has a dotted line.
 */
import type { Role, Scenario } from '../src/core/scenario/types';

function hash(k: number, salt: number): number {
  let h = Math.imul(k ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2d);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

export function syntheticOrg(roles: number, quarters: number, withEvents = false): Scenario {
  const list: Role[] = [];
  for (let k = 0; k < roles; k++) {
    const parent = k === 0 ? null : `r${Math.floor((k - 1) / 6)}`;
    const s = (salt: number) => Math.round(10 * (2 + 6 * hash(k, salt))) / 10;
    list.push({
      id: `r${k}`,
      title: `Role ${k}`,
      person: k > 0 && k % 50 === 0 ? null : `Person ${k}`,
      reportsTo: parent,
      dottedTo: k > 7 && k % 20 === 0 ? [`r${Math.floor(k / 7)}`].filter((d) => d !== parent) : [],
      team: 6,
      strengths: {
        vision: s(1),
        inspire: s(2),
        innovate: s(3),
        develop: s(4),
        plan: s(5),
        organize: s(6),
        control: s(7),
        direct: s(8),
        trust: s(9),
      },
      oneOnOnes: k % 3 === 0,
    });
  }
  return {
    name: `synthetic ${roles}`,
    horizon: quarters,
    environment: { volatility: 0.3 },
    roles: list,
    events: withEvents
      ? [
          { quarter: 2, type: 'crisis', severity: 0.5, quarters: 2 },
          { quarter: 3, type: 'marketShift', size: 0.2 },
          { quarter: 4, type: 'grow', roleId: 'r1', team: 12 },
          { quarter: 5, type: 'coaching', roleIds: ['r1', 'r2', 'r3'], quarters: 4 },
          { quarter: 5, type: 'feedback360', roleIds: ['r4', 'r5'] },
          { quarter: 6, type: 'oneOnOnes', roleIds: ['r6'], enabled: true },
        ]
      : [],
  };
}
