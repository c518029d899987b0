import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HireEvent } from '../../../src/core/scenario/types';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { EventTimeline } from '../../../src/renderer/timeline/EventTimeline';
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
  const events = () => editor.getState().scenario!.events;
  return { editor, events, user: userEvent.setup() };
}

const quarter = (q: number) => within(screen.getByRole('group', { name: `Quarter ${q}` }));
const SPREAD = 'Timing uncertain by ± quarters';

describe('uncertain timing and ratings in the event editor', () => {
  it('marks an event’s timing uncertain, shows it on the chip, and takes it back with undo', async () => {
    const { editor, events, user } = setup();
    await user.click(quarter(2).getByRole('button', { name: /^Coaching/ }));
    let dialog = within(screen.getByRole('dialog', { name: 'Coaching in Q2' }));
    expect(dialog.getByLabelText(SPREAD)).toHaveValue(0);
    expect(dialog.getByLabelText(SPREAD)).toHaveAccessibleDescription(/move it up to this many quarters/);
    await user.clear(dialog.getByLabelText(SPREAD));
    await user.type(dialog.getByLabelText(SPREAD), '2');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(events()[1]).toEqual({
      quarter: 2,
      type: 'coaching',
      roleIds: ['eng', 'sales'],
      quarters: 2,
      timingSpread: 2,
    });

    const chip = quarter(2).getByRole('button', { name: 'Coaching ENG, SALES ×2, quarter 2 ±2 quarters' });
    expect(chip).toHaveTextContent('Q2 ±2');
    expect(quarter(1).getByRole('button', { name: 'ENG grows to 8, quarter 1' })).not.toHaveTextContent('±');

    // Back to 0: the field goes, as a file without it means exact timing.
    await user.click(chip);
    dialog = within(screen.getByRole('dialog', { name: 'Coaching in Q2' }));
    expect(dialog.getByLabelText(SPREAD)).toHaveValue(2);
    await user.clear(dialog.getByLabelText(SPREAD));
    await user.type(dialog.getByLabelText(SPREAD), '0');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect('timingSpread' in events()[1]).toBe(false);
    expect(quarter(2).getByRole('button', { name: 'Coaching ENG, SALES ×2, quarter 2' })).toBeTruthy();

    act(() => editor.getState().undo());
    expect(events()[1].timingSpread).toBe(2);
    act(() => editor.getState().undo());
    expect('timingSpread' in events()[1]).toBe(false);
  });

  it('refuses a spread past 12 quarters with the reason, saving nothing', async () => {
    const { events, user } = setup();
    await user.click(quarter(1).getByRole('button', { name: /grows to 8/ }));
    const dialog = within(screen.getByRole('dialog'));
    await user.clear(dialog.getByLabelText(SPREAD));
    await user.type(dialog.getByLabelText(SPREAD), '13');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(dialog.getByRole('alert')).toHaveTextContent(
      "An event's timing is uncertain by a whole number of quarters from 0 to 12.",
    );
    expect('timingSpread' in events()[0]).toBe(false);
  });

  it('gives a new hire a rating error and a timing spread in one edit, and keeps them when edited', async () => {
    const { editor, events, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add event in Q4' }));
    let dialog = within(screen.getByRole('dialog', { name: 'Add an event in Q4' }));
    await user.type(dialog.getByLabelText('Title'), 'COO');
    await user.selectOptions(dialog.getByLabelText('How sure are these ratings?'), 'A guess (±2)');
    await user.clear(dialog.getByLabelText(SPREAD));
    await user.type(dialog.getByLabelText(SPREAD), '1');
    await user.click(dialog.getByRole('button', { name: 'Add event' }));
    const hire = () => events().find((e) => e.type === 'hire') as HireEvent;
    expect(hire()).toMatchObject({ quarter: 4, timingSpread: 1, role: { title: 'COO', ratingError: 2 } });
    expect(editor.getState().history.past).toHaveLength(1);

    await user.click(quarter(4).getByRole('button', { name: 'Hire COO, quarter 4 ±1 quarter' }));
    dialog = within(screen.getByRole('dialog', { name: 'Hire in Q4' }));
    expect(dialog.getByLabelText('How sure are these ratings?')).toHaveDisplayValue('A guess (±2)');
    await user.selectOptions(dialog.getByLabelText('How sure are these ratings?'), 'Custom…');
    const points = dialog.getByLabelText('Ratings may be off by ± points');
    await user.clear(points);
    await user.type(points, '0.8{Enter}'); // Enter submits the form with what was typed
    expect(hire().role.ratingError).toBe(0.8);
    expect(hire().timingSpread).toBe(1);

    await user.click(quarter(4).getByRole('button', { name: /^Hire COO/ }));
    dialog = within(screen.getByRole('dialog', { name: 'Hire in Q4' }));
    await user.selectOptions(dialog.getByLabelText('How sure are these ratings?'), 'Informed estimate (±1)');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect('ratingError' in hire().role).toBe(false);
  });

  it('gives a new holder’s ratings their own rating error', async () => {
    const { events, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add event in Q3' }));
    let dialog = within(screen.getByRole('dialog', { name: 'Add an event in Q3' }));
    await user.selectOptions(dialog.getByLabelText('Type'), 'New holder of a role');
    const sure = "How sure are the newcomer's ratings?";
    expect(dialog.getByLabelText(sure)).toHaveDisplayValue('Informed estimate (±1)');
    await user.selectOptions(dialog.getByLabelText(sure), 'From a 360 (±0.5)');
    await user.click(dialog.getByRole('button', { name: 'Add event' }));
    const succession = () => events().find((e) => e.type === 'succession')!;
    expect(succession()).toMatchObject({ roleId: 'ceo', ratingError: 0.5 });

    await user.click(quarter(3).getByRole('button', { name: /^New CEO/ }));
    dialog = within(screen.getByRole('dialog'));
    await user.selectOptions(dialog.getByLabelText(sure), 'Informed estimate (±1)');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect('ratingError' in succession()).toBe(false);
  });
});
