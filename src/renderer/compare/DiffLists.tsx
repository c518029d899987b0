import type { StructuralDiff } from '../../core/org/structural-diff';
import { STRENGTH_MEANINGS } from '../../core/org/strength-meanings';
import { signed } from './compare-table';
import styles from './Compare.module.css';

/** A structural list longer than this shows its first items and says how many more there are. */
const LIST_LIMIT = 100;

/**
 * One scenario's structural difference from the baseline as lists (added, removed, moved, re-titled,
 * new holders, changed strengths), each cut at `limit` items with the count of the rest: the Compare
 * dialog's and the printed report's.
 */
export function DiffLists({ diff, limit = LIST_LIMIT }: { diff: StructuralDiff; limit?: number }) {
  const manager = (m: { title: string } | null) => (m ? m.title : 'no manager');
  return (
    <>
      <DiffList limit={limit} title="Added" items={diff.added.map((r) => r.title)} />
      <DiffList limit={limit} title="Removed" items={diff.removed.map((r) => r.title)} />
      <DiffList
        limit={limit}
        title="Moved"
        items={diff.moved.map((r) => `${r.title}: ${manager(r.from)} → ${manager(r.to)}`)}
      />
      <DiffList limit={limit} title="Re-titled" items={diff.retitled.map((r) => `${r.from} → ${r.title}`)} />
      <DiffList
        limit={limit}
        title="New holders"
        items={diff.newHolders.map((r) => `${r.title}: ${r.from ?? 'vacant'} → ${r.to ?? 'vacant'}`)}
      />
      <DiffList
        limit={limit}
        title="Changed strengths"
        items={diff.strengths.map(
          (r) =>
            `${r.title}: ${r.changes.map((c) => `${STRENGTH_MEANINGS[c.name].label} ${c.from} → ${c.to} (${signed(c.change, Number.isInteger(c.change) ? 0 : 1)})`).join(', ')}`,
        )}
      />
    </>
  );
}

function DiffList({ title, items, limit }: { title: string; items: string[]; limit: number }) {
  if (items.length === 0) return null;
  const rest = items.length - limit;
  return (
    <div>
      <h4 className={styles.diffKind}>
        {title} ({items.length})
      </h4>
      <ul className={styles.diffList} aria-label={title}>
        {items.slice(0, limit).map((item, k) => (
          <li key={k}>{item}</li>
        ))}
        {rest > 0 ? <li>and {rest} more (all in a roles CSV export of each scenario)</li> : null}
      </ul>
    </div>
  );
}
