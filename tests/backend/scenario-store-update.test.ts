import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase } from '../../src/backend/db/project-database';
import { loadScenario, saveScenario } from '../../src/backend/project/scenario-store';
import { parseScenario } from '../../src/core/scenario/parse';
import type { Role, Scenario } from '../../src/core/scenario/types';
import { useTempDir } from '../helpers/temp-dir';
import { syntheticOrg } from '../../bench/synthetic-org';

const dir = useTempDir('scenario-store-update');

function normalized(scenario: Scenario): Scenario {
  const parsed = parseScenario(scenario, { requireHeader: false });
  if (!parsed.ok) throw new Error(parsed.problems[0].message);
  return parsed.value;
}

const role = (id: string, reportsTo: string | null, extra: Partial<Role> = {}): Role =>
  ({ id, title: `Title ${id}`, reportsTo, ...extra }) as Role;

describe('saving over a stored scenario', () => {
  it('reads back exactly what was saved, whatever changed between saves', () => {
    const db = createProjectDatabase(join(dir(), 'p.ballast'), 'P');
    try {
      const first = normalized(syntheticOrg(60, 8, true));
      const { id } = saveScenario(db, first);
      expect(loadScenario(db, id).scenario).toEqual(first);

      const versions: Scenario[] = [];
      // One field of one role.
      versions.push(
        normalized({
          ...first,
          roles: first.roles.map((r, i) => (i === 5 ? { ...r, title: 'Changed', team: 9 } : r)),
        }),
      );
      // A few roles: two swapped, dotted lines added, changed and dropped, one removed, one added.
      const few = versions[versions.length - 1];
      versions.push(
        normalized({
          ...few,
          roles: [
            ...few.roles.slice(0, 30),
            few.roles[31],
            few.roles[30],
            ...few.roles.slice(32, 59),
            role('added', 'r1', { dottedTo: ['r2'] }),
          ].map((r) =>
            r.id === 'r20'
              ? { ...r, dottedTo: ['r7', 'r9'] }
              : r.id === 'r40'
                ? { ...r, dottedTo: ['r2'] }
                : (r.dottedTo ?? []).length > 0
                  ? { ...r, dottedTo: [] }
                  : r,
          ),
        }),
      );
      // Most roles moved (all replaced at once): reordered, one removed (with no reports), one added, dotted lines changed and dropped.
      const last = versions[versions.length - 1];
      versions.push(
        normalized({
          ...last,
          roles: [
            last.roles[0],
            role('new', 'r0', { dottedTo: ['r1', 'r2'], department: 'Ops', person: 'P' }),
            ...last.roles.slice(1, 58).reverse(),
          ].map((r) =>
            r.id === 'r20' ? { ...r, dottedTo: ['r7'] } : r.id === 'r40' ? { ...r, dottedTo: [] } : r,
          ),
        }),
      );
      // Every strength of every role, and a hire whose role's id a starting role took before.
      const moved = versions[versions.length - 1];
      versions.push(
        normalized({
          ...moved,
          roles: moved.roles.map((r) => ({
            ...r,
            strengths: { ...r.strengths, vision: 10 - r.strengths.vision },
            oneOnOnes: !r.oneOnOnes,
          })),
          events: [
            ...moved.events,
            { quarter: 3, type: 'hire', role: role('r59', 'r1', { dottedTo: ['r2'] }), takeOver: [] },
          ],
        }),
      );
      // Back to a small tree that reuses ids at other places.
      versions.push(
        normalized({ ...first, roles: [role('r3', null), role('r0', 'r3'), role('r1', 'r0')], events: [] }),
      );
      // And to the first again.
      versions.push(first);

      for (const version of versions) {
        const scenario = normalized(version);
        saveScenario(db, scenario, id);
        expect(loadScenario(db, id).scenario).toEqual(scenario);
      }
      const { rows } = db.prepare('SELECT COUNT(*) AS rows FROM roles WHERE scenario_id = ?').get(id) as {
        rows: number;
      };
      expect(rows).toBe(first.roles.length);
    } finally {
      db.close();
    }
  });
});
