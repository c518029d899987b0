import { useCallback, useState } from 'react';
import type { Scenario } from '../../core/scenario/types';
import { useEditorStore } from '../editor/editor-context';

/**
 * Applies one named edit through the editor (so it is one undo step) and keeps why it was refused, for
 * the field that asked: `refusal` is the message, cleared by the next accepted edit.
 */
export function useScenarioEdit() {
  const editor = useEditorStore();
  const [refusal, setRefusal] = useState<string | null>(null);
  const apply = useCallback(
    (label: string, recipe: (draft: Scenario) => unknown): boolean => {
      const state = editor.getState();
      state.setHint(null);
      state.edit(label, recipe);
      const hint = editor.getState().hint;
      setRefusal(hint);
      return hint === null;
    },
    [editor],
  );
  return { apply, refusal, clearRefusal: () => setRefusal(null) };
}
