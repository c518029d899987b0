import { memo, useMemo } from 'react';
import { Area, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { SimulationReport } from '../../engine/report';
import { CHARTED_FIGURES, type ChartedFigure } from './figures';
import styles from './ResultsDock.module.css';

const WIDTH = 210;
const HEIGHT = 84;

/** Small multiples: the eight figures per quarter, with the p10-p90 band when there are Monte Carlo runs. */
export function FigureCharts({
  report,
  quarter,
  onSelect,
}: {
  report: SimulationReport;
  quarter: number;
  onSelect(quarter: number): void;
}) {
  return (
    <div className={styles.charts}>
      {CHARTED_FIGURES.map((figure) => (
        <FigureChart key={figure.key} figure={figure} report={report} quarter={quarter} onSelect={onSelect} />
      ))}
    </div>
  );
}

const FigureChart = memo(function FigureChart({
  figure,
  report,
  quarter,
  onSelect,
}: {
  figure: ChartedFigure;
  report: SimulationReport;
  quarter: number;
  onSelect(quarter: number): void;
}) {
  const banded = report.runs > 1;
  // The series depend on the report only: scrubbing and playing move the marker, not the data.
  const { data, max } = useMemo(() => {
    const points = report.quarters.map((q) => ({
      quarter: q.quarter,
      value: q.org[figure.key],
      band: q.bands ? [q.bands[figure.key].p10, q.bands[figure.key].p90] : undefined,
    }));
    return { data: points, max: Math.max(figure.max, ...points.map((d) => (d.band ? d.band[1] : d.value))) };
  }, [report, figure]);
  const at = report.quarters[quarter] ?? report.quarters[report.quarters.length - 1];
  const band = at.bands?.[figure.key];
  return (
    <figure className={styles.chart} data-figure={figure.key} data-bands={banded ? 'true' : 'false'}>
      <figcaption className={styles.chartCaption}>
        <span>{figure.label}</span>{' '}
        <output className={styles.chartValue} data-testid={`value-${figure.key}`}>
          {figure.format(at.org[figure.key])}
        </output>
        {band ? (
          <span className={styles.band} data-testid={`band-${figure.key}`}>
            {' '}
            p10–p90 {figure.format(band.p10)}–{figure.format(band.p90)}
          </span>
        ) : null}
      </figcaption>
      <ComposedChart
        width={WIDTH}
        height={HEIGHT}
        data={data}
        margin={{ top: 4, right: 6, bottom: 0, left: 0 }}
        onClick={(state) => {
          const index = state?.activeTooltipIndex;
          if (index !== undefined && index !== null) onSelect(Number(index));
        }}
        accessibilityLayer={false}
      >
        <XAxis dataKey="quarter" tick={{ fontSize: 9 }} interval="preserveStartEnd" height={14} />
        <YAxis domain={[0, max]} tick={{ fontSize: 9 }} width={28} tickCount={3} />
        {banded ? (
          <Area
            dataKey="band"
            stroke="none"
            fill="var(--color-accent)"
            fillOpacity={0.18}
            isAnimationActive={false}
            className="p10-p90-band"
          />
        ) : null}
        <Line
          dataKey="value"
          stroke="var(--color-accent)"
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
        <ReferenceLine x={quarter} stroke="var(--color-text-muted)" strokeDasharray="2 2" />
      </ComposedChart>
    </figure>
  );
});
