import { DropdownMenu } from 'radix-ui';
import { commandById, type CommandContext } from '../editor/commands';
import { Button } from '../ui/Button';
import styles from './ProjectScreen.module.css';

/**
 * A toolbar menu of editor commands, each with its keys, disabled when the command is. The caller
 * subscribes to whatever enables its items, so the menu re-renders when that changes.
 */
export function CommandMenu({
  label,
  ids,
  commands,
}: {
  label: string;
  ids: readonly Parameters<typeof commandById>[0][];
  commands: CommandContext;
}) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="small">
          {label}
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.menu} sideOffset={4}>
          {ids.map((id) => {
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
