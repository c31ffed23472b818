/**
 * One page of a connection the cache holds relay-style: the cache keeps the pages read in order
 * (a page read with `after` follows the row with that cursor), so the page a "next"/"previous"
 * pager shows is the `size` rows after its `after` cursor, or the first `size` rows without one.
 */
export function pageAfter<Edge extends { cursor: string }>(edges: readonly Edge[], after: string | null, size: number): Edge[] {
  const start = after ? edges.findIndex((edge) => edge.cursor === after) + 1 : 0;
  return edges.slice(start, start + size);
}
