/**
 * The restore crash test's child: opens a project the way the app does and replaces its content again
 * and again, alternately with two other project files, through the code backups.restore uses, printing
 * each copy's name once it is in place. The copy goes a few pages per step, and at step <kill at> (counted
 * over the whole run) the child kills itself with SIGKILL: always in the middle of a copy, with part of
 * the pages written.
 *
 *   node <this file bundled by tests/helpers/child-bundle.ts> <project file> <copy a> <copy b> <kill at>
 */
import { replaceProjectContent } from '../../../src/backend/backups/restore-backup';
import { OpenProjects } from '../../../src/backend/project/open-projects';

const PAGES_PER_STEP = 16;
const [path, a, b, killAt] = process.argv.slice(2);
const projects = new OpenProjects();
projects.open(path);
process.stdout.write('ready\n');
let steps = 0;
const progress = () => {
  if (++steps >= Number(killAt)) process.kill(process.pid, 'SIGKILL');
  return PAGES_PER_STEP;
};
for (let round = 0; ; round++) {
  const source = round % 2 === 0 ? a : b;
  await replaceProjectContent(projects, path, source, {}, progress);
  process.stdout.write(`${source === a ? 'a' : 'b'}\n`);
}
