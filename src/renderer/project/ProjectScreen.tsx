import { Tabs } from 'radix-ui';
import { useEffect } from 'react';
import { useApp } from '../app/store-context';
import { OrgCanvas } from '../canvas/OrgCanvas';
import { Button } from '../ui/Button';
import { BackIcon } from '../ui/icons';
import { Tooltip } from '../ui/Tooltip';
import { ThemeToggle } from './ThemeToggle';
import styles from './ProjectScreen.module.css';

/** An open project: its scenarios as tabs, the selected scenario's org chart below. */
export function ProjectScreen() {
  const project = useApp((s) => s.project)!;
  const scenarioId = useApp((s) => s.scenarioId);
  const scenario = useApp((s) => s.scenario);
  const selectScenario = useApp((s) => s.selectScenario);
  const closeProject = useApp((s) => s.closeProject);
  const summary = project.scenarios.find((s) => s.id === scenarioId);

  useEffect(() => {
    document.title = scenario ? `${scenario.name} — ${project.name} — Ballast` : `${project.name} — Ballast`;
    return () => {
      document.title = 'Ballast';
    };
  }, [project.name, scenario]);

  return (
    <div className={styles.screen}>
      <header className={styles.toolbar}>
        <Tooltip label="Back to the start screen">
          <Button variant="ghost" iconOnly aria-label="Back to the start screen" onClick={closeProject}>
            <BackIcon />
          </Button>
        </Tooltip>
        <h1 className={styles.projectName} style={{ fontSize: 'var(--text-md)' }}>
          {project.name}
        </h1>
        {project.scenarios.length > 0 ? (
          <Tabs.Root value={scenarioId ?? undefined} onValueChange={(id) => void selectScenario(id)}>
            <Tabs.List className={styles.tabs} aria-label="Scenarios">
              {project.scenarios.map((s) => (
                <Tabs.Trigger key={s.id} value={s.id} className={styles.tab}>
                  {s.name}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </Tabs.Root>
        ) : null}
        <span className={styles.spacer} />
        {summary ? (
          <span className={styles.stats}>
            {summary.roleCount} roles · {summary.headcount} people
          </span>
        ) : null}
        <ThemeToggle />
      </header>
      <main className={styles.body}>
        {scenario ? (
          <OrgCanvas roles={scenario.roles} />
        ) : (
          <div className={styles.empty}>
            <p>
              This project has no scenarios yet. Import an org chart from a CSV file or open a sample to
              begin.
            </p>
          </div>
        )}
      </main>
    </div>
  );
}
