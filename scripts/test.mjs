// `npm test`: every check and every test, one after another (two cores: nothing heavy runs at once),
// closing with the line CI reads: "N passed, N failed". A check (typecheck, lint, format) counts as one
// test; vitest's unit, dom and e2e projects count each test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const extraArgs = process.argv.slice(2);
// On Windows the tools are .cmd files, which Node (since 20.12) starts only through a shell.
const shell = process.platform === 'win32';

const checks = [
  ['typecheck: core and engine (no DOM, no Node)', bin('tsc'), ['-p', 'tsconfig.pure.json', '--noEmit']],
  ['typecheck: Node side', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck: browser side', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']],
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['format', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
];

let passed = 0;
let failed = 0;
const failures = [];

if (extraArgs.length === 0) {
  for (const [name, command, args] of checks) {
    process.stdout.write(`\n▶ ${name}\n`);
    const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell });
    if (run.status === 0) passed++;
    else {
      failed++;
      failures.push(name);
    }
  }
}

const reportDir = join(root, 'test-results');
const report = join(reportDir, 'vitest.json');
mkdirSync(reportDir, { recursive: true });
rmSync(report, { force: true });
process.stdout.write('\n▶ vitest: unit, dom and e2e (Chromium)\n');
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs],
  { cwd: root, stdio: 'inherit', shell },
);
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails to load has no failed tests of its own but fails the run.
  const brokenFiles = results.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  failed += brokenFiles.length;
  if (results.numFailedTests > 0 || brokenFiles.length > 0) failures.push('vitest');
} else {
  failed++;
  failures.push('vitest (no report: it did not finish)');
}
if (vitest.status !== 0 && !failures.some((f) => f.startsWith('vitest'))) {
  failed++;
  failures.push(`vitest exited with ${vitest.status}`);
}

if (failures.length > 0) process.stdout.write(`\nFailed: ${failures.join(', ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
