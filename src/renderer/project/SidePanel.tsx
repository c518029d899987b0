import { Tabs } from 'radix-ui';
import { useApp } from '../app/store-context';
import type { SidePanelTab } from '../app/app-store';
import { AssumptionsPanel } from '../assumptions/AssumptionsPanel';
import { Inspector } from '../inspector/Inspector';
import styles from './SidePanel.module.css';

/**
 * The right-hand panel. Each tab is one concern: the selected role, and (as features land) the
 * scenario's assumptions. Add a tab here, not a new panel.
 */
export function SidePanel({ onDelete }: { onDelete(roleId: string): void }) {
  // In the app store, so the results' caveat can open the assumptions it names.
  const tab = useApp((s) => s.sidePanelTab);
  const showTab = useApp((s) => s.showSidePanelTab);
  const setTab = (value: string) => showTab(value as SidePanelTab);
  return (
    <Tabs.Root className={styles.panel} value={tab} onValueChange={setTab}>
      <Tabs.List className={styles.tabs} aria-label="Side panel">
        <Tabs.Trigger className={styles.tab} value="role">
          Role
        </Tabs.Trigger>
        <Tabs.Trigger className={styles.tab} value="assumptions">
          Assumptions
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content className={styles.content} value="role">
        <Inspector onDelete={onDelete} />
      </Tabs.Content>
      <Tabs.Content className={styles.content} value="assumptions">
        <AssumptionsPanel />
      </Tabs.Content>
    </Tabs.Root>
  );
}
