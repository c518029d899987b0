/**
 * Monte Carlo on all cores in Node: a pool of worker_threads, each running a contiguous chunk of the
 * batch's runs (engine `runMonteCarloChunk`), merged in run order by `mergeMonteCarlo`. Every run depends
 * only on its own index, so the same seed gives the same result whatever the number of threads. The
 * threads live until `close`, so a benchmark can warm them up and time later batches.
 *
 * A thread runs `monte-carlo-thread.mjs` beside the module that starts it: in the shipped command line
 * that is the esbuild bundle of monte-carlo-thread.ts (scripts/lib/cli-bundle.mjs builds both); run from
 * the TypeScript sources (tests, tsx), `monte-carlo-thread.source.mjs` boots the same file through tsx.
 */
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../core/scenario/types';
import {
  mergeMonteCarlo,
  type MonteCarloChunk,
  type MonteCarloOptions,
  type MonteCarloResult,
} from '../engine/index';
import { contiguousRanges } from '../engine/contiguous-ranges';

/** Monte Carlo options a thread can receive: plain data, no callbacks. */
export type ThreadMonteCarloOptions = Omit<MonteCarloOptions, 'onProgress' | 'isCancelled'>;

/** What the pool posts to a thread: runs [from, to) of the batch. */
export interface ChunkJob {
  scenario: Scenario;
  options: ThreadMonteCarloOptions;
  from: number;
  to: number;
}
export type ChunkReply = { ok: true; chunk: MonteCarloChunk } | { ok: false; message: string };

export interface MonteCarloPool {
  /** Threads the pool runs at most (started on first use). */
  readonly size: number;
  /** The batch, split over the threads and merged in run order. */
  monteCarlo(scenario: Scenario, options: ThreadMonteCarloOptions): Promise<MonteCarloResult>;
  /** Stops every thread. */
  close(): Promise<void>;
}

/** The engine's cut of a batch, by the name this module has always exported it under. */
export { contiguousRanges as splitRuns };

/** The thread entry beside a module: the bundled one next to a bundle, the tsx boot next to sources. */
export function threadEntryNextTo(moduleUrl: string | URL): URL {
  const fromSources = /\.[cm]?ts$/.test(new URL(moduleUrl).pathname);
  return new URL(fromSources ? './monte-carlo-thread.source.mjs' : './monte-carlo-thread.mjs', moduleUrl);
}

export function createMonteCarloPool(
  size: number,
  entry: URL = threadEntryNextTo(import.meta.url),
): MonteCarloPool {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`Workers must be a whole number of at least 1, not ${size}.`);
  const threads: Worker[] = [];

  function runOn(thread: Worker, job: ChunkJob): Promise<MonteCarloChunk> {
    return new Promise((resolve, reject) => {
      const cleanUp = () => {
        thread.off('message', onMessage);
        thread.off('error', onError);
        thread.off('exit', onExit);
      };
      const onMessage = (reply: ChunkReply) => {
        cleanUp();
        if (reply.ok) resolve(reply.chunk);
        else reject(new Error(reply.message));
      };
      const onError = (error: Error) => {
        cleanUp();
        reject(error);
      };
      const onExit = (code: number) => {
        cleanUp();
        reject(new Error(`A Monte Carlo thread stopped (exit code ${code}).`));
      };
      thread.on('message', onMessage);
      thread.on('error', onError);
      thread.on('exit', onExit);
      thread.postMessage(job);
    });
  }

  return {
    size,
    async monteCarlo(scenario, options) {
      const ranges = contiguousRanges(options.runs, size);
      while (threads.length < ranges.length) threads.push(new Worker(entry));
      const chunks = await Promise.all(
        ranges.map(([from, to], k) => runOn(threads[k], { scenario, options, from, to })),
      );
      return mergeMonteCarlo(scenario, options, chunks);
    },
    async close() {
      await Promise.all(threads.splice(0).map((thread) => thread.terminate()));
    },
  };
}
