import { createHash } from 'node:crypto';
import { ApiFailure } from '../../core/api/errors';
import { PEOPLE_FIELDS, STRENGTH_NAMES, type Role, type Scenario } from '../../core/scenario/types';
import { eventIdLists, eventToColumns } from './scenario-rows';

/**
 * SQLite checks its pages' structure, not their content: a flipped bit inside a stored title or strength
 * reads back as a different, perfectly valid value. So each scenario row carries the SHA-256 of its
 * content (`scenarios.checksum`, schema 3), written in the same transaction as the rows and checked every
 * time the scenario is read.
 *
 * The hash covers exactly what a read gives back, in a canonical form that a scenario as saved and the
 * same scenario as read produce alike (optional fields present or not, strength keys in any order,
 * parameters in any order). It leaves out bookkeeping that is not content: position, timestamps, trash.
 */
export function scenarioChecksum(scenario: Scenario): string {
  // A role writes about 16 numbers; the writer grows if there are more.
  const out = new CanonicalWriter(16 * (scenario.roles.length + scenario.events.length) + 16);
  out.number(2); // the canonical form's version
  out.text(scenario.name);
  out.text(scenario.description ?? '');
  out.number(scenario.horizon);
  out.number(scenario.environment.volatility);
  out.nullableNumber(scenario.seed ?? null);
  out.number(scenario.roles.length);
  for (const role of scenario.roles) writeRole(out, role);
  out.number(scenario.events.length);
  for (const event of scenario.events) {
    const c = eventToColumns(event);
    const lists = eventIdLists(event);
    out.number(c.quarter);
    out.text(c.type);
    out.nullableText(c.role_id);
    out.nullableText(c.reports_to);
    for (const value of [c.team, c.severity, c.quarters, c.size, c.enabled]) out.nullableNumber(value);
    out.textList(lists.roleIds ?? []);
    out.textList(lists.takeOver ?? []);
    if (event.type === 'hire') writeRole(out, event.role);
    else if (event.type === 'succession') {
      out.number(-2);
      out.nullableText(event.person ?? null);
      for (const name of STRENGTH_NAMES) out.number(event.strengths[name]);
      if (event.ratingError !== undefined) {
        out.number(-4);
        out.number(event.ratingError);
      }
    } else out.number(-1);
    // Uncertain timing (schema 6), only when set, tagged -5.
    if (c.timing_spread) {
      out.number(-5);
      out.number(c.timing_spread);
    }
  }
  const parameters = Object.entries(scenario.parameters ?? {})
    .map(([name, value]) => [text(name), value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.number(parameters.length);
  for (const [name, value] of parameters) {
    out.text(name);
    out.number(value);
  }
  return out.digest();
}

function writeRole(out: CanonicalWriter, role: Role): void {
  out.text(role.id);
  out.text(role.title);
  out.nullableText(role.person ?? null);
  out.nullableText(role.reportsTo);
  out.textList(role.dottedTo ?? []);
  out.number(role.team);
  out.nullableText(role.department ?? null);
  out.number(role.oneOnOnes ? 1 : 0);
  for (const name of STRENGTH_NAMES) out.number(role.strengths[name]);
  // People data (schema 5), only when the role has some: a scenario without any keeps the checksum it
  // had before schema 5. The tag -3 cannot be mistaken for what follows a role (a count, 0 or more; an
  // event's tag -1 or -2).
  if (PEOPLE_FIELDS.some((field) => role[field] !== undefined)) {
    out.number(-3);
    for (const field of ['salary', 'icSalary', 'fte'] as const) out.nullableNumber(role[field] ?? null);
    out.nullableText(role.grade ?? null);
    out.nullableText(role.location ?? null);
  }
  // The rating error (schema 6), likewise only when set, tagged -4.
  if (role.ratingError !== undefined) {
    out.number(-4);
    out.number(role.ratingError);
  }
}

/**
 * The canonical form in two streams, hashed one after the other: every number (and every null's tag) as a
 * float64, in field order, and every text, in field order, as one JSON array of strings. The field order
 * is fixed, so the two streams say unambiguously what was where. About twice as fast as JSON text of the
 * same values, which spent most of its time printing 90,000 strengths of a 10,000-role scenario as
 * decimals, on every save and every read.
 */
class CanonicalWriter {
  private numbers: Float64Array;
  private count = 0;
  private readonly texts: string[] = [];

  constructor(expectedNumbers: number) {
    this.numbers = new Float64Array(Math.max(64, expectedNumbers));
  }

  number(value: number): void {
    if (this.count === this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers[this.count++] = value;
  }

  nullableNumber(value: number | null): void {
    if (value === null) this.number(0);
    else {
      this.number(1);
      this.number(value);
    }
  }

  text(value: string): void {
    this.texts.push(text(value));
  }

  nullableText(value: string | null): void {
    if (value === null) this.number(0);
    else {
      this.number(1);
      this.text(value);
    }
  }

  textList(values: readonly string[]): void {
    this.number(values.length);
    for (const value of values) this.text(value);
  }

  digest(): string {
    return createHash('sha256')
      .update(new Uint8Array(this.numbers.buffer, 0, this.count * 8))
      .update(JSON.stringify(this.texts))
      .digest('hex');
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A string as SQLite gives it back. better-sqlite3 writes a lone surrogate half as its three-byte form,
 * which reads back as three U+FFFD; a scenario holding one (the format does not forbid it) must not look
 * damaged on its next read.
 */
function text(value: string): string {
  return SURROGATE.test(value) ? value.replace(LONE_SURROGATE, '\uFFFD\uFFFD\uFFFD') : value;
}

/** Thrown by a read whose content does not match its stored checksum; handlers add the backup to offer. */
export function checksumMismatch(scenarioId: string, scenarioName: string): ApiFailure {
  return new ApiFailure(
    'damaged',
    `The scenario "${scenarioName}" does not match the checksum saved with it: its stored content was damaged on disk or changed outside Ballast, so it was not opened. Nothing was changed; restore it from a backup.`,
    { reason: 'checksum-mismatch', scenarioId, scenarioName },
  );
}

export function isChecksumMismatch(error: unknown): error is ApiFailure {
  return (
    error instanceof ApiFailure &&
    (error.details as { reason?: unknown } | undefined)?.reason === 'checksum-mismatch'
  );
}
