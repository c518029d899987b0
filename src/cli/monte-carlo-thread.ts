/**
 * One Monte Carlo thread of the Node pool (worker-pool.ts): answers each ChunkJob with the raw figures of
 * its runs, the typed arrays moved to the parent rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { runMonteCarloChunk } from '../engine/index';
import type { ChunkJob, ChunkReply } from './worker-pool';

const port = parentPort;
if (!port) throw new Error('monte-carlo-thread runs inside a worker thread only.');

port.on('message', ({ scenario, options, from, to }: ChunkJob) => {
  let reply: ChunkReply;
  try {
    reply = { ok: true, chunk: runMonteCarloChunk(scenario, options, from, to) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const moved = reply.ok
    ? [reply.chunk.values, reply.chunk.orgCounts, reply.chunk.codeCounts, reply.chunk.roleCounts]
        .filter((array) => array !== null)
        .map((array) => array.buffer as ArrayBuffer)
    : [];
  port.postMessage(reply, moved);
});
