import type { Viewer } from '@/services/auth/viewer';
import { serverGraphql } from '@/lib/server-graphql';
import { isLocalDate, todayIn, type DayParams } from './day-params';

export type DayContext = {
  branches: Array<{ id: string; code: string; name: string; timeZone: string }>;
  branchId: string;
  date: string;
  today: string;
  timeZone: string;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Which branch and day the appointment views show: the query string's when valid, otherwise the
 * viewer's own branch and today there (the branch's time zone decides what "today" is).
 */
export async function loadDayContext(viewer: Viewer, locale: string, params: DayParams): Promise<DayContext> {
  const data = await serverGraphql<{ branches: { nodes: DayContext['branches'] } }>(
    viewer,
    locale,
    '{ branches(first: 100) { nodes { id code name timeZone } } }',
  );
  const branches = data.branches.nodes;
  const wanted = first(params.branch);
  const branch = branches.find((b) => b.id === wanted) ?? branches.find((b) => b.id === String(viewer.branchId)) ?? branches[0];
  const timeZone = branch?.timeZone ?? 'Asia/Hong_Kong';
  const today = todayIn(timeZone);
  const date = first(params.date);
  return { branches, branchId: branch?.id ?? String(viewer.branchId), date: isLocalDate(date) ? date : today, today, timeZone };
}
