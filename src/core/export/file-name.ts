/**
 * The one rule for turning what a person named something (a scenario, a project) into a file name that
 * every platform accepts. Every place that proposes a file name uses it: the exports (scenario JSON,
 * roles CSV, chart SVG and PNG, results CSV), new projects and samples in the data folder, and the
 * desktop app's save dialog.
 *
 * - path separators and the characters Windows refuses (\ / : * ? " < > |), control characters and
 *   unpaired surrogates become a space, and runs of spaces one space;
 * - leading and trailing dots and spaces go (Windows drops trailing ones, a leading dot hides a file);
 * - at most MAX_BASE_LENGTH characters, never cutting an emoji in half;
 * - Windows' reserved device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9), also followed by an extension
 *   as in "con.txt", get a "_" in front;
 * - nothing left means the fallback.
 */
export const MAX_BASE_LENGTH = 120;

const REFUSED =
  // Control characters (C0, DEL, C1) are exactly what this must match.
  // eslint-disable-next-line no-control-regex
  /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])\s*(\..*)?$/i;

/** A safe base name (no extension) from a label, or the fallback when nothing usable is left. */
export function safeBaseName(label: string | undefined, fallback: string): string {
  const cleaned = (label ?? '')
    .normalize('NFC')
    .replace(REFUSED, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const cut = [...cleaned]
    .slice(0, MAX_BASE_LENGTH)
    .join('')
    .replace(/[.\s]+$/, '');
  if (cut === '') return fallback;
  return RESERVED.test(cut) ? `_${cut}` : cut;
}

/** `<safe base>.<extension>`, e.g. safeFileName('Q3: plan?', 'roles.csv') is "Q3 plan.roles.csv". */
export function safeFileName(label: string | undefined, extension: string, fallback = 'Ballast'): string {
  return `${safeBaseName(label, fallback)}.${extension}`;
}
