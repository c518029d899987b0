import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { STRENGTH_PRESETS } from '../../../src/core/org/presets';
import type { Scenario } from '../../../src/core/scenario/types';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { Inspector } from '../../../src/renderer/inspector/Inspector';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { smallOrg } from '../../core/org/edits/fixture';

/** smallOrg with eng, fe and be in Engineering, fe's vision and one-on-ones set apart. */
function org(): Scenario {
  const scenario = smallOrg();
  for (const r of scenario.roles) {
    if (['eng', 'fe', 'be'].includes(r.id)) r.department = 'Engineering';
  }
  const fe = scenario.roles.find((r) => r.id === 'fe')!;
  fe.strengths.vision = 8;
  fe.oneOnOnes = true;
  scenario.roles.find((r) => r.id === 'sales')!.department = 'Sales';
  return scenario;
}

function setup(selection: string[], scenario = org()) {
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
  const roleOf = (id: string) => editor.getState().scenario!.roles.find((r) => r.id === id)!;
  return { editor, roleOf, user: userEvent.setup() };
}

const strengthsPanel = () => within(screen.getByRole('region', { name: 'Strengths' }));
const number = (label: string) => strengthsPanel().getByRole('textbox', { name: `${label}, 0 to 10` });
const row = (label: string) => number(label).parentElement!;

describe('the inspector with several roles selected', () => {
  it('shows "mixed" for a strength whose values differ, and the shared value otherwise', () => {
    setup(['eng', 'fe', 'sales']);
    expect(number('Vision')).toHaveValue('');
    expect(number('Vision')).toHaveAttribute('placeholder', 'mixed');
    expect(row('Vision')).toHaveTextContent(/mixed/);
    expect(strengthsPanel().getByRole('slider', { name: 'Vision' })).toHaveAttribute(
      'aria-valuetext',
      'mixed: the selected roles differ',
    );
    expect(number('Plan')).toHaveValue('5');
    expect(row('Plan')).not.toHaveTextContent(/mixed/);
  });

  it('sets a strength on every selected role as one edit, which one undo takes back', async () => {
    const { editor, roleOf, user } = setup(['eng', 'fe', 'sales']);
    await user.type(number('Vision'), '7{Enter}');
    expect(['eng', 'fe', 'sales'].map((id) => roleOf(id).strengths.vision)).toEqual([7, 7, 7]);
    expect(roleOf('be').strengths.vision).toBe(5);
    expect(editor.getState().history.past.map((e) => e.label)).toEqual(['Set Vision of 3 roles']);
    expect(number('Vision')).toHaveValue('7');
    expect(row('Vision')).not.toHaveTextContent(/mixed/);

    act(() => editor.getState().undo());
    expect(['eng', 'fe', 'sales'].map((id) => roleOf(id).strengths.vision)).toEqual([5, 8, 5]);
    expect(number('Vision')).toHaveAttribute('placeholder', 'mixed');
  });

  it('moves every selected role with the slider, from the mean of their values', async () => {
    const { editor, roleOf, user } = setup(['eng', 'fe']);
    // 5 and 8: the slider sits at 6.5; one step right commits 7 for both.
    const slider = strengthsPanel().getByRole('slider', { name: 'Vision' });
    expect(slider).toHaveAttribute('aria-valuenow', '6.5');
    act(() => slider.focus());
    await user.keyboard('{ArrowRight}');
    expect([roleOf('eng').strengths.vision, roleOf('fe').strengths.vision]).toEqual([7, 7]);
    expect(editor.getState().history.past).toHaveLength(1);
  });

  it('applies a preset to all of them in one step', async () => {
    const { editor, roleOf, user } = setup(['eng', 'fe', 'sales']);
    const preset = STRENGTH_PRESETS[0];
    await user.click(screen.getByRole('button', { name: `Apply preset: ${preset.name}` }));
    for (const id of ['eng', 'fe', 'sales']) expect(roleOf(id).strengths).toEqual(preset.strengths);
    expect(editor.getState().history.past).toHaveLength(1);
    act(() => editor.getState().undo());
    expect(roleOf('fe').strengths.vision).toBe(8);
    expect(roleOf('eng').strengths.vision).toBe(5);
  });

  it('puts them all in one department, and sets their one-on-ones, each in one undoable step', async () => {
    const { editor, roleOf, user } = setup(['eng', 'fe', 'sales']);
    const department = screen.getByRole('textbox', { name: 'Department' });
    expect(department).toHaveValue('');
    expect(department).toHaveAttribute('placeholder', 'Mixed: 2 departments');
    await user.type(department, 'Platform{Enter}');
    expect(['eng', 'fe', 'sales'].map((id) => roleOf(id).department)).toEqual([
      'Platform',
      'Platform',
      'Platform',
    ]);
    expect(screen.getByRole('textbox', { name: 'Department' })).toHaveValue('Platform');

    const oneOnOnes = screen.getByRole('checkbox', { name: /Regular one-on-ones/ });
    expect(oneOnOnes).toBePartiallyChecked();
    expect((oneOnOnes as HTMLInputElement).indeterminate).toBe(true);
    await user.click(oneOnOnes);
    expect(['eng', 'fe', 'sales'].map((id) => roleOf(id).oneOnOnes)).toEqual([true, true, true]);
    expect(oneOnOnes).toBeChecked();
    expect(editor.getState().history.past).toHaveLength(2);

    act(() => editor.getState().undo());
    expect(['eng', 'fe', 'sales'].map((id) => roleOf(id).oneOnOnes)).toEqual([false, true, false]);
    act(() => editor.getState().undo());
    expect(['eng', 'fe', 'sales'].map((id) => roleOf(id).department)).toEqual([
      'Engineering',
      'Engineering',
      'Sales',
    ]);
    expect(screen.getByRole('textbox', { name: 'Department' })).toHaveAttribute(
      'placeholder',
      'Mixed: 2 departments',
    );
  });

  it('selects everyone in the selected role’s department from the inspector', async () => {
    const { editor, user } = setup(['fe']);
    await user.click(screen.getByRole('button', { name: 'In Engineering' }));
    expect(editor.getState().selection).toEqual(['fe', 'eng', 'be']);
    expect(screen.getByRole('heading', { name: '3 roles selected' })).toBeInTheDocument();
  });
});
