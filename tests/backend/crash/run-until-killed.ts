import { spawn } from 'node:child_process';
import { bundledChild } from '../../helpers/child-bundle';

/** mulberry32: a small seeded generator, so a failing kill schedule can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs a crash-test child (its script bundled once, then `node <bundle> ...args`), which prints a first line once it has
 * opened its project and then one line per completed step, and kills it with SIGKILL `delayMs` after its
 * first completed step, so every kill lands inside the loop, wherever in it (with `delayMs` null, the
 * child kills itself). Resolves with the first line and the steps reported. stdout is a pipe, written
 * synchronously on POSIX, so a line received is a step completed; a line cut off by a kill does not count.
 */
export async function runUntilKilled(
  script: string,
  args: string[],
  delayMs: number | null,
): Promise<{ first: string; steps: string[] }> {
  const bundle = await bundledChild(script);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (delayMs !== null && timer === undefined && out.split('\n').length > 2) {
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      const lines = out.split('\n');
      if (signal !== 'SIGKILL' || lines.length < (delayMs === null ? 2 : 3)) {
        reject(new Error(`the child did not run until killed (signal ${signal}): ${err || out}`));
        return;
      }
      resolve({ first: lines[0], steps: lines.slice(1, -1) });
    });
  });
}
