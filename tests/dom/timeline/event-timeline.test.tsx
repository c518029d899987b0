import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventType, type HireEvent } from '../../../src/core/scenario/types';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { EventTimeline } from '../../../src/renderer/timeline/EventTimeline';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import { EVENT_TYPE_NAMES, eventLabel } from '../../../src/renderer/timeline/event-label';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { smallOrg } from '../../core/org/edits/fixture';

function setup() {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', smallOrg());
  render(
    <EditorStoreProvider store={editor}>
      <TooltipProvider>
        <EventTimeline />
      </TooltipProvider>
    </EditorStoreProvider>,
  );
  return { editor, user: userEvent.setup() };
}

const quarter = (q: number) => within(screen.getByRole('group', { name: `Quarter ${q}` }));
const events = (editor: ReturnType<typeof setup>['editor']) => editor.getState().scenario!.events;

describe('the event timeline', () => {
  it('shows one column per quarter of the horizon and each event as a chip in its quarter', () => {
    setup();
    expect(screen.getAllByRole('group', { name: /^Quarter \d+$/ })).toHaveLength(8);
    expect(quarter(1).getByRole('button', { name: 'ENG grows to 8, quarter 1' })).toBeTruthy();
    expect(quarter(2).getByRole('button', { name: 'Coaching ENG, SALES ×2, quarter 2' })).toBeTruthy();
    expect(quarter(3).getByRole('button', { name: 'FE to SALES, quarter 3' })).toBeTruthy();
  });

  it('moves a focused chip a quarter with Alt+arrows, keeping focus on it, and removes it with Delete', async () => {
    const { editor, user } = setup();
    const chip = quarter(2).getByRole('button', { name: /^Coaching/ });
    chip.focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(events(editor)[1].quarter).toBe(3);
    const moved = quarter(3).getByRole('button', { name: /^Coaching/ });
    expect(moved).toHaveFocus();
    act(() => editor.getState().undo());
    expect(events(editor)[1].quarter).toBe(2);
    quarter(2)
      .getByRole('button', { name: /^Coaching/ })
      .focus();
    await user.keyboard('{Delete}');
    expect(events(editor).map((e) => e.type)).toEqual(['grow', 'reorg']);
  });

  it('is one Tab stop: arrows, Home and End go from chip to chip in quarter order', async () => {
    const { user } = setup();
    const chip = (name: RegExp) => screen.getByRole('button', { name });
    const tabbable = () =>
      screen.getAllByRole('button').filter((b) => b.tabIndex === 0 && b.closest('[data-quarter-column]'));
    expect(tabbable()).toEqual([chip(/grows to 8/)]);
    chip(/grows to 8/).focus();
    await user.keyboard('{ArrowRight}');
    expect(chip(/^Coaching/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(chip(/^FE to SALES/)).toHaveFocus();
    await user.keyboard('{ArrowRight}'); // stays on the last
    expect(chip(/^FE to SALES/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(chip(/grows to 8/)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowUp}{ArrowDown}');
    expect(chip(/^Coaching/)).toHaveFocus();
    // Tab leaves the strip and comes back to the chip last focused.
    expect(tabbable()).toEqual([chip(/^Coaching/)]);
  });

  it('folds away and back, keeping its events', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Hide the timeline' }));
    expect(screen.queryAllByRole('group', { name: /^Quarter \d+$/ })).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Show the timeline' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await user.click(screen.getByRole('button', { name: 'Show the timeline' }));
    expect(quarter(2).getByRole('button', { name: /^Coaching/ })).toBeTruthy();
  });

  it('opens an event in its editor and saves a change as one edit', async () => {
    const { editor, user } = setup();
    await user.click(quarter(1).getByRole('button', { name: /grows to 8/ }));
    const dialog = within(screen.getByRole('dialog', { name: 'Grow a team in Q1' }));
    await user.clear(dialog.getByLabelText('New team size'));
    await user.type(dialog.getByLabelText('New team size'), '15');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(events(editor)[0]).toEqual({ quarter: 1, type: 'grow', roleId: 'eng', team: 15 });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(editor.getState().history.past).toHaveLength(1);
  });

  it('adds a crisis in a quarter from that column', async () => {
    const { editor, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add event in Q5' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Add an event in Q5' }));
    await user.selectOptions(dialog.getByLabelText('Type'), 'Crisis');
    await user.clear(dialog.getByLabelText('Severity (0 to 1)'));
    await user.type(dialog.getByLabelText('Severity (0 to 1)'), '0.6');
    await user.click(dialog.getByRole('button', { name: 'Add event' }));
    expect(events(editor).at(-1)).toEqual({ quarter: 5, type: 'crisis', severity: 0.6, quarters: 2 });
    expect(quarter(5).getByRole('button', { name: 'Crisis 0.6 ×2, quarter 5' })).toBeTruthy();
  });

  it('hires a role that takes over reports, choosing where it sits and its strengths preset', async () => {
    const { editor, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add event in Q4' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Add an event in Q4' }));
    await user.type(dialog.getByLabelText('Title'), 'COO');
    await user.selectOptions(dialog.getByLabelText('Strengths'), 'Operator');
    await user.selectOptions(dialog.getByLabelText('Reports to'), 'CEO');
    const takeOver = within(dialog.getByRole('group', { name: /Takes over/ }));
    await user.click(takeOver.getByLabelText('ENG'));
    await user.click(takeOver.getByLabelText('SALES'));
    await user.click(dialog.getByRole('button', { name: 'Add event' }));
    const hire = events(editor).find((e): e is HireEvent => e.type === 'hire')!;
    expect(hire).toMatchObject({ quarter: 4, role: { id: 'coo', title: 'COO', reportsTo: 'ceo' } });
    expect(hire.takeOver).toEqual(['eng', 'sales']);
    expect(hire.role.strengths.plan).toBe(8);
    expect(
      quarter(4).getByRole('button', { name: 'Hire COO, taking over ENG, SALES, quarter 4' }),
    ).toBeTruthy();
  });

  it('offers in its role pickers only the roles in the org when the event acts', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add event in Q4' }));
    let dialog = within(screen.getByRole('dialog'));
    await user.type(dialog.getByLabelText('Title'), 'COO');
    await user.click(dialog.getByRole('button', { name: 'Add event' }));

    await user.click(screen.getByRole('button', { name: 'Add event in Q3' }));
    dialog = within(screen.getByRole('dialog', { name: 'Add an event in Q3' }));
    await user.selectOptions(dialog.getByLabelText('Type'), 'Grow a team');
    const options = () =>
      within(dialog.getByLabelText('Role'))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options()).not.toContain('COO'); // hired in Q4
    await user.selectOptions(dialog.getByLabelText('Quarter'), 'Q4');
    expect(options()).toContain('COO');
  });

  it('edits an existing hire, keeping its id and strengths unless a preset is picked', async () => {
    const { editor, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add event in Q4' }));
    let dialog = within(screen.getByRole('dialog'));
    await user.type(dialog.getByLabelText('Title'), 'COO');
    await user.selectOptions(dialog.getByLabelText('Strengths'), 'Operator');
    await user.click(dialog.getByRole('button', { name: 'Add event' }));
    const before = events(editor).find((e): e is HireEvent => e.type === 'hire')!;

    await user.click(quarter(4).getByRole('button', { name: /^Hire COO/ }));
    dialog = within(screen.getByRole('dialog', { name: 'Hire in Q4' }));
    expect(dialog.getByLabelText('Strengths')).toHaveValue('keep');
    await user.type(dialog.getByLabelText('Person'), 'Kim');
    await user.clear(dialog.getByLabelText('Title'));
    await user.type(dialog.getByLabelText('Title'), 'Chief operating officer');
    await user.selectOptions(dialog.getByLabelText('Quarter'), 'Q5');
    await user.click(within(dialog.getByRole('group', { name: /Takes over/ })).getByLabelText('SALES'));
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    const after = events(editor).find((e): e is HireEvent => e.type === 'hire')!;
    expect(after).toMatchObject({
      quarter: 5,
      role: { id: 'coo', title: 'Chief operating officer', person: 'Kim', strengths: before.role.strengths },
      takeOver: ['sales'],
    });
  });

  it('puts a new holder into a role, named or to be hired, with preset or single strengths, undoably', async () => {
    const { editor, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add event in Q3' }));
    let dialog = within(screen.getByRole('dialog', { name: 'Add an event in Q3' }));
    await user.selectOptions(dialog.getByLabelText('Type'), 'New holder of a role');
    expect(dialog.getByLabelText('Role')).toHaveValue('ceo'); // the top role to start with
    expect(dialog.getByLabelText('New holder')).toHaveAttribute('placeholder', 'To be hired');
    await user.selectOptions(dialog.getByLabelText('Strengths'), 'Operator');
    expect(dialog.getByLabelText('Plan')).toHaveValue(8);
    await user.click(dialog.getByRole('button', { name: 'Add event' }));
    expect(events(editor).at(-1)).toMatchObject({
      quarter: 3,
      type: 'succession',
      roleId: 'ceo',
      person: null,
      strengths: { plan: 8, organize: 8 },
    });
    expect(quarter(3).getByRole('button', { name: 'New CEO, to be hired, quarter 3' })).toBeTruthy();

    await user.click(quarter(3).getByRole('button', { name: /^New CEO/ }));
    dialog = within(screen.getByRole('dialog', { name: 'New holder of a role in Q3' }));
    await user.selectOptions(dialog.getByLabelText('Role'), 'ENG');
    await user.type(dialog.getByLabelText('New holder'), 'Olu');
    await user.clear(dialog.getByLabelText('Trust'));
    await user.type(dialog.getByLabelText('Trust'), '3');
    expect(dialog.getByLabelText('Strengths')).toHaveValue('custom');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(events(editor).at(-1)).toMatchObject({
      roleId: 'eng',
      person: 'Olu',
      strengths: { plan: 8, trust: 3 },
    });
    expect(quarter(3).getByRole('button', { name: 'Olu takes over ENG, quarter 3' })).toBeTruthy();
    act(() => editor.getState().undo());
    expect(events(editor).at(-1)).toMatchObject({ roleId: 'ceo', person: null });
    act(() => editor.getState().undo());
    expect(editor.getState().scenario).toEqual(smallOrg());
  });

  it('shows why an event is refused, in the editor, and keeps it open', async () => {
    const { editor, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add event in Q2' }));
    const dialog = within(screen.getByRole('dialog'));
    await user.selectOptions(dialog.getByLabelText('Type'), '360 feedback');
    await user.click(dialog.getByRole('button', { name: 'Add event' }));
    expect(dialog.getByRole('alert')).toHaveTextContent('Pick at least one role.');
    expect(events(editor)).toHaveLength(3);
  });

  it('plans growth as its sequence of grow events, replacing those in the range', async () => {
    const { editor, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Plan growth…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Plan growth' }));
    await user.selectOptions(dialog.getByLabelText('Role'), 'ENG');
    await user.type(dialog.getByLabelText('Grows to (team size)'), '20');
    await user.selectOptions(dialog.getByLabelText('By quarter'), 'Q4');
    expect(dialog.getByText('From 4: Q1 8, Q2 12, Q3 16, Q4 20.')).toBeTruthy();
    await user.click(dialog.getByRole('button', { name: 'Make the plan' }));
    const titles = roleTitles(editor.getState().scenario!);
    expect(
      events(editor)
        .filter((e) => e.type === 'grow')
        .map((e) => eventLabel(e, titles)),
    ).toEqual(['ENG grows to 8', 'ENG grows to 12', 'ENG grows to 16', 'ENG grows to 20']);
    expect(editor.getState().history.past).toHaveLength(1);
  });
});

describe('every event type through the timeline', () => {
  it('adds each type of the format from a quarter column, with its own fields', async () => {
    const { editor, user } = setup();
    const order = [
      'grow',
      'hire',
      'reorg',
      'crisis',
      'marketShift',
      'coaching',
      'feedback360',
      'oneOnOnes',
      'succession',
      'depart',
    ];
    expect([...order].sort()).toEqual([...EVENT_TYPES].sort());
    for (const type of order) {
      await user.click(screen.getByRole('button', { name: 'Add event in Q4' }));
      const dialog = within(screen.getByRole('dialog', { name: 'Add an event in Q4' }));
      await user.selectOptions(dialog.getByLabelText('Type'), EVENT_TYPE_NAMES[type as EventType]);
      if (type === 'hire') await user.type(dialog.getByLabelText('Title'), 'Chief of staff');
      const checklist = dialog.queryByRole('group', { name: /^(?!Strengths)/ });
      if (checklist) await user.click(within(checklist).getAllByRole('checkbox')[0]);
      await user.click(dialog.getByRole('button', { name: 'Add event' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(events(editor).at(-1)).toMatchObject({ quarter: 4, type });
    }
    expect(quarter(4).getAllByRole('button', { name: /quarter 4$/ })).toHaveLength(order.length);
  });

  it('moves an event from its editor and removes it there, each one undoable edit', async () => {
    const { editor, user } = setup();
    await user.click(quarter(3).getByRole('button', { name: /^FE to SALES/ }));
    let dialog = within(screen.getByRole('dialog', { name: 'Reorg in Q3' }));
    await user.click(dialog.getByRole('button', { name: 'Move a quarter later' }));
    expect(events(editor)[2].quarter).toBe(4);
    dialog = within(screen.getByRole('dialog', { name: 'Reorg in Q4' }));
    await user.click(dialog.getByRole('button', { name: 'Remove event' }));
    expect(events(editor).map((e) => e.type)).toEqual(['grow', 'coaching']);
    act(() => editor.getState().undo());
    act(() => editor.getState().undo());
    expect(editor.getState().scenario).toEqual(smallOrg());
  });
});
