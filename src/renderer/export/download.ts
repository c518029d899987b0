/** Saves content as a file through the browser's download (in Electron, the window's download). */
export function downloadFile(
  fileName: string,
  content: Blob | string,
  type = 'text/plain;charset=utf-8',
): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL only needs to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a person's label, by the one rule every exported file's name follows. */
export { safeFileName } from '../../core/export/file-name';
