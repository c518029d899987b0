/**
 * Child of read-only.test.ts, run as an unprivileged user (root ignores file permissions, so a
 * write-protected file is only write-protected for someone else): opens write-protected projects through
 * a real backend and prints what each operation answered, as one JSON object.
 *
 *   node --import tsx tests/backend/read-only/open-read-only.ts <root>
 */
import { join } from 'node:path';
import { createBackend } from '../../../src/backend/backend';

const root = process.argv[2];
const backend = createBackend({
  transport: 'electron',
  dataDir: join(root, 'data'),
  stateDir: join(root, 'state'),
  samplesDir: join(root, 'samples'),
  version: '0.0.0-test',
});
const answers: Record<string, unknown> = { uid: process.getuid?.() };
const ask = async (label: string, name: string, request: unknown) => {
  const result = await backend.dispatch(name, request);
  answers[label] = result;
  return result.ok ? (result.value as Record<string, unknown>) : null;
};

const locked = join(root, 'data', 'Locked.ballast');
const opened = await ask('open', 'project.open', { path: locked });
const scenarioId = (opened?.scenarios as { id: string }[] | undefined)?.[0]?.id ?? 'none';
const loaded = await ask('load', 'scenario.load', { path: locked, scenarioId });
await ask('save', 'scenario.save', { path: locked, scenarioId, scenario: loaded?.scenario });
await ask('rename', 'scenario.rename', { path: locked, scenarioId, name: 'Renamed' });
await ask('restore', 'backups.restore', { path: locked, backupId: 'x' });
await ask('saveAs', 'project.saveAs', { path: locked, targetPath: 'Copy.ballast' });
const copy = join(root, 'data', 'Copy.ballast');
await ask('saveCopy', 'scenario.save', { path: copy, scenarioId, scenario: loaded?.scenario });

const inFolder = join(root, 'data', 'protected', 'Plan.ballast');
backend.grantPath(inFolder);
await ask('openInFolder', 'project.open', { path: inFolder });

const old = join(root, 'data', 'Old.ballast');
const oldOpened = await ask('openOld', 'project.open', { path: old });
const oldId = (oldOpened?.scenarios as { id: string }[] | undefined)?.[0]?.id ?? 'none';
await ask('loadOld', 'scenario.load', { path: old, scenarioId: oldId });

backend.close();
process.stdout.write(JSON.stringify(answers) + '\n');
