import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { richScenario } from '../helpers/scenarios';
import { call, callError, useBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const backendAt = useBackend();

/** A project file on disk with a baseline ("Rich") between two other scenarios. */
async function workshopProject() {
  const root = tempDir();
  const backend = backendAt(root);
  const project = await call(backend, 'project.create', { name: 'Workshop' });
  const path = project.path;
  const first = await call(backend, 'scenario.create', { path, name: 'First' });
  const baseline = await call(backend, 'scenario.save', { path, scenario: { ...richScenario() } });
  const last = await call(backend, 'scenario.create', { path, name: 'Last' });
  return { root, backend, path, baseline, first, last };
}

const names = async (backend: ReturnType<typeof backendAt>, path: string) =>
  (await call(backend, 'scenario.list', { path })).map((s) => s.name);

describe('workshop groups through the API, on a real project file', () => {
  it('has no workshop until groups are made', async () => {
    const { backend, path } = await workshopProject();
    expect(await call(backend, 'workshop.get', { path })).toBeNull();
  });

  it('makes one copy of the baseline per name, in the order given, right after the baseline', async () => {
    const { backend, path, baseline } = await workshopProject();
    const made = await call(backend, 'workshop.createGroups', {
      path,
      baselineId: baseline.id,
      names: ['Group 1', 'Group 2', 'Group 3'],
    });
    expect(made.baselineId).toBe(baseline.id);
    expect(made.groups.map((g) => g.name)).toEqual(['Group 1', 'Group 2', 'Group 3']);
    expect(await names(backend, path)).toEqual(['First', 'Rich', 'Group 1', 'Group 2', 'Group 3', 'Last']);
    expect(await call(backend, 'workshop.get', { path })).toEqual(made);
    // Each variant is an ordinary scenario: the baseline's content under the group's name.
    for (const group of made.groups) {
      const loaded = await call(backend, 'scenario.load', { path, scenarioId: group.scenarioId });
      expect(loaded.scenario).toEqual({ ...richScenario(), name: group.name });
    }
  });

  it('adds later groups after the earlier ones, not between the baseline and them', async () => {
    const { backend, path, baseline } = await workshopProject();
    await call(backend, 'workshop.createGroups', { path, baselineId: baseline.id, names: ['Red', 'Blue'] });
    const more = await call(backend, 'workshop.createGroups', {
      path,
      baselineId: baseline.id,
      names: ['Green', 'Gold'],
    });
    expect(more.groups.map((g) => g.name)).toEqual(['Red', 'Blue', 'Green', 'Gold']);
    expect(await names(backend, path)).toEqual(['First', 'Rich', 'Red', 'Blue', 'Green', 'Gold', 'Last']);
  });

  it('keeps a group variant independent of the baseline and of the other groups', async () => {
    const { backend, path, baseline } = await workshopProject();
    const { groups } = await call(backend, 'workshop.createGroups', {
      path,
      baselineId: baseline.id,
      names: ['A', 'B'],
    });
    await call(backend, 'scenario.save', {
      path,
      scenarioId: groups[0].scenarioId,
      scenario: { ...richScenario(), name: 'A', horizon: 12 },
    });
    expect((await call(backend, 'scenario.load', { path, scenarioId: baseline.id })).scenario.horizon).toBe(
      richScenario().horizon,
    );
    expect(
      (await call(backend, 'scenario.load', { path, scenarioId: groups[1].scenarioId })).scenario.horizon,
    ).toBe(richScenario().horizon);
  });

  it('hides a trashed group and brings it back, in its place among the groups, when restored', async () => {
    const { backend, path, baseline } = await workshopProject();
    const { groups } = await call(backend, 'workshop.createGroups', {
      path,
      baselineId: baseline.id,
      names: ['One', 'Two', 'Three'],
    });
    await call(backend, 'scenario.delete', { path, scenarioId: groups[1].scenarioId });
    expect((await call(backend, 'workshop.get', { path }))!.groups.map((g) => g.name)).toEqual([
      'One',
      'Three',
    ]);
    await call(backend, 'scenario.restore', { path, scenarioId: groups[1].scenarioId });
    expect((await call(backend, 'workshop.get', { path }))!.groups.map((g) => g.name)).toEqual([
      'One',
      'Two',
      'Three',
    ]);
    // Emptying the trash deletes a group for good, its workshop row with it.
    await call(backend, 'scenario.delete', { path, scenarioId: groups[0].scenarioId });
    await call(backend, 'scenario.trash.empty', { path });
    expect((await call(backend, 'workshop.get', { path }))!.groups.map((g) => g.name)).toEqual([
      'Two',
      'Three',
    ]);
  });

  it('hides the workshop while its baseline is in the trash', async () => {
    const { backend, path, baseline } = await workshopProject();
    await call(backend, 'workshop.createGroups', { path, baselineId: baseline.id, names: ['One'] });
    await call(backend, 'scenario.delete', { path, scenarioId: baseline.id });
    expect(await call(backend, 'workshop.get', { path })).toBeNull();
    await call(backend, 'scenario.restore', { path, scenarioId: baseline.id });
    expect((await call(backend, 'workshop.get', { path }))!.groups.map((g) => g.name)).toEqual(['One']);
  });

  it('names a group as its scenario is named now: a rename holds', async () => {
    const { backend, path, baseline } = await workshopProject();
    const { groups } = await call(backend, 'workshop.createGroups', {
      path,
      baselineId: baseline.id,
      names: ['One'],
    });
    await call(backend, 'scenario.rename', { path, scenarioId: groups[0].scenarioId, name: 'Flat & fast' });
    expect((await call(backend, 'workshop.get', { path }))!.groups[0].name).toBe('Flat & fast');
  });

  it.each([
    [[' '], 'Group 1 has no name; give every group a name.'],
    [['Same', 'same '], '"same" is listed twice; each group needs its own name.'],
    [['Last'], 'A scenario called "Last" already exists in this project; choose another name for the group.'],
    [['x'.repeat(41)], 'keep group names to 40'],
  ])('refuses the names %j with a clear message, making no group', async (bad, message) => {
    const { backend, path, baseline } = await workshopProject();
    const error = await callError(backend, 'workshop.createGroups', {
      path,
      baselineId: baseline.id,
      names: ['Fine', ...bad],
    });
    expect(error.code).toBe('invalid-request');
    expect(error.message).toContain(message.replace('Group 1', 'Group 2'));
    // One transaction: the valid name listed first was not made either.
    expect(await names(backend, path)).toEqual(['First', 'Rich', 'Last']);
    expect(await call(backend, 'workshop.get', { path })).toBeNull();
  });

  it('refuses an empty list, an unknown baseline, a group as baseline and a second baseline', async () => {
    const { backend, path, baseline, first } = await workshopProject();
    expect(
      (await callError(backend, 'workshop.createGroups', { path, baselineId: baseline.id, names: [] })).code,
    ).toBe('invalid-request');
    const unknown = await callError(backend, 'workshop.createGroups', {
      path,
      baselineId: 'nope',
      names: ['A'],
    });
    expect(unknown.code).toBe('not-found');
    const { groups } = await call(backend, 'workshop.createGroups', {
      path,
      baselineId: baseline.id,
      names: ['A'],
    });
    const fromGroup = await callError(backend, 'workshop.createGroups', {
      path,
      baselineId: groups[0].scenarioId,
      names: ['B'],
    });
    expect(fromGroup.message).toContain(`"A" is itself a group's variant`);
    const second = await callError(backend, 'workshop.createGroups', {
      path,
      baselineId: first.id,
      names: ['B'],
    });
    expect(second.message).toContain(`already has groups made from "Rich"`);

    // Once the old groups are in the trash, a workshop can start from another scenario; the old group,
    // restored, is an ordinary scenario again.
    await call(backend, 'scenario.delete', { path, scenarioId: groups[0].scenarioId });
    const fresh = await call(backend, 'workshop.createGroups', { path, baselineId: first.id, names: ['B'] });
    expect(fresh).toMatchObject({ baselineId: first.id, groups: [{ name: 'B' }] });
    await call(backend, 'scenario.restore', { path, scenarioId: groups[0].scenarioId });
    expect((await call(backend, 'workshop.get', { path }))!.groups.map((g) => g.name)).toEqual(['B']);
  });

  it('stores the groups in the project file, where a fresh backend finds them', async () => {
    const { root, backend, path, baseline } = await workshopProject();
    const made = await call(backend, 'workshop.createGroups', {
      path,
      baselineId: baseline.id,
      names: ['One', 'Two'],
    });
    await call(backend, 'project.close', { path });
    const file = new Database(path, { readonly: true });
    expect(file.prepare('SELECT name, baseline_id FROM workshop_groups ORDER BY position').all()).toEqual([
      { name: 'One', baseline_id: baseline.id },
      { name: 'Two', baseline_id: baseline.id },
    ]);
    file.close();
    backend.close();
    const again = backendAt(root);
    await call(again, 'project.open', { path });
    expect(await call(again, 'workshop.get', { path })).toEqual(made);
  });

  it('lets the board read the groups without changing the scenario the project reopens on', async () => {
    const { root, backend, path, baseline } = await workshopProject();
    const { groups } = await call(backend, 'workshop.createGroups', {
      path,
      baselineId: baseline.id,
      names: ['One', 'Two'],
    });
    await call(backend, 'scenario.load', { path, scenarioId: baseline.id });
    for (const group of groups)
      await call(backend, 'scenario.load', { path, scenarioId: group.scenarioId, remember: false });
    await call(backend, 'project.close', { path });
    backend.close();
    const again = backendAt(root);
    expect((await call(again, 'project.open', { path })).lastScenarioId).toBe(baseline.id);
  });
});
