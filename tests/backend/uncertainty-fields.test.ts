/**
 * What Monte Carlo is unsure of (schema 6) survives a project file: a role's and a hire's rating error, a
 * succession's, and an event's timing spread read back exactly as saved, the checksum holds, and a
 * scenario without them hashes as it did before schema 6.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createProjectDatabase, openProjectDatabase } from '../../src/backend/db/project-database';
import { scenarioChecksum } from '../../src/backend/project/scenario-checksum';
import { loadScenario, saveScenario } from '../../src/backend/project/scenario-store';
import type { Scenario } from '../../src/core/scenario/types';
import { richScenario, strengths } from '../helpers/scenarios';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

function withUncertainty(rich: Scenario): Scenario {
  const base: Scenario = {
    ...rich,
    events: [
      ...rich.events,
      { quarter: 10, type: 'succession', roleId: 'ceo', person: 'Eve', strengths: strengths({ plan: 8 }) },
    ],
  };
  const roles = base.roles.map((r, i) =>
    i === 1 ? { ...r, ratingError: 0.5 } : i === 2 ? { ...r, ratingError: 2 } : r,
  );
  const events = base.events.map((e, i) => {
    const spread = i === 0 ? { ...e, timingSpread: 2 } : e;
    if (spread.type === 'hire') return { ...spread, role: { ...spread.role, ratingError: 1.5 } };
    if (spread.type === 'succession') return { ...spread, ratingError: 0.5 };
    return spread;
  });
  return { ...base, roles, events };
}

describe('rating errors and timing spreads in a project file', () => {
  it('read back exactly as saved, through a close and reopen', () => {
    const scenario = withUncertainty(richScenario());
    expect(scenario.events.some((e) => e.type === 'hire')).toBe(true);
    expect(scenario.events.some((e) => e.type === 'succession')).toBe(true);
    const path = join(tempDir(), 'u.ballast');
    const db = createProjectDatabase(path, 'Uncertain');
    const { id } = saveScenario(db, scenario);
    db.close();
    const again = openProjectDatabase(path);
    const { scenario: read } = loadScenario(again, id);
    again.close();
    expect(read.roles.map((r) => r.ratingError)).toEqual(scenario.roles.map((r) => r.ratingError));
    expect(read.events.map((e) => e.timingSpread)).toEqual(scenario.events.map((e) => e.timingSpread));
    const ratingOf = (s: Scenario) =>
      s.events.map((e) =>
        e.type === 'hire' ? e.role.ratingError : e.type === 'succession' ? e.ratingError : null,
      );
    expect(ratingOf(read)).toEqual(ratingOf(scenario));
    expect(scenarioChecksum(read)).toBe(scenarioChecksum(scenario));
  });

  it('count in the checksum, and a scenario without them keeps its checksum', () => {
    const plain = richScenario();
    const uncertain = withUncertainty(plain);
    expect(scenarioChecksum(uncertain)).not.toBe(scenarioChecksum(plain));
    const spreadOnly = {
      ...plain,
      events: plain.events.map((e, i) => (i === 0 ? { ...e, timingSpread: 1 } : e)),
    };
    expect(scenarioChecksum(spreadOnly)).not.toBe(scenarioChecksum(plain));
    // Absent fields add nothing: the canonical form is what it was before schema 6.
    expect(scenarioChecksum({ ...plain })).toBe(scenarioChecksum(plain));
  });
});
