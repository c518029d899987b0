import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorStoreProvider } from '../../../src/renderer/editor/editor-context';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { EventTimeline } from '../../../src/renderer/timeline/EventTimeline';
import { smallOrg } from '../../core/org/edits/fixture';

// jsdom has no layout: each quarter column is made to sit 100px wide, Q1 at x 0..99, Q2 at 100..199, ...
const original = document.elementsFromPoint;
afterEach(() => {
  document.elementsFromPoint = original;
});
function layOutColumns() {
  document.elementsFromPoint = (x: number) => {
    const column = document.querySelector(`[data-quarter-column="${Math.floor(x / 100) + 1}"]`);
    return column ? [column] : [];
  };
}

describe('dragging a chip', () => {
  it('moves the event to the quarter it is released over, highlighting that column on the way', () => {
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', smallOrg());
    render(
      <EditorStoreProvider store={editor}>
        <EventTimeline />
      </EditorStoreProvider>,
    );
    layOutColumns();
    const chip = within(screen.getByRole('group', { name: 'Quarter 2' })).getByRole('button', {
      name: /^Coaching/,
    });
    fireEvent.pointerDown(chip, { button: 0, clientX: 150, clientY: 10 });
    fireEvent.pointerMove(window, { clientX: 360, clientY: 10 });
    expect(document.querySelector('[data-quarter-column="4"]')).toHaveAttribute('data-drop-target', 'true');
    fireEvent.pointerUp(window, { clientX: 460, clientY: 10 });
    expect(editor.getState().scenario?.events[1].quarter).toBe(5);
    expect(document.querySelector('[data-drop-target]')).toBeNull();
  });

  it('leaves the event where it was when released outside the strip, and the click ending a drag opens nothing', () => {
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', smallOrg());
    render(
      <EditorStoreProvider store={editor}>
        <EventTimeline />
      </EditorStoreProvider>,
    );
    layOutColumns();
    const chip = within(screen.getByRole('group', { name: 'Quarter 2' })).getByRole('button', {
      name: /^Coaching/,
    });
    fireEvent.pointerDown(chip, { button: 0, clientX: 150, clientY: 10 });
    fireEvent.pointerMove(window, { clientX: 5000, clientY: 10 });
    fireEvent.pointerUp(window, { clientX: 5000, clientY: 10 });
    expect(editor.getState().history.past).toHaveLength(0);
    // A drag released over its own chip ends with a click on it, which does not open the editor...
    fireEvent.pointerDown(chip, { button: 0, clientX: 150, clientY: 10 });
    fireEvent.pointerMove(window, { clientX: 180, clientY: 10 });
    fireEvent.pointerUp(window, { clientX: 180, clientY: 10 });
    fireEvent.click(chip);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(editor.getState().history.past).toHaveLength(0);
    // ...but the next click (or Enter) does.
    fireEvent.click(chip);
    expect(screen.getByRole('dialog', { name: 'Coaching in Q2' })).toBeTruthy();
  });
});
