import type { Migration } from './migration';

/**
 * Schema 2: what the scenario list needs beyond schema 1.
 *
 * - `deleted_at`: a deleted scenario goes to the trash (a timestamp) and stays restorable, rows and all,
 *   until the trash is emptied; live scenarios have NULL here.
 * - `branched_from`: the scenario a duplicate was made from, so the UI can say where a design came from.
 *   Not a foreign key: emptying the trash may delete the original, and the branch must survive that.
 *
 * The last opened scenario is project metadata and lives in the existing `project` key/value table
 * (key `last_scenario_id`), so it needs no schema change.
 */
export const migration002ScenarioLifecycle: Migration = {
  version: 2,
  name: 'scenario-lifecycle',
  up: `
    ALTER TABLE scenarios ADD COLUMN deleted_at TEXT;
    ALTER TABLE scenarios ADD COLUMN branched_from TEXT;
    CREATE INDEX scenarios_in_order ON scenarios (deleted_at, position);
  `,
};
