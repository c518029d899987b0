import { EditRefused } from '../org/edits/edit-refused';
import { MAX_TIMING_SPREAD, type Scenario, type ScenarioEvent } from '../scenario/types';
import { checkQuarter } from './event-at';
import { checkRatingError } from './set-rating-error';

const isShare = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
const isCount = (v: number, min: number) => Number.isInteger(v) && v >= min;

/**
 * The checks on an event's own fields, with messages for the person editing it. Whether the roles it
 * names are alive at that quarter, and whether it keeps the org one tree, is left to the format's parser,
 * which applyEdit runs after every edit.
 */
export function checkEventFields(scenario: Scenario, event: ScenarioEvent): void {
  checkQuarter(scenario, event.quarter);
  const spread = event.timingSpread;
  if (spread !== undefined && !(Number.isInteger(spread) && spread >= 0 && spread <= MAX_TIMING_SPREAD)) {
    throw new EditRefused(
      `An event's timing is uncertain by a whole number of quarters from 0 to ${MAX_TIMING_SPREAD}.`,
    );
  }
  switch (event.type) {
    case 'grow':
      if (!isCount(event.team, 0))
        throw new EditRefused('A team size is a whole number of people, 0 or more.');
      break;
    case 'crisis':
      if (!isShare(event.severity)) throw new EditRefused('A crisis severity is from 0 to 1.');
      if (!isCount(event.quarters, 1))
        throw new EditRefused('A crisis lasts a whole number of quarters, 1 or more.');
      break;
    case 'marketShift':
      if (!isShare(event.size)) throw new EditRefused('A market shift size is from 0 to 1.');
      break;
    case 'coaching':
      if (!isCount(event.quarters, 1))
        throw new EditRefused('Coaching lasts a whole number of quarters, 1 or more.');
      if (event.roleIds.length === 0) throw new EditRefused('Pick at least one role to coach.');
      break;
    case 'feedback360':
    case 'oneOnOnes':
      if (event.roleIds.length === 0) throw new EditRefused('Pick at least one role.');
      break;
    case 'hire':
      if (!event.role.title.trim()) throw new EditRefused('A hired role needs a title.');
      if (event.role.ratingError !== undefined) checkRatingError(event.role.ratingError);
      break;
    case 'succession':
      if (!event.roleId) throw new EditRefused('Pick the role that gets a new holder.');
      if (event.ratingError !== undefined) checkRatingError(event.ratingError);
      break;
    default:
      break;
  }
}
