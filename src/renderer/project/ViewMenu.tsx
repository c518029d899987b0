import { DropdownMenu } from 'radix-ui';
import { ChartLayoutItems } from '../canvas/ChartLayoutItems';
import { afterMenuCloses } from '../canvas/next-frame';
import { useEditorStore } from '../editor/editor-context';
import { PresenterMenuItems } from '../presenter/PresenterMenuItems';
import { Button } from '../ui/Button';
import styles from './ProjectScreen.module.css';

const LAYER_CHOICES = [2, 3, 4];

/** Whole-chart view commands: big orgs are easier to read a few layers at a time. */
export function ViewMenu() {
  const editor = useEditorStore();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="small">
          View
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.menu} sideOffset={4}>
          <DropdownMenu.Item className={styles.menuItem} onSelect={() => editor.getState().requestFit()}>
            Fit chart to window
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className={styles.menuItem}
            onSelect={() => afterMenuCloses(() => editor.getState().expandAll())}
          >
            Expand all
          </DropdownMenu.Item>
          <DropdownMenu.Separator className={styles.menuSeparator} />
          {LAYER_CHOICES.map((layers) => (
            <DropdownMenu.Item
              key={layers}
              className={styles.menuItem}
              onSelect={() => afterMenuCloses(() => editor.getState().showLayers(layers))}
            >
              Show top {layers} layers
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className={styles.menuSeparator} />
          <ChartLayoutItems itemClassName={styles.menuItem} />
          <DropdownMenu.Separator className={styles.menuSeparator} />
          <PresenterMenuItems itemClassName={styles.menuItem} />
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
