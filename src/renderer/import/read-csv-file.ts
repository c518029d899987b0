import { CSV_CHUNK_BYTES, readCsvBlob, type CsvTable, type ImportLimits } from '../../core/csv-import';

/**
 * Reads a chosen file as bytes, a slice at a time, through the same core decoder and reader as the
 * command line (readCsvBlob → readCsvBytes: UTF-8 or UTF-16 by byte-order mark or zero bytes), so a file
 * reads the same in both. It yields to the browser between slices so the window stays responsive and
 * progress can be shown; the reader's own limits stop a huge file with a clear "too-large" problem
 * instead of freezing.
 */
export function readCsvFile(
  file: Blob,
  onProgress: (fraction: number) => void,
  limits: Partial<ImportLimits> = {},
  chunkBytes = CSV_CHUNK_BYTES,
): Promise<CsvTable> {
  return readCsvBlob(file, {
    limits,
    chunkBytes,
    onProgress,
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
}
