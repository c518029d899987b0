/**
 * `npx tsx bench/ipc-relay-bench.ts [--json]`: what Electron's main thread spends relaying one API
 * request (a scenario.save) and one reply (a scenario.load) between the renderer and the backend process,
 * at 5,000 and 10,000 roles. Main's thread is also the window's UI thread, so this is input delay.
 *
 * - structured clone (as before): main decodes the renderer's message with the whole scenario in it
 *   (v8.deserialize), checks the name, and encodes it again for the utility process (v8.serialize);
 *   the same for the reply.
 * - JSON text (now): the same decode, check and encode of a message whose payload is one string (the
 *   preload stringifies, the backend parses), so main's cost is a string copy.
 *
 * Electron's IPC and utilityProcess ports use V8's serializer as here. Median of 15 after a warm-up;
 * printed, never asserted.
 */
import { deserialize, serialize } from 'node:v8';
import { isKnownOperationName } from '../src/core/api/operation-names';
import { medianTime } from './median-time';
import { syntheticOrg } from './synthetic-org';

const REPEATS = 15;

const timed = (run: () => unknown) => medianTime(run, REPEATS);

/** Median milliseconds of main's part: decode what arrived, check the name, encode what goes on. */
function relay(arrived: Buffer): Promise<number> {
  return timed(() => {
    const message = deserialize(arrived) as { name: string; payload: unknown };
    if (!isKnownOperationName(message.name)) throw new Error('unknown operation');
    serialize({ type: 'request', id: 1, name: message.name, payload: message.payload });
  });
}

export interface RelayFigures {
  roles: number;
  jsonBytes: number;
  /** Median milliseconds on main's thread per message. */
  save: { structuredCloneMs: number; jsonTextMs: number };
  load: { structuredCloneMs: number; jsonTextMs: number };
  /**
   * One fresh copy of the save text (Buffer.from), for scale: the JSON text relay makes two (decode and
   * encode), so where fresh memory is slow to touch (a sandboxed VM) that, not any walk, is its cost.
   */
  freshCopyMs: number;
}

export async function relayBench(roles: number): Promise<RelayFigures> {
  const scenario = syntheticOrg(roles, 20, true);
  const savePayload = { path: '/home/user/Documents/Ballast/Acme.ballast', scenario };
  const loadReply = {
    ok: true,
    value: { id: 's1', name: scenario.name, revision: 3, savedAt: '2026-01-01T00:00:00Z', scenario },
  };
  const saveText = JSON.stringify(savePayload);
  const loadText = JSON.stringify(loadReply);
  return {
    roles,
    jsonBytes: saveText.length,
    save: {
      structuredCloneMs: await relay(serialize({ name: 'scenario.save', payload: savePayload })),
      jsonTextMs: await relay(serialize({ name: 'scenario.save', payload: saveText })),
    },
    load: {
      structuredCloneMs: await relay(serialize({ name: 'scenario.load', payload: loadReply })),
      jsonTextMs: await relay(serialize({ name: 'scenario.load', payload: loadText })),
    },
    freshCopyMs: await timed(() => Buffer.from(saveText, 'latin1')),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = [await relayBench(5_000), await relayBench(10_000)];
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    console.log(`main thread per message, median of ${REPEATS} (ms): structured clone -> JSON text`);
    for (const f of figures) {
      const line = (label: string, x: { structuredCloneMs: number; jsonTextMs: number }) =>
        `  ${label} ${x.structuredCloneMs.toFixed(2)} -> ${x.jsonTextMs.toFixed(3)} ` +
        `(${(x.structuredCloneMs / x.jsonTextMs).toFixed(0)}x)`;
      console.log(`${f.roles.toLocaleString('en')} roles (${(f.jsonBytes / 1e6).toFixed(1)} MB JSON)`);
      console.log(line('save request:', f.save));
      console.log(line('load reply:  ', f.load));
      console.log(`  (one fresh copy of the text alone: ${f.freshCopyMs.toFixed(3)})`);
    }
  }
}
