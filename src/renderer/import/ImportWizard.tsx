import { useMemo, useState } from 'react';
import {
  importTable,
  previewTable,
  recogniseColumns,
  scenarioNameFromFile,
  type ColumnMapping,
  type CsvTable,
  type ImportFixes,
} from '../../core/csv-import';
import { useApp } from '../app/store-context';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/TextField';
import { ChooseFileStep } from './ChooseFileStep';
import { MapColumnsStep } from './MapColumnsStep';
import { ReviewStep } from './ReviewStep';
import styles from './ImportWizard.module.css';

type Step = 'choose' | 'map' | 'review';
/** No numbers here: the steps are an ordered list, which numbers them ("1. 1. Choose a file" otherwise). */
const STEP_TITLES: Record<Step, string> = {
  choose: 'Choose a file',
  map: 'Map columns',
  review: 'Check and decide',
};

/**
 * Import an org chart from an HR system's CSV export into a new scenario: the same importer as
 * `npm run import`, step by step. Nothing is written until "Create scenario".
 */
export function ImportWizard({ open, onClose }: { open: boolean; onClose(): void }) {
  return open ? <Wizard onClose={onClose} /> : null;
}

function Wizard({ onClose }: { onClose(): void }) {
  const addScenario = useApp((s) => s.addScenario);
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<{ name: string; table: CsvTable } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [fixes, setFixes] = useState<ImportFixes>({});
  const [name, setName] = useState('');

  const outcome = useMemo(() => {
    if (!file) return null;
    // Every field is passed explicitly, so the wizard's mapping is exactly what the user sees.
    const map = Object.fromEntries(
      Object.entries(mapping).map(([field, column]) => [field, column === undefined ? '' : `#${column + 1}`]),
    );
    return importTable(file.table, { fileName: file.name, map, fixes });
  }, [file, mapping, fixes]);

  const loaded = (fileName: string, table: CsvTable) => {
    setFile({ name: fileName, table });
    setMapping(recogniseColumns(table.headers));
    setFixes({});
    setName(scenarioNameFromFile(fileName));
    setStep('map');
  };

  const create = () => {
    if (!outcome?.ok || !outcome.scenario) return;
    onClose();
    void addScenario({ ...outcome.scenario, name: name.trim() || outcome.scenario.name });
  };

  return (
    <Dialog
      open
      size="wide"
      onOpenChange={(next) => (next ? undefined : onClose())}
      title="Import an org chart from CSV"
      description="Each row becomes a role. Ids stay exactly as written; nothing is saved until you create the scenario."
    >
      <ol className={styles.steps} aria-label="Steps">
        {(Object.keys(STEP_TITLES) as Step[]).map((s) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            {STEP_TITLES[s]}
          </li>
        ))}
      </ol>
      {step === 'choose' ? <ChooseFileStep onLoaded={loaded} /> : null}
      {step === 'map' && file ? (
        <MapColumnsStep preview={previewTable(file.table, 8)} mapping={mapping} onChange={setMapping} />
      ) : null}
      {step === 'review' && outcome ? (
        <>
          <TextField label="Scenario name" value={name} onChange={setName} />
          <ReviewStep outcome={outcome} fixes={fixes} onDecide={setFixes} />
        </>
      ) : null}
      <div className={styles.footer}>
        <Button onClick={onClose}>Cancel</Button>
        <span style={{ display: 'flex', gap: 8 }}>
          {step !== 'choose' ? (
            <Button onClick={() => setStep(step === 'review' ? 'map' : 'choose')}>Back</Button>
          ) : null}
          {step === 'map' ? (
            <Button variant="primary" disabled={mapping.id === undefined} onClick={() => setStep('review')}>
              Next: check
            </Button>
          ) : null}
          {step === 'review' ? (
            <Button variant="primary" disabled={!outcome?.ok} onClick={create}>
              Create scenario
            </Button>
          ) : null}
        </span>
      </div>
    </Dialog>
  );
}
