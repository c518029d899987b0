import { act, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { setStrengthsBulk } from '../../../src/core/scenario-edits';
import { RoleCard } from '../../../src/renderer/canvas/RoleCard';
import { departments, renderChart } from './chart-harness';

// Counts each card's renders: the memoized card's function is wrapped before any card mounts.
const memo = RoleCard as unknown as { type: (props: { id: string }) => unknown };
const inner = memo.type;
const renders: string[] = [];
memo.type = (props) => {
  renders.push(props.id);
  return inner(props);
};
afterAll(() => {
  memo.type = inner;
});

const mounted = () => screen.getAllByTestId('role-card').map((c) => c.getAttribute('data-role-id')!);

describe('re-renders at scale', () => {
  it('selecting a department and setting a strength on it re-render only that department’s cards', async () => {
    const scenario = departments(30);
    const { editor } = await renderChart(scenario);
    const sales = scenario.roles.filter((r) => r.department === 'Sales').map((r) => r.id);
    const shownSales = mounted().filter((id) => sales.includes(id));
    expect(shownSales.length).toBeGreaterThan(10);

    renders.length = 0;
    act(() => {
      editor.getState().select(['sales']);
      editor.getState().selectLike('department');
    });
    expect(editor.getState().selection).toHaveLength(31);
    expect(new Set(renders)).toEqual(new Set(shownSales));

    renders.length = 0;
    act(() => {
      editor.getState().edit('Set Vision of 31 roles', (d) => setStrengthsBulk(d, sales, { vision: 9 }));
    });
    // Their leadership bars changed; no other card did.
    expect(renders.length).toBeGreaterThan(0);
    expect(renders.filter((id) => !sales.includes(id))).toEqual([]);

    renders.length = 0;
    act(() => editor.getState().undo());
    expect(renders.filter((id) => !sales.includes(id))).toEqual([]);
  });
});
