/**
 * The engine's public API: pure TypeScript, no DOM, no Node, so it runs in Node, Electron, a browser and
 * a Web Worker. Every equation and parameter is documented in docs/MODEL.md.
 */
export { simulate, type SimulateOptions } from './simulate';
export {
  mergeMonteCarlo,
  quantile,
  roleSharesAt,
  runMonteCarloChunk,
  SHARE_KEYS,
  simulateMonteCarlo,
  type Band,
  type MonteCarloChunk,
  type MonteCarloOptions,
  type MonteCarloResult,
  type OutcomeShares,
  type QuarterBands,
  type RoleShareCounts,
  type ShareKey,
} from './monte-carlo';
export {
  ALL_UNCERTAINTY,
  drawParameters,
  PLAUSIBLE_SPREAD,
  ratingErrorOf,
  type UncertaintySources,
} from './uncertainty';
export {
  explain,
  EXPLAINED_FIGURES,
  type Driver,
  type ExplainedFigure,
  type ExplainOptions,
  type FigureExplanation,
  type TeamExplanation,
} from './explain';
export { reportRole, toSimulationReport, type ReportQuarter, type SimulationReport } from './report';
export {
  DEFAULT_PARAMETERS,
  MODEL_PARAMETERS,
  checkParameters,
  resolveParameters,
  type ModelParameters,
  type ParameterInfo,
  type ParameterName,
} from './parameters';
export {
  ORG_FIGURES,
  ROLE_FIGURES,
  roleFiguresAt,
  roleSeries,
  type OrgFigureName,
  type OrgQuarter,
  type RoleFigureName,
  type RoleQuarter,
  type RoleSeries,
  type SimulationResult,
} from './results';
export {
  arrivalTiming,
  isArrival,
  mergeArrivalTimings,
  type ArrivalOption,
  type ArrivalOptions,
  type ArrivalTiming,
} from './arrival';
export {
  arrivalDependencies,
  DEFAULT_DEPENDENCY_LIMIT,
  WORLD_EVENT_TYPES,
  type ArrivalDependencies,
  type ArrivalDependency,
  type ArrivalDependencyOptions,
  type ArrivalShortfall,
} from './arrival-dependencies';
export {
  contributionText,
  isSpanPastCapacity,
  leadingTeam,
  mainDriver,
  outcomeIntensity,
  type LeadingTeam,
  type MainDriver,
} from './main-driver';
export { OUTCOMES, type Outcome } from './outcome';
export type { WorkCounter } from './work-counter';
export {
  applyLeverageMove,
  confirmCostBound,
  confirmTasks,
  imbalanceShare,
  leverage,
  leverageCandidates,
  leverageTasks,
  LEVERAGE_RUNS,
  LEVERAGE_SCREEN_LIMIT,
  LEVERAGE_TOP_MOVES,
  leverageTaskCost,
  runLeverageTask,
  scoreOf,
  strengthsOf,
  summariseLeverage,
  TORNADO_TOP,
  type Leverage,
  type LeverageFigures,
  type LeverageKind,
  type LeverageMove,
  type LeverageOptions,
  type LeverageSuggestion,
  type LeverageTask,
  type LeverageTaskResult,
  type TornadoBar,
  type TornadoEnd,
} from './leverage';
