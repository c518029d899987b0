import { useApp } from '../app/store-context';
import { CompareDialog } from '../compare/CompareDialog';
import { ImportWizard } from '../import/ImportWizard';
import { PromptDialog } from '../ui/PromptDialog';
import { BackupsDialog } from './BackupsDialog';
import { TrashDialog } from './TrashDialog';

/** The project's dialogs, opened from the File menu, the native menu or elsewhere through the store. */
export function ProjectDialogs() {
  const dialog = useApp((s) => s.dialog);
  const closeDialog = useApp((s) => s.closeDialog);
  const saveProjectAs = useApp((s) => s.saveProjectAs);
  const projectName = useApp((s) => s.project?.name ?? '');
  const dataDir = useApp((s) => s.info?.dataDir ?? '');
  return (
    <>
      <ImportWizard open={dialog === 'import'} onClose={closeDialog} />
      <BackupsDialog open={dialog === 'backups'} onClose={closeDialog} />
      <TrashDialog open={dialog === 'trash'} onClose={closeDialog} />
      <CompareDialog open={dialog === 'compare'} onClose={closeDialog} />
      <PromptDialog
        open={dialog === 'save-as'}
        title="Save a copy as"
        description={`A consistent copy of the whole project is saved in ${dataDir}; you continue in the copy.`}
        label="Project file name"
        initial={`${projectName} copy`}
        confirmLabel="Save copy"
        onConfirm={(name) => void saveProjectAs(name)}
        onClose={closeDialog}
      />
    </>
  );
}
