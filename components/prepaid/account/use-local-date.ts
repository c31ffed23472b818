'use client';

import { useFormatter } from 'next-intl';
import { useCallback } from 'react';

/** A calendar day ('YYYY-MM-DD': a due date, a last valid day) in the page's language, never shifted by the browser's time zone. */
export function useLocalDate(): (day: string) => string {
  const format = useFormatter();
  return useCallback((day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }), [format]);
}
