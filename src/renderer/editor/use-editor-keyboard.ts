import { useEffect, type RefObject } from 'react';
import { commandById, type CommandContext } from './commands';
import { keyAction, neighbour } from './keyboard';

const GLOBAL_COMMANDS = new Set(['undo', 'redo', 'find', 'select-find']);

/** True while a key goes to a text field, a select or editable text, which keep their own keys. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The Find bar's field: Alt+Enter there selects every match, as in code editors. */
function inFindField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="search"]') !== null;
}

/** A key the page's own shortcuts may take: not handled yet, not typed into a field, not in a dialog. */
export function keyIsForPage(event: KeyboardEvent): boolean {
  // Before defaultPrevented: the Find bar takes Enter (to the next match) and prevents its default.
  if (typingInto(event.target)) return event.key === 'Enter' && event.altKey && inFindField(event.target);
  if (event.defaultPrevented) return false;
  return !(event.target instanceof HTMLElement && event.target.closest('[role="dialog"]'));
}

/**
 * The editor's keyboard. Undo, redo and find work anywhere outside a text field; the rest (add report
 * with Tab, add peer with Enter, Delete, F2, arrows to walk the chart) only while focus is in the chart,
 * and Tab only while a role is selected, so with nothing selected Tab still moves focus on.
 */
export function useEditorKeyboard(chart: RefObject<HTMLElement | null>, context: CommandContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!keyIsForPage(event)) return;
      const action = keyAction(event);
      if (!action) return;
      const inChart = chart.current?.contains(document.activeElement) ?? false;
      const editor = context.editor;
      if (action.type === 'command') {
        if (!inChart && !GLOBAL_COMMANDS.has(action.id)) return;
        const command = commandById(action.id);
        if (action.id === 'add-report' && editor.getState().selection.length === 0) return;
        if (!command.enabled(editor)) return;
        event.preventDefault();
        command.run(context);
        return;
      }
      if (!inChart) return;
      const state = editor.getState();
      if (action.type === 'clear-selection') {
        if (state.selection.length > 0) event.preventDefault();
        state.select([]);
        return;
      }
      const roles = state.scenario?.roles ?? [];
      const from = state.selection[0] ?? roles.find((r) => r.reportsTo === null)?.id;
      if (!from) return;
      event.preventDefault();
      const to =
        state.selection.length === 0 ? from : neighbour(roles, state.collapsed, from, action.direction);
      if (to) state.reveal(to);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [chart, context]);
}
