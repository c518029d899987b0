import type { Migration } from './migration';
import { scenarioChecksum } from '../../project/scenario-checksum';
import { loadScenario } from '../../project/scenario-store';

/**
 * Schema 3: `scenarios.checksum`, the SHA-256 of each scenario's content (project/scenario-checksum.ts),
 * so a byte damaged on disk inside a stored value is caught when the scenario is read, instead of opening
 * as silently different content. Every existing scenario gets the checksum of what it holds now: this
 * cannot vouch for content damaged before the upgrade, only catch damage from here on.
 *
 * `fill` reads through today's store (loadScenario, which skips the check while the checksum is NULL).
 * Should a later schema change what loadScenario reads, this fill must keep reading schema-3 columns.
 */
export const migration003ScenarioChecksums: Migration = {
  version: 3,
  name: 'scenario-checksums',
  up: `ALTER TABLE scenarios ADD COLUMN checksum TEXT;`,
  fill(db) {
    const ids = db.prepare('SELECT id FROM scenarios').pluck().all() as string[];
    const put = db.prepare('UPDATE scenarios SET checksum = ? WHERE id = ?');
    // Schema-3 columns only: the people data of schema 5 is not there yet.
    for (const id of ids) put.run(scenarioChecksum(loadScenario(db, id, { peopleData: false }).scenario), id);
  },
};
