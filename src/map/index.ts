/** The metastability map's engine (no DOM, no Node APIs): the public surface of src/map. */
export { parseAxis, formatAxis, validateAxis, axisValues, MAX_STEPS, type Axis } from './axis';
export { splitPath, setAtPath, numericSpecOf, type NumericSpec } from './docPath';
export { numericTierFields } from './stackPath';
export { OutcomeJudge, triggerTiming, DEFAULT_RULES, OUTCOMES, PRE_WINDOW_S, type Outcome, type JudgeRules, type Timing, type Verdict } from './judge';
export { runCell, type CellResult, type CellOptions } from './runCell';
export {
  runBranch,
  branchScenarios,
  summarizeHysteresis,
  BISTABLE_MARGIN,
  type BranchResult,
  type HysteresisPoint,
  type HysteresisSummary,
} from './hysteresis';
export { planMap, planHysteresis, parseBase, PlanError, type MapCell, type MapPlan, type MapMode, type HysteresisRun } from './plan';
export { runJob, type MapJob, type JobResult } from './jobs';
export { schedule, type JobPort, type PoolRun } from './scheduler';
export { stuckThresholds, monotonicityViolations, type OutcomeCell, type MonotonicityViolation } from './monotonic';
export { encodeMapLink, decodeMapLink, type MapSpec, type DecodedMapLink } from './mapLink';
