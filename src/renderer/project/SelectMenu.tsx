import { DropdownMenu } from 'radix-ui';
import { commandById, SELECT_COMMANDS, type CommandContext } from '../editor/commands';
import { useEditor } from '../editor/editor-context';
import { Button } from '../ui/Button';
import styles from './ProjectScreen.module.css';

/**
 * The selection commands with their keys: everyone in the selected roles' department, at their layer,
 * with their title, the Find bar's matches, and clearing the selection. The store decides what each picks.
 */
export function SelectMenu({ commands }: { commands: CommandContext }) {
  // Re-render when what enables the items changes.
  useEditor((s) => s.selection.length > 0);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="small">
          Select
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.menu} sideOffset={4}>
          {SELECT_COMMANDS.map((id) => {
            const command = commandById(id);
            return (
              <DropdownMenu.Item
                key={id}
                className={styles.menuItem}
                disabled={!command.enabled(commands.editor)}
                onSelect={() => command.run(commands)}
              >
                {command.label}
                {command.keys ? (
                  <kbd style={{ float: 'right', marginLeft: 16, opacity: 0.7 }}>{command.keys}</kbd>
                ) : null}
              </DropdownMenu.Item>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
