import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase, openProjectDatabase } from '../../src/backend/db/project-database';
import { listScenarios, loadScenario, saveScenario } from '../../src/backend/project/scenario-store';
import { runUntilKilled, seededRandom } from './crash/run-until-killed';
import { scenarioVersion, versionOf } from './crash/versions';
import { useTempDir } from '../helpers/temp-dir';

/**
 * Crash safety, tested: a child process saves scenario versions in a loop through the real store and is
 * killed with SIGKILL at a random moment; the file is then reopened the way the app opens it. Each time,
 * `PRAGMA quick_check` must say ok and the scenario must equal exactly the last version the child
 * reported committed or the one it was writing, never a mix. Each trial continues from the file the
 * previous kill left, so reopening after a crash (hot journal, stale lock) is exercised every time.
 */

const tempDir = useTempDir('ballast-crash-');
const CHILD = join(import.meta.dirname, 'crash', 'save-loop.ts');
const TRIALS_PER_FILE = 55;
const FILES = 2; // one sequence of trials per core
const MAX_DELAY_MS = 40;
const SEED = 20261128;

interface Trial {
  ready: number;
  lastCommitted: number;
  stored: number;
}

async function runTrials(path: string, scenarioId: string, next: () => number): Promise<Trial[]> {
  const trials: Trial[] = [];
  for (let i = 0; i < TRIALS_PER_FILE; i++) {
    const { first, steps } = await runUntilKilled(
      CHILD,
      [path, scenarioId],
      Math.floor(next() * MAX_DELAY_MS),
    );
    const ready = Number(/^ready (\d+)$/.exec(first)?.[1]);
    const printed = steps.map(Number);
    const lastCommitted = printed.length > 0 ? printed[printed.length - 1] : ready;
    expect(printed).toEqual(printed.map((_v, k) => ready + 1 + k));

    const db = openProjectDatabase(path);
    try {
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(listScenarios(db)).toHaveLength(1);
      const { scenario } = loadScenario(db, scenarioId);
      const stored = versionOf(scenario);
      // Either the last version reported committed, or the one in flight that committed before its report.
      expect([lastCommitted, lastCommitted + 1]).toContain(stored);
      expect(scenario).toEqual(scenarioVersion(stored));
      trials.push({ ready, lastCommitted, stored });
    } finally {
      db.close();
    }
  }
  return trials;
}

describe('crash safety', () => {
  it(`keeps the scenario whole when the saving process is killed at random moments (${FILES * TRIALS_PER_FILE} trials)`, async () => {
    const files = Array.from({ length: FILES }, (_v, i) => {
      const path = join(tempDir(), `crash-${i}.ballast`);
      const db = createProjectDatabase(path, `Crash ${i}`);
      const { id } = saveScenario(db, scenarioVersion(0));
      db.close();
      return { path, id };
    });
    const started = Date.now();
    const results = (
      await Promise.all(files.map((f, i) => runTrials(f.path, f.id, seededRandom(SEED + i))))
    ).flat();
    const seconds = (Date.now() - started) / 1000;

    expect(results).toHaveLength(FILES * TRIALS_PER_FILE);
    // Every kill landed in the saving loop (after at least one commit), at varied points in it.
    expect(results.every((t) => t.lastCommitted > t.ready)).toBe(true);
    expect(new Set(results.map((t) => t.lastCommitted - t.ready)).size).toBeGreaterThan(3);
    const inFlightCommitted = results.filter((t) => t.stored === t.lastCommitted + 1).length;
    console.log(
      `crash test: ${results.length} kills in ${seconds.toFixed(1)} s; ${inFlightCommitted} found the ` +
        `in-flight version committed, ${results.length - inFlightCommitted} the last reported one`,
    );
  }, 300_000); // about 30 s on 2 cores; the margin is for a machine with both cores busy
});
