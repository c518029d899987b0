import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/backend/db/migrate';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../src/backend/db/migrations';
import { openProjectDatabase, readProjectName } from '../../src/backend/db/project-database';
import {
  listScenarios,
  listTrashedScenarios,
  loadScenario,
  saveScenario,
} from '../../src/backend/project/scenario-store';
import { lastOpenedScenarioId, trashScenario } from '../../src/backend/project/scenario-lifecycle';
import { scenarioChecksum } from '../../src/backend/project/scenario-checksum';
import { readWorkshop } from '../../src/backend/workshop/workshop-groups';
import { parseScenario } from '../../src/core/scenario/parse';
import type { Scenario } from '../../src/core/scenario/types';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'projects');

/** `schema-N.ballast`: written by the version of Ballast whose newest schema was N (see make-schema-1.ts). */
function fixtureFor(version: number): string {
  return join(FIXTURES, `schema-${version}.ballast`);
}

interface FixtureExpectation {
  projectName: string;
  /** The live scenarios, in order. */
  scenarios: Scenario[];
  /** Names of trashed scenarios (schema 2 on). */
  trashed: string[];
  lastScenarioName: string | null;
  /** The workshop's baseline and live groups, by name (schema 7 on); null when the file has none. */
  workshop: { baselineName: string; groupNames: string[] } | null;
}

function expectedFor(version: number): FixtureExpectation {
  const raw = JSON.parse(readFileSync(join(FIXTURES, `schema-${version}.expected.json`), 'utf8'));
  return {
    projectName: raw.projectName,
    scenarios: raw.scenarios.map(({ parameters, ...file }: { parameters?: Record<string, number> }) => {
      // The fixtures were written when the parser let any parameter name through (engagementTau is
      // none), and a project file still reads back what it holds; the rest is checked as a file.
      const parsed = parseScenario(file);
      if (!parsed.ok) throw new Error(`fixture scenario invalid: ${parsed.problems[0].message}`);
      return parameters === undefined ? parsed.value : { ...parsed.value, parameters };
    }),
    trashed: raw.trashed ?? [],
    lastScenarioName: raw.lastScenarioName ?? null,
    workshop: raw.workshop ?? null,
  };
}

/**
 * One fixture per schema, the current one included: a file of the current schema is committed while it
 * is current, written by the code that defines it, so the next migration is tested against a real file.
 */
const allSchemas = MIGRATIONS.map((m) => m.version);

