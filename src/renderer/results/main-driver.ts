/**
 * The answer under the headline: which team leads the org's final outcome, and the largest driver of that
 * outcome in its explanation, e.g. "Main driver in Q8: Engineering lead, span 53 against a capacity of 6
 * (+19.4 chaos)". The logic is the engine's (src/engine/main-driver.ts), shared with "by when must this
 * hire arrive?".
 */
export {
  contributionText,
  leadingTeam,
  mainDriver,
  type LeadingTeam,
  type MainDriver,
} from '../../engine/main-driver';
