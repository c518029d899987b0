import type { Problem } from '../problems';
import { placeName, type Path } from './describe';
import { problemAt } from './problem';
import { KNOWN_KEYS } from './schema';

/**
 * Keys that could reach an object's prototype if some code later copied the input naively. A file
 * carrying one anywhere is refused: there is no legitimate use for them in a scenario.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deep walk (iterative, so a deeply nested file cannot overflow the stack) for forbidden keys. */
export function forbiddenKeyProblems(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const here = [...path, key];
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(
          problemAt(
            root,
            here,
            'forbidden-key',
            `${placeName(root, here)} is a forbidden key; "__proto__", "constructor" and "prototype" are refused anywhere in a scenario`,
          ),
        );
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: here });
    }
  }
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function unknownIn(root: unknown, value: unknown, path: Path, known: readonly string[], out: Problem[]) {
  if (!isObject(value)) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key) || FORBIDDEN_KEYS.has(key)) continue;
    const here = [...path, key];
    out.push(
      problemAt(
        root,
        here,
        'unknown-key',
        `${placeName(root, here)} is not a field of format version 1 and is ignored`,
        'warning',
      ),
    );
  }
}

function roleUnknownKeys(root: unknown, role: unknown, path: Path, out: Problem[]) {
  unknownIn(root, role, path, KNOWN_KEYS.role, out);
  if (isObject(role)) unknownIn(root, role.strengths, [...path, 'strengths'], KNOWN_KEYS.strengths, out);
}

/** Warnings for keys that version 1 does not define (a later version may add fields, so not errors). */
export function unknownKeyProblems(root: unknown): Problem[] {
  const out: Problem[] = [];
  if (!isObject(root)) return out;
  unknownIn(root, root, [], KNOWN_KEYS.scenario, out);
  unknownIn(root, root.environment, ['environment'], KNOWN_KEYS.environment, out);
  if (Array.isArray(root.roles))
    root.roles.forEach((role, i) => roleUnknownKeys(root, role, ['roles', i], out));
  if (Array.isArray(root.events)) {
    root.events.forEach((event, i) => {
      if (!isObject(event) || typeof event.type !== 'string') return;
      const known = (KNOWN_KEYS.event as Record<string, string[]>)[event.type];
      if (known === undefined || !Object.prototype.hasOwnProperty.call(KNOWN_KEYS.event, event.type)) return;
      unknownIn(root, event, ['events', i], known, out);
      if (event.type === 'hire') roleUnknownKeys(root, event.role, ['events', i, 'role'], out);
    });
  }
  return out;
}
