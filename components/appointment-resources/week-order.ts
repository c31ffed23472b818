/** Weekday numbers 0 = Sunday … 6 = Saturday, listed Monday first as the salon's week is shown. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
