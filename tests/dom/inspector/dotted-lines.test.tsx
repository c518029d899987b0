import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role, Scenario } from '../../../src/core/scenario/types';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { DottedLines } from '../../../src/renderer/inspector/DottedLines';
import { roleLabels } from '../../../src/renderer/inspector/role-choices';
import { TooltipProvider } from '../../../src/renderer/ui/Tooltip';
import { role } from '../../helpers/scenarios';

/**
 * 1,515 roles as an HR export has them: a CEO, 15 directors, 99 "Linear Manager" vacancies in 3
 * departments, and 1,400 "Analyst" roles, two people of the same name among them.
 */
function bigOrg(): Scenario {
  const roles: Role[] = [role('ceo', null, { title: 'Chief Executive', person: 'Ana' })];
  for (let d = 0; d < 15; d++)
    roles.push(role(`d${d}`, 'ceo', { title: `Director ${d}`, person: `Dee ${d}` }));
  for (let m = 0; m < 99; m++) {
    const department = ['Finance', 'Sales', 'Operations'][m % 3];
    roles.push(role(`m${m}`, `d${m % 15}`, { title: 'Linear Manager', person: null, department }));
  }
  for (let a = 0; a < 1400; a++) {
    const person = a < 2 ? 'Sam Lee' : `Person ${a}`;
    roles.push(
      role(`a${a}`, `m${a % 99}`, { title: 'Analyst', person, department: a === 0 ? 'Sales' : 'Finance' }),
    );
  }
  return {
    name: 'Big',
    description: '',
    horizon: 8,
    environment: { volatility: 0.3 },
    seed: 1,
    parameters: {},
    roles,
    events: [],
  };
}

function setup(roleId = 'a500') {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', bigOrg());
  const Shown = () => {
    const shown = editor.getState().scenario!.roles.find((r) => r.id === roleId)!;
    return <DottedLines role={shown} />;
  };
  const view = render(
    <EditorStoreProvider store={editor}>
      <TooltipProvider>
        <Shown />
      </TooltipProvider>
    </EditorStoreProvider>,
  );
  const rerender = () =>
    view.rerender(
      <EditorStoreProvider store={editor}>
        <TooltipProvider>
          <Shown />
        </TooltipProvider>
      </EditorStoreProvider>,
    );
  const dottedTo = () => editor.getState().scenario!.roles.find((r) => r.id === roleId)!.dottedTo;
  return { editor, dottedTo, rerender, user: userEvent.setup() };
}

const picker = () => screen.getByRole('combobox', { name: 'Add a dotted line to' });
const options = () => within(screen.getByRole('listbox')).queryAllByRole('option');

describe('the dotted-line picker', () => {
  it('labels every role distinctly: title and person, then department, then id', () => {
    const labels = roleLabels(bigOrg().roles);
    expect(new Set(labels.values()).size).toBe(1515);
    expect(labels.get('d3')).toBe('Director 3 — Dee 3');
    // Two Sam Lees, both analysts, told apart by department.
    expect(labels.get('a0')).toBe('Analyst — Sam Lee · Sales');
    expect(labels.get('a1')).toBe('Analyst — Sam Lee · Finance');
    // 33 vacant Linear Managers per department: only the id tells them apart.
    expect(labels.get('m4')).toBe('Linear Manager — vacant · Sales · m4');
  });

  it('shows a short list with distinct labels and says how many more a search would reach', async () => {
    const { user } = setup();
    await user.click(picker());
    const shown = options();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(50);
    const labels = shown.map((o) => o.textContent);
    expect(new Set(labels).size).toBe(labels.length);
    // All but the role itself and its manager are candidates.
    expect(screen.getByRole('status')).toHaveTextContent(`${shown.length} of 1,513 shown: type to narrow`);
  });

  it('finds a role by person, title, department or id, and adds the dotted line to the one chosen', async () => {
    const { user, dottedTo, rerender } = setup();
    await user.type(picker(), 'sam lee');
    expect(options().map((o) => o.textContent)).toEqual([
      'Analyst — Sam Lee · Finance',
      'Analyst — Sam Lee · Sales',
    ]);
    await user.click(screen.getByRole('option', { name: 'Analyst — Sam Lee · Sales' }));
    expect(dottedTo()).toEqual(['a0']);
    rerender();
    expect(screen.getByText('Analyst — Sam Lee · Sales')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Remove dotted line to Analyst — Sam Lee · Sales' }),
    ).toBeEnabled();

    await user.clear(picker());
    await user.type(picker(), 'linear manager operations');
    expect(options()).toHaveLength(30);
    expect(screen.getByRole('status')).toHaveTextContent('30 of 32 shown: type to narrow'); // 33, less a500's own manager m5;
    expect(options().every((o) => /^Linear Manager — vacant · Operations · m\d+$/.test(o.textContent!))).toBe(
      true,
    );
    await user.clear(picker());
    await user.type(picker(), 'm40');
    expect(options().map((o) => o.textContent)).toEqual(['Linear Manager — vacant · Sales · m40']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(dottedTo()).toEqual(['a0', 'm40']);
  });

  it('says when nothing matches', async () => {
    const { user } = setup();
    await user.type(picker(), 'nobody by this name');
    expect(options()).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('No role matches “nobody by this name”.');
  });
});
