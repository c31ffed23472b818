import { invalidField } from '../errors/domain-error';

export type CursorValue = string | number;

/** Opaque cursor over a row's sort key (ending with its id), so paging is stable under inserts. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
    ) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw invalidField(field, 'invalidCursor');
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/** A page of rows fetched with one extra row to learn whether another page follows. */
export function sliceWithLookahead<T>(rows: T[], first: number): { nodes: T[]; hasNextPage: boolean } {
  return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
}
