import type { Role } from '../../core/scenario/types';

/** One role as a picker offers it: a label no other role shares, and the text a search looks in. */
export interface RoleChoice {
  id: string;
  label: string;
  /** The label and the id, folded (lower case, no accents). */
  haystack: string;
}

/** Lower case without accents, so "jose" finds "José". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Adds `part` to every label that more than one role has, leaving the unique ones as they are. */
function separate(labels: Map<string, string>, roles: readonly Role[], part: (role: Role) => string | null) {
  const count = new Map<string, number>();
  for (const label of labels.values()) count.set(label, (count.get(label) ?? 0) + 1);
  for (const role of roles) {
    const label = labels.get(role.id)!;
    const extra = part(role);
    if (count.get(label)! > 1 && extra) labels.set(role.id, `${label} · ${extra}`);
  }
}

/**
 * A distinct label for every role: its title and person ("Analyst — Sam Lee", "— vacant"); where those
 * repeat (a 1,500-role export has dozens of vacant "Linear Manager"s) the department is added, and
 * where that still repeats, the role's id, which is unique.
 */
export function roleLabels(roles: readonly Role[]): Map<string, string> {
  const labels = new Map(roles.map((r) => [r.id, `${r.title} — ${r.person ?? 'vacant'}`]));
  separate(labels, roles, (r) => r.department?.trim() || null);
  separate(labels, roles, (r) => r.id);
  return labels;
}

/** The roles as choices, sorted by label. */
export function roleChoices(roles: readonly Role[], labels = roleLabels(roles)): RoleChoice[] {
  return roles
    .map((r) => {
      const label = labels.get(r.id) ?? r.title;
      return { id: r.id, label, haystack: fold(`${label} ${r.id}`) };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The choices whose label or id holds every word of the query, at most `limit` of them, and how many
 * matched in all. A blank query matches every choice.
 */
export function searchChoices(
  choices: readonly RoleChoice[],
  query: string,
  limit: number,
): { shown: RoleChoice[]; total: number } {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown: RoleChoice[] = [];
  let total = 0;
  for (const choice of choices) {
    if (!words.every((word) => choice.haystack.includes(word))) continue;
    total++;
    if (shown.length < limit) shown.push(choice);
  }
  return { shown, total };
}
