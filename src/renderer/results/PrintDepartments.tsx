import { chartSvg, type CardOutcome } from '../../core/export';
import { departmentDrawings } from '../../core/export/department-charts';
import type { Role } from '../../core/scenario/types';
import { departmentName } from '../project/CostTable';
import styles from './ResultsDock.module.css';

/**
 * The pack's drawing of a big org, one department at a time: each department's trees a few layers deep,
 * every card marked with its outcome as in the drawing of the whole org, the layers below counted.
 */
export function PrintDepartments({
  roles,
  outcomes,
  quarter,
}: {
  /** The roles as they stand in the quarter. */
  roles: readonly Role[];
  outcomes: ReadonlyMap<string, CardOutcome>;
  quarter: number;
}) {
  const drawings = departmentDrawings(roles);
  const titleOf = new Map(roles.map((r) => [r.id, r.title]));
  return (
    <section className={styles.printSection} aria-label="The org by department">
      <h3>The org by department in Q{quarter}</h3>
      <p>
        Each department as the trees its roles form, up to three layers deep (two where three would be too
        wide to read); a card with a hidden team says how many roles are below it.
      </p>
      {drawings.map((drawing) => {
        const name = departmentName(drawing.department);
        return (
          <div key={drawing.department ?? ''} className={styles.printDepartment}>
            <h4>
              {name} ({drawing.roleCount} {drawing.roleCount === 1 ? 'role' : 'roles'})
            </h4>
            {drawing.trees.map((tree) => (
              <div
                key={tree.headId}
                className={styles.printChart}
                role="img"
                aria-label={`${name}: ${titleOf.get(tree.headId) ?? tree.headId} and the roles below`}
                // Our own markup, every text in it escaped by chartSvg.
                dangerouslySetInnerHTML={{
                  __html: chartSvg(tree.roles, {
                    collapsed: tree.collapsed,
                    compact: true,
                    outcomes,
                    teamQuarter: quarter,
                  }),
                }}
              />
            ))}
            {drawing.undrawnHeads > 0 ? (
              <p>
                And {drawing.undrawnHeads} smaller {drawing.undrawnHeads === 1 ? 'group' : 'groups'} (
                {drawing.undrawnRoles} {drawing.undrawnRoles === 1 ? 'role' : 'roles'}) reporting into {name}{' '}
                from other departments, listed in the role table.
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
