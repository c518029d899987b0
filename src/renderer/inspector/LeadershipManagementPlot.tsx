import { leadershipScore, managementScore } from '../../core/org/strength-summary';
import type { Role } from '../../core/scenario/types';
import styles from './Inspector.module.css';

const SIZE = 160;
const PAD = 22;
const scale = (value: number) => PAD + (value / 10) * (SIZE - 2 * PAD);

/**
 * Where the role sits between Kotter's two systems: management across, leadership up. The corners name
 * the risk of each imbalance; the figures that decide a team's outcome come from the simulation.
 */
export function LeadershipManagementPlot({ roles }: { roles: readonly Role[] }) {
  const points = roles.map((role) => ({
    id: role.id,
    title: role.title,
    l: leadershipScore(role.strengths),
    m: managementScore(role.strengths),
  }));
  const summary =
    points.length === 1
      ? `${points[0].title}: leadership ${points[0].l.toFixed(1)}, management ${points[0].m.toFixed(1)}`
      : `${points.length} roles by leadership and management`;
  return (
    <section aria-label="Leadership and management">
      <h2 className={styles.heading}>Leadership × management</h2>
      <svg width={SIZE} height={SIZE} role="img" aria-label={summary}>
        <rect
          x={PAD}
          y={PAD}
          width={SIZE - 2 * PAD}
          height={SIZE - 2 * PAD}
          fill="var(--color-surface-sunken)"
          rx={4}
        />
        <line
          x1={SIZE / 2}
          x2={SIZE / 2}
          y1={PAD}
          y2={SIZE - PAD}
          stroke="var(--color-border-strong)"
          strokeDasharray="3 3"
        />
        <line
          y1={SIZE / 2}
          y2={SIZE / 2}
          x1={PAD}
          x2={SIZE - PAD}
          stroke="var(--color-border-strong)"
          strokeDasharray="3 3"
        />
        <text x={PAD + 4} y={PAD + 12} fontSize={9} fill="var(--color-chaos)">
          chaos risk
        </text>
        <text x={SIZE - PAD - 4} y={PAD + 12} fontSize={9} fill="var(--color-balance)" textAnchor="end">
          balance
        </text>
        <text x={PAD + 4} y={SIZE - PAD - 5} fontSize={9} fill="var(--color-stagnation)">
          stagnation
        </text>
        <text
          x={SIZE - PAD - 4}
          y={SIZE - PAD - 5}
          fontSize={9}
          fill="var(--color-bureaucracy)"
          textAnchor="end"
        >
          bureaucracy risk
        </text>
        <text x={SIZE / 2} y={SIZE - 6} fontSize={9} fill="var(--color-text-muted)" textAnchor="middle">
          management →
        </text>
        <text
          x={8}
          y={SIZE / 2}
          fontSize={9}
          fill="var(--color-text-muted)"
          textAnchor="middle"
          transform={`rotate(-90 8 ${SIZE / 2})`}
        >
          leadership →
        </text>
        {points.map((p) => (
          <circle
            key={p.id}
            cx={scale(p.m)}
            cy={SIZE - scale(p.l)}
            r={5}
            fill="var(--color-accent)"
            stroke="var(--color-surface)"
          >
            <title>{`${p.title}: L ${p.l.toFixed(1)}, M ${p.m.toFixed(1)}`}</title>
          </circle>
        ))}
      </svg>
    </section>
  );
}
