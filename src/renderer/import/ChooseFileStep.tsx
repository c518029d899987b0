import { useState, type DragEvent } from 'react';
import { fileProblem, type CsvTable, type ImportProblem } from '../../core/csv-import';
import { OpenIcon } from '../ui/icons';
import { readCsvFile } from './read-csv-file';
import { appRemedy, sentence } from './remedies';
import styles from './ImportWizard.module.css';

/**
 * Pick or drop a CSV export; it is read in chunks with progress, never all at once. A file that is empty,
 * has a header only, or is not CSV text (a workbook, a PDF) is explained here, with what to do, instead of
 * moving on to a preview of "0 rows, 0 columns".
 */
export function ChooseFileStep({ onLoaded }: { onLoaded(fileName: string, table: CsvTable): void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<{ fileName: string; problem: ImportProblem } | null>(null);

  const read = async (file: File) => {
    setProgress(0);
    setRefused(null);
    const table = await readCsvFile(file, setProgress);
    setProgress(null);
    const problem = fileProblem(table);
    if (problem) setRefused({ fileName: file.name, problem });
    else onLoaded(file.name, table);
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
        Drop a CSV file here, or choose one. Exports from Workday, BambooHR, SAP, Oracle, UK government
        organograms and most HR systems are recognised: an id column and a manager-id column are all that is
        needed. From Excel, save the sheet as CSV first.
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
      {refused ? (
        <div role="alert" className={styles.refused}>
          <strong>{refused.fileName}</strong>: {sentence(refused.problem.message)}{' '}
          {appRemedy(refused.problem) ?? ''}
        </div>
      ) : null}
      {progress !== null ? (
        <progress className={styles.progress} value={progress} max={1} aria-label="Reading the file" />
      ) : null}
    </div>
  );
}
