import type { Parsed, Problem } from '../problems';
import { checkEvents } from './check-events';
import { parameterProblems } from './check-parameters';
import { checkRoles } from './check-roles';
import { describeValue } from './describe';
import { findJsonSyntaxError } from './json-syntax';
import { normalizeScenario } from './normalize';
import { isPlainRole } from './plain-role';
import { problemAt } from './problem';
import { ProblemList } from './problem-list';
import { eventSchemas, scenarioBodySchema } from './schema';
import { forbiddenKeyProblems, unknownKeyProblems } from './unknown-keys';
import { problemsFromIssues } from './zod-issues';
import {
  EVENT_TYPES,
  MAX_HORIZON,
  MIN_HORIZON,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
} from './types';

export interface ParseScenarioOptions {
  /**
   * Whether `format` and `version` must be present. Files must carry them (the default); scenario
   * bodies passed between the app's own layers may leave them out. When present they are always checked.
   */
  requireHeader?: boolean;
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

function headerProblems(root: Raw, requireHeader: boolean): Problem[] {
  const problems: Problem[] = [];
  const has = (key: string) => Object.prototype.hasOwnProperty.call(root, key);
  if (has('format') ? root.format !== SCENARIO_FORMAT : requireHeader) {
    problems.push(
      problemAt(
        root,
        ['format'],
        'format',
        `format is ${describeValue(root.format)}; a scenario file has "format": "${SCENARIO_FORMAT}"`,
      ),
    );
  }
  if (has('version') ? root.version !== SCENARIO_VERSION : requireHeader) {
    const newer = typeof root.version === 'number' && root.version > SCENARIO_VERSION;
    problems.push(
      problemAt(
        root,
        ['version'],
        'version',
        newer
          ? `version is ${root.version}, newer than this app reads (${SCENARIO_VERSION}); update Ballast to open it`
          : `version is ${describeValue(root.version)}; this app reads "version": ${SCENARIO_VERSION}`,
      ),
    );
  }
  return problems;
}

function eventProblems(root: Raw): Problem[] {
  if (!Array.isArray(root.events)) return [];
  return root.events.flatMap((event, index) => {
    if (!isObject(event))
      return [
        problemAt(
          root,
          ['events', index],
          'wrong-type',
          `event ${index + 1} is ${describeValue(event)}; an event is an object`,
        ),
      ];
    const type = event.type;
    // Unknown types are reported by checkEvents, which sees every event in acting order.
    if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) return [];
    const result = eventSchemas[type as keyof typeof eventSchemas].safeParse(event);
    return result.success ? [] : problemsFromIssues(root, ['events', index], result.error.issues);
  });
}

/** id -> manager for every starting role whose id is usable, so events can be replayed over them. */
function startingLines(root: Raw): Map<string, string | null> {
  const lines = new Map<string, string | null>();
  if (!Array.isArray(root.roles)) return lines;
  for (const role of root.roles) {
    if (!isObject(role) || typeof role.id !== 'string' || role.id === '' || lines.has(role.id)) continue;
    lines.set(role.id, typeof role.reportsTo === 'string' && role.reportsTo !== '' ? role.reportsTo : null);
  }
  return lines;
}

/**
 * Reads a scenario (format v1) from an already-decoded value and reports every problem at once, each
 * naming its place (role id, event number, field). Errors refuse the scenario; warnings (unknown keys,
 * events that do nothing) come back beside the value. The value is a fresh plain object with every
 * default filled in.
 */
export function parseScenario(value: unknown, options: ParseScenarioOptions = {}): Parsed<Scenario> {
  if (!isObject(value)) {
    return {
      ok: false,
      problems: [
        problemAt(
          value,
          [],
          'wrong-type',
          `the scenario is ${describeValue(value)}; a scenario is a JSON object`,
        ),
      ],
    };
  }
  // One problem at a time into a capped list: a file can have hundreds of thousands (never spread them
  // into push, which overflows the stack), and a refusal lists the first of each kind and a count.
  const problems = new ProblemList();
  // The usual case, every role plainly well formed, spares the per-role walks of the schema and the key
  // checks (they would find nothing there); the checks of the whole tree still see every role.
  const rolesArePlain = Array.isArray(value.roles) && value.roles.every(isPlainRole);
  problems.addAll(forbiddenKeyProblems(value, rolesArePlain));
  problems.addAll(headerProblems(value, options.requireHeader ?? true));
  // Plain roles give the schema no issue, so an empty list in their place leaves its issues unchanged.
  const body = scenarioBodySchema.safeParse(rolesArePlain ? { ...value, roles: [] } : value);
  if (!body.success) problems.addAll(problemsFromIssues(value, [], body.error.issues));
  problems.addAll(parameterProblems(value, value.parameters));
  problems.addAll(eventProblems(value));
  problems.addAll(checkRoles(value, value.roles));
  // The horizon bounds event quarters even when other parts of the scenario are broken.
  const h = value.horizon;
  const horizon =
    typeof h === 'number' && Number.isInteger(h) && h >= MIN_HORIZON && h <= MAX_HORIZON ? h : undefined;
  problems.addAll(checkEvents(value, startingLines(value), horizon));
  problems.addAll(unknownKeyProblems(value, rolesArePlain));

  if (problems.hasErrors) return { ok: false, problems: problems.list() };
  return { ok: true, value: normalizeScenario(value), warnings: problems.list() };
}

/** Parses scenario file text: JSON syntax errors come back with line and column, then as parseScenario. */
export function parseScenarioJson(text: string, options: ParseScenarioOptions = {}): Parsed<Scenario> {
  const warnings: Problem[] = [];
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push({
      kind: 'encoding',
      message: 'the file starts with a byte-order mark, which was ignored',
      path: [],
      severity: 'warning',
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const where = findJsonSyntaxError(text);
    const message = where
      ? `the file is not valid JSON: line ${where.line}, column ${where.column}: ${where.message}`
      : `the file is not valid JSON: ${(error as Error).message}`;
    return { ok: false, problems: [...warnings, { kind: 'syntax', message, path: [], severity: 'error' }] };
  }
  const parsed = parseScenario(value, options);
  return parsed.ok
    ? { ...parsed, warnings: [...warnings, ...parsed.warnings] }
    : { ok: false, problems: [...warnings, ...parsed.problems] };
}
