import { EditRefused } from '../org/edits/edit-refused';
import type { Scenario } from '../scenario/types';

/** Sets the random seed the simulation starts from; null removes it (each run then picks its own). */
export function setSeed(draft: Scenario, seed: number | null): void {
  if (seed === null) {
    delete draft.seed;
    return;
  }
  if (!Number.isSafeInteger(seed)) throw new EditRefused('A seed is a whole number.');
  draft.seed = seed;
}
