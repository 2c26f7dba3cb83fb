import { DrizzleQueryError } from 'drizzle-orm/errors';

/** A PostgreSQL error as both drivers raise it (node-postgres' DatabaseError, PGlite's): a SQLSTATE code. */
interface DatabaseErrorFields {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  routine?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

const isDatabaseError = (error: unknown): error is Error & DatabaseErrorFields =>
  error instanceof Error &&
  typeof (error as DatabaseErrorFields).code === 'string' &&
  SQLSTATE.test((error as DatabaseErrorFields).code as string) &&
  'severity' in error;

/**
 * The first database error in the chain of causes, or the Drizzle wrapper when there is one (with what it
 * wraps: a driver or pool error without a SQLSTATE — a lost connection, a wait that ran out).
 */
function databaseErrorIn(error: unknown): {
  wrapper: Error | null;
  cause: (Error & DatabaseErrorFields) | null;
  driverError: Error | null;
} | null {
  let current: unknown = error;
  let wrapper: Error | null = null;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof DrizzleQueryError) wrapper ??= current;
    if (isDatabaseError(current)) return { wrapper, cause: current, driverError: null };
    current = (current as { cause?: unknown }).cause;
  }
  if (!wrapper) return null;
  const wrapped = (wrapper as { cause?: unknown }).cause;
  return { wrapper, cause: null, driverError: wrapped instanceof Error ? wrapped : null };
}

/**
 * The texts node-postgres and pg-pool raise on their own (fixed sentences, no values): safe to log, and the
 * only clue to what failed when the database never answered.
 */
const DRIVER_MESSAGE =
  /^(Connection terminated|Client (has|was)|timeout exceeded|Query read timeout)[\w .,'-]*$/;

const text = (value: unknown) => (typeof value === 'string' && value.length <= 128 ? value : undefined);

/** The stack's frames only: the lines before them repeat the message (Drizzle's spans several lines). */
const frames = (error: Error) =>
  error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');

/**
 * The `err` serializer of every logger (API and worker; issue 15, item 11). A database error's details never
 * reach the log: PostgreSQL's `detail` ("Key (phone)=(+7916…) already exists"), its message (which may
 * quote a value: `invalid input syntax for type uuid: "…"`) and Drizzle's failed query with its parameters
 * are left out. What stays says what failed without whom it concerned: the SQLSTATE code, the constraint,
 * table and column names, and the stack. Any other error is logged as pino would (type, message, stack),
 * without its extra fields, which may hold anything.
 */
export function logSafeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error value thrown' };
  const database = databaseErrorIn(error);
  if (!database) return { type: error.name, message: error.message, stack: error.stack };
  const cause = database.cause;
  return {
    type: error.name,
    message: 'database error (details withheld from the log)',
    code: cause ? text(cause.code) : undefined,
    constraint: cause ? text(cause.constraint) : undefined,
    table: cause ? text(cause.table) : undefined,
    column: cause ? text(cause.column) : undefined,
    routine: cause ? text(cause.routine) : undefined,
    driverError: database.driverError
      ? DRIVER_MESSAGE.test(database.driverError.message)
        ? `${database.driverError.name}: ${database.driverError.message}`
        : database.driverError.name
      : undefined,
    stack: frames(error),
  };
}
