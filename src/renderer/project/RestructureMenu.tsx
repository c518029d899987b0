import { DropdownMenu } from 'radix-ui';
import { commandById, RESTRUCTURE_COMMANDS, type CommandContext } from '../editor/commands';
import { useEditor } from '../editor/editor-context';
import { Button } from '../ui/Button';
import styles from './ProjectScreen.module.css';

/**
 * The structural operations with their keys: move the selected roles under another manager, remove
 * roles (a layer, or the selected ones) promoting their reports, merge departments. Each opens a preview.
 */
export function RestructureMenu({ commands }: { commands: CommandContext }) {
  // Re-render when what enables the items changes.
  useEditor((s) => s.selection.length);
  useEditor((s) => s.scenario?.roles);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="small">
          Restructure
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.menu} sideOffset={4}>
          {RESTRUCTURE_COMMANDS.map((id) => {
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
