import { useMemo } from 'react';
import { orgCost } from '../../core/org/cost';
import { orgStats, type SpanEntry } from '../../core/org/org-stats';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { CostTables } from './CostTable';
import styles from './SpansPanel.module.css';

/** Spans and layers, as an org designer reads them; every named role is a link to it on the chart. */
export function SpansPanel() {
  const roles = useEditor((s) => s.scenario?.roles);
  const stats = useMemo(() => (roles ? orgStats(roles) : null), [roles]);
  const cost = useMemo(() => (roles ? orgCost(roles) : null), [roles]);
  if (!stats || !cost) return null;
  const tallest = Math.max(1, ...stats.spanHistogram.map((b) => b.managers));
  return (
    <section className={styles.panel} aria-label="Spans and layers">
      <dl className={styles.figures}>
        <Figure label="Headcount" value={stats.headcount} />
        <Figure label="Roles" value={stats.roles} />
        <Figure label="Layers" value={stats.layers} />
        <Figure label="Managers" value={`${Math.round(stats.managerShare * 100)}%`} />
      </dl>
      <div>
        <h3 className={styles.title}>Span of control</h3>
        <div className={styles.histogram} role="img" aria-label={histogramLabel(stats.spanHistogram)}>
          {stats.spanHistogram.map((bin) => (
            <div key={bin.span} className={styles.bin} title={`${bin.managers} with a span of ${bin.span}`}>
              <span className={styles.bar} style={{ height: `${(bin.managers / tallest) * 100}%` }} />
              <span className={styles.binLabel}>{bin.span}</span>
            </div>
          ))}
        </div>
      </div>
      <SpanList title="Widest" entries={stats.widest} />
      <SpanList title="Narrowest" entries={stats.narrowest} />
      <CostTables cost={cost} />
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function SpanList({ title, entries }: { title: string; entries: SpanEntry[] }) {
  const editor = useEditorStore();
  return (
    <div>
      <h3 className={styles.title}>{title} spans</h3>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.roleId}>
            <button className={styles.link} onClick={() => editor.getState().reveal(entry.roleId)}>
              {entry.title}
            </button>
            <span>{entry.span}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function histogramLabel(bins: { span: number; managers: number }[]): string {
  return `Managers by span: ${bins.map((b) => `${b.managers} with ${b.span}`).join(', ')}`;
}
