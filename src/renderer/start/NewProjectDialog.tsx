import { useState, type FormEvent } from 'react';
import { useApp } from '../app/store-context';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/TextField';

export function NewProjectDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const createProject = useApp((s) => s.createProject);
  const dataDir = useApp((s) => s.info?.dataDir ?? '');
  const nativeDialogs = useApp((s) => s.info?.nativeDialogs ?? false);
  const [name, setName] = useState('');
  const trimmed = name.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!trimmed) return;
    onClose();
    setName('');
    void createProject(trimmed);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title="New project"
      description={
        nativeDialogs
          ? 'A project is one file holding any number of scenarios. You choose where to save it next.'
          : `A project is one file holding any number of scenarios. It is saved in ${dataDir}.`
      }
    >
      <form onSubmit={submit}>
        <TextField
          label="Project name"
          value={name}
          onChange={setName}
          autoFocus
          placeholder="e.g. Restructure 2027"
        />
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 20 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" disabled={!trimmed}>
            Create
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
