import { useMemo, useState } from 'react';
import {
  departmentsOf,
  describeRemoval,
  EditRefused,
  mergeDepartments,
  moveRoles,
  moveRolesRefusal,
  removeRoles,
  rolesMerged,
  topmostOf,
  type RemovalImpact,
} from '../../core/org/edits';
import { depths } from '../../core/scenario/tree';
import type { Scenario } from '../../core/scenario/types';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { managerCandidates } from '../inspector/manager-choices';
import { roleChoices, roleLabels } from '../inspector/role-choices';
import { RolePicker } from '../inspector/RolePicker';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/TextField';

export type RestructureKind = 'move' | 'remove' | 'merge';

/** A list of names cut after a few, for a preview line. */
function someOf(names: readonly string[], shown = 5): string {
  return `${names.slice(0, shown).join(', ')}${names.length > shown ? `, and ${names.length - shown} more` : ''}`;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The structural operations' dialogs: each previews what it will do, then makes one undoable edit. */
export function RestructureDialogs({ kind, onClose }: { kind: RestructureKind | null; onClose(): void }) {
  const scenario = useEditor((s) => s.scenario);
  if (!scenario) return null;
  if (kind === 'move') return <MoveRolesDialog scenario={scenario} onClose={onClose} />;
  if (kind === 'remove') return <RemoveRolesDialog scenario={scenario} onClose={onClose} />;
  if (kind === 'merge') return <MergeDepartmentsDialog scenario={scenario} onClose={onClose} />;
  return null;
}

/** "Move to…": picks a new manager for the selected roles, who move with their teams. */
function MoveRolesDialog({ scenario, onClose }: { scenario: Scenario; onClose(): void }) {
  const editor = useEditorStore();
  const selection = useEditor((s) => s.selection);
  const [target, setTarget] = useState<string | null>(null);
  const labels = useMemo(() => roleLabels(scenario.roles), [scenario.roles]);
  const moving = useMemo(() => topmostOf(scenario, selection), [scenario, selection]);
  const choices = useMemo(
    () => roleChoices(managerCandidates(scenario.roles, moving), labels),
    [scenario.roles, moving, labels],
  );
  const titleOf = (id: string) => scenario.roles.find((r) => r.id === id)?.title ?? id;
  const what = moving.length === 1 ? `“${titleOf(moving[0])}”` : plural(moving.length, 'role');
  const refusal = target ? moveRolesRefusal(scenario, moving, target) : null;
  const confirm = () => {
    if (!target || refusal) return;
    const state = editor.getState();
    const before = state.revision;
    const name = moving.length === 1 ? titleOf(moving[0]) : plural(moving.length, 'role');
    state.edit(`Move ${name}`, (d) => moveRoles(d, moving, target));
    if (editor.getState().revision !== before)
      editor.getState().setHint(`Moved ${name} under ${titleOf(target)}`);
    onClose();
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={`Move ${what} to…`}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={confirm} disabled={!target || refusal !== null}>
            Move
          </Button>
        </>
      }
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        <RolePicker label="New manager" choices={choices} onChoose={setTarget} />
        {target ? (
          <p data-testid="move-preview" aria-live="polite">
            {refusal ??
              `${what} will report to “${labels.get(target) ?? target}”, each with everyone under ${moving.length === 1 ? 'it' : 'them'}.`}
          </p>
        ) : null}
        <p style={{ color: 'var(--color-text-muted)' }}>You can undo this.</p>
      </div>
    </Dialog>
  );
}

