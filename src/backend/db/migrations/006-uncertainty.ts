import type { Migration } from './migration';

/**
 * Schema 6: what Monte Carlo is unsure of (docs/MODEL.md, M2): a role's `rating_error` (also on the roles
 * rows of hire events and of a succession's newcomer) and an event's `timing_spread`, each NULL when the
 * file leaves it to the default. Added columns, so every row stays as it is, and the content checksum of
 * a scenario without them is unchanged (scenario-checksum.ts adds them only when present).
 */
export const migration006Uncertainty: Migration = {
  version: 6,
  name: 'uncertainty',
  up: `
    ALTER TABLE roles ADD COLUMN rating_error REAL CHECK (rating_error BETWEEN 0 AND 5);
    ALTER TABLE events ADD COLUMN timing_spread INTEGER CHECK (timing_spread BETWEEN 0 AND 12);
  `,
};
