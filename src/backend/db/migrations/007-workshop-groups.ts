import type { Migration } from './migration';

/**
 * Schema 7: a project's workshop (docs/WORKSHOP.md). Each row says that a scenario is a group's variant of
 * a baseline scenario, with the name it was made with and its place among the groups. The variant itself
 * is an ordinary scenario, so loading, saving, trashing and restoring it need nothing new; a trashed
 * group keeps its row and is hidden from the workshop until restored. Deleting a scenario for good
 * (emptying the trash) removes its row, and a baseline deleted for good takes its groups' rows with it.
 */
export const migration007WorkshopGroups: Migration = {
  version: 7,
  name: 'workshop-groups',
  up: `
    CREATE TABLE workshop_groups (
      scenario_id TEXT PRIMARY KEY REFERENCES scenarios(id) ON DELETE CASCADE,
      baseline_id TEXT NOT NULL REFERENCES scenarios(id) ON DELETE CASCADE,
      name        TEXT NOT NULL,
      position    INTEGER NOT NULL,
      CHECK (scenario_id <> baseline_id)
    ) STRICT;
    CREATE INDEX workshop_groups_in_order ON workshop_groups (baseline_id, position);
  `,
};
