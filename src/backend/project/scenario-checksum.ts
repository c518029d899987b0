import { createHash } from 'node:crypto';
import { ApiFailure } from '../../core/api/errors';
import { STRENGTH_NAMES, type Role, type Scenario } from '../../core/scenario/types';
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
  const parameters = Object.entries(scenario.parameters ?? {})
    .map(([name, value]) => [text(name), value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = [
    1, // the canonical form's version
    text(scenario.name),
    text(scenario.description ?? ''),
    scenario.horizon,
    scenario.environment.volatility,
    scenario.seed ?? null,
    scenario.roles.map(canonicalRole),
    scenario.events.map((event) => {
      const c = eventToColumns(event);
      const lists = eventIdLists(event);
      return [
        c.quarter,
        c.type,
        nullableText(c.role_id),
        nullableText(c.reports_to),
        c.team,
        c.severity,
        c.quarters,
        c.size,
        c.enabled,
        (lists.roleIds ?? []).map(text),
        (lists.takeOver ?? []).map(text),
        event.type === 'hire' ? canonicalRole(event.role) : null,
      ];
    }),
    parameters,
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

function canonicalRole(role: Role): unknown[] {
  return [
    text(role.id),
    text(role.title),
    nullableText(role.person ?? null),
    nullableText(role.reportsTo),
    (role.dottedTo ?? []).map(text),
    role.team,
    nullableText(role.department ?? null),
    role.oneOnOnes ? 1 : 0,
    STRENGTH_NAMES.map((name) => role.strengths[name]),
  ];
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

function nullableText(value: string | null): string | null {
  return value === null ? null : text(value);
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
