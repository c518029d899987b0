import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { Inspector } from '../../../src/renderer/inspector/Inspector';
import { ratingErrorChoice } from '../../../src/renderer/inspector/rating-error';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { smallOrg } from '../../core/org/edits/fixture';

function setup(selection = ['eng'], scenario = smallOrg()) {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', scenario);
  editor.getState().select(selection);
  render(
    <EditorStoreProvider store={editor}>
      <TooltipProvider>
        <Inspector onDelete={() => {}} />
      </TooltipProvider>
    </EditorStoreProvider>,
  );
  const stored = () => editor.getState().scenario!.roles.find((r) => r.id === 'eng')!.ratingError;
  return { editor, stored, user: userEvent.setup() };
}

const sureness = () => screen.getByRole('combobox', { name: 'How sure are these ratings?' });

describe('the inspector’s rating error', () => {
  it('reads a stored rating error as its preset, and any other value as custom', () => {
    expect(ratingErrorChoice(undefined)).toBe('1');
    expect(ratingErrorChoice(0.5)).toBe('0.5');
    expect(ratingErrorChoice(2)).toBe('2');
    expect(ratingErrorChoice(0.3)).toBe('custom');
  });

  it('starts at an informed estimate and saves a preset as one edit, which undo takes back', async () => {
    const { editor, stored, user } = setup();
    expect(sureness()).toHaveDisplayValue('Informed estimate (±1)');
    expect(screen.getByText(/How far each rating may be off, in points either way/)).toBeTruthy();

    await user.selectOptions(sureness(), 'From a 360 (±0.5)');
    expect(stored()).toBe(0.5);
    await user.selectOptions(sureness(), 'A guess (±2)');
    expect(stored()).toBe(2);
    expect(sureness()).toHaveDisplayValue('A guess (±2)');

    act(() => editor.getState().undo());
    expect(stored()).toBe(0.5);
    expect(sureness()).toHaveDisplayValue('From a 360 (±0.5)');
    act(() => editor.getState().undo());
    expect(stored()).toBeUndefined();
    expect(sureness()).toHaveDisplayValue('Informed estimate (±1)');
    act(() => editor.getState().redo());
    expect(stored()).toBe(0.5);
  });

  it('takes a custom number of points when the field is left, and refuses one out of range here', async () => {
    const { editor, stored, user } = setup();
    await user.selectOptions(sureness(), 'Custom…');
    const points = screen.getByRole('spinbutton', { name: 'Ratings may be off by ± points' });
    expect(points).toHaveValue(1);
    expect(stored()).toBeUndefined(); // choosing "custom" alone changes nothing

    await user.clear(points);
    await user.type(points, '1.5');
    expect(stored()).toBeUndefined(); // not while typing
    await user.keyboard('{Enter}');
    expect(stored()).toBe(1.5);
    expect(editor.getState().history.past).toHaveLength(1);

    await user.clear(points);
    await user.type(points, '7');
    await user.tab();
    expect(stored()).toBe(1.5);
    expect(screen.getByRole('alert')).toHaveTextContent('A rating error is a number of points from 0 to 5.');
    expect(points).toHaveValue(1.5);
  });

  it('sets the rating error of every selected role at once, saying when they differ', async () => {
    const org = smallOrg();
    org.roles.find((r) => r.id === 'sales')!.ratingError = 2;
    const { editor, user } = setup(['eng', 'sales', 'fe'], org);
    const errors = () =>
      ['eng', 'sales', 'fe'].map(
        (id) => editor.getState().scenario!.roles.find((r) => r.id === id)!.ratingError,
      );
    expect(sureness()).toHaveDisplayValue('Mixed: the selected roles differ');
    // The first role's value already, but not the others'.
    await user.selectOptions(sureness(), 'Informed estimate (±1)');
    expect(errors()).toEqual([undefined, undefined, undefined]);
    await user.selectOptions(sureness(), 'From a 360 (±0.5)');
    expect(errors()).toEqual([0.5, 0.5, 0.5]);
    expect(editor.getState().history.past).toHaveLength(2);
    expect(sureness()).toHaveDisplayValue('From a 360 (±0.5)');
    act(() => editor.getState().undo());
    act(() => editor.getState().undo());
    expect(errors()).toEqual([undefined, 2, undefined]);
    expect(sureness()).toHaveDisplayValue('Mixed: the selected roles differ');
  });
});
