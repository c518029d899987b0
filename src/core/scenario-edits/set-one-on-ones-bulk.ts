import type { Scenario } from '../scenario/types';
import { rolesByIds } from './roles-by-ids';

/** Turns regular one-on-ones on or off for every role named, as one edit. */
export function setOneOnOnesBulk(draft: Scenario, roleIds: readonly string[], enabled: boolean): void {
  for (const role of rolesByIds(draft, roleIds)) {
    if (role.oneOnOnes !== enabled) role.oneOnOnes = enabled;
  }
}
