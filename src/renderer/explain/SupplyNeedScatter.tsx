import { memo } from 'react';
import { ReferenceArea, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis, ZAxis } from 'recharts';
import { OUTCOME_NAMES as OUTCOMES } from '../../core/verdict-text';
import type { SimulationReport } from '../../engine/report';
import styles from './Explain.module.css';

/**
 * Every team in one quarter by leadership supply against need (x) and management supply against need
 * (y), the report's leadershipRatio and managementRatio, with Kotter's four quadrants drawn in: both at
 * least 1 is balance, leadership only is chaos, management only is bureaucracy, neither is stagnation.
 */
export const SupplyNeedScatter = memo(function SupplyNeedScatter({
  report,
  quarter,
  titles,
  onReveal,
}: {
  report: SimulationReport;
  quarter: number;
  titles: ReadonlyMap<string, string>;
  onReveal(roleId: string): void;
}) {
  const roles = Object.entries(report.quarters[quarter]?.roles ?? {}).map(([id, r]) => ({
    id,
    title: titles.get(id) ?? id,
    x: Number(r.leadershipRatio),
    y: Number(r.managementRatio),
    outcome: String(r.outcome),
  }));
  const max = Math.ceil(Math.max(2, ...roles.map((r) => Math.max(r.x, r.y))) * 2) / 2;
  const ticks = Array.from({ length: max * 2 + 1 }, (_, i) => i / 2);
  return (
    <figure
      className={styles.scatter}
      data-testid="supply-need-scatter"
      aria-label={`Teams in Q${quarter} by leadership and management supply against need`}
    >
      <figcaption>Supply against need, Q{quarter}: leadership across, management up</figcaption>
      <ScatterChart width={230} height={200} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
        <XAxis
          type="number"
          dataKey="x"
          domain={[0, max]}
          ticks={ticks}
          tick={{ fontSize: 9 }}
          tickFormatter={(v: number) => v.toFixed(1)}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0, max]}
          ticks={ticks}
          tick={{ fontSize: 9 }}
          width={28}
          tickFormatter={(v: number) => v.toFixed(1)}
        />
        <ZAxis range={[36, 36]} />
        <ReferenceArea
          x1={1}
          x2={max}
          y1={1}
          y2={max}
          fill="var(--color-balance)"
          fillOpacity={0.08}
          label={quadrant('balance')}
        />
        <ReferenceArea
          x1={1}
          x2={max}
          y1={0}
          y2={1}
          fill="var(--color-chaos)"
          fillOpacity={0.08}
          label={quadrant('chaos')}
        />
        <ReferenceArea
          x1={0}
          x2={1}
          y1={1}
          y2={max}
          fill="var(--color-bureaucracy)"
          fillOpacity={0.08}
          label={quadrant('bureaucracy')}
        />
        <ReferenceArea
          x1={0}
          x2={1}
          y1={0}
          y2={1}
          fill="var(--color-stagnation)"
          fillOpacity={0.08}
          label={quadrant('stagnation')}
        />
        <ReferenceLine x={1} stroke="var(--color-border-strong)" />
        <ReferenceLine y={1} stroke="var(--color-border-strong)" />
        {OUTCOMES.map((outcome) => (
          <Scatter
            key={outcome}
            name={outcome}
            data={roles.filter((r) => r.outcome === outcome)}
            fill={`var(--color-${outcome})`}
            isAnimationActive={false}
            onClick={(point: { payload?: { id?: string } }) =>
              point.payload?.id && onReveal(point.payload.id)
            }
          />
        ))}
      </ScatterChart>
    </figure>
  );
});

function quadrant(name: string) {
  return { value: name, position: 'insideTopRight' as const, fontSize: 9, fill: 'var(--color-text-muted)' };
}
