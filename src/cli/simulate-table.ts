/** The readable table `npm run simulate` prints without --json: one row a quarter. */
import type { SimulationReport } from '../engine/report';
import { sharesText } from '../core/shares-text';
import { readVerdict, verdictText } from '../core/verdict-text';

const COLUMNS: [header: string, width: number, cell: (o: Record<string, unknown>) => string][] = [
  ['Q', 3, (o) => String(o.quarter)],
  ['people', 7, (o) => fmt(o.headcount, 0)],
  ['layers', 6, (o) => fmt(o.layers, 0)],
  ['chaos', 6, (o) => fmt(o.chaos, 1)],
  ['bureau', 6, (o) => fmt(o.bureaucracy, 1)],
  ['health', 6, (o) => fmt(o.health, 1)],
  ['align', 5, (o) => fmt(o.alignment, 2)],
  ['engage', 6, (o) => fmt(o.engagement, 2)],
  ['exec', 5, (o) => fmt(o.execution, 2)],
  ['innov', 5, (o) => fmt(o.innovation, 2)],
  ['trust', 5, (o) => fmt(o.trust, 2)],
  ['burnout', 7, (o) => fmt(o.burnout, 2)],
  ['quit%', 5, (o) => fmt(100 * Number(o.attrition), 1)],
  ['fit', 4, (o) => fmt(o.fit, 2)],
];

function fmt(v: unknown, digits: number): string {
  return typeof v === 'number' ? v.toFixed(digits) : String(v);
}

export function formatTable(report: SimulationReport): string {
  const banded = report.runs > 1;
  const header = [
    ...COLUMNS.map(([h, w]) => h.padStart(w)),
    ...(banded ? ['chaos p10-p90'.padStart(13)] : []),
    'verdict',
  ];
  const lines = [
    `${report.scenario}${banded ? ` (median of ${report.runs} runs, seed ${report.seed})` : ''}`,
    header.join('  '),
  ];
  for (const q of report.quarters) {
    const row = { quarter: q.quarter, ...q.org } as Record<string, unknown>;
    const cells = COLUMNS.map(([, w, cell]) => cell(row).padStart(w));
    if (banded && q.bands)
      cells.push(`${fmt(q.bands.chaos.p10, 1)}-${fmt(q.bands.chaos.p90, 1)}`.padStart(13));
    // "chaos (confirmed)", "borderline between balance and chaos", "too few people to judge", ...
    const verdict = verdictText(readVerdict(q.org));
    cells.push(q.org.shares ? `${verdict}; ${sharesText(q.org.shares)}` : verdict);
    lines.push(cells.join('  '));
  }
  if (banded)
    lines.push(
      'Shares are of runs under the stated assumptions (docs/MODEL.md, M2): a projection, not a forecast.',
    );
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}