/** Remove a layer of the chart, or the selected roles; their reports move up. */
function RemoveRolesDialog({ scenario, onClose }: { scenario: Scenario; onClose(): void }) {
  const editor = useEditorStore();
  const selection = useEditor((s) => s.selection);
  const depth = useMemo(() => depths(scenario.roles), [scenario.roles]);
  const layers = useMemo(() => {
    let deepest = 0;
    for (const d of depth.values()) deepest = Math.max(deepest, d);
    // Layer 1 is the top role, which holds the org together; layers 2 and below can go.
    return Array.from({ length: deepest }, (_, i) => i + 2);
  }, [depth]);
  const [source, setSource] = useState<'selection' | 'layer'>(selection.length > 0 ? 'selection' : 'layer');
  const [layer, setLayer] = useState(layers[0] ?? 2);
  const ids = useMemo(
    () =>
      source === 'selection'
        ? selection
        : scenario.roles.filter((r) => depth.get(r.id) === layer - 1).map((r) => r.id),
    [source, selection, scenario.roles, depth, layer],
  );
  let impact: RemovalImpact | null = null;
  let refusal: string | null = null;
  try {
    impact = describeRemoval(scenario, ids);
  } catch (error) {
    if (!(error instanceof EditRefused)) throw error;
    refusal = error.message;
  }
  const confirm = () => {
    if (!impact || impact.removed === 0) return;
    const count = impact.removed;
    const label = source === 'layer' ? `Remove layer ${layer}` : `Remove ${plural(count, 'role')}`;
    const before = editor.getState().revision;
    editor.getState().edit(label, (d) => removeRoles(d, ids));
    if (editor.getState().revision !== before)
      editor.getState().setHint(`Removed ${plural(count, 'role')}; their reports moved up`);
    onClose();
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Remove roles, promote their reports"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={confirm} disabled={!impact || impact.removed === 0}>
            {impact ? `Remove ${plural(impact.removed, 'role')}` : 'Remove'}
          </Button>
        </>
      }
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        <fieldset
          style={{ border: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 4 }}
        >
          <legend>Which roles</legend>
          <label>
            <input
              type="radio"
              name="remove-source"
              checked={source === 'selection'}
              disabled={selection.length === 0}
              onChange={() => setSource('selection')}
            />{' '}
            The selected roles ({selection.length.toLocaleString('en')})
          </label>
          <label>
            <input
              type="radio"
              name="remove-source"
              checked={source === 'layer'}
              disabled={layers.length === 0}
              onChange={() => setSource('layer')}
            />{' '}
            Everyone at layer{' '}
            <select
              aria-label="Layer"
              value={layer}
              onChange={(event) => {
                setLayer(Number(event.target.value));
                setSource('layer');
              }}
            >
              {layers.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <div role="status">
          {refusal ? <p>{refusal}</p> : null}
          {impact && impact.removed === 0 ? <p>No roles to remove.</p> : null}
          {impact && impact.removed > 0 ? (
            <>
              <p>
                {plural(impact.removed, 'role')} will go: {someOf(impact.titles)}.
              </p>
              {impact.moves.length === 0 ? (
                <p>They have no reports.</p>
              ) : (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {impact.moves.slice(0, 8).map((move) => (
                    <li key={move.managerId}>
                      {plural(move.reports.length, 'report')} ({someOf(move.reports, 3)}) will report to “
                      {move.manager}”
                    </li>
                  ))}
                  {impact.moves.length > 8 ? <li>and to {impact.moves.length - 8} more managers</li> : null}
                </ul>
              )}
              {impact.affectedEvents > 0 ? (
                <p>
                  {plural(impact.affectedEvents, 'timeline event')} name
                  {impact.affectedEvents === 1 ? 's' : ''} these roles and will be changed or removed.
                </p>
              ) : null}
            </>
          ) : null}
        </div>
        <p style={{ color: 'var(--color-text-muted)' }}>One edit: you can undo it.</p>
      </div>
    </Dialog>
  );
}

/** Merge departments into one name: every role in them (and planned hires into them) takes it. */
function MergeDepartmentsDialog({ scenario, onClose }: { scenario: Scenario; onClose(): void }) {
  const editor = useEditorStore();
  const departments = useMemo(() => departmentsOf(scenario), [scenario]);
  const [picked, setPicked] = useState<string[]>([]);
  const [into, setInto] = useState('');
  const name = into.trim() || picked[0] || '';
  const affected = useMemo(() => rolesMerged(scenario, picked, name), [scenario, picked, name]);
  const toggle = (department: string) =>
    setPicked((current) =>
      current.includes(department) ? current.filter((d) => d !== department) : [...current, department],
    );
  const confirm = () => {
    if (picked.length === 0 || name === '') return;
    const before = editor.getState().revision;
    editor.getState().edit(`Merge departments into ${name}`, (d) => mergeDepartments(d, picked, name));
    if (editor.getState().revision !== before)
      editor.getState().setHint(`Merged ${plural(picked.length, 'department')} into ${name}`);
    onClose();
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Merge departments"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={confirm} disabled={picked.length === 0 || name === ''}>
            Merge
          </Button>
        </>
      }
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        {departments.length === 0 ? <p>No role has a department yet.</p> : null}
        <fieldset
          style={{ border: 'none', padding: 0, margin: 0, maxHeight: 240, overflow: 'auto' }}
          aria-label="Departments to merge"
        >
          {departments.map((d) => (
            <label key={d.name} style={{ display: 'block' }}>
              <input type="checkbox" checked={picked.includes(d.name)} onChange={() => toggle(d.name)} />{' '}
              {d.name} ({plural(d.roles, 'role')})
            </label>
          ))}
        </fieldset>
        <TextField
          label="Merge into"
          value={into}
          onChange={setInto}
          placeholder={picked[0] ?? 'Department name'}
        />
        <p role="status">
          {picked.length === 0
            ? 'Pick the departments to merge.'
            : `${plural(affected.length, 'role')} will move into “${name}”.`}
        </p>
        <p style={{ color: 'var(--color-text-muted)' }}>One edit: you can undo it.</p>
      </div>
    </Dialog>
  );
}
