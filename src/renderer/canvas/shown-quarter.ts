/**
 * Which org the canvas draws: the design (quarter null) or a simulated quarter (with heat on, the roles and
 * team sizes the report gives for the scrubbed quarter). Cards read it to say which team size they show,
 * "team of 50 (Q8)" or "team of 6 (design)", and to edit the design's team, never the quarter's.
 */
import { createContext, useContext } from 'react';

export interface ShownQuarter {
  quarter: number | null;
  /** The design's team size per role id, for the card's team field (an edit changes the design). */
  designTeams: ReadonlyMap<string, number>;
}

export const ShownQuarterContext = createContext<ShownQuarter>({ quarter: null, designTeams: new Map() });

export const useShownQuarter = () => useContext(ShownQuarterContext);
