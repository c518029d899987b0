import { parentIndex } from '../scenario/tree';
import type { Role } from '../scenario/types';

/** Lower case without accents, so "jose" finds "José". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Roles whose title, person or department contains the query, in org order; empty for a blank query. */
export function findRoles(roles: readonly Role[], query: string): string[] {
  const needle = fold(query.trim());
  if (!needle) return [];
  return roles
    .filter((role) =>
      [role.title, role.person ?? '', role.department ?? ''].some((text) => fold(text).includes(needle)),
    )
    .map((role) => role.id);
}

/** The managers above a role, nearest first. */
export function ancestorsOf(roles: readonly Role[], id: string): string[] {
  const parents = parentIndex(roles);
  const out: string[] = [];
  const seen = new Set([id]);
  for (
    let current = parents.get(id) ?? null;
    current !== null && !seen.has(current);
    current = parents.get(current) ?? null
  ) {
    out.push(current);
    seen.add(current);
  }
  return out;
}
