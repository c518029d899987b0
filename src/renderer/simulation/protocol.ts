/**
 * The messages between the UI and the simulation worker. Plain data only (structured-clone safe). A run's
 * result is the engine's `toSimulationReport`, the very object the CLI prints with `--json`, so every
 * figure the UI shows is the CLI's figure for the same scenario, quarter, runs and seed.
 */
import type { Scenario } from '../../core/scenario/types';
import type {
  ArrivalDependencies,
  ArrivalTiming,
  Leverage,
  LeverageTask,
  LeverageTaskResult,
  MonteCarloChunk,
  SimulationReport,
  TeamExplanation,
} from '../../engine/index';

export interface RunRequest {
  id: number;
  type: 'run';
  scenario: Scenario;
  /** 1 = the deterministic run only; more adds Monte Carlo medians and p10/p50/p90 bands. */
  runs: number;
  seed: number;
}
/**
 * Monte Carlo runs [from, to) of a batch of `runs` (engine `runMonteCarloChunk`), to be merged with the
 * other workers' chunks; with `keepResult`, the worker also runs the deterministic run meanwhile and keeps
 * it for the MergeRequest that follows. It neither supersedes a run nor is superseded: the client stops a
 * batch by terminating its workers.
 */
export interface ChunkRequest {
  id: number;
  type: 'chunk';
  scenario: Scenario;
  runs: number;
  seed: number;
  from: number;
  to: number;
  keepResult: boolean;
}
/**
 * Every chunk of a batch, merged in run order (engine `mergeMonteCarlo`) into the report with the
 * deterministic run kept by chunk `resultOf` (run again if this worker does not have it), answered with a
 * ResultResponse. Merging and building the report of a big org take long enough to stay off the UI thread.
 */
export interface MergeRequest {
  id: number;
  type: 'merge';
  scenario: Scenario;
  runs: number;
  seed: number;
  chunks: MonteCarloChunk[];
  resultOf: number;
}
export interface CancelRequest {
  /** The id of the job to cancel. */
  id: number;
  type: 'cancel';
}
export interface ExplainRequest {
  id: number;
  type: 'explain';
  scenario: Scenario;
  roleId: string;
  quarter: number;
}
/** "By when must this event act?": the scenario run with the event in each quarter (engine `arrivalTiming`). */
export interface ArrivalRequest {
  id: number;
  type: 'arrival';
  scenario: Scenario;
  eventIndex: number;
  /** Only quarters from..to (inclusive; the whole horizon by default), so workers can share the question. */
  from?: number;
  to?: number;
}
/**
 * What that answer relies on (engine `arrivalDependencies`): the scenario re-asked without each other
 * event, and what else is needed when no quarter works. Sent after the timing, which it reuses.
 */
export interface ArrivalDependenciesRequest {
  id: number;
  type: 'arrivalDependencies';
  scenario: Scenario;
  eventIndex: number;
  timing: ArrivalTiming;
}
export type SimulationRequest =
  | RunRequest
  | ChunkRequest
  | MergeRequest
  | CancelRequest
  | ExplainRequest
  | ArrivalRequest
  | ArrivalDependenciesRequest
  | LeverageRequest
  | LeverageTaskRequest;

/**
 * "Where to act" at one quarter (engine `leverage`): the managers whose one-point rise most improves the
 * org, and the tornado of parameters. Progress counts runs (a screened move, a tornado end or a Monte
 * Carlo run each).
 */
export interface LeverageRequest {
  id: number;
  type: 'leverage';
  scenario: Scenario;
  quarter: number;
  /** Monte Carlo runs for each confirmed move; 1 confirms nothing. */
  runs: number;
  seed: number;
}
/** One task of that question (engine `runLeverageTask`), so the client can spread them over its pool. */
export interface LeverageTaskRequest {
  id: number;
  type: 'leverageTask';
  scenario: Scenario;
  task: LeverageTask;
}

export interface ProgressResponse {
  id: number;
  type: 'progress';
  /**
   * Monte Carlo runs (of the run, or of the chunk; or, for an arrival question, quarters; for its
   * dependencies, events examined) finished so far, of `total`.
   */
  done: number;
  total: number;
}
export interface ResultResponse {
  id: number;
  type: 'result';
  report: SimulationReport;
  /** Time spent in the engine, in milliseconds. */
  elapsedMs: number;
}
/** A ChunkRequest's answer: the raw figures of its runs. */
export interface ChunkResponse {
  id: number;
  type: 'chunk';
  chunk: MonteCarloChunk;
}
export interface ExplanationResponse {
  id: number;
  type: 'explanation';
  /** Null when the role is not in the org in that quarter. */
  explanation: TeamExplanation | null;
}
export interface ArrivalResponse {
  id: number;
  type: 'arrival';
  timing: ArrivalTiming;
}
export interface ArrivalDependenciesResponse {
  id: number;
  type: 'arrivalDependencies';
  dependencies: ArrivalDependencies;
}
export interface ErrorResponse {
  id: number;
  type: 'error';
  message: string;
}
export interface CancelledResponse {
  id: number;
  type: 'cancelled';
}
export interface LeverageResponse {
  id: number;
  type: 'leverage';
  leverage: Leverage;
}
export interface LeverageTaskResponse {
  id: number;
  type: 'leverageTask';
  result: LeverageTaskResult;
}
export type SimulationResponse =
  | ProgressResponse
  | ResultResponse
  | ChunkResponse
  | ExplanationResponse
  | ArrivalResponse
  | ArrivalDependenciesResponse
  | LeverageResponse
  | LeverageTaskResponse
  | ErrorResponse
  | CancelledResponse;
