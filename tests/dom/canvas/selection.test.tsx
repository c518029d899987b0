import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { clickCard, departments, focusChart, renderChart, selectedCards } from './chart-harness';

const announced = () => screen.getByTestId('selection-announcer').textContent;

afterEach(() => {
  document.body.focus();
});

describe('selecting roles on the chart', () => {
  it('selects one card on a click, adds and removes cards with Shift-, Ctrl- or ⌘-click', async () => {
    const { editor } = await renderChart();
    clickCard('sales');
    expect(editor.getState().selection).toEqual(['sales']);
    expect(selectedCards()).toEqual(['sales']);

    clickCard('ops', 'shiftKey');
    expect(editor.getState().selection).toEqual(['sales', 'ops']);

    clickCard('engineering-0', 'ctrlKey');
    clickCard('ceo', 'metaKey');
    expect(editor.getState().selection).toEqual(['sales', 'ops', 'engineering-0', 'ceo']);
    expect(selectedCards()).toEqual(['ceo', 'engineering-0', 'ops', 'sales']);
    expect(announced()).toBe('4 roles selected');

    // A second modified click takes a card out again; a plain click selects that card alone.
    clickCard('ops', 'shiftKey');
    expect(editor.getState().selection).toEqual(['sales', 'engineering-0', 'ceo']);
    clickCard('ops-1');
    expect(selectedCards()).toEqual(['ops-1']);
  });

  it('clears the selection with Escape in the chart', async () => {
    const { editor, user } = await renderChart();
    clickCard('sales');
    clickCard('ops', 'shiftKey');
    focusChart();
    expect(screen.getByTestId('chart').contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(editor.getState().selection).toEqual([]);
    expect(selectedCards()).toEqual([]);
  });

  it('selects everyone in the department, on the layer or with the title of the selection, and announces it', async () => {
    const { editor, user } = await renderChart();
    clickCard('sales-2');
    focusChart();
    await user.keyboard('{Alt>}{Shift>}D{/Shift}{/Alt}');
    expect(selectedCards()).toEqual(['sales', 'sales-0', 'sales-1', 'sales-2', 'sales-3']);
    // The role the selection started from stays first.
    expect(editor.getState().selection[0]).toBe('sales-2');
    await waitFor(() => expect(announced()).toBe('5 roles selected: everyone in Sales'));

    clickCard('ops');
    focusChart();
    await user.keyboard('{Alt>}{Shift>}L{/Shift}{/Alt}');
    expect(selectedCards()).toEqual(['engineering', 'ops', 'sales']);
    expect(announced()).toBe('3 roles selected: everyone on layer 2');

    clickCard('ops-1');
    focusChart();
    await user.keyboard('{Alt>}{Shift>}T{/Shift}{/Alt}');
    expect(selectedCards()).toEqual([
      'engineering-1',
      'engineering-3',
      'ops-1',
      'ops-3',
      'sales-1',
      'sales-3',
    ]);
    expect(announced()).toBe('6 roles selected: every Lead');
  });

  it('selects the Find bar’s matches with Alt+Enter', async () => {
    const { editor, user } = await renderChart(departments(), 'head');
    focusChart();
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect(editor.getState().selection).toEqual(['engineering', 'sales', 'ops']);
    expect(announced()).toBe('3 roles selected: every match for “head”');
  });

  it('says why when there is nothing to select', async () => {
    const { editor, user } = await renderChart();
    clickCard('ceo');
    focusChart();
    await user.keyboard('{Alt>}{Shift>}D{/Shift}{/Alt}');
    expect(editor.getState().selection).toEqual(['ceo']);
    expect(editor.getState().hint).toBe('CEO has no department.');
  });

  it('adds the cards inside a Shift-drag marquee to the selection, and an empty-canvas click clears it', async () => {
    const { editor } = await renderChart();
    const pane = document.querySelector('.react-flow__pane')!;
    fireEvent.keyDown(window, { key: 'Shift' });
    fireEvent.pointerDown(pane, { button: 0, isPrimary: true, clientX: 0, clientY: 0, pointerId: 1 });
    fireEvent.pointerMove(pane, { clientX: 5000, clientY: 5000, pointerId: 1, buttons: 1 });
    fireEvent.pointerUp(pane, { button: 0, clientX: 5000, clientY: 5000, pointerId: 1 });
    fireEvent.click(pane, { shiftKey: true }); // the click that ends the drag selects nothing
    fireEvent.keyUp(window, { key: 'Shift' });
    await waitFor(() => expect(editor.getState().selection.length).toBeGreaterThan(0));
    expect(selectedCards().length).toBe(editor.getState().selection.length);
    fireEvent.click(pane);
    expect(editor.getState().selection).toEqual([]);
  });
});
