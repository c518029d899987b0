import { SELECT_COMMANDS, type CommandContext } from '../editor/commands';
import { useEditor } from '../editor/editor-context';
import { CommandMenu } from './CommandMenu';

/**
 * The selection commands with their keys: everyone in the selected roles' department, at their layer,
 * with their title, the Find bar's matches, and clearing the selection. The store decides what each picks.
 */
export function SelectMenu({ commands }: { commands: CommandContext }) {
  // Re-render when what enables the items changes.
  useEditor((s) => s.selection.length > 0);
  return <CommandMenu label="Select" ids={SELECT_COMMANDS} commands={commands} />;
}
