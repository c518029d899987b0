import type { Scenario } from '../scenario/types';
import { rolesByIds } from './roles-by-ids';

/**
 * Puts every role named in one department, as one edit; a blank name (or null) takes them out of any
 * department. The name is trimmed, as the role's own field trims it.
 */
export function setDepartmentBulk(
  draft: Scenario,
  roleIds: readonly string[],
  department: string | null,
): void {
  const name = department?.trim() ?? '';
  for (const role of rolesByIds(draft, roleIds)) {
    if (name === '') {
      if (role.department !== undefined) delete role.department;
    } else if (role.department !== name) {
      role.department = name;
    }
  }
}
