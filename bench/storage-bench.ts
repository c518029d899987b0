/**
 * `npx tsx bench/storage-bench.ts [--json] [--roles N]` (also run by `npm run bench`): saving and opening a
 * 10,000-role scenario through the real backend (dispatch, format-v1 check, one SQLite transaction in a
 * real file, checksum) against a bare JSON.stringify + writeFileSync and readFileSync + JSON.parse of the
 * same scenario. Target: within 3x the bare JSON figures. Median of 7 after one warm-up each; printed,
 * never asserted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../src/backend/backend';
import { scenarioChecksum } from '../src/backend/project/scenario-checksum';
import { parseScenario } from '../src/core/scenario/parse';
import type { Scenario } from '../src/core/scenario/types';
import { medianTime } from './median-time';
import { syntheticOrg } from './synthetic-org';

const REPEATS = 7;

export interface StorageFigures {
  roles: number;
  jsonBytes: number;
  fileBytes: number;
  /** Median milliseconds. */
  backendSaveMs: number;
  backendOpenMs: number;
  /** A save in which every role changed (the timed saves above store the same scenario again). */
  backendSaveAllChangedMs: number;
  jsonWriteMs: number;
  jsonReadMs: number;
  saveRatio: number;
  openRatio: number;
  /** Parts of a save and an open, measured on their own. */
  parts: { parseMs: number; checksumMs: number };
}

const timed = (run: () => unknown) => medianTime(run, REPEATS);

export async function storageBench(roles = 10_000): Promise<StorageFigures> {
  const root = mkdtempSync(join(tmpdir(), 'ballast-storage-bench-'));
  try {
    const scenario: Scenario = syntheticOrg(roles, 20, true);
    const backend = createBackend({
      transport: 'web',
      dataDir: join(root, 'data'),
      stateDir: join(root, 'state'),
      samplesDir: join(root, 'samples'),
      version: 'bench',
    });
    const ok = async (name: string, request: unknown) => {
      const result = await backend.dispatch(name, request);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value as Record<string, unknown>;
    };
    const { path } = (await ok('project.create', { name: 'Bench' })) as { path: string };
    // The first save also takes the project's first rolling backup; the timed ones, as in use, do not.
    const { id } = (await ok('scenario.save', { path, scenario })) as { id: string };

    const backendSaveMs = await timed(() => ok('scenario.save', { path, scenarioId: id, scenario }));
    // Saves alternate between two versions whose every role differs, so each rewrites all 10,000 rows.
    const retitled: Scenario = {
      ...scenario,
      roles: scenario.roles.map((r) => ({ ...r, title: `${r.title}'` })),
    };
    let flip = false;
    const backendSaveAllChangedMs = await timed(() => {
      flip = !flip;
      return ok('scenario.save', { path, scenarioId: id, scenario: flip ? retitled : scenario });
    });
    await ok('scenario.save', { path, scenarioId: id, scenario });
    const backendOpenMs = await timed(async () => {
      await ok('project.close', { path });
      await ok('project.open', { path });
      await ok('scenario.load', { path, scenarioId: id });
    });
    const fileBytes = readFileSync(path).length;
    backend.close();

    const jsonPath = join(root, 'bare.json');
    const jsonWriteMs = await timed(() => writeFileSync(jsonPath, JSON.stringify(scenario)));
    const jsonReadMs = await timed(() => JSON.parse(readFileSync(jsonPath, 'utf8')));
    const jsonBytes = readFileSync(jsonPath).length;

    const parseMs = await timed(() => parseScenario({ format: 'ballast.scenario', version: 1, ...scenario }));
    const checksumMs = await timed(() => scenarioChecksum(scenario));

    return {
      roles,
      jsonBytes,
      fileBytes,
      backendSaveMs,
      backendOpenMs,
      backendSaveAllChangedMs,
      jsonWriteMs,
      jsonReadMs,
      saveRatio: backendSaveMs / jsonWriteMs,
      openRatio: backendOpenMs / jsonReadMs,
      parts: { parseMs, checksumMs },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function describeStorage(f: StorageFigures): string[] {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const verdict = (ratio: number) => (ratio <= 3 ? 'met' : 'NOT met');
  return [
    `storage, ${f.roles.toLocaleString('en')} roles (median of ${REPEATS}; SQLite file ${(f.fileBytes / 1e6).toFixed(1)} MB, JSON ${(f.jsonBytes / 1e6).toFixed(1)} MB)`,
    `  save through the backend ${ms(f.backendSaveMs).padStart(10)}   bare JSON write ${ms(f.jsonWriteMs).padStart(9)}   x${f.saveRatio.toFixed(2)} -> target <= 3x ${verdict(f.saveRatio)}`,
    `  open through the backend ${ms(f.backendOpenMs).padStart(10)}   bare JSON read  ${ms(f.jsonReadMs).padStart(9)}   x${f.openRatio.toFixed(2)} -> target <= 3x ${verdict(f.openRatio)}`,
    `  save with every role changed ${ms(f.backendSaveAllChangedMs)} (x${(f.backendSaveAllChangedMs / f.jsonWriteMs).toFixed(2)}; the save above stores an unchanged scenario, whose rows are left as they are)`,
    `  of which: format-v1 check ${ms(f.parts.parseMs)}, checksum ${ms(f.parts.checksumMs)} (once on save, once on open)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rolesAt = process.argv.indexOf('--roles');
  const figures = await storageBench(rolesAt > 0 ? Number(process.argv[rolesAt + 1]) : 10_000);
  process.stdout.write(
    process.argv.includes('--json')
      ? JSON.stringify(figures) + '\n'
      : describeStorage(figures).join('\n') + '\n',
  );
}
