import { EditRefused } from '../org/edits/edit-refused';
import { roleById } from '../org/edits/role-lookup';
import { DEFAULT_RATING_ERROR, MAX_RATING_ERROR, type Scenario } from '../scenario/types';

/** Refuses a rating error outside 0..MAX_RATING_ERROR points, with a message for the person editing. */
export function checkRatingError(error: number): void {
  if (!Number.isFinite(error) || error < 0 || error > MAX_RATING_ERROR) {
    throw new EditRefused(`A rating error is a number of points from 0 to ${MAX_RATING_ERROR}.`);
  }
}

/**
 * Says how far the ratings of some roles may be off, in points either way. The default (or null) removes
 * the field, since an absent one already means it: a file only says so when someone knows better or worse.
 */
export function setRatingError(draft: Scenario, roleIds: readonly string[], error: number | null): void {
  if (error !== null) checkRatingError(error);
  for (const id of roleIds) {
    const role = roleById(draft, id);
    if (error === null || error === DEFAULT_RATING_ERROR) delete role.ratingError;
    else role.ratingError = error;
  }
}
