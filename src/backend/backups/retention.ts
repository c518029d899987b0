/** How many backups survive: the newest `recent`, plus the newest of each of the last `days` days. */
export interface RetentionPolicy {
  recent: number;
  days: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { recent: 10, days: 7 };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which backups to keep, by id. Days are counted back from `now` in whole 24-hour steps (day 0 is the
 * last 24 hours), not calendar days, so the answer does not depend on the computer's time zone. A backup
 * from the future (a clock set back) counts as recent and is kept rather than guessed about.
 */
export function chooseBackupsToKeep(
  backups: readonly { id: string; takenAt: Date }[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set(newestFirst.slice(0, policy.recent).map((b) => b.id));
  const dayTaken = new Set<number>();
  for (const backup of newestFirst) {
    const day = Math.floor((now.getTime() - backup.takenAt.getTime()) / DAY_MS);
    if (day < 0) {
      keep.add(backup.id);
      continue;
    }
    if (day >= policy.days || dayTaken.has(day)) continue;
    dayTaken.add(day);
    keep.add(backup.id);
  }
  return keep;
}
