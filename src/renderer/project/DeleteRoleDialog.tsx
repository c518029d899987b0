import { deleteRole, describeDeletion, EditRefused } from '../../core/org/edits';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';

/** Says what a deletion will move before it happens; the deletion itself can be undone. */
export function DeleteRoleDialog({ roleId, onClose }: { roleId: string | null; onClose(): void }) {
  const editor = useEditorStore();
  const scenario = useEditor((s) => s.scenario);
  let impact = null;
  let refusal: string | null = null;
  if (roleId && scenario) {
    try {
      impact = describeDeletion(scenario, roleId);
    } catch (error) {
      if (!(error instanceof EditRefused)) throw error;
      refusal = error.message;
    }
  }
  const confirm = () => {
    if (roleId && impact) editor.getState().edit(`Delete ${impact.title}`, (d) => deleteRole(d, roleId));
    onClose();
  };
  return (
    <Dialog
      open={roleId !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={impact ? `Delete “${impact.title}”?` : 'Cannot delete'}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          {impact ? (
            <Button variant="primary" onClick={confirm} autoFocus>
              Delete
            </Button>
          ) : null}
        </>
      }
    >
      {refusal ? <p>{refusal}</p> : null}
      {impact ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <p>
            {impact.movingReports.length === 0
              ? 'It has no reports.'
              : `${impact.movingReports.length} report${impact.movingReports.length === 1 ? '' : 's'} (${impact.movingReports.slice(0, 5).join(', ')}${impact.movingReports.length > 5 ? ', …' : ''}) will report to “${impact.newManager}”.`}
          </p>
          {impact.affectedEvents > 0 ? (
            <p>
              {impact.affectedEvents} timeline event{impact.affectedEvents === 1 ? ' names' : 's name'} this
              role and will be changed or removed.
            </p>
          ) : null}
          <p style={{ color: 'var(--color-text-muted)' }}>You can undo this.</p>
        </div>
      ) : null}
    </Dialog>
  );
}
