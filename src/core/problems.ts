/**
 * A problem found in user input, as data: what is wrong and exactly where, so a UI or CLI can point at it.
 * `path` locates the field, e.g. ["roles", 3, "strengths", "vision"] or ["events", 2, "quarter"].
 */
export interface Problem {
  /** A stable machine-readable kind, e.g. "unknown-id", "cycle", "out-of-range". */
  kind: string;
  /** One sentence for a person: names the problem and where it is. */
  message: string;
  path: (string | number)[];
  /** The role this problem concerns, when there is one. */
  roleId?: string;
  /** The event index this problem concerns, when there is one. */
  eventIndex?: number;
  /** Warnings are reported but do not refuse the input. */
  severity: 'error' | 'warning';
}

export type Parsed<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };
