import { EditRefused } from '../org/edits/edit-refused';
import type { Scenario } from '../scenario/types';

/** Sets the market's volatility, 0 (stable) to 1 (turbulent). */
export function setVolatility(draft: Scenario, volatility: number): void {
  if (!Number.isFinite(volatility) || volatility < 0 || volatility > 1) {
    throw new EditRefused('Volatility is a number from 0 (a stable market) to 1 (a turbulent one).');
  }
  draft.environment.volatility = volatility;
}
