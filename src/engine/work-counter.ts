/**
 * Counts units of work (one per slot visited by any loop over the org) so a test can show that the cost
 * of a run grows linearly in roles x quarters without timing anything.
 */
export interface WorkCounter {
  ops: number;
}
