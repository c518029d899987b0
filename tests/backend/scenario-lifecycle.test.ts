import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { richScenario } from '../helpers/scenarios';
import { call, callError, useBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const backendAt = useBackend();

async function projectWithRich() {
  const backend = backendAt(tempDir());
  const project = await call(backend, 'project.create', { name: 'Lifecycle' });
  const rich = await call(backend, 'scenario.save', { path: project.path, scenario: { ...richScenario() } });
  return { backend, path: project.path, rich };
}

describe('scenario lifecycle through the API', () => {
  it('creates an empty scenario with one root role, and one copied from another', async () => {
    const { backend, path, rich } = await projectWithRich();
    const empty = await call(backend, 'scenario.create', { path, name: 'Blank' });
    expect(empty).toMatchObject({ name: 'Blank', roleCount: 1, headcount: 0 });
    const loaded = await call(backend, 'scenario.load', { path, scenarioId: empty.id });
    expect(loaded.scenario.roles).toHaveLength(1);
    expect(loaded.scenario.roles[0].reportsTo).toBeNull();

    const from = await call(backend, 'scenario.create', { path, name: 'From rich', fromScenarioId: rich.id });
    const copy = await call(backend, 'scenario.load', { path, scenarioId: from.id });
    expect(copy.scenario).toEqual({ ...richScenario(), name: 'From rich' });
    expect((await callError(backend, 'scenario.create', { path, name: '  ' })).code).toBe('invalid-request');
  });

  it('renames, and refuses to rename a scenario that does not exist', async () => {
    const { backend, path, rich } = await projectWithRich();
    const renamed = await call(backend, 'scenario.rename', { path, scenarioId: rich.id, name: 'As-is' });
    expect(renamed).toMatchObject({ id: rich.id, name: 'As-is', roleCount: 4 });
    expect((await call(backend, 'scenario.load', { path, scenarioId: rich.id })).scenario.name).toBe('As-is');
    expect((await callError(backend, 'scenario.rename', { path, scenarioId: 'nope', name: 'X' })).code).toBe(
      'not-found',
    );
  });

  it('duplicates any scenario as "X (copy)" placed right after it, an independent branch', async () => {
    const { backend, path, rich } = await projectWithRich();
    const last = await call(backend, 'scenario.create', { path, name: 'Last' });
    const copy = await call(backend, 'scenario.duplicate', { path, scenarioId: rich.id });
    expect(copy.name).toBe('Rich (copy)');
    expect(copy.id).not.toBe(rich.id);
    expect((await call(backend, 'scenario.list', { path })).map((s) => s.name)).toEqual([
      'Rich',
      'Rich (copy)',
      'Last',
    ]);
    // Editing the branch leaves the original alone.
    const changed = { ...richScenario(), name: 'Rich (copy)', horizon: 20 };
    await call(backend, 'scenario.save', { path, scenarioId: copy.id, scenario: changed });
    expect((await call(backend, 'scenario.load', { path, scenarioId: rich.id })).scenario).toEqual(
      richScenario(),
    );
    const named = await call(backend, 'scenario.duplicate', { path, scenarioId: last.id, name: 'Other' });
    expect(named.name).toBe('Other');
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT branched_from FROM scenarios WHERE id = ?').get(copy.id)).toEqual({
      branched_from: rich.id,
    });
    db.close();
  });

  it('moves a deleted scenario to the trash, out of the list, and restores it whole', async () => {
    const { backend, path, rich } = await projectWithRich();
    const other = await call(backend, 'scenario.create', { path, name: 'Other' });
    const trashed = await call(backend, 'scenario.delete', { path, scenarioId: rich.id });
    expect(trashed).toMatchObject({ id: rich.id, name: 'Rich', roleCount: 4 });
    expect(Date.parse(trashed.deletedAt)).not.toBeNaN();
    expect((await call(backend, 'scenario.list', { path })).map((s) => s.id)).toEqual([other.id]);
    expect((await call(backend, 'project.open', { path })).scenarios.map((s) => s.id)).toEqual([other.id]);
    expect((await call(backend, 'scenario.trash.list', { path })).map((s) => s.id)).toEqual([rich.id]);
    // A late autosave of a trashed scenario is refused rather than silently bringing it back.
    expect(
      (
        await callError(backend, 'scenario.save', {
          path,
          scenarioId: rich.id,
          scenario: { ...richScenario() },
        })
      ).code,
    ).toBe('not-found');
    expect((await callError(backend, 'scenario.delete', { path, scenarioId: rich.id })).code).toBe(
      'not-found',
    );

    const restored = await call(backend, 'scenario.restore', { path, scenarioId: rich.id });
    expect(restored.id).toBe(rich.id);
    expect((await call(backend, 'scenario.list', { path })).map((s) => s.id)).toEqual([other.id, rich.id]);
    expect((await call(backend, 'scenario.load', { path, scenarioId: rich.id })).scenario).toEqual(
      richScenario(),
    );
    expect(await call(backend, 'scenario.trash.list', { path })).toEqual([]);
    expect((await callError(backend, 'scenario.restore', { path, scenarioId: rich.id })).code).toBe(
      'not-found',
    );
  });

  it('empties the trash for good, rows and all, leaving live scenarios untouched', async () => {
    const { backend, path, rich } = await projectWithRich();
    const keep = await call(backend, 'scenario.duplicate', { path, scenarioId: rich.id });
    await call(backend, 'scenario.delete', { path, scenarioId: rich.id });
    expect(await call(backend, 'scenario.trash.empty', { path })).toEqual({ deleted: 1 });
    expect(await call(backend, 'scenario.trash.list', { path })).toEqual([]);
    expect((await callError(backend, 'scenario.restore', { path, scenarioId: rich.id })).code).toBe(
      'not-found',
    );
    expect((await call(backend, 'scenario.load', { path, scenarioId: keep.id })).scenario).toEqual({
      ...richScenario(),
      name: 'Rich (copy)',
    });
    backend.close();
    const db = new Database(path, { readonly: true });
    for (const table of ['roles', 'events', 'event_role_ids', 'scenario_parameters']) {
      const { n } = db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE scenario_id = ?`).get(rich.id) as {
        n: number;
      };
      expect(n, table).toBe(0);
    }
    const orphans = db
      .prepare(
        'SELECT COUNT(*) AS n FROM role_dotted_lines d LEFT JOIN roles r ON r.row_id = d.role_row_id WHERE r.row_id IS NULL',
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    db.close();
  });

  it('reorders the live scenarios and refuses an order that misses or repeats one', async () => {
    const { backend, path, rich } = await projectWithRich();
    const b = await call(backend, 'scenario.create', { path, name: 'B' });
    const c = await call(backend, 'scenario.create', { path, name: 'C' });
    const reordered = await call(backend, 'scenario.reorder', { path, scenarioIds: [c.id, rich.id, b.id] });
    expect(reordered.map((s) => s.name)).toEqual(['C', 'Rich', 'B']);
    expect((await call(backend, 'scenario.list', { path })).map((s) => s.name)).toEqual(['C', 'Rich', 'B']);
    for (const ids of [
      [c.id, rich.id],
      [c.id, c.id, b.id],
      [c.id, rich.id, b.id, 'x'],
    ]) {
      expect((await callError(backend, 'scenario.reorder', { path, scenarioIds: ids })).code).toBe(
        'invalid-request',
      );
    }
    expect((await call(backend, 'scenario.list', { path })).map((s) => s.name)).toEqual(['C', 'Rich', 'B']);
  });

  it('remembers the last opened scenario in the file, forgetting it when that one is trashed', async () => {
    const root = tempDir();
    const first = backendAt(root);
    const project = await call(first, 'project.create', { name: 'Remember' });
    const path = project.path;
    expect(project.lastScenarioId).toBeNull();
    const a = await call(first, 'scenario.create', { path, name: 'A' });
    const b = await call(first, 'scenario.create', { path, name: 'B' });
    await call(first, 'scenario.load', { path, scenarioId: b.id });
    first.close();

    const second = backendAt(root);
    expect((await call(second, 'project.open', { path })).lastScenarioId).toBe(b.id);
    await call(second, 'scenario.load', { path, scenarioId: a.id });
    expect((await call(second, 'project.open', { path })).lastScenarioId).toBe(a.id);
    await call(second, 'scenario.delete', { path, scenarioId: a.id });
    expect((await call(second, 'project.open', { path })).lastScenarioId).toBeNull();
  });
});
