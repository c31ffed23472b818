/** The appointment day pages, one route: 預約 (home) at /appointments and each view at /appointments/<view>. */

export const DAY_VIEWS = ['home', 'calendar', 'arrivals', 'completions'] as const;
export type DayView = (typeof DAY_VIEWS)[number];

/** A view's path, without the locale. */
export function dayViewPath(view: DayView): string {
  return view === 'home' ? '/appointments' : `/appointments/${view}`;
}

/** Which view the route's optional segments name: none is home; anything else is no view (not found). */
export function dayViewOf(segments: string[] | undefined): DayView | null {
  if (!segments || segments.length === 0) return 'home';
  const [view] = segments;
  return segments.length === 1 && view !== 'home' && (DAY_VIEWS as readonly string[]).includes(view) ? (view as DayView) : null;
}
