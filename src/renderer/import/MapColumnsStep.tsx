import { IMPORT_FIELDS, type ColumnMapping, type CsvPreview, type ImportField } from '../../core/csv-import';
import { fieldLabel } from './remedies';
import styles from './ImportWizard.module.css';

/** The file's first rows, and which column feeds each field (recognised ones chosen already). */
export function MapColumnsStep({
  preview,
  mapping,
  onChange,
}: {
  preview: CsvPreview;
  mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}) {
  const set = (field: ImportField, value: string) => {
    const next: ColumnMapping = { ...mapping };
    if (value === '') delete next[field];
    else {
      const column = Number(value);
      // One column feeds one field.
      for (const other of IMPORT_FIELDS) if (next[other] === column) delete next[other];
      next[field] = column;
    }
    onChange(next);
  };

  return (
    <div>
      <p className={styles.summary}>
        {preview.totalRows} rows, {preview.headers.length} columns
        {preview.delimiter !== ','
          ? `, separated by “${preview.delimiter === '\t' ? 'tab' : preview.delimiter}”`
          : ''}
        .
      </p>
      {mapping.id === undefined ? (
        <p className={styles.remedy} role="note">
          No column was recognised as each row’s id: choose it under “{fieldLabel('id')}” below to go on.
        </p>
      ) : null}
      <div className={styles.preview}>
        <table aria-label="First rows of the file">
          <thead>
            <tr>
              <th>Line</th>
              {preview.headers.map((header, i) => (
                <th key={i}>{header.trim() || `(column ${i + 1})`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.line}>
                <td className={styles.lineNo}>{row.line}</td>
                {preview.headers.map((_, i) => (
                  <td key={i}>{row.cells[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.mapping}>
        {IMPORT_FIELDS.map((field) => (
          <label key={field}>
            {fieldLabel(field)}
            <select value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)}>
              <option value="">(none)</option>
              {preview.headers.map((header, i) => (
                <option key={i} value={i}>
                  {optionLabel(preview.headers, i)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </div>
  );
}

/** A header as offered in a chooser; an empty or repeated one is told apart by its column number. */
function optionLabel(headers: readonly string[], i: number): string {
  const name = headers[i].trim();
  if (name === '') return `column ${i + 1}`;
  const repeated = headers.some((other, j) => j !== i && other.trim() === name);
  return repeated ? `${name} (column ${i + 1})` : name;
}
