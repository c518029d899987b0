/**
 * The messages between the UI and the simulation worker. Plain data only (structured-clone safe). A run's
 * result is the engine's `toSimulationReport`, the very object the CLI prints with `--json`, so every
 * figure the UI shows is the CLI's figure for the same scenario, quarter, runs and seed.
 */
import type { Scenario } from '../../core/scenario/types';
import type { ArrivalTiming, SimulationReport, TeamExplanation } from '../../engine/index';

export interface RunRequest {
  id: number;
  type: 'run';
  scenario: Scenario;
  /** 1 = the deterministic run only; more adds Monte Carlo medians and p10/p50/p90 bands. */
  runs: number;
  seed: number;
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
}
export type SimulationRequest = RunRequest | CancelRequest | ExplainRequest | ArrivalRequest;

export interface ProgressResponse {
  id: number;
  type: 'progress';
  /** Monte Carlo runs (or, for an arrival question, quarters) finished so far, of `total`. */
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
export interface ErrorResponse {
  id: number;
  type: 'error';
  message: string;
}
export interface CancelledResponse {
  id: number;
  type: 'cancelled';
}
export type SimulationResponse =
  | ProgressResponse
  | ResultResponse
  | ExplanationResponse
  | ArrivalResponse
  | ErrorResponse
  | CancelledResponse;
