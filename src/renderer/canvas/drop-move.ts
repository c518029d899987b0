import { moveRefusal, moveSubtree } from '../../core/org/edits';
import type { EditorStore } from '../editor/editor-store';

/**
 * A card dropped on another (or on nothing): moves the dragged role with its team under the card
 * dropped on, as one edit, and says so ("Moved Analyst under Head of Sales"); or says why it cannot
 * move. True when the role moved; otherwise the canvas puts the cards back where the layout has them.
 */
export function moveByDrop(editor: EditorStore, draggedId: string, targetId: string | null): boolean {
  const state = editor.getState();
  const scenario = state.scenario;
  if (!targetId || !scenario) return false;
  const refusal = moveRefusal(scenario, draggedId, targetId);
  if (refusal) {
    state.setHint(refusal);
    return false;
  }
  const titleOf = (id: string) => scenario.roles.find((r) => r.id === id)?.title ?? id;
  const before = state.revision;
  state.edit(`Move ${titleOf(draggedId)}`, (draft) => moveSubtree(draft, draggedId, targetId));
  const moved = editor.getState().revision !== before;
  if (moved) editor.getState().setHint(`Moved ${titleOf(draggedId)} under ${titleOf(targetId)}`);
  editor.getState().select([draggedId]);
  return moved;
}
