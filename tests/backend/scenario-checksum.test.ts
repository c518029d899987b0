import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase, openProjectDatabase } from '../../src/backend/db/project-database';
import { scenarioChecksum } from '../../src/backend/project/scenario-checksum';
import { loadScenario, saveScenario } from '../../src/backend/project/scenario-store';
import type { Scenario } from '../../src/core/scenario/types';
import { call, callError, useBackend } from '../helpers/backend';
import { engineRichScenario, richScenario, role, strengths } from '../helpers/scenarios';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const backendAt = useBackend();

/** The rich scenario and 60 more roles with names, departments and varied strengths. */
function biggerScenario(): Scenario {
  const base = richScenario();
  const extra = Array.from({ length: 60 }, (_, k) =>
    role(`r${k}`, k < 6 ? 'ceo' : `r${Math.floor(k / 6) - 1}`, {
      title: `Engineer ${k}`,
      person: k % 7 === 0 ? null : `Person ${k} Ørsted`,
      department: k % 2 ? 'Platform' : 'Product',
      team: k % 9,
      strengths: strengths({ vision: (k % 10) + 0.5, trust: 10 - (k % 10), plan: 3.25 }),
      dottedTo: k % 5 === 0 && k > 0 ? ['ceo'] : [],
      oneOnOnes: k % 3 === 0,
    }),
  );
  return { ...base, roles: [...base.roles, ...extra] };
}

/** mulberry32: a seeded generator, so a failing flip can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every byte offset in the file where a stored text value of the scenario lies (its tables and indexes). */
function textValueOffsets(file: Buffer, scenario: Scenario): number[] {
  const values = new Set<string>([scenario.name, scenario.description ?? '']);
  for (const r of scenario.roles) {
    for (const v of [r.id, r.title, r.person, r.department, r.reportsTo]) if (v) values.add(v);
  }
  const offsets = new Set<number>();
  for (const value of values) {
    const needle = Buffer.from(value, 'utf8');
    if (needle.length < 3) continue;
    for (let at = file.indexOf(needle); at !== -1; at = file.indexOf(needle, at + 1)) {
      for (let i = 0; i < needle.length; i++) offsets.add(at + i);
    }
  }
  return [...offsets];
}

type Outcome = 'refused' | 'same' | 'silently different';

/** Opens a damaged copy the way the app does and reads the scenario back. */
function openFlipped(path: string, scenarioId: string, original: Scenario): Outcome {
  let db: Database.Database | undefined;
  try {
    db = openProjectDatabase(path);
    const { scenario } = loadScenario(db, scenarioId);
    return JSON.stringify(scenario) === JSON.stringify(original) ? 'same' : 'silently different';
  } catch {
    return 'refused';
  } finally {
    db?.close();
  }
}

