/** Small wording helpers so report messages read the same everywhere. */

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** "line 4", "lines 4, 9 and 12", "lines 4, 9, 12 and 37 more" (long lists are cut; rows[] has them all). */
export function formatLines(lines: readonly number[], max = 10): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  const shown = lines.slice(0, max);
  const rest = lines.length - shown.length;
  if (rest > 0) return `lines ${shown.join(', ')} and ${rest} more`;
  return `lines ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** `"a", "b" and 3 more`. */
export function formatIds(ids: readonly string[], max = 10): string {
  const shown = ids.slice(0, max).map((id) => JSON.stringify(id));
  const rest = ids.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
