import { ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { OrgFigureName } from '../../engine/index';
import type { SimulationReport } from '../../engine/report';
import { CHARTED_FIGURES } from '../results/figures';
import styles from './Presenter.module.css';

const WIDTH = 340;
const HEIGHT = 132;

/** The stage's one chart: the chosen figure per quarter, large enough to read across a room. */
export function PresenterChart({
  report,
  quarter,
  figure,
}: {
  report: SimulationReport;
  quarter: number;
  figure: OrgFigureName;
}) {
  const chosen = CHARTED_FIGURES.find((f) => f.key === figure) ?? CHARTED_FIGURES[0];
  const data = report.quarters.map((q) => ({ quarter: q.quarter, value: q.org[chosen.key] }));
  const max = Math.max(chosen.max, ...data.map((d) => d.value));
  const at = report.quarters[quarter] ?? report.quarters[report.quarters.length - 1];
  return (
    <figure className={styles.chart} data-testid="presenter-chart" data-figure={chosen.key}>
      <figcaption className={styles.chartCaption}>
        {chosen.label} in Q{at.quarter}: <strong>{chosen.format(at.org[chosen.key])}</strong>
      </figcaption>
      <ComposedChart
        width={WIDTH}
        height={HEIGHT}
        data={data}
        margin={{ top: 6, right: 10, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis dataKey="quarter" tick={{ fontSize: 13 }} interval="preserveStartEnd" height={20} />
        <YAxis domain={[0, max]} tick={{ fontSize: 13 }} width={40} tickCount={3} />
        <Line
          dataKey="value"
          stroke="var(--color-accent)"
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
        />
        <ReferenceLine x={quarter} stroke="var(--color-text)" strokeDasharray="3 3" />
      </ComposedChart>
    </figure>
  );
}
