/**
 * The crash test's child: opens a project the way the app does (lock file, checks, migrations) and saves
 * version after version of one scenario through the real store, printing each version's number once its
 * transaction has committed. It runs until it is killed.
 *
 *   node <this file bundled by tests/helpers/child-bundle.ts> <project file> <scenario id>
 *
 * stdout is a pipe, which Node writes synchronously on POSIX: a number printed is a version committed.
 */
import { OpenProjects } from '../../../src/backend/project/open-projects';
import { loadScenario, saveScenario } from '../../../src/backend/project/scenario-store';
import { scenarioVersion, versionOf } from './versions';

const [path, scenarioId] = process.argv.slice(2);
const db = new OpenProjects().open(path);
let version = versionOf(loadScenario(db, scenarioId).scenario);
process.stdout.write(`ready ${version}\n`);
for (;;) {
  version += 1;
  saveScenario(db, scenarioVersion(version), scenarioId);
  process.stdout.write(`${version}\n`);
}
