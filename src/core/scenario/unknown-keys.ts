import type { Problem } from '../problems';
import { placeName, type Path } from './describe';
import { problemAt } from './problem';
import { KNOWN_KEYS } from './schema';

/**
 * Keys that could reach an object's prototype if some code later copied the input naively. A file
 * carrying one anywhere is refused: there is no legitimate use for them in a scenario.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * How deeply objects and lists may nest, the scenario itself being level 1. Format v1 needs 5 (an event's
 * hired role's strengths); the rest is room for fields a later version may add. A deeper file is refused.
 */
export const MAX_NESTING = 100;

/** One object or list being walked: where it is (its parent and the key or index there) and how far. */
interface Frame {
  node: object;
  /** The object's own keys; null for a list, whose indexes are walked instead. */
  keys: string[] | null;
  next: number;
  parent: Frame | null;
  step: string | number;
  /** 1 for the scenario itself. */
  level: number;
  /** Whether a too-deep child of this node was reported already (one report per node is enough). */
  tooDeep: boolean;
}

function frameFor(node: object, parent: Frame | null, step: string | number): Frame {
  return {
    node,
    keys: Array.isArray(node) ? null : Object.keys(node),
    next: 0,
    parent,
    step,
    level: parent ? parent.level + 1 : 1,
    tooDeep: false,
  };
}

/** The path to a frame's node, plus one more step; built only for a problem, never during the walk. */
function pathTo(frame: Frame, last: string | number): Path {
  const path: Path = [last];
  for (let f: Frame | null = frame; f !== null && f.parent !== null; f = f.parent) path.push(f.step);
  return path.reverse();
}

/** `role "eng": extra[0][0][0][0]…`: a long path's first steps, enough to find it. */
function shortPlace(root: unknown, path: Path): string {
  const shown = 8;
  return path.length <= shown ? placeName(root, path) : `${placeName(root, path.slice(0, shown))}…`;
}

/**
 * One walk over everything in the scenario, known or not: refuses the forbidden keys wherever they are,
 * and objects or lists nested more than MAX_NESTING levels deep (the walk does not go below that).
 * Iterative, so no nesting overflows the stack, and linear: each node is visited once and holds only its
 * parent and its own key, a path being built only when a problem is reported (copying the path at every
 * level made 200,000 nested lists take minutes). `rolesArePlain`: every starting role passed
 * isPlainRole, so the walk need not go into them.
 */
export function forbiddenKeyProblems(root: unknown, rolesArePlain = false): Problem[] {
  const problems: Problem[] = [];
  if (root === null || typeof root !== 'object') return problems;
  // Shared objects (possible in values built in the app, not in JSON) are walked once, cycles never twice.
  const seen = new Set<object>([root]);
  const stack: Frame[] = [frameFor(root, null, '')];
  const plainRoles = rolesArePlain ? (root as Record<string, unknown>).roles : undefined;
  let skippedRoles: Record<string, unknown>[] | null = null;
  let skipped: Set<object> | null = null;
  /**
   * The objects of the roles not walked (each role, its strengths and dottedTo), which the walk would
   * have marked seen. Seen or not only changes what a walk reports where it could go too deep (an object
   * shared from a role into deep nesting, possible in values built in the app), so they are gathered only
   * when the walk gets that deep, and a normal scenario never pays for them.
   */
  const skippedObjects = (roles: Record<string, unknown>[]): Set<object> => {
    if (skipped === null) {
      skipped = new Set();
      for (const role of roles) {
        skipped.add(role);
        if (role.strengths !== undefined) skipped.add(role.strengths as object);
        if (role.dottedTo !== undefined) skipped.add(role.dottedTo as object);
      }
    }
    return skipped;
  };
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    let step: string | number;
    let child: unknown;
    if (frame.keys === null) {
      const list = frame.node as unknown[];
      if (list === plainRoles && frame.parent?.parent === null) {
        // Plain roles (isPlainRole) hold no forbidden key and nest two levels at most, so the walk need
        // not go into them (it was a tenth of a 10,000-role save); see skippedObjects for what it owes.
        skippedRoles = list as Record<string, unknown>[];
        stack.pop();
        continue;
      }
      if (frame.next >= list.length) {
        stack.pop();
        continue;
      }
      step = frame.next++;
      child = list[step];
    } else {
      if (frame.next >= frame.keys.length) {
        stack.pop();
        continue;
      }
      step = frame.keys[frame.next++];
      if (FORBIDDEN_KEYS.has(step)) {
        const here = pathTo(frame, step);
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
      child = (frame.node as Record<string, unknown>)[step];
    }
    if (child === null || typeof child !== 'object' || seen.has(child)) continue;
    // Walking one of them again would report nothing new unless its own walk could go too deep.
    if (skippedRoles !== null && frame.level >= MAX_NESTING - 1 && skippedObjects(skippedRoles).has(child))
      continue;
    seen.add(child);
    if (frame.level >= MAX_NESTING) {
      if (frame.tooDeep) continue;
      frame.tooDeep = true;
      const here = pathTo(frame, step);
      problems.push(
        problemAt(
          root,
          here,
          'too-deep',
          `${shortPlace(root, here)} is nested more than ${MAX_NESTING} levels deep; objects and lists in a scenario nest at most ${MAX_NESTING} levels (the scenario itself being level 1)`,
        ),
      );
      continue;
    }
    stack.push(frameFor(child, frame, step));
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

/**
 * Warnings for keys that version 1 does not define (a later version may add fields, so not errors).
 * `rolesArePlain`: every starting role passed isPlainRole, so their keys need no look.
 */
export function unknownKeyProblems(root: unknown, rolesArePlain = false): Problem[] {
  const out: Problem[] = [];
  if (!isObject(root)) return out;
  unknownIn(root, root, [], KNOWN_KEYS.scenario, out);
  unknownIn(root, root.environment, ['environment'], KNOWN_KEYS.environment, out);
  // Plain roles (isPlainRole) hold only known keys.
  if (Array.isArray(root.roles) && !rolesArePlain)
    root.roles.forEach((role, i) => roleUnknownKeys(root, role, ['roles', i], out));
  if (Array.isArray(root.events)) {
    root.events.forEach((event, i) => {
      if (!isObject(event) || typeof event.type !== 'string') return;
      const known = (KNOWN_KEYS.event as Record<string, string[]>)[event.type];
      if (known === undefined || !Object.prototype.hasOwnProperty.call(KNOWN_KEYS.event, event.type)) return;
      unknownIn(root, event, ['events', i], known, out);
      if (event.type === 'hire') roleUnknownKeys(root, event.role, ['events', i, 'role'], out);
      if (event.type === 'succession')
        unknownIn(root, event.strengths, ['events', i, 'strengths'], KNOWN_KEYS.strengths, out);
    });
  }
  return out;
}
