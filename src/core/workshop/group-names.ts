/**
 * The rules for naming a workshop's groups, shared by the Make groups dialog (to say what is wrong
 * before sending) and the backend (which refuses the same names with the same words).
 */

/** Long enough for "Group 12 – Sales & Ops", short enough to fit a scenario tab and a board column. */
export const MAX_GROUP_NAME_LENGTH = 40;
/** A room of twenty managers makes four to six groups; the cap only guards against a typo such as 200. */
export const MAX_GROUPS = 30;

/** "Group 1" ... "Group N", the dialog's default. */
export function defaultGroupNames(count: number): string[] {
  return Array.from({ length: count }, (_unused, i) => `Group ${i + 1}`);
}

/**
 * The first problem with the proposed names, as a sentence for the facilitator, or null when they can be
 * used. Names are compared trimmed and without regard to case, so "Group 1" and "group 1 " clash.
 * `takenNames` are the names of the project's live scenarios.
 */
export function groupNamesProblem(names: readonly string[], takenNames: readonly string[]): string | null {
  if (names.length === 0) return 'Give at least one group name.';
  if (names.length > MAX_GROUPS)
    return `Make at most ${MAX_GROUPS} groups at a time; ${names.length} were asked for.`;
  const taken = new Set(takenNames.map(nameKey));
  const seen = new Set<string>();
  for (const [i, raw] of names.entries()) {
    const name = raw.trim();
    if (name === '') return `Group ${i + 1} has no name; give every group a name.`;
    if (name.length > MAX_GROUP_NAME_LENGTH)
      return `"${name}" is ${name.length} characters long; keep group names to ${MAX_GROUP_NAME_LENGTH} so they fit the tabs and the board.`;
    const key = nameKey(name);
    if (seen.has(key)) return `"${name}" is listed twice; each group needs its own name.`;
    if (taken.has(key))
      return `A scenario called "${name}" already exists in this project; choose another name for the group.`;
    seen.add(key);
  }
  return null;
}

function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}
