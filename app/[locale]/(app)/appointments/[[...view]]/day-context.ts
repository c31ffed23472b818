import type { DayBranchFragment } from '@/graphql/generated/graphql';
import { AppointmentDayBranchesQuery } from '@/components/appointments/day/day-documents';
import { isLocalDate, todayIn, type DayParams } from '@/components/appointments/boards/day-params';
import type { Viewer } from '@/services/auth/viewer';
import { serverQuery } from '../../server-apollo';

export type DayContext = {
  branches: DayBranchFragment[];
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
export async function loadDayContext(viewer: Viewer, params: DayParams): Promise<DayContext> {
  const branches = (await serverQuery(AppointmentDayBranchesQuery)).branches.nodes;
  const wanted = first(params.branch);
  const branch = branches.find((b) => b.id === wanted) ?? branches.find((b) => b.id === String(viewer.branchId)) ?? branches[0];
  const timeZone = branch?.timeZone ?? 'Asia/Hong_Kong';
  const today = todayIn(timeZone);
  const date = first(params.date);
  return { branches, branchId: branch?.id ?? String(viewer.branchId), date: isLocalDate(date) ? date : today, today, timeZone };
}
