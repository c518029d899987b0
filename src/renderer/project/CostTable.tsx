import type { CostFigures, OrgCost } from '../../core/org/cost';
import styles from './CostTable.module.css';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const fraction = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** An annual amount in the project's currency (the format names none), grouped: 1,250,000. */
export const moneyText = (x: number) => whole.format(x);
export const fteText = (x: number) => fraction.format(x);

/** The department's name as shown; roles without one are grouped as "No department". */
export const departmentName = (department: string | null) => department ?? 'No department';

/**
 * Headcount, FTE and cost per layer and per department with the scenario's total: the figures of
 * core/org/cost.ts as they are, so the spans & layers panel and the printed report show the same table
 * (and the command line's `structure` the same numbers). Cost columns appear once any pay is known.
 */
export function CostTables({ cost }: { cost: OrgCost }) {
  const { total } = cost;
  const priced = total.heads > total.unpricedHeads || total.cost > 0 || total.vacantCost > 0;
  const vacant = total.vacantCost > 0;
  return (
    <div className={styles.tables}>
      <CostTable
        caption="By layer"
        first="Layer"
        rows={cost.byLayer.map((l) => ({ key: String(l.layer), label: String(l.layer), figures: l }))}
        total={total}
        priced={priced}
        vacant={vacant}
      />
      <CostTable
        caption="By department"
        first="Department"
        rows={cost.byDepartment.map((d) => ({
          key: d.department ?? '\u0000none',
          label: departmentName(d.department),
          figures: d,
        }))}
        total={total}
        priced={priced}
        vacant={vacant}
      />
      {priced && total.unpricedHeads > 0 ? (
        <p className={styles.note}>
          Pay not known for {total.unpricedHeads} of {total.heads} people: the cost leaves them out.
        </p>
      ) : null}
      {vacant ? (
        <p className={styles.note}>Vacant posts: the budget of roles nobody fills, not in the cost.</p>
      ) : null}
    </div>
  );
}

interface Row {
  key: string;
  label: string;
  figures: CostFigures;
}

function CostTable({
  caption,
  first,
  rows,
  total,
  priced,
  vacant,
}: {
  caption: string;
  first: string;
  rows: Row[];
  total: CostFigures;
  priced: boolean;
  vacant: boolean;
}) {
  const cells = (f: CostFigures) => (
    <>
      <td>{f.heads}</td>
      <td>{fteText(f.fte)}</td>
      {priced ? <td>{moneyText(f.cost)}</td> : null}
      {vacant ? <td>{moneyText(f.vacantCost)}</td> : null}
    </>
  );
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">Heads</th>
          <th scope="col">FTE</th>
          {priced ? <th scope="col">Cost</th> : null}
          {vacant ? <th scope="col">Vacant posts</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {cells(row.figures)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {cells(total)}
        </tr>
      </tfoot>
    </table>
  );
}
