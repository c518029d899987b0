import { DropdownMenu, Tabs } from 'radix-ui';
import { useState } from 'react';
import type { ScenarioSummary } from '../../core/api/contract';
import { useApp } from '../app/store-context';
import { Button } from '../ui/Button';
import { AddIcon, CompareIcon, ExpandIcon } from '../ui/icons';
import { PromptDialog } from '../ui/PromptDialog';
import { Tooltip } from '../ui/Tooltip';
import { WorkshopMenu } from '../workshop/WorkshopMenu';
import styles from './ProjectScreen.module.css';

type Prompt = { kind: 'new' } | { kind: 'rename'; scenario: ScenarioSummary } | null;

/** The project's scenarios as tabs; each has a menu to rename, duplicate, move or delete it. */
export function ScenarioTabs() {
  const project = useApp((s) => s.project)!;
  const scenarioId = useApp((s) => s.scenarioId);
  const selectScenario = useApp((s) => s.selectScenario);
  const createScenario = useApp((s) => s.createScenario);
  const renameScenario = useApp((s) => s.renameScenario);
  const openDialog = useApp((s) => s.openDialog);
  const [prompt, setPrompt] = useState<Prompt>(null);
  const scenarios = project.scenarios;

  return (
    <div className={styles.scenarioTabs}>
      {scenarios.length > 0 ? (
        <Tabs.Root
          className={styles.tabsRoot}
          value={scenarioId ?? undefined}
          onValueChange={(id) => void selectScenario(id)}
        >
          <Tabs.List className={styles.tabs} aria-label="Scenarios">
            {scenarios.map((s) => (
              <Tabs.Trigger key={s.id} value={s.id} className={styles.tab} title={s.name}>
                {s.name}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs.Root>
      ) : null}
      {scenarioId ? (
        <ScenarioMenu
          scenario={scenarios.find((s) => s.id === scenarioId)!}
          index={scenarios.findIndex((s) => s.id === scenarioId)}
          count={scenarios.length}
          onRename={(scenario) => setPrompt({ kind: 'rename', scenario })}
        />
      ) : null}
      <Tooltip label="New scenario">
        <Button
          variant="ghost"
          size="small"
          iconOnly
          aria-label="New scenario"
          onClick={() => setPrompt({ kind: 'new' })}
        >
          <AddIcon />
        </Button>
      </Tooltip>
      {scenarios.length > 1 ? (
        <Tooltip label="Compare scenarios">
          <Button
            variant="ghost"
            size="small"
            iconOnly
            aria-label="Compare scenarios"
            onClick={() => openDialog('compare')}
          >
            <CompareIcon />
          </Button>
        </Tooltip>
      ) : null}
      <WorkshopMenu />
      <PromptDialog
        open={prompt?.kind === 'new'}
        title="New scenario"
        description="It starts with one top role; build it on the chart or import an org chart."
        label="Scenario name"
        initial={`Scenario ${scenarios.length + 1}`}
        confirmLabel="Create"
        onConfirm={(name) => void createScenario(name)}
        onClose={() => setPrompt(null)}
      />
      <PromptDialog
        open={prompt?.kind === 'rename'}
        title="Rename scenario"
        label="Scenario name"
        initial={prompt?.kind === 'rename' ? prompt.scenario.name : ''}
        confirmLabel="Rename"
        onConfirm={(name) => prompt?.kind === 'rename' && void renameScenario(prompt.scenario.id, name)}
        onClose={() => setPrompt(null)}
      />
    </div>
  );
}

interface ScenarioMenuProps {
  scenario: ScenarioSummary;
  index: number;
  count: number;
  onRename(scenario: ScenarioSummary): void;
}

function ScenarioMenu({ scenario, index, count, onRename }: ScenarioMenuProps) {
  const duplicateScenario = useApp((s) => s.duplicateScenario);
  const deleteScenario = useApp((s) => s.deleteScenario);
  const moveScenario = useApp((s) => s.moveScenario);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="small" iconOnly aria-label={`Scenario actions: ${scenario.name}`}>
          <ExpandIcon />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={styles.menu} sideOffset={4}>
          <DropdownMenu.Item className={styles.menuItem} onSelect={() => onRename(scenario)}>
            Rename…
          </DropdownMenu.Item>
          <DropdownMenu.Item className={styles.menuItem} onSelect={() => void duplicateScenario(scenario.id)}>
            Duplicate (branch)
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className={styles.menuItem}
            disabled={index <= 0}
            onSelect={() => void moveScenario(scenario.id, -1)}
          >
            Move left
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className={styles.menuItem}
            disabled={index >= count - 1}
            onSelect={() => void moveScenario(scenario.id, 1)}
          >
            Move right
          </DropdownMenu.Item>
          <DropdownMenu.Separator className={styles.menuSeparator} />
          <DropdownMenu.Item className={styles.menuItem} onSelect={() => void deleteScenario(scenario.id)}>
            Move to trash
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
