import type { Migration } from './migration';
import { migration001Initial } from './001-initial';
import { migration002ScenarioLifecycle } from './002-scenario-lifecycle';
import { migration003ScenarioChecksums } from './003-scenario-checksums';
import { migration004SuccessionEvents } from './004-succession-events';
import { migration005PeopleData } from './005-people-data';
import { migration006Uncertainty } from './006-uncertainty';
import { migration007WorkshopGroups } from './007-workshop-groups';

/** Every migration, in order. The last one's version is the schema version this build writes. */
export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002ScenarioLifecycle,
  migration003ScenarioChecksums,
  migration004SuccessionEvents,
  migration005PeopleData,
  migration006Uncertainty,
  migration007WorkshopGroups,
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
