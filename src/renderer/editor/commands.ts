import { addPeer, addReport, duplicateSubtree } from '../../core/org/edits';
import type { EditorStore } from './editor-store';

/** What a command may need besides the editor: UI that lives in components (dialogs, focus). */
export interface CommandContext {
  editor: EditorStore;
  confirmDelete(roleId: string): void;
  focusFind(): void;
  focusRename(): void;
  /** What the Find bar holds, for "select find results". */
  findQuery(): string;
  /** Opens a structural operation's dialog (move to…, remove roles, merge departments), where there is one. */
  openRestructure?(kind: 'move' | 'remove' | 'merge'): void;
}

export interface EditorCommand {
  id: string;
  label: string;
  /** Shown in tooltips and menus; "Mod" is Ctrl, or Cmd on macOS. */
  keys?: string;
  enabled(editor: EditorStore): boolean;
  run(context: CommandContext): void;
}

const single = (editor: EditorStore) => editor.getState().selection.length === 1;
const some = (editor: EditorStore) => editor.getState().selection.length > 0;
const selectedId = (editor: EditorStore) => editor.getState().selection[0];
const roleOf = (editor: EditorStore, id: string) =>
  editor.getState().scenario?.roles.find((r) => r.id === id);

function selectAfter(editor: EditorStore, id: string | undefined) {
  if (id) editor.getState().reveal(id);
}

/** Every editing command, in one place: the toolbar, the keyboard and the native menu all use these. */
export const EDITOR_COMMANDS: EditorCommand[] = [
  {
    id: 'undo',
    label: 'Undo',
    keys: 'Mod+Z',
    enabled: (e) => e.getState().history.past.length > 0,
    run: ({ editor }) => editor.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: 'Mod+Shift+Z',
    enabled: (e) => e.getState().history.future.length > 0,
    run: ({ editor }) => editor.getState().redo(),
  },
  {
    id: 'add-report',
    label: 'Add report',
    keys: 'Tab',
    enabled: (e) => single(e) || e.getState().scenario?.roles.length === 0,
    run: ({ editor }) => {
      const manager = editor.getState().selection[0] ?? null;
      selectAfter(
        editor,
        editor.getState().edit('Add report', (d) => addReport(d, manager)),
      );
    },
  },
  {
    id: 'add-peer',
    label: 'Add peer',
    keys: 'Enter',
    enabled: (e) => single(e) && roleOf(e, selectedId(e))?.reportsTo !== null,
    run: ({ editor }) =>
      selectAfter(
        editor,
        editor.getState().edit('Add peer', (d) => addPeer(d, selectedId(editor))),
      ),
  },
  {
    id: 'delete',
    label: 'Delete role',
    keys: 'Delete',
    enabled: (e) => single(e) && roleOf(e, selectedId(e))?.reportsTo !== null,
    run: ({ editor, confirmDelete }) => confirmDelete(selectedId(editor)),
  },
  {
    id: 'rename',
    label: 'Rename',
    keys: 'F2',
    enabled: single,
    run: ({ focusRename }) => focusRename(),
  },
  {
    id: 'duplicate',
    label: 'Duplicate with team',
    keys: 'Mod+D',
    enabled: (e) => single(e) && roleOf(e, selectedId(e))?.reportsTo !== null,
    run: ({ editor }) =>
      selectAfter(
        editor,
        editor.getState().edit('Duplicate', (d) => duplicateSubtree(d, selectedId(editor))),
      ),
  },
  {
    id: 'copy',
    label: 'Copy with team',
    keys: 'Mod+C',
    enabled: single,
    run: ({ editor }) => editor.getState().copySelection(),
  },
  {
    id: 'paste',
    label: 'Paste under selection',
    keys: 'Mod+V',
    enabled: (e) => e.getState().clipboard !== null && single(e),
    run: ({ editor }) => editor.getState().paste(),
  },
  {
    id: 'find',
    label: 'Find a role',
    keys: 'Mod+F',
    enabled: () => true,
    run: ({ focusFind }) => focusFind(),
  },
  {
    id: 'select-department',
    label: 'Select all in department',
    keys: 'Alt+Shift+D',
    enabled: some,
    run: ({ editor }) => editor.getState().selectLike('department'),
  },
  {
    id: 'select-layer',
    label: 'Select all at this layer',
    keys: 'Alt+Shift+L',
    enabled: some,
    run: ({ editor }) => editor.getState().selectLike('layer'),
  },
  {
    id: 'select-title',
    label: 'Select all with this title',
    keys: 'Alt+Shift+T',
    enabled: some,
    run: ({ editor }) => editor.getState().selectLike('title'),
  },
  {
    id: 'select-find',
    label: 'Select find results',
    keys: 'Alt+Enter',
    enabled: (e) => e.getState().scenario !== null,
    run: ({ editor, findQuery }) => editor.getState().selectLike('find', findQuery()),
  },
  {
    id: 'move-to',
    label: 'Move to…',
    keys: 'M',
    enabled: (e) => {
      const { selection, scenario } = e.getState();
      return (
        selection.length > 0 &&
        scenario?.roles.some((r) => r.reportsTo === null && !selection.includes(r.id)) === true
      );
    },
    run: ({ openRestructure }) => openRestructure?.('move'),
  },
  {
    id: 'remove-roles',
    label: 'Remove roles, promote their reports…',
    keys: 'Shift+Delete',
    enabled: (e) => (e.getState().scenario?.roles.length ?? 0) > 1,
    run: ({ openRestructure }) => openRestructure?.('remove'),
  },
  {
    id: 'merge-departments',
    label: 'Merge departments…',
    enabled: (e) => e.getState().scenario?.roles.some((r) => (r.department ?? '').trim() !== '') === true,
    run: ({ openRestructure }) => openRestructure?.('merge'),
  },
  {
    id: 'clear-selection',
    label: 'Clear selection',
    keys: 'Escape',
    enabled: some,
    run: ({ editor }) => editor.getState().select([]),
  },
];

/** The commands that pick roles, in the order the Select menu lists them. */
export const SELECT_COMMANDS = [
  'select-department',
  'select-layer',
  'select-title',
  'select-find',
  'clear-selection',
];

/** The structural operations, in the order the Restructure menu lists them. */
export const RESTRUCTURE_COMMANDS = ['move-to', 'remove-roles', 'merge-departments'];

export function commandById(id: string): EditorCommand {
  const command = EDITOR_COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`no editor command "${id}"`);
  return command;
}
