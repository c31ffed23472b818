/**
 * Pure layout of the day calendar: the grid's time range, where each block sits, and side-by-side
 * lanes when blocks in one column overlap. Minutes are local wall-clock minutes after midnight.
 */

export const ROW_MINUTES = 15;

export type BlockInput = { id: string; columnId: string; start: number; end: number };
export type PlacedBlock = BlockInput & { lane: number; lanes: number };

/**
 * The grid's range: the opening hours widened to whole hours and to any appointment outside
 * them; null when there are neither hours nor appointments (nothing to draw).
 */
export function gridRange(opensAt: number | null, closesAt: number | null, blocks: Array<Pick<BlockInput, 'start' | 'end'>>): { start: number; end: number } | null {
  const starts = blocks.map((b) => b.start);
  const ends = blocks.map((b) => b.end);
  if (opensAt !== null) starts.push(opensAt);
  if (closesAt !== null) ends.push(closesAt);
  if (starts.length === 0 || ends.length === 0) return null;
  const start = Math.max(0, Math.floor(Math.min(...starts) / 60) * 60);
  const end = Math.min(24 * 60, Math.ceil(Math.max(...ends) / 60) * 60);
  return end > start ? { start, end } : { start, end: Math.min(24 * 60, start + 60) };
}

/** Lanes per column: each block takes the first lane free at its start; overlapping groups share a lane count. */
export function placeBlocks(blocks: BlockInput[]): PlacedBlock[] {
  const byColumn = new Map<string, BlockInput[]>();
  for (const b of blocks) byColumn.set(b.columnId, [...(byColumn.get(b.columnId) ?? []), b]);
  const placed: PlacedBlock[] = [];
  for (const column of byColumn.values()) {
    column.sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    let group: PlacedBlock[] = [];
    let groupEnd = -Infinity;
    const laneEnds: number[] = [];
    const close = () => {
      const lanes = Math.max(1, ...group.map((g) => g.lane + 1));
      for (const g of group) g.lanes = lanes;
      placed.push(...group);
      group = [];
      laneEnds.length = 0;
    };
    for (const b of column) {
      if (b.start >= groupEnd && group.length) close();
      let lane = laneEnds.findIndex((end) => end <= b.start);
      if (lane === -1) lane = laneEnds.length;
      laneEnds[lane] = b.end;
      group.push({ ...b, lane, lanes: 1 });
      groupEnd = Math.max(groupEnd, b.end);
    }
    if (group.length) close();
  }
  return placed;
}

/** The start a drop or tap at `offsetMinutes` into the grid means, snapped to the grid's rows and kept inside it. */
export function snapStart(gridStart: number, gridEnd: number, offsetMinutes: number, duration: number): number {
  const raw = gridStart + offsetMinutes;
  const snapped = Math.round(raw / ROW_MINUTES) * ROW_MINUTES;
  return Math.min(Math.max(snapped, gridStart), Math.max(gridStart, gridEnd - Math.min(duration, gridEnd - gridStart)));
}
