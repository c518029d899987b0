import { RESTRUCTURE_COMMANDS, type CommandContext } from '../editor/commands';
import { useEditor } from '../editor/editor-context';
import { CommandMenu } from './CommandMenu';

/**
 * The structural operations with their keys: move the selected roles under another manager, remove
 * roles (a layer, or the selected ones) promoting their reports, merge departments. Each opens a preview.
 */
export function RestructureMenu({ commands }: { commands: CommandContext }) {
  // Re-render when what enables the items changes.
  useEditor((s) => s.selection.length);
  useEditor((s) => s.scenario?.roles);
  return <CommandMenu label="Restructure" ids={RESTRUCTURE_COMMANDS} commands={commands} />;
}
