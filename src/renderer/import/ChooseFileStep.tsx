import { useState, type DragEvent } from 'react';
import type { CsvTable } from '../../core/csv-import';
import { OpenIcon } from '../ui/icons';
import { readCsvFile } from './read-csv-file';
import styles from './ImportWizard.module.css';

/** Pick or drop a CSV export; it is read in chunks with progress, never all at once. */
export function ChooseFileStep({ onLoaded }: { onLoaded(fileName: string, table: CsvTable): void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [over, setOver] = useState(false);

  const read = async (file: File) => {
    setProgress(0);
    const table = await readCsvFile(file, setProgress);
    setProgress(null);
    onLoaded(file.name, table);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void read(file);
  };

  return (
    <div
      className={styles.drop}
      data-over={over}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <OpenIcon size={28} aria-hidden />
      <p>
        Drop a CSV file here, or choose one. Exports from Workday, BambooHR, SAP, Oracle and most HR systems
        are recognised: an id column and a manager-id column are all that is needed.
      </p>
      <label>
        <span className="visually-hidden">CSV file</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          aria-label="CSV file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void read(file);
          }}
        />
      </label>
      {progress !== null ? (
        <progress className={styles.progress} value={progress} max={1} aria-label="Reading the file" />
      ) : null}
    </div>
  );
}
