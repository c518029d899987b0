import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../src/backend/api/dispatch';
import { OpenProjects } from '../../src/backend/project/open-projects';
import { saveScenario } from '../../src/backend/project/scenario-store';
import { call, useBackend } from '../helpers/backend';
import { engineRichScenario } from '../helpers/scenarios';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const backendAt = useBackend();
const REPO_ROOT = join(import.meta.dirname, '..', '..');
const NOBODY = 65534;

interface Answer {
  ok: boolean;
  value?: Record<string, unknown>;
  error?: { code: string; message: string };
}

/**
 * Root may write any file whatever its mode bits, so a write-protected file is only real for another
 * user: as root, the child that opens the projects runs as "nobody" (uid 65534); as anyone else, as
 * itself. Either way the file system, not a stand-in, says no.
 */
function runAsUnprivileged(root: string): Record<string, Answer> & { uid: number } {
  const asRoot = process.getuid?.() === 0;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'tests/backend/read-only/open-read-only.ts'), root],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      ...(asRoot ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: root } } : {}),
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe('a project that cannot be written', () => {
  it('opens read-only saying why, refuses every change with a plain message, and Save As keeps the work', async () => {
    const root = tempDir();
    const data = join(root, 'data');
    const backend = backendAt(root);
    const { path } = await call(backend, 'project.create', { name: 'Locked' });
    await call(backend, 'scenario.save', { path, scenario: { ...engineRichScenario() } });
    const protectedDir = join(data, 'protected');
    mkdirSync(protectedDir);
    const inFolder = await call(backend, 'project.create', { name: 'Plan', path: 'protected/Plan.ballast' });
    backend.close();
    expect(inFolder.path).toBe(join(protectedDir, 'Plan.ballast'));
    copyFileSync(join(REPO_ROOT, 'tests/fixtures/projects/schema-2.ballast'), join(data, 'Old.ballast'));

    // Writable folders for the child; the projects themselves (or their folder) write-protected.
    const state = join(root, 'state');
    const stateDirs = readdirSync(state, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(entry.parentPath, entry.name));
    for (const dir of [root, data, state, ...stateDirs]) chmodSync(dir, 0o777);
    chmodSync(path, 0o444);
    chmodSync(join(data, 'Old.ballast'), 0o444);
    chmodSync(inFolder.path, 0o666);
    chmodSync(protectedDir, 0o555);
    const before = [path, join(data, 'Old.ballast'), inFolder.path].map((f) => readFileSync(f));

    const answers = runAsUnprivileged(root);
    expect(answers.uid).not.toBe(0);

    expect(answers.open.ok).toBe(true);
    expect(answers.open.value?.readOnly).toBe(
      '"Locked.ballast" is write-protected: you may read it but not change it.',
    );
    expect(answers.load.ok).toBe(true);
    for (const label of ['save', 'rename', 'restore']) {
      expect(answers[label].error?.code, label).toBe('read-only');
      expect(answers[label].error?.message, label).toContain(
        'Nothing was saved: "Locked.ballast" is write-protected',
      );
      expect(answers[label].error?.message, label).toContain('Save As');
      expect(answers[label].error?.message, label).not.toMatch(/SQLITE|attempt to write/i);
    }
    expect(answers.saveAs.ok).toBe(true);
    expect(answers.saveAs.value?.readOnly).toBeUndefined();
    expect(answers.saveCopy.ok).toBe(true);

    expect(answers.openInFolder.value?.readOnly).toContain(
      'The folder holding "Plan.ballast" is write-protected',
    );
    expect(answers.openOld.value?.readOnly).toContain('"Old.ballast" is write-protected');
    expect(answers.loadOld.ok).toBe(true); // schema 2, migrated in memory only

    // Nothing already saved changed, and no lock or journal was left beside them.
    [path, join(data, 'Old.ballast'), inFolder.path].forEach((f, i) =>
      expect(readFileSync(f).equals(before[i]), f).toBe(true),
    );
    expect(readdirSync(data).filter((n) => /lock|journal|partial/.test(n))).toEqual([]);
    expect(readdirSync(protectedDir)).toEqual(['Plan.ballast']);
    expect(existsSync(join(data, 'Copy.ballast'))).toBe(true);
  });

  it('keeps its connection read-only, so even a write no check foresaw fails in SQLite, reported plainly', async () => {
    const root = tempDir();
    const backend = backendAt(root);
    const { path } = await call(backend, 'project.create', { name: 'Plain' });
    backend.close();
    const before = readFileSync(path);
    // The decision "read-only" made for this file, whatever the OS says (tests run as root).
    const projects = new OpenProjects({}, undefined, () => 'It is read-only for this test.');
    const db = projects.open(path);
    expect(projects.summary(path).readOnly).toBe('It is read-only for this test.');
    let raw: unknown;
    try {
      saveScenario(db, engineRichScenario());
    } catch (error) {
      raw = error;
    }
    expect((raw as { code?: string }).code).toMatch(/^SQLITE_READONLY/);
    const reported = toApiError(raw, 'scenario.save');
    expect(reported.code).toBe('read-only');
    expect(reported.message).toContain(
      'Nothing was saved (scenario.save): the project file, its folder or its disk is read-only',
    );
    expect(reported.message).not.toContain('attempt to write');
    projects.closeAll();
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
