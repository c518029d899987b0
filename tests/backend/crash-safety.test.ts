import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase, openProjectDatabase } from '../../src/backend/db/project-database';
import { listScenarios, loadScenario, saveScenario } from '../../src/backend/project/scenario-store';
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
const REPO_ROOT = join(import.meta.dirname, '..', '..');
const TRIALS_PER_FILE = 55;
const FILES = 2; // one sequence of trials per core
const MAX_DELAY_MS = 40;
const SEED = 20261128;

/** mulberry32: a small seeded generator, one per file, so a failing kill schedule can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Trial {
  ready: number;
  lastCommitted: number;
  stored: number;
}

/** Starts the child, kills it `delayMs` after its first committed save, and reports what it printed. */
function killDuringSaves(
  path: string,
  scenarioId: string,
  delayMs: number,
): Promise<{ ready: number; printed: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, scenarioId], {
      cwd: REPO_ROOT, // where `--import tsx` is resolved from
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      // Armed once the first save has committed, so every kill lands in the saving loop, wherever in it.
      if (timer === undefined && out.split('\n').length > 2) {
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      const lines = out.split('\n');
      const first = /^ready (\d+)$/.exec(lines[0]);
      if (signal !== 'SIGKILL' || !first) {
        reject(new Error(`the child did not run until killed (signal ${signal}): ${err || out}`));
        return;
      }
      // The last line may be cut off mid-number by the kill: only whole lines count as reported.
      const printed = lines.slice(1, -1).map(Number);
      resolve({ ready: Number(first[1]), printed });
    });
  });
}

async function runTrials(path: string, scenarioId: string, next: () => number): Promise<Trial[]> {
  const trials: Trial[] = [];
  for (let i = 0; i < TRIALS_PER_FILE; i++) {
    const { ready, printed } = await killDuringSaves(path, scenarioId, Math.floor(next() * MAX_DELAY_MS));
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
      await Promise.all(files.map((f, i) => runTrials(f.path, f.id, random(SEED + i))))
    ).flat();
    const seconds = (Date.now() - started) / 1000;

    expect(results).toHaveLength(FILES * TRIALS_PER_FILE);
    // Every kill landed in the saving loop (after at least one commit), at varied points in it.
    expect(results.every((t) => t.lastCommitted > t.ready)).toBe(true);
    expect(new Set(results.map((t) => t.lastCommitted - t.ready)).size).toBeGreaterThan(10);
    const inFlightCommitted = results.filter((t) => t.stored === t.lastCommitted + 1).length;
    console.log(
      `crash test: ${results.length} kills in ${seconds.toFixed(1)} s; ${inFlightCommitted} found the ` +
        `in-flight version committed, ${results.length - inFlightCommitted} the last reported one`,
    );
  }, 120_000);
});
