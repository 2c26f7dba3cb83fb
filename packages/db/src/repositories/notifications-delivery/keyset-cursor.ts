/**
 * An opaque keyset cursor: the sort time of the last row of a page, as PostgreSQL's own text (microseconds:
 * a JavaScript Date would round them off and skip or repeat rows of the same millisecond), and its id.
 */
export const encodeCursor = (atText: string, id: string) =>
  Buffer.from(`${atText}|${id}`).toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;

/** The cursor's position, or null for a malformed one (the API refuses those before they reach a query). */
export function decodeCursor(cursor: string | null): { at: string; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  return at && id && UUID.test(id) && TIMESTAMP.test(at) ? { at, id } : null;
}
