import { useEffect, useMemo, useRef, useState } from 'react';
import type { RoomJoinInfo } from '../../core/api/room-protocol';
import { useApp } from '../app/store-context';
import { CompareDialog } from '../compare/CompareDialog';
import type { CommandContext } from '../editor/commands';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { useEditorKeyboard } from '../editor/use-editor-keyboard';
import { DeleteRoleDialog } from '../project/DeleteRoleDialog';
import { ChartPane, focusRenameField } from '../project/ChartPane';
import { OverlayPicker } from '../project/OverlayPicker';
import { RestructureDialogs, type RestructureKind } from '../project/RestructureDialogs';
import { RestructureMenu } from '../project/RestructureMenu';
import { SaveStatus } from '../project/SaveStatus';
import { SelectMenu } from '../project/SelectMenu';
import { SidePanel } from '../project/SidePanel';
import { ThemeToggle } from '../project/ThemeToggle';
import { UndoRedo } from '../project/UndoRedo';
import { ViewMenu } from '../project/ViewMenu';
import { ResultsDock } from '../results/ResultsDock';
import { EventTimeline } from '../timeline/EventTimeline';
import { Button } from '../ui/Button';
import projectStyles from '../project/ProjectScreen.module.css';
import styles from './Room.module.css';

/**
 * A participant's workspace: the group's own variant in the normal editor and results, the baseline
 * through Compare (read-only), and nothing of files, projects, samples, backups or the trash.
 */
export function ParticipantScreen({
  joined,
  ended,
  onLeave,
}: {
  joined: RoomJoinInfo;
  /** Set once the session cannot be reached any more. */
  ended: boolean;
  onLeave(): void;
}) {
  const openDialog = useApp((s) => s.openDialog);
  const closeDialog = useApp((s) => s.closeDialog);
  const dialog = useApp((s) => s.dialog);
  const scenarioId = useApp((s) => s.scenarioId);
  const selectScenario = useApp((s) => s.selectScenario);
  const onBaseline = scenarioId === joined.baseline.id;
  const editor = useEditorStore();
  const hasScenario = useEditor((s) => s.scenario !== null);
  const headcount = useEditor((s) => s.scenario?.roles.length ?? 0);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [restructuring, setRestructuring] = useState<RestructureKind | null>(null);
  const chart = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = `${joined.groupName} — ${joined.projectName} — Ballast room`;
  }, [joined]);

  const commands = useMemo<CommandContext>(
    () => ({
      editor,
      confirmDelete: setDeleting,
      focusFind: () => undefined,
      focusRename: focusRenameField,
      findQuery: () => '',
      openRestructure: setRestructuring,
    }),
    [editor],
  );
  useEditorKeyboard(chart, commands);

  return (
    <div className={projectStyles.screen}>
      <header className={projectStyles.toolbar}>
        <span className={styles.chip}>Room session</span>
        <h1 className={projectStyles.projectName}>{joined.projectName}</h1>
        <span className={styles.group} data-testid="room-group-name">
          {joined.groupName}
        </span>
        <Button size="small" onClick={() => openDialog('compare')}>
          Compare with the baseline
        </Button>
        <span className={projectStyles.spacer} />
        {hasScenario ? (
          <>
            <ViewMenu />
            <SelectMenu commands={commands} />
            <RestructureMenu commands={commands} />
            <OverlayPicker />
            <UndoRedo />
            <SaveStatus />
          </>
        ) : null}
        <ThemeToggle />
        <Button variant="ghost" size="small" onClick={onLeave}>
          Leave
        </Button>
      </header>
      {ended ? (
        <div role="status" className={styles.ended}>
          <strong>The room session has ended</strong> (or this laptop has left the network). Your group’s last
          saved changes are with the facilitator.
        </div>
      ) : null}
      {onBaseline ? (
        <div role="status" className={styles.ended}>
          <strong>This is the baseline, read-only:</strong> changes to it are not saved.{' '}
          <Button size="small" onClick={() => void selectScenario(joined.variant.id)}>
            Back to {joined.groupName}’s version
          </Button>
        </div>
      ) : null}
      {hasScenario ? (
        <div className={projectStyles.body}>
          <div className={projectStyles.chartColumn}>
            <EventTimeline />
            <ChartPane ref={chart} label={`Org chart of ${joined.groupName}, ${headcount} roles`} />
            <ResultsDock />
          </div>
          <SidePanel onDelete={setDeleting} />
        </div>
      ) : null}
      <DeleteRoleDialog roleId={deleting} onClose={() => setDeleting(null)} />
      <RestructureDialogs kind={restructuring} onClose={() => setRestructuring(null)} />
      <CompareDialog open={dialog === 'compare'} onClose={closeDialog} />
    </div>
  );
}
