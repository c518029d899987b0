import type { Migration } from './migration';

/**
 * Schema 5: a role's people data (docs/SCENARIO-FORMAT.md, "People data"): `salary`, `ic_salary` (the
 * average cost of one of its team members), `fte`, `grade` and `location`, each NULL when not known.
 * Added columns, so every row stays as it is and reads back with no people data; the content checksum of
 * a scenario without people data is unchanged (scenario-checksum.ts adds them only when present).
 */
export const migration005PeopleData: Migration = {
  version: 5,
  name: 'people-data',
  up: `
    ALTER TABLE roles ADD COLUMN salary REAL CHECK (salary >= 0);
    ALTER TABLE roles ADD COLUMN ic_salary REAL CHECK (ic_salary >= 0);
    ALTER TABLE roles ADD COLUMN fte REAL CHECK (fte BETWEEN 0 AND 1);
    ALTER TABLE roles ADD COLUMN grade TEXT;
    ALTER TABLE roles ADD COLUMN location TEXT;
  `,
};
