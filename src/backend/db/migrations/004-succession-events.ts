import type { Migration } from './migration';

/**
 * Schema 4: `events.type` may be 'succession' (a new holder takes over an existing role). SQLite cannot
 * change a CHECK constraint in place, so `events` is rebuilt with the new list, and `event_role_ids`
 * with it, since its foreign key names `events`. Foreign keys stay on inside a migration's transaction,
 * so the order matters: copy both tables, drop the referencing one first (dropping `events` while
 * `event_role_ids` still points at it would cascade-delete the id lists), then rename the copies; a
 * rename rewrites the copy's foreign key to the new name.
 *
 * The newcomer of a succession (person and strengths) is stored as a `roles` row carrying the event's
 * index, as a hire's role is (role_id the succeeded role, title empty, reports_to NULL, team 0), so no
 * column is added and loadScenario reads the same columns as schema 3 (migration 3's fill relies on it).
 */
export const migration004SuccessionEvents: Migration = {
  version: 4,
  name: 'succession-events',
  up: `
    CREATE TABLE events_v4 (
      scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      event_index INTEGER NOT NULL,
      quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 40),
      type        TEXT NOT NULL CHECK (type IN ('grow', 'hire', 'depart', 'reorg', 'crisis', 'marketShift',
                                                'coaching', 'feedback360', 'oneOnOnes', 'succession')),
      role_id     TEXT,
      reports_to  TEXT,
      team        INTEGER,
      severity    REAL,
      quarters    INTEGER,
      size        REAL,
      enabled     INTEGER,
      PRIMARY KEY (scenario_id, event_index)
    ) STRICT;
    INSERT INTO events_v4 (scenario_id, event_index, quarter, type, role_id, reports_to, team, severity,
                           quarters, size, enabled)
      SELECT scenario_id, event_index, quarter, type, role_id, reports_to, team, severity, quarters, size,
             enabled
        FROM events;

    CREATE TABLE event_role_ids_v4 (
      scenario_id TEXT NOT NULL,
      event_index INTEGER NOT NULL,
      list        TEXT NOT NULL CHECK (list IN ('roleIds', 'takeOver')),
      position    INTEGER NOT NULL,
      role_id     TEXT NOT NULL,
      PRIMARY KEY (scenario_id, event_index, list, position),
      FOREIGN KEY (scenario_id, event_index) REFERENCES events_v4(scenario_id, event_index) ON DELETE CASCADE
    ) STRICT;
    INSERT INTO event_role_ids_v4 (scenario_id, event_index, list, position, role_id)
      SELECT scenario_id, event_index, list, position, role_id FROM event_role_ids;

    DROP TABLE event_role_ids;
    DROP TABLE events;
    ALTER TABLE events_v4 RENAME TO events;
    ALTER TABLE event_role_ids_v4 RENAME TO event_role_ids;
  `,
};
