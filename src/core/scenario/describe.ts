/**
 * Words for places and values in a scenario, so that every problem message names where it is the way a
 * person would look for it: by role id, by event number and type, then by field.
 */

export type Path = (string | number)[];

/** Reads the raw (unvalidated) input along a path; undefined when any step is missing. */
export function valueAt(root: unknown, path: Path): unknown {
  let current: unknown = root;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, step)) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** A short rendering of a raw value for a message: `11`, `"eng"`, `null`, `a list`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Who a path belongs to: `role "eng"` (or `role 4` when its id is unusable), `event 3 (crisis)`, or
 * nothing for top-level fields. Roles and events are counted from 1 in messages, as people count; the
 * Problem's `path` and `eventIndex` keep the 0-based array index.
 */
export function ownerOf(root: unknown, path: Path): { owner: string; rest: Path } {
  if (path[0] === 'roles' && typeof path[1] === 'number') {
    const id = valueAt(root, ['roles', path[1], 'id']);
    const owner = typeof id === 'string' && id !== '' ? `role ${describeValue(id)}` : `role ${path[1] + 1}`;
    return { owner, rest: path.slice(2) };
  }
  if (path[0] === 'events' && typeof path[1] === 'number') {
    return { owner: eventName(root, path[1]), rest: path.slice(2) };
  }
  return { owner: '', rest: path };
}

export function eventName(root: unknown, index: number): string {
  const type = valueAt(root, ['events', index, 'type']);
  return typeof type === 'string' && type !== '' ? `event ${index + 1} (${type})` : `event ${index + 1}`;
}

/** A key as a message shows it: whole up to 40 characters, so a huge unknown key cannot flood a message. */
function keyName(key: string): string {
  return key.length > 40 ? key.slice(0, 37) + '...' : key;
}

/** `strengths.vision`, `roleIds[2]`, `role.strengths.plan`. */
export function fieldName(rest: Path): string {
  let out = '';
  for (const step of rest) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out === '' ? keyName(step) : `.${keyName(step)}`;
  }
  return out;
}

/** `role "eng": strengths.vision` or `horizon`; the place half of a message. */
export function placeName(root: unknown, path: Path): string {
  const { owner, rest } = ownerOf(root, path);
  const field = fieldName(rest);
  if (owner === '') return field === '' ? 'the scenario' : field;
  return field === '' ? owner : `${owner}: ${field}`;
}

/** Role id and event index a path concerns, for Problem's optional locating fields. */
export function locate(root: unknown, path: Path): { roleId?: string; eventIndex?: number } {
  if (path[0] === 'roles' && typeof path[1] === 'number') {
    const id = valueAt(root, ['roles', path[1], 'id']);
    return typeof id === 'string' && id !== '' ? { roleId: id } : {};
  }
  if (path[0] === 'events' && typeof path[1] === 'number') return { eventIndex: path[1] };
  return {};
}
