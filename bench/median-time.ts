import { performance } from 'node:perf_hooks';
import { quantile } from '../src/engine/index';

/** Milliseconds of `run`'s median over `repeats` timed runs, after one untimed warm-up run. */
export async function medianTime(run: () => unknown, repeats: number): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return quantile(
    times.sort((a, b) => a - b),
    0.5,
  );
}