describe('scenario checksums', () => {
  it('is the same for a scenario as saved and as read back, and differs when any value differs', () => {
    const db = createProjectDatabase(join(tempDir(), 'a.ballast'), 'A');
    // Optional fields absent, key orders shuffled, a lone surrogate (stored as U+FFFD by SQLite).
    const scenario: Scenario = {
      ...richScenario(),
      description: undefined,
      parameters: { zeta: 1, alpha: 2 },
      roles: [{ ...role('ceo', null, { title: 'Chief \ud800' }), dottedTo: undefined }],
      events: [{ quarter: 2, type: 'hire', role: role('coo', 'ceo') }],
    };
    const { id } = saveScenario(db, scenario);
    const loaded = loadScenario(db, id).scenario; // throws if the sums disagree
    expect(scenarioChecksum(loaded)).toBe(scenarioChecksum(scenario));
    const changed = structuredClone(loaded);
    changed.roles[0].strengths.trust = 5.000000000000001;
    expect(scenarioChecksum(changed)).not.toBe(scenarioChecksum(loaded));
    db.close();
  });

  it("covers a succession's role, person and strengths", () => {
    const base: Scenario = {
      ...richScenario(),
      events: [{ quarter: 2, type: 'succession', roleId: 'ceo', person: 'Olu', strengths: strengths() }],
    };
    const variants = [
      { roleId: 'ops' },
      { person: null },
      { person: 'Ola' },
      { strengths: strengths({ direct: 5.5 }) },
    ].map((patch) => ({ ...base, events: [{ ...base.events[0], ...patch }] as Scenario['events'] }));
    const sums = new Set([base, ...variants].map(scenarioChecksum));
    expect(sums.size).toBe(variants.length + 1);
  });

  it('covers people data, and a role without any hashes as it did before schema 5', () => {
    const base = richScenario();
    const withRole = (patch: Partial<Scenario['roles'][number]>): Scenario => ({
      ...base,
      roles: [{ ...base.roles[0], ...patch }, ...base.roles.slice(1)],
    });
    const variants = [
      { salary: 0 },
      { salary: 1 },
      { icSalary: 0 },
      { fte: 1 },
      { grade: '' },
      { grade: 'G7' },
      { location: 'G7' },
      { salary: 1, fte: 0.5 },
    ].map(withRole);
    const sums = new Set([base, ...variants].map(scenarioChecksum));
    expect(sums.size).toBe(variants.length + 1);
    expect(scenarioChecksum(withRole({ salary: undefined }))).toBe(scenarioChecksum(base));
  });

  it('catches every flipped bit that would change what a scenario reads back (random flips in a real file)', () => {
    const dir = tempDir();
    const pristine = join(dir, 'pristine.ballast');
    const db = createProjectDatabase(pristine, 'Flips');
    const { id } = saveScenario(db, biggerScenario());
    const original = loadScenario(db, id).scenario;
    db.close();
    const bytes = readFileSync(pristine);
    const textOffsets = textValueOffsets(bytes, original);
    expect(textOffsets.length).toBeGreaterThan(1000);

    const next = random(20261128);
    const counts: Record<string, Record<Outcome, number>> = {};
    const silent: string[] = [];
    const trial = (offset: number, label: string) => {
      const bit = Math.floor(next() * 8);
      const damaged = Buffer.from(bytes);
      damaged[offset] ^= 1 << bit;
      const path = join(dir, 'flipped.ballast');
      writeFileSync(path, damaged);
      const outcome = openFlipped(path, id, original);
      counts[label] ??= { refused: 0, same: 0, 'silently different': 0 };
      counts[label][outcome]++;
      if (outcome === 'silently different') silent.push(`${label} byte ${offset} bit ${bit}`);
    };
    // 200 flips inside stored text values (titles, names, ids, departments, wherever SQLite keeps them),
    // and 200 anywhere in the file past its header (numbers, record headers, b-tree pages, free space).
    for (let i = 0; i < 200; i++) trial(textOffsets[Math.floor(next() * textOffsets.length)], 'text');
    for (let i = 0; i < 200; i++) trial(100 + Math.floor(next() * (bytes.length - 100)), 'anywhere');

    expect(silent, JSON.stringify(counts)).toEqual([]);
    expect(counts.text.refused + counts.anywhere.refused).toBeGreaterThan(100);
  });

  it('names the damaged scenario and offers the newest backup that holds it intact, which restores it', async () => {
    const root = tempDir();
    const backend = backendAt(root, { backupIntervalMs: 0 });
    const { path } = await call(backend, 'project.create', { name: 'Plan' });
    const saved = await call(backend, 'scenario.save', { path, scenario: { ...engineRichScenario() } });
    await call(backend, 'scenario.save', {
      path,
      scenarioId: saved.id,
      scenario: { ...engineRichScenario(), description: 'Second version' },
    });
    const [newest, older] = await call(backend, 'backups.list', { path });

    // Damage: a title changed under Ballast, in the project and in its newest backup (taken after it).
    const damage = (file: string) => {
      const raw = new Database(file);
      raw.prepare("UPDATE roles SET title = 'CFO' WHERE role_id = 'ceo'").run();
      raw.close();
    };
    damage(path);
    const folder = join(root, 'state', 'backups');
    const { readdirSync } = await import('node:fs');
    const backupFile = join(folder, readdirSync(folder)[0], newest.id);
    const before = readFileSync(path);
    damage(backupFile);

    const error = await callError(backend, 'scenario.load', { path, scenarioId: saved.id });
    expect(error.code).toBe('damaged');
    expect(error.message).toContain('"Rich" in "Plan.ballast" does not match the checksum');
    expect(error.message).toContain(older.takenAt);
    expect(error.details).toMatchObject({
      reason: 'checksum-mismatch',
      scenarioId: saved.id,
      path,
      lastGoodBackup: { id: older.id },
    });
    // Renaming reads it too, and changes nothing.
    const rename = await callError(backend, 'scenario.rename', { path, scenarioId: saved.id, name: 'X' });
    expect(rename.details).toMatchObject({ lastGoodBackup: { id: older.id } });
    expect(readFileSync(path).equals(before)).toBe(true);

    await call(backend, 'backups.restore', { path, backupId: older.id });
    const restored = await call(backend, 'scenario.load', { path, scenarioId: saved.id });
    expect(restored.scenario.roles[0].title).toBe('CEO');
  });

  it('migrating a copy of a committed older file fills the checksums that later reads check', () => {
    const path = join(tempDir(), 'old.ballast');
    copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'projects', 'schema-2.ballast'), path);
    const db = openProjectDatabase(path);
    const rows = db.prepare('SELECT id, checksum FROM scenarios').all() as { id: string; checksum: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.checksum).toBe(scenarioChecksum(loadScenario(db, row.id).scenario));
    }
    db.prepare('UPDATE roles SET trust = 1.5 WHERE scenario_id = ? AND position = 0').run(rows[0].id);
    expect(() => loadScenario(db, rows[0].id)).toThrow(/does not match the checksum/);
    db.close();
  });
});
