import { describe, expect, it } from 'vitest';
import { chooseBackupsToKeep } from '../../src/backend/backups/retention';

const NOW = new Date('2026-11-28T12:00:00Z');
const HOUR = 60 * 60 * 1000;

function backupsEvery(hours: number, count: number) {
  return Array.from({ length: count }, (_v, i) => ({
    id: `b${i}`,
    takenAt: new Date(NOW.getTime() - i * hours * HOUR),
  }));
}

describe('chooseBackupsToKeep', () => {
  it('keeps everything when there are ten or fewer', () => {
    const backups = backupsEvery(1, 10);
    expect([...chooseBackupsToKeep(backups, NOW)].sort()).toEqual(backups.map((b) => b.id).sort());
    expect(chooseBackupsToKeep([], NOW).size).toBe(0);
  });

  it('keeps the ten newest of many taken the same day', () => {
    const backups = backupsEvery(0.1, 50); // every 6 minutes, all within 5 hours
    const kept = chooseBackupsToKeep(backups, NOW);
    expect([...kept].sort()).toEqual(
      backups
        .slice(0, 10)
        .map((b) => b.id)
        .sort(),
    );
  });

  it('adds the newest backup of each of the last seven days beyond the ten newest', () => {
    const backups = backupsEvery(2, 12 * 10); // every two hours for ten days
    const kept = chooseBackupsToKeep(backups, NOW);
    const keptDays = [...kept].map((id) => {
      const backup = backups.find((b) => b.id === id)!;
      return Math.floor((NOW.getTime() - backup.takenAt.getTime()) / (24 * HOUR));
    });
    // Ten newest (the last 20 hours, day 0) plus one for each of days 1..6.
    expect(kept.size).toBe(16);
    expect(new Set(keptDays)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    // The one kept for a day is that day's newest.
    expect(kept.has('b12')).toBe(true); // exactly 24 hours old: the newest of day 1
    expect(kept.has('b13')).toBe(false);
    // Nothing older than seven days survives once there are ten newer.
    expect(keptDays.every((day) => day < 7)).toBe(true);
  });

  it('keeps the ten newest even when all are older than a week', () => {
    const old = backupsEvery(24, 30).map((b) => ({
      ...b,
      takenAt: new Date(b.takenAt.getTime() - 30 * 24 * HOUR),
    }));
    expect([...chooseBackupsToKeep(old, NOW)].sort()).toEqual(
      old
        .slice(0, 10)
        .map((b) => b.id)
        .sort(),
    );
  });

  it('keeps backups dated in the future (a clock set back) rather than deleting them', () => {
    const future = { id: 'future', takenAt: new Date(NOW.getTime() + 5 * HOUR) };
    const many = backupsEvery(0.1, 20);
    expect(chooseBackupsToKeep([future, ...many], NOW).has('future')).toBe(true);
  });

  it('does not depend on the order it is given', () => {
    const backups = backupsEvery(3, 100);
    const shuffled = [...backups].reverse();
    expect(chooseBackupsToKeep(shuffled, NOW)).toEqual(chooseBackupsToKeep(backups, NOW));
  });
});