describe('migrations', () => {
  it('are numbered 1, 2, 3... with unique names', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('has a committed fixture file for every schema up to the current one, and nothing else', () => {
    for (const version of allSchemas) expect(existsSync(fixtureFor(version)), `schema ${version}`).toBe(true);
    const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.ballast'));
    expect(fixtures.sort()).toEqual(allSchemas.map((v) => `schema-${v}.ballast`).sort());
  });

  it.each(allSchemas)(
    'opens a file written at schema %i, migrates it to the current schema and reads every scenario identically',
    (version) => {
      const path = join(tempDir(), 'old.ballast');
      copyFileSync(fixtureFor(version), path);
      const before = new Database(path, { readonly: true });
      expect(before.pragma('user_version', { simple: true })).toBe(version);
      before.close();

      const db = openProjectDatabase(path);
      expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
      expect(
        (
          db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]
        ).map((r) => r.version),
      ).toEqual(MIGRATIONS.map((m) => m.version));
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);

      const expected = expectedFor(version);
      expect(readProjectName(db)).toBe(expected.projectName);
      const listed = listScenarios(db);
      expect(listed.map((s) => s.name)).toEqual(expected.scenarios.map((s) => s.name));
      listed.forEach((summary, i) =>
        expect(loadScenario(db, summary.id).scenario).toEqual(expected.scenarios[i]),
      );
      expect(listTrashedScenarios(db).map((s) => s.name)).toEqual(expected.trashed);
      const last = lastOpenedScenarioId(db);
      expect(last === null ? null : listed.find((s) => s.id === last)?.name).toBe(expected.lastScenarioName);
      const workshop = readWorkshop(db);
      const nameOf = (id: string) => listed.find((s) => s.id === id)?.name;
      expect(
        workshop === null
          ? null
          : { baselineName: nameOf(workshop.baselineId), groupNames: workshop.groups.map((g) => g.name) },
      ).toEqual(expected.workshop);

      // And the migrated file works with today's features.
      trashScenario(db, listed[0].id);
      expect(listScenarios(db)).toHaveLength(expected.scenarios.length - 1);
      db.close();
    },
  );

  it('leaves the committed fixture itself unchanged (tests migrate a copy)', () => {
    for (const version of allSchemas) {
      const db = new Database(fixtureFor(version), { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      db.close();
    }
  });

  it('migrations 2 to 7 keep every row of a schema-1 file built here with raw SQL at migration 001', () => {
    // Before schema 5 the roles have no people-data columns, so the store reads without them.
    const old = { peopleData: false };
    const path = join(tempDir(), 'built.ballast');
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS.slice(0, 1));
    // Raw SQL of schema 1, not today's store, which already writes schema-2 columns.
    db.exec(`
      INSERT INTO scenarios (id, name, description, position, horizon, volatility, seed, created_at, updated_at)
        VALUES ('s1', 'Old', 'from schema 1', 0, 6, 0.25, 3, '2026-01-01', '2026-01-02');
      INSERT INTO roles (row_id, scenario_id, event_index, position, role_id, title, person, reports_to, team,
                         department, one_on_ones, vision, inspire, innovate, develop, plan, organize, control,
                         direct, trust)
        VALUES (1, 's1', NULL, 0, 'ceo', 'CEO', 'Ana', NULL, 2, NULL, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1),
               (2, 's1', NULL, 1, 'cto', 'CTO', NULL, 'ceo', 5, 'Tech', 1, 5, 5, 5, 5, 5, 5, 5, 5, 5);
      INSERT INTO role_dotted_lines (role_row_id, position, manager_id) VALUES (2, 0, 'ceo');
      INSERT INTO events (scenario_id, event_index, quarter, type, role_id, reports_to, team, severity, quarters,
                          size, enabled)
        VALUES ('s1', 0, 2, 'coaching', NULL, NULL, NULL, NULL, 3, NULL, NULL);
      INSERT INTO event_role_ids (scenario_id, event_index, list, position, role_id)
        VALUES ('s1', 0, 'roleIds', 0, 'cto');
      INSERT INTO scenario_parameters (scenario_id, name, value) VALUES ('s1', 'tau', 1.5);
    `);
    const tables = [
      'scenarios',
      'roles',
      'role_dotted_lines',
      'events',
      'event_role_ids',
      'scenario_parameters',
    ];
    const snapshot = () => tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all());
    const before = snapshot();
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toEqual([2]);
    const after = snapshot() as Record<string, unknown>[][];
    // The old columns are unchanged; the scenarios gained two empty ones.
    expect(after[0]).toEqual(
      (before[0] as object[]).map((row) => ({ ...row, deleted_at: null, branched_from: null })),
    );
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(loadScenario(db, 's1', old).scenario).toEqual({
      name: 'Old',
      description: 'from schema 1',
      horizon: 6,
      environment: { volatility: 0.25 },
      seed: 3,
      parameters: { tau: 1.5 },
      roles: [
        {
          id: 'ceo',
          title: 'CEO',
          person: 'Ana',
          reportsTo: null,
          dottedTo: [],
          team: 2,
          oneOnOnes: false,
          strengths: {
            vision: 9,
            inspire: 8,
            innovate: 7,
            develop: 6,
            plan: 5,
            organize: 4,
            control: 3,
            direct: 2,
            trust: 1,
          },
        },
        {
          id: 'cto',
          title: 'CTO',
          person: null,
          reportsTo: 'ceo',
          dottedTo: ['ceo'],
          team: 5,
          oneOnOnes: true,
          department: 'Tech',
          strengths: {
            vision: 5,
            inspire: 5,
            innovate: 5,
            develop: 5,
            plan: 5,
            organize: 5,
            control: 5,
            direct: 5,
            trust: 5,
          },
        },
      ],
      events: [{ quarter: 2, type: 'coaching', roleIds: ['cto'], quarters: 3 }],
    });

    // Migration 3 adds the checksum, filled with the sum of what each scenario holds, and changes nothing else.
    const beforeChecksums = snapshot() as Record<string, unknown>[][];
    const content = loadScenario(db, 's1', old).scenario;
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toEqual([3]);
    const withChecksums = snapshot() as Record<string, unknown>[][];
    expect(withChecksums[0]).toEqual(
      beforeChecksums[0].map((row) => ({ ...row, checksum: scenarioChecksum(content) })),
    );
    expect(withChecksums[0][0].checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(withChecksums.slice(1)).toEqual(beforeChecksums.slice(1));
    expect(loadScenario(db, 's1', old).scenario).toEqual(content);

    // Migration 4 rebuilds events and their id lists with a wider type check: every row stays, and a
    // succession can be saved and read back.
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toEqual([4]);
    expect(snapshot()).toEqual(withChecksums);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(loadScenario(db, 's1', old).scenario).toEqual(content);

    // Migration 5 adds the people-data columns, empty: every row reads back as it was, checksum included.
    expect(migrate(db, MIGRATIONS.slice(0, 5))).toEqual([5]);
    const withPeople = snapshot() as Record<string, unknown>[][];
    expect(withPeople[1]).toEqual(
      withChecksums[1].map((row) => ({
        ...row,
        salary: null,
        ic_salary: null,
        fte: null,
        grade: null,
        location: null,
      })),
    );
    expect([withPeople[0], ...withPeople.slice(2)]).toEqual([withChecksums[0], ...withChecksums.slice(2)]);
    expect(loadScenario(db, 's1', { ratingError: false }).scenario).toEqual(content);

    // Migration 6 adds the rating error to roles and the timing spread to events, empty: every row reads
    // back as it was, checksum included.
    expect(migrate(db, MIGRATIONS.slice(0, 6))).toEqual([6]);
    const withUncertainty = snapshot() as Record<string, unknown>[][];
    expect(withUncertainty[1]).toEqual(withPeople[1].map((row) => ({ ...row, rating_error: null })));
    expect(loadScenario(db, 's1').scenario).toEqual(content);
    const succession: Scenario = {
      ...content,
      events: [
        ...content.events,
        {
          quarter: 3,
          type: 'succession',
          roleId: 'ceo',
          person: null,
          strengths: content.roles[0].strengths,
        },
      ],
    };
    saveScenario(db, succession, 's1');
    expect(loadScenario(db, 's1').scenario).toEqual(succession);

    // Migration 7 adds the workshop's table, empty: every other row stays, and the project has no workshop.
    const beforeWorkshop = snapshot();
    expect(migrate(db, MIGRATIONS.slice(0, 7))).toEqual([7]);
    expect(snapshot()).toEqual(beforeWorkshop);
    expect(readWorkshop(db)).toBeNull();
    expect(db.prepare('SELECT COUNT(*) FROM workshop_groups').pluck().get()).toBe(0);
    // Deleting the scenario still cascades to the rebuilt tables.
    db.prepare("DELETE FROM scenarios WHERE id = 's1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM event_role_ids').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(0);
    db.close();
  });
});
