import { useState, type FormEvent } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { TextField } from './TextField';

export interface PromptDialogProps {
  open: boolean;
  title: string;
  description?: string;
  label: string;
  initial: string;
  confirmLabel: string;
  onConfirm(value: string): void;
  onClose(): void;
}

/** Asks for one name; Enter confirms, Escape cancels, an empty name cannot be confirmed. */
export function PromptDialog(props: PromptDialogProps) {
  return props.open ? <PromptForm {...props} /> : null;
}

function PromptForm({
  title,
  description,
  label,
  initial,
  confirmLabel,
  onConfirm,
  onClose,
}: PromptDialogProps) {
  const [value, setValue] = useState(initial);
  const trimmed = value.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!trimmed) return;
    onClose();
    onConfirm(trimmed);
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={title}
      description={description}
    >
      <form onSubmit={submit}>
        <TextField label={label} value={value} onChange={setValue} autoFocus />
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 20 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" disabled={!trimmed}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
