/**
 * How a pool shares a batch: `count` items (Monte Carlo runs, arrival quarters) cut into at most `parts`
 * contiguous ranges [from, to) whose sizes differ by one at most. Contiguous, so the parts' answers merge
 * back in item order (mergeMonteCarlo, mergeArrivalTimings) whatever the number of workers.
 */
export function contiguousRanges(count: number, parts: number): [number, number][] {
  const n = Math.max(1, Math.min(Math.floor(parts), count));
  return Array.from({ length: n }, (_, k): [number, number] => [
    Math.floor((k * count) / n),
    Math.floor(((k + 1) * count) / n),
  ]);
}
