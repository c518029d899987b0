/** Errors cross every transport as plain data, never as thrown objects. */
export const API_ERROR_CODES = [
  'invalid-request', // the request failed its schema
  'unknown-operation',
  'not-found', // no such file, scenario or sample
  'not-a-project', // the file is not a Ballast project (not SQLite, or SQLite without our schema)
  'newer-schema', // written by a newer Ballast; refused, never "upgraded down"
  'damaged', // SQLite says the file is corrupt
  'invalid-scenario', // the scenario breaks format v1; details lists each problem
  'forbidden-path', // a path outside what this transport may touch
  'forbidden', // the caller is not the app's own UI (wrong secret, origin, host or IPC sender frame)
  'already-exists',
  'in-use', // the project is open elsewhere (another window, program or computer); details.lockedBy says who
  'unsupported', // the operation is not available on this transport
  'read-only', // the project was opened read-only (write-protected file or disk); Save As keeps changes
  'io', // the operating system refused (permissions, disk full, ...)
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  /** One or two sentences for a person: what went wrong, where, and what to do. */
  message: string;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the backend; the dispatcher turns it into an ApiError. Never crosses a transport. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  toData(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
