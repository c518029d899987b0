import type { Migration } from './migration';

/**
 * Schema 1: project metadata and scenarios, with everything scenario format v1 carries in tables (not a
 * JSON blob), so a later schema can query and migrate roles and events column by column.
 *
 * Roles have a surrogate row id because a hire event may bring back an id that an earlier departure
 * freed; `event_index` is null for the starting org and names the hire event otherwise.
 */
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE project (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE scenarios (
      id          TEXT PRIMARY KEY,
      name        TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      position    INTEGER NOT NULL,
      horizon     INTEGER NOT NULL CHECK (horizon BETWEEN 1 AND 40),
      volatility  REAL NOT NULL CHECK (volatility BETWEEN 0 AND 1),
      seed        INTEGER,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE roles (
      row_id      INTEGER PRIMARY KEY,
      scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      event_index INTEGER,
      position    INTEGER NOT NULL,
      role_id     TEXT NOT NULL,
      title       TEXT NOT NULL,
      person      TEXT,
      reports_to  TEXT,
      team        INTEGER NOT NULL CHECK (team >= 0),
      department  TEXT,
      one_on_ones INTEGER NOT NULL DEFAULT 0 CHECK (one_on_ones IN (0, 1)),
      vision      REAL NOT NULL CHECK (vision BETWEEN 0 AND 10),
      inspire     REAL NOT NULL CHECK (inspire BETWEEN 0 AND 10),
      innovate    REAL NOT NULL CHECK (innovate BETWEEN 0 AND 10),
      develop     REAL NOT NULL CHECK (develop BETWEEN 0 AND 10),
      plan        REAL NOT NULL CHECK (plan BETWEEN 0 AND 10),
      organize    REAL NOT NULL CHECK (organize BETWEEN 0 AND 10),
      control     REAL NOT NULL CHECK (control BETWEEN 0 AND 10),
      direct      REAL NOT NULL CHECK (direct BETWEEN 0 AND 10),
      trust       REAL NOT NULL CHECK (trust BETWEEN 0 AND 10)
    ) STRICT;
    CREATE UNIQUE INDEX roles_starting_ids ON roles (scenario_id, role_id) WHERE event_index IS NULL;
    CREATE UNIQUE INDEX roles_hired_by_event ON roles (scenario_id, event_index) WHERE event_index IS NOT NULL;
    CREATE INDEX roles_by_scenario ON roles (scenario_id, position);

    CREATE TABLE role_dotted_lines (
      role_row_id INTEGER NOT NULL REFERENCES roles(row_id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      manager_id  TEXT NOT NULL,
      PRIMARY KEY (role_row_id, position)
    ) STRICT;

    CREATE TABLE events (
      scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      event_index INTEGER NOT NULL,
      quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 40),
      type        TEXT NOT NULL CHECK (type IN ('grow', 'hire', 'depart', 'reorg', 'crisis', 'marketShift',
                                                'coaching', 'feedback360', 'oneOnOnes')),
      role_id     TEXT,
      reports_to  TEXT,
      team        INTEGER,
      severity    REAL,
      quarters    INTEGER,
      size        REAL,
      enabled     INTEGER,
      PRIMARY KEY (scenario_id, event_index)
    ) STRICT;

    -- The id lists of coaching, feedback360 and oneOnOnes events (roleIds) and of hires (takeOver).
    CREATE TABLE event_role_ids (
      scenario_id TEXT NOT NULL,
      event_index INTEGER NOT NULL,
      list        TEXT NOT NULL CHECK (list IN ('roleIds', 'takeOver')),
      position    INTEGER NOT NULL,
      role_id     TEXT NOT NULL,
      PRIMARY KEY (scenario_id, event_index, list, position),
      FOREIGN KEY (scenario_id, event_index) REFERENCES events(scenario_id, event_index) ON DELETE CASCADE
    ) STRICT;

    -- Model parameter overrides saved with a scenario.
    CREATE TABLE scenario_parameters (
      scenario_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      name        TEXT NOT NULL,
      value       REAL NOT NULL,
      PRIMARY KEY (scenario_id, name)
    ) STRICT;
  `,
};
