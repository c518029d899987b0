import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase, openProjectDatabase } from '../../src/backend/db/project-database';
import { listScenarios, loadScenario, saveScenario } from '../../src/backend/project/scenario-store';
import { runUntilKilled, seededRandom } from './crash/run-until-killed';
import { scenarioVersion, versionOf } from './crash/versions';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Restoring a backup is crash-safe too: a child replaces a project's content again and again with one of
 * two other project files, through the code backups.restore uses, and is killed (SIGKILL) at a seeded
 * random step in the middle of a copy, with part of the new pages written. The reopened project must pass
 * `quick_check` and hold exactly the state before the interrupted copy (its original, copy a or copy b),
 * every scenario whole.
 */

const tempDir = useTempDir('ballast-crash-restore-');
const CHILD = join(import.meta.dirname, 'crash', 'restore-loop.ts');
const TRIALS = 24;
/** Kill points: copies are about 10 steps each, so this covers the first few copies throughout. */
const MAX_KILL_STEP = 40;
const SEED = 7;

/** A project of `count` scenarios with versions from..from+count-1: big enough that a copy takes a while. */
function projectOf(path: string, from: number, count: number): void {
  const db = createProjectDatabase(path, `Versions from ${from}`);
  db.transaction(() => {
    for (let v = from; v < from + count; v++) saveScenario(db, scenarioVersion(v));
  })();
  db.close();
}

/** Which of the three states the file holds, checking each scenario is exactly its version. */
function stateOf(path: string): 'original' | 'a' | 'b' {
  const db = openProjectDatabase(path);
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const versions = listScenarios(db).map((summary) => {
      const { scenario } = loadScenario(db, summary.id);
      const version = versionOf(scenario);
      expect(scenario).toEqual(scenarioVersion(version));
      return version;
    });
    const states = {
      original: [0],
      a: Array.from({ length: 30 }, (_v, i) => 100 + i),
      b: Array.from({ length: 30 }, (_v, i) => 200 + i),
    };
    const match = (Object.keys(states) as (keyof typeof states)[]).find(
      (key) => JSON.stringify(states[key]) === JSON.stringify(versions),
    );
    expect(match, `versions ${versions.join(',')}`).toBeDefined();
    return match!;
  } finally {
    db.close();
  }
}

describe('crash safety of restoring a backup', () => {
  it(`leaves the project whole when the restoring process is killed at random moments (${TRIALS} trials)`, async () => {
    const dir = tempDir();
    const path = join(dir, 'project.ballast');
    const a = join(dir, 'a.ballast');
    const b = join(dir, 'b.ballast');
    projectOf(path, 0, 1);
    projectOf(a, 100, 30);
    projectOf(b, 200, 30);
    const next = seededRandom(SEED);
    const outcomes = new Set<string>();
    for (let trial = 0; trial < TRIALS; trial++) {
      const before = stateOf(path);
      const killAt = 1 + Math.floor(next() * MAX_KILL_STEP);
      const { first, steps } = await runUntilKilled(CHILD, [path, a, b, String(killAt)], null);
      expect(first).toBe('ready');
      // Killed inside a copy: the project holds what the last completed copy put there, or what it held.
      const expected = steps.length === 0 ? before : steps[steps.length - 1];
      expect(stateOf(path)).toBe(expected);
      outcomes.add(`${steps.length} copies`);
    }
    // The kills fell in different copies, not always the first.
    expect(outcomes.size).toBeGreaterThan(1);
  }, 180_000); // about 45 s alone on 2 cores; the margin is for a loaded machine
});
