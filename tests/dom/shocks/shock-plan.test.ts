/**
 * The live shocks: each is the event the timeline would add (its defaults from newDraft), applied as one
 * undo step through the editor; the ones that need a role say so when none is selected.
 */
import { describe, expect, it } from 'vitest';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import type { Scenario } from '../../../src/core/scenario/types';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import {
  HIRED_MANAGER_TITLE,
  planShock,
  shockQuarter,
  type ShockKind,
} from '../../../src/renderer/shocks/shock-plan';
import { applyShock, shockStore } from '../../../src/renderer/shocks/shock-store';
import { simulate, toSimulationReport } from '../../../src/engine/index';
import { newDraft } from '../../../src/renderer/timeline/event-draft';
import { STRENGTH_PRESETS } from '../../../src/core/org/presets';
import { engineRichScenario } from '../../helpers/scenarios';

function editorWith(scenario: Scenario) {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', scenario);
  return editor;
}

function applied(kind: ShockKind, quarter: number, selectedId: string | null) {
  const scenario = engineRichScenario();
  const editor = editorWith(scenario);
  const plan = planShock(kind, { scenario, selectedId, quarter, titles: roleTitles(scenario) });
  if (!plan.ready) throw new Error(plan.reason);
  editor.getState().edit(plan.edit, plan.apply);
  expect(editor.getState().hint).toBeNull();
  const after = editor.getState().scenario!;
  const added = after.events.filter(
    (e) => !scenario.events.some((b) => JSON.stringify(b) === JSON.stringify(e)),
  );
  expect(added).toHaveLength(1);
  return { editor, plan, event: added[0], before: scenario };
}

describe('live shocks', () => {
  it('a crisis and a market shift are the timeline’s new events at the quarter on screen', () => {
    for (const kind of ['crisis', 'marketShift'] as const) {
      const { event, plan } = applied(kind, 4, null);
      expect(event).toEqual(newDraft(kind, 4, engineRichScenario()));
      expect(plan.ready && plan.edit).toBe(`${kind === 'crisis' ? 'Crisis' : 'Market shift'} in Q4`);
    }
  });

  it('acts from Q1 when the design (Q0) is on screen, and never past the horizon', () => {
    expect(shockQuarter(0, 12)).toBe(1);
    expect(shockQuarter(7, 12)).toBe(7);
    expect(shockQuarter(20, 12)).toBe(12);
    expect(applied('crisis', 0, null).event.quarter).toBe(1);
  });

  it('a departure needs a selected role, and the top role cannot leave', () => {
    const scenario = engineRichScenario();
    const titles = roleTitles(scenario);
    const none = planShock('departure', { scenario, selectedId: null, quarter: 2, titles });
    expect(none).toMatchObject({
      ready: false,
      reason: expect.stringMatching(/^Select a role on the chart/),
    });
    const top = planShock('departure', { scenario, selectedId: 'ceo', quarter: 2, titles });
    expect(top).toMatchObject({ ready: false, reason: expect.stringContaining('top role') });
    // ops departs in Q3 in this scenario: from Q4 it is not in the org, and the reason says so.
    const gone = planShock('departure', { scenario, selectedId: 'ops', quarter: 4, titles });
    expect(gone).toMatchObject({
      ready: false,
      reason: 'OPS is not in the org in Q4. Select a role that is.',
    });
    const { event, plan } = applied('departure', 8, '00155792');
    expect(event).toEqual({ quarter: 8, type: 'depart', roleId: '00155792' });
    expect(plan.ready && plan.label).toBe('Departure of 00155792');
  });

  it('a departure later events still need is refused with the reason, and nothing changes', () => {
    const scenario = engineRichScenario();
    const editor = editorWith(scenario);
    const plan = planShock('departure', {
      scenario,
      selectedId: 'sales',
      quarter: 2,
      titles: roleTitles(scenario),
    });
    expect(applyShock(plan, editor)).toBe(false);
    expect(shockStore.getState().refusal).toMatch(/sales.*has departed/);
    expect(editor.getState().scenario!.events).toEqual(scenario.events);
  });

  it('hires an operator-type manager under the selected role, or under the top role', () => {
    const under = applied('hire', 3, 'sales').event;
    expect(under).toMatchObject({
      quarter: 3,
      type: 'hire',
      role: { title: HIRED_MANAGER_TITLE, reportsTo: 'sales' },
    });
    const operator = STRENGTH_PRESETS.find((p) => p.id === 'operator')!.strengths;
    expect(under.type === 'hire' && under.role.strengths).toEqual(operator);
    expect(applied('hire', 3, null).event).toMatchObject({ role: { reportsTo: 'ceo' } });
  });

  it('coaches the selected role for the timeline’s default length, and needs one', () => {
    const { event } = applied('coaching', 5, 'sales');
    const draft = newDraft('coaching', 5, engineRichScenario());
    expect(event).toEqual({ ...draft, roleIds: ['sales'] });
    const scenario = engineRichScenario();
    expect(
      planShock('coaching', { scenario, selectedId: null, quarter: 5, titles: roleTitles(scenario) }).ready,
    ).toBe(false);
  });

  it('coaches a manager’s team as the engine’s report has it in that quarter', () => {
    const scenario = engineRichScenario();
    const titles = roleTitles(scenario);
    const report = toSimulationReport(simulate(scenario));
    // In Q4 the COO hired in Q2 runs engineering and sales; the CEO's own reports changed with it.
    const coo = Object.entries(report.quarters[4].roles)
      .filter(([, r]) => r.reportsTo === 'coo')
      .map(([id]) => id);
    expect(coo.length).toBeGreaterThan(0);
    const plan = planShock('teamCoaching', { scenario, selectedId: 'coo', quarter: 4, titles, report });
    const editor = editorWith(scenario);
    expect(applyShock(plan, editor)).toBe(true);
    const added = editor
      .getState()
      .scenario!.events.find((e) => e.type === 'coaching' && e.quarter === 4 && !scenario.events.includes(e));
    expect(added).toEqual({ ...newDraft('coaching', 4, scenario), roleIds: coo });
    // A role with no reports, or no results yet: refused with the reason.
    expect(
      planShock('teamCoaching', { scenario, selectedId: 'sales', quarter: 1, titles, report }),
    ).toMatchObject({
      ready: false,
      reason: 'SALES has no reports in Q1. Select a manager.',
    });
    expect(planShock('teamCoaching', { scenario, selectedId: 'coo', quarter: 4, titles })).toMatchObject({
      ready: false,
      reason: 'Waiting for the results.',
    });
  });

  it('is one undo step', () => {
    const { editor, before } = applied('crisis', 6, null);
    editor.getState().undo();
    expect(editor.getState().scenario!.events).toEqual(before.events);
  });
});
