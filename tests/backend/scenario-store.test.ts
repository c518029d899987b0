import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase } from '../../src/backend/db/project-database';
import { listScenarios, loadScenario, saveScenario } from '../../src/backend/project/scenario-store';
import { readScenarioFromProjectFile } from '../../src/backend/project/read-scenario';
import type { Scenario } from '../../src/core/scenario/types';
import { richScenario, role, strengths } from '../helpers/scenarios';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

describe('scenario store', () => {
  it('round-trips every field of format v1 through the tables', () => {
    const db = createProjectDatabase(join(tempDir(), 'a.ballast'), 'A');
    const scenario = richScenario();
    const { id } = saveScenario(db, scenario);
    expect(loadScenario(db, id).scenario).toEqual(scenario);
    db.close();
  });

  it('round-trips successions, named and to be hired, beside a hire, and saves over them', () => {
    const db = createProjectDatabase(join(tempDir(), 'a.ballast'), 'A');
    const rich = richScenario();
    const scenario: Scenario = {
      ...rich,
      events: [
        { quarter: 2, type: 'succession', roleId: 'ceo', person: 'Olu', strengths: strengths({ plan: 8.5 }) },
        ...rich.events,
        { quarter: 6, type: 'succession', roleId: 'coo', person: null, strengths: strengths({ trust: 2 }) },
      ],
    };
    const { id } = saveScenario(db, scenario);
    expect(loadScenario(db, id).scenario).toEqual(scenario);
    const changed: Scenario = { ...scenario, events: scenario.events.slice(1) };
    saveScenario(db, changed, id);
    expect(loadScenario(db, id).scenario).toEqual(changed);
    db.close();
  });

  it('round-trips people data (salary, icSalary, fte, grade, location), a hired role’s too, and saves over it', () => {
    const db = createProjectDatabase(join(tempDir(), 'a.ballast'), 'A');
    const rich = richScenario();
    const scenario: Scenario = {
      ...rich,
      roles: rich.roles.map((r, i) =>
        i === 0
          ? { ...r, salary: 150000.5, icSalary: 0, fte: 0.6, grade: 'SCS2', location: 'Leeds' }
          : i === 1
            ? { ...r, salary: 0 }
            : r,
      ),
      events: rich.events.map((e) => (e.type === 'hire' ? { ...e, role: { ...e.role, grade: 'L5' } } : e)),
    };
    const { id } = saveScenario(db, scenario);
    expect(loadScenario(db, id).scenario).toEqual(scenario);
    const changed: Scenario = {
      ...scenario,
      roles: scenario.roles.map((r, i) => (i === 0 ? { ...r, fte: 1, location: undefined } : r)),
    };
    delete changed.roles[0].location;
    saveScenario(db, changed, id);
    expect(loadScenario(db, id).scenario).toEqual(changed);
    db.close();
  });

  it('keeps ids as strings, leading zeros included', () => {
    const db = createProjectDatabase(join(tempDir(), 'a.ballast'), 'A');
    const { id } = saveScenario(db, richScenario());
    const ids = loadScenario(db, id).scenario.roles.map((r) => r.id);
    expect(ids).toContain('00155792');
    db.close();
  });

  it('lists scenarios in the order they were added, with role counts and headcount', () => {
    const db = createProjectDatabase(join(tempDir(), 'a.ballast'), 'A');
    saveScenario(db, richScenario());
    saveScenario(db, {
      ...richScenario(),
      name: 'Second',
      roles: [role('only', null, { person: 'X', team: 4 })],
      events: [],
    });
    const list = listScenarios(db);
    expect(list.map((s) => s.name)).toEqual(['Rich', 'Second']);
    // Rich: ceo 1 + 00155792 (1 + 12) + sales vacant (0 + 8) + ops (1 + 3) = 26
    expect(list[0]).toMatchObject({ roleCount: 4, headcount: 26 });
    expect(list[1]).toMatchObject({ roleCount: 1, headcount: 5 });
    db.close();
  });

  it('replaces a scenario as a whole on save', () => {
    const db = createProjectDatabase(join(tempDir(), 'a.ballast'), 'A');
    const { id } = saveScenario(db, richScenario());
    const smaller = { ...richScenario(), name: 'Smaller', roles: [role('ceo', null)], events: [] };
    saveScenario(db, smaller, id);
    expect(loadScenario(db, id).scenario).toEqual(smaller);
    expect(listScenarios(db)).toHaveLength(1);
    db.close();
  });

  it('leaves the stored scenario untouched when a save fails half way', () => {
    const db = createProjectDatabase(join(tempDir(), 'a.ballast'), 'A');
    const original = richScenario();
    const { id } = saveScenario(db, original);
    const broken = richScenario();
    // The last role breaks a CHECK constraint after the earlier rows were already written in the transaction.
    broken.roles[3] = { ...broken.roles[3], team: -1 };
    expect(() => saveScenario(db, broken, id)).toThrow(/CHECK/);
    expect(loadScenario(db, id).scenario).toEqual(original);
    db.close();
  });

  it('reads a scenario by name for the command line without writing the file', () => {
    const path = join(tempDir(), 'cli.ballast');
    const db = createProjectDatabase(path, 'CLI');
    saveScenario(db, richScenario());
    saveScenario(db, { ...richScenario(), name: 'Other' });
    db.close();
    expect(readScenarioFromProjectFile(path).name).toBe('Rich');
    expect(readScenarioFromProjectFile(path, 'Other').name).toBe('Other');
    expect(() => readScenarioFromProjectFile(path, 'Nope')).toThrow(
      /no scenario named "Nope".*"Rich", "Other"/,
    );
  });
});
