import { LEADERSHIP_STRENGTHS, MANAGEMENT_STRENGTHS, type Strengths } from '../scenario/types';

/** Mean of the four leadership strengths, 0..10. */
export function leadershipScore(strengths: Strengths): number {
  return LEADERSHIP_STRENGTHS.reduce((sum, name) => sum + strengths[name], 0) / LEADERSHIP_STRENGTHS.length;
}

/** Mean of the four management strengths, 0..10. */
export function managementScore(strengths: Strengths): number {
  return MANAGEMENT_STRENGTHS.reduce((sum, name) => sum + strengths[name], 0) / MANAGEMENT_STRENGTHS.length;
}
