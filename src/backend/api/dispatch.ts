import { z } from 'zod';
import { isOperationName, requestSchemas, type OperationName } from '../../core/api/contract';
import { ApiFailure, type ApiError, type ApiResult } from '../../core/api/errors';
import type { BackendContext } from '../context';
import type { Handler, HandlerMap } from './handler-map';

export type Dispatch = (name: string, payload: unknown) => Promise<ApiResult<unknown>>;

/**
 * The boundary every transport calls: checks the operation name and the request against its schema,
 * runs the handler, and turns every failure into plain `{ code, message, details }` data. It never throws.
 */
export function createDispatch(handlers: HandlerMap, context: BackendContext, log = defaultLog): Dispatch {
  return async (name, payload) => {
    if (!isOperationName(name)) {
      return failure({
        code: 'unknown-operation',
        message: `There is no operation called "${String(name)}".`,
      });
    }
    const parsed = requestSchemas[name].safeParse(payload ?? {});
    if (!parsed.success) {
      return failure({
        code: 'invalid-request',
        message: `The request for ${name} is invalid: ${describeIssues(parsed.error)}.`,
        details: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String),
          message: issue.message,
        })),
      });
    }
    try {
      const handler = handlers[name] as Handler<OperationName>;
      return { ok: true, value: await handler(parsed.data as never, context) };
    } catch (error) {
      return failure(toApiError(error, name, log));
    }
  };
}

function failure(error: ApiError): ApiResult<never> {
  return { ok: false, error };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Operating-system and SQLite errors become 'io' with their own words; anything else is a bug, logged. */
export function toApiError(error: unknown, operation: string, log = defaultLog): ApiError {
  if (error instanceof ApiFailure) return error.toData();
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    // A write the read-only check on open could not foresee (the file or disk turned read-only since).
    return {
      code: 'read-only',
      message: `Nothing was saved (${operation}): the project file, its folder or its disk is read-only. To keep your changes, use Save As to save a copy somewhere you can write.`,
      details: { cause: code },
    };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT')) {
    return {
      code: 'damaged',
      message: `The project file is damaged (${operation} failed; SQLite reports: ${message}). Nothing was changed; restore it from a backup (File > Backups).`,
      details: { cause: code },
    };
  }
  if (typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code.startsWith('SQLITE_'))) {
    return { code: 'io', message: `${operation} failed: ${message}`, details: { cause: code } };
  }
  log(`Unexpected error in ${operation}:`, error);
  return { code: 'internal', message: `${operation} failed unexpectedly: ${message}` };
}

function defaultLog(...args: unknown[]): void {
  console.error(...args);
}
