import { useEditor, useEditorStore } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { RedoIcon, UndoIcon } from '../ui/icons';
import { Tooltip } from '../ui/Tooltip';

export function UndoRedo() {
  const editor = useEditorStore();
  const undoLabel = useEditor((s) => s.history.past[s.history.past.length - 1]?.label);
  const redoLabel = useEditor((s) => s.history.future[0]?.label);
  return (
    <>
      <Tooltip label={undoLabel ? `Undo ${undoLabel} (Ctrl/⌘ Z)` : 'Nothing to undo'}>
        <Button
          variant="ghost"
          iconOnly
          aria-label="Undo"
          disabled={!undoLabel}
          onClick={() => editor.getState().undo()}
        >
          <UndoIcon />
        </Button>
      </Tooltip>
      <Tooltip label={redoLabel ? `Redo ${redoLabel} (Ctrl/⌘ Shift Z)` : 'Nothing to redo'}>
        <Button
          variant="ghost"
          iconOnly
          aria-label="Redo"
          disabled={!redoLabel}
          onClick={() => editor.getState().redo()}
        >
          <RedoIcon />
        </Button>
      </Tooltip>
    </>
  );
}
