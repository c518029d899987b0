import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../app/store-context';
import type { CommandContext } from '../editor/commands';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { useEditorKeyboard } from '../editor/use-editor-keyboard';
import { EventTimeline } from '../timeline/EventTimeline';
import { Button } from '../ui/Button';
import { BackIcon, SpansIcon } from '../ui/icons';
import { ResultsDock } from '../results/ResultsDock';
import { RoomSessionButton } from '../room/RoomSessionButton';
import { PresenterBottom, PresenterLayer, PresenterTop } from '../presenter/PresenterStage';
import { usePresenter } from '../presenter/presenter-store';
import { usePresenterController } from '../presenter/use-presenter';
import { Tooltip } from '../ui/Tooltip';
import { DeleteRoleDialog } from './DeleteRoleDialog';
import { FileMenu } from './FileMenu';
import { FindBar } from './FindBar';
import { ChartPane, CHART_ID, focusRenameField } from './ChartPane';
import { OverlayPicker } from './OverlayPicker';
import { ProjectDialogs } from './ProjectDialogs';
import { SaveStatus } from './SaveStatus';
import { ScenarioTabs } from './ScenarioTabs';
import { SidePanel } from './SidePanel';
import { SpansPanel } from './SpansPanel';
import { ThemeToggle } from './ThemeToggle';
import { UndoRedo } from './UndoRedo';
import { RestructureDialogs, type RestructureKind } from './RestructureDialogs';
import { RestructureMenu } from './RestructureMenu';
import { SelectMenu } from './SelectMenu';
import { ViewMenu } from './ViewMenu';
import styles from './ProjectScreen.module.css';

/** An open project: scenarios as tabs, the editable org chart, and the inspector beside it. */
export function ProjectScreen() {
  const project = useApp((s) => s.project)!;
  const closeProject = useApp((s) => s.closeProject);
  const startScenario = useApp((s) => s.startScenario);
  const openDialog = useApp((s) => s.openDialog);
  const editor = useEditorStore();
  const scenarioName = useEditor((s) => s.scenario?.name);
  const unsaved = useEditor((s) => s.saveState !== 'saved');
  const headcount = useEditor((s) => s.scenario?.roles.length ?? 0);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [restructuring, setRestructuring] = useState<RestructureKind | null>(null);
  const [showSpans, setShowSpans] = useState(false);
  const chart = useRef<HTMLDivElement>(null);
  const find = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const name = scenarioName ? `${scenarioName} — ${project.name} — Ballast` : `${project.name} — Ballast`;
    document.title = unsaved ? `• ${name}` : name;
    return () => {
      document.title = 'Ballast';
    };
  }, [project.name, scenarioName, unsaved]);

  const commands = useMemo<CommandContext>(
    () => ({
      editor,
      confirmDelete: setDeleting,
      focusFind: () => find.current?.focus(),
      focusRename: focusRenameField,
      findQuery: () => find.current?.value ?? '',
      openRestructure: setRestructuring,
    }),
    [editor],
  );
  useEditorKeyboard(chart, commands);
  // The presenter view: the same chart on a clean stage; the results dock stays mounted (hidden) so the
  // simulation keeps re-running after a live shock.
  const presenting = usePresenter((s) => s.active) && scenarioName !== undefined;
  usePresenterController(CHART_ID);

  return (
    <div className={styles.screen} data-presenting={presenting ? 'true' : undefined}>
      <header className={styles.toolbar}>
        <Tooltip label="Back to the start screen">
          <Button
            variant="ghost"
            iconOnly
            aria-label="Back to the start screen"
            onClick={() => void closeProject()}
          >
            <BackIcon />
          </Button>
        </Tooltip>
        <h1 className={styles.projectName}>{project.name}</h1>
        <FileMenu />
        <ScenarioTabs />
        <span className={styles.spacer} />
        {scenarioName ? (
          <>
            <FindBar ref={find} />
            <ViewMenu />
            <SelectMenu commands={commands} />
            <RestructureMenu commands={commands} />
            <OverlayPicker />
            <Tooltip label="Spans and layers">
              <Button
                variant="ghost"
                iconOnly
                aria-label="Spans and layers"
                aria-pressed={showSpans}
                onClick={() => setShowSpans((v) => !v)}
              >
                <SpansIcon />
              </Button>
            </Tooltip>
            <UndoRedo />
            <SaveStatus />
          </>
        ) : null}
        <RoomSessionButton />
        <ThemeToggle />
      </header>
      {project.readOnly ? (
        <div role="status" className={styles.readOnly}>
          <strong>Read-only.</strong> {project.readOnly} Changes cannot be saved to it.{' '}
          <Button size="small" onClick={() => openDialog('save-as')}>
            Save a copy…
          </Button>
        </div>
      ) : null}
      {scenarioName ? (
        <div className={styles.body}>
          <div className={styles.chartColumn}>
            {presenting ? <PresenterTop /> : <EventTimeline />}
            <ChartPane ref={chart} label={`Org chart, ${headcount} roles`}>
              {showSpans ? <SpansPanel /> : null}
              {presenting ? <PresenterLayer /> : null}
            </ChartPane>
            {presenting ? <PresenterBottom /> : null}
            {/* Below the chart: the simulation results dock mounts here. */}
            <div className={styles.dockSlot}>
              <ResultsDock />
            </div>
          </div>
          {presenting ? null : <SidePanel onDelete={setDeleting} />}
        </div>
      ) : (
        <main className={styles.empty}>
          <p>This project has no scenarios yet.</p>
          <p>Start an org chart here, or import your org from a CSV export of your HR system.</p>
          <div style={{ display: 'flex', gap: 8 }}>
            <Button variant="primary" onClick={() => void startScenario()}>
              Start an org chart
            </Button>
            <Button onClick={() => openDialog('import')}>Import from CSV…</Button>
          </div>
        </main>
      )}
      <DeleteRoleDialog roleId={deleting} onClose={() => setDeleting(null)} />
      <RestructureDialogs kind={restructuring} onClose={() => setRestructuring(null)} />
      <ProjectDialogs />
    </div>
  );
}
