import { DropdownMenu } from 'radix-ui';
import { useApp } from '../app/store-context';
import { useEditorStore } from '../editor/editor-context';
import { exportScenario, type ExportKind } from '../export/export-actions';
import { errorOf } from '../api/client';
import { Button } from '../ui/Button';
import styles from './ProjectScreen.module.css';

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: 'scenario-json', label: 'Scenario (JSON, format v1)' },
  { kind: 'roles-csv', label: 'Roles (CSV)' },
  { kind: 'chart-svg', label: 'Chart (SVG)' },
  { kind: 'chart-png', label: 'Chart (PNG)' },
];

/** The project's file commands, the same as the desktop app's File menu, for browser mode too. */
export function FileMenu() {
  const editor = useEditorStore();
  const openDialog = useApp((s) => s.openDialog);
  const saveProjectAs = useApp((s) => s.saveProjectAs);
  const nativeDialogs = useApp((s) => s.info?.nativeDialogs ?? false);
  const showError = useApp((s) => s.showError);
  const hasScenario = useApp((s) => s.scenarioId !== null);
  const run = (kind: ExportKind) =>
    exportScenario(editor, kind).catch((error: unknown) => showError(errorOf(error)));

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="small">
          File
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.menu} sideOffset={4} align="start">
          <DropdownMenu.Item className={styles.menuItem} onSelect={() => openDialog('import')}>
            Import org chart from CSV…
          </DropdownMenu.Item>
          <DropdownMenu.Sub>
            <DropdownMenu.SubTrigger className={styles.menuItem} disabled={!hasScenario}>
              Export ▸
            </DropdownMenu.SubTrigger>
            <DropdownMenu.Portal>
              <DropdownMenu.SubContent className={styles.menu} sideOffset={4}>
                {EXPORTS.map((e) => (
                  <DropdownMenu.Item
                    key={e.kind}
                    className={styles.menuItem}
                    onSelect={() => void run(e.kind)}
                  >
                    {e.label}
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.SubContent>
            </DropdownMenu.Portal>
          </DropdownMenu.Sub>
          <DropdownMenu.Separator className={styles.menuSeparator} />
          <DropdownMenu.Item
            className={styles.menuItem}
            onSelect={() => (nativeDialogs ? void saveProjectAs() : openDialog('save-as'))}
          >
            Save a copy as…
          </DropdownMenu.Item>
          <DropdownMenu.Item className={styles.menuItem} onSelect={() => openDialog('backups')}>
            Backups…
          </DropdownMenu.Item>
          <DropdownMenu.Item className={styles.menuItem} onSelect={() => openDialog('trash')}>
            Trash…
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
