import type { Problem } from '../problems';

/**
 * At most this many problems of one kind (and severity) are listed; the rest are counted in one closing
 * problem. A 100,000-role file from a later format version that adds two fields per role has 200,000
 * unknown keys: the person reading needs the first few and the count, not 200,000 lines, and an API reply
 * or a dialog must not grow with the file.
 */
export const MAX_PROBLEMS_PER_KIND = 100;

/** 124900 -> "124,900", the same in every locale. */
export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface Overflow {
  kind: string;
  severity: Problem['severity'];
  /** The first problem not listed: its place starts the closing problem's message. */
  first: Problem;
  count: number;
}

/**
 * Collects problems one at a time (never `push(...spread)`, which overflows the stack past about 125,000
 * items), keeping the first MAX_PROBLEMS_PER_KIND of each kind and severity in the order found and only
 * counting the rest, so memory stays bounded however many a file has.
 */
export class ProblemList {
  private readonly kept: Problem[] = [];
  private readonly counts = new Map<string, number>();
  private readonly overflow = new Map<string, Overflow>();
  private errorCount = 0;

  constructor(private readonly perKind = MAX_PROBLEMS_PER_KIND) {}

  add(problem: Problem): void {
    if (problem.severity === 'error') this.errorCount++;
    const key = `${problem.severity}\u0000${problem.kind}`;
    const seen = this.counts.get(key) ?? 0;
    this.counts.set(key, seen + 1);
    if (seen < this.perKind) {
      this.kept.push(problem);
      return;
    }
    const more = this.overflow.get(key);
    if (more) more.count++;
    else this.overflow.set(key, { kind: problem.kind, severity: problem.severity, first: problem, count: 1 });
  }

  addAll(problems: Iterable<Problem>): void {
    for (const problem of problems) this.add(problem);
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /**
   * The problems listed, in the order found, then one closing problem per kind that had more than the
   * cap: `and 124,900 more unknown-key warnings like these, not listed; the first of them: role "r101":
   * extraA is not a field of format version 1 and is ignored`, located where the first of them is.
   */
  list(): Problem[] {
    const out = this.kept.slice();
    for (const { kind, severity, first, count } of this.overflow.values()) {
      out.push({
        kind,
        severity,
        path: first.path,
        message: `and ${withThousands(count)} more ${kind} ${severity}${count === 1 ? '' : 's'} like these, not listed; the first of them: ${first.message}`,
      });
    }
    return out;
  }
}
