// Edits of a scenario's assumptions and timeline, each a pure immer recipe over a Scenario draft like the
// org edits in ../org/edits: the editor applies them with `edit(label, recipe)`, so each is one undo step,
// and applyEdit checks the whole scenario with the format-v1 rules afterwards.
export { setHorizon, eventsAfter, type SetHorizonOptions } from './set-horizon';
export { setVolatility } from './set-volatility';
export { setSeed } from './set-seed';
export { setParameter, type ParameterLimits } from './set-parameter';
export { resetParameters } from './reset-parameters';
export { addEvent, insertionIndex } from './add-event';
export { updateEvent, type EventPatch } from './update-event';
export { moveEvent } from './move-event';
export { removeEvent } from './remove-event';
export { planGrowth, growthSteps, teamBefore } from './plan-growth';
export { addHire, hireId, type HireFields } from './add-hire';
export { eventAt } from './event-at';
export { rolesAliveAt } from './roles-alive';
export { setRatingError, checkRatingError } from './set-rating-error';
export { setStrengthsBulk, checkStrengths } from './set-strengths-bulk';
export { setDepartmentBulk } from './set-department-bulk';
export { setOneOnOnesBulk } from './set-one-on-ones-bulk';
export { setPeopleData, checkPeopleValue, type PeopleValue } from './set-people-data';
