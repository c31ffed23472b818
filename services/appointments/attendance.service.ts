/**
 * Attendance (到達 / 驗證 / 失約 / 完成) and the arrival and completion boards (到達版面, 完成版面).
 * Every change is one transaction: find the appointment through the viewer's scope, lock its row,
 * check the transition (and, to arrive or verify, that the visit is today), write, and audit — so two people pressing 到達 at once take turns and the
 * second is told the member has already arrived.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { Appointment, CampaignMember, ContactSettings } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import type { Viewer } from '../auth/viewer';
import { Permission } from '../admin/permission';
import { DomainError, ErrorCode, notFound } from '../errors/domain-error';
import { findVisibleAppointment } from './appointment-scope.service';
import { dayAppointmentPage, dayAppointmentsQuery, findBranch, localDaySpan, type DayQuery } from './branch-day.service';
import { lockForUpdate } from '../../db/dialect';
import { inReadCommittedTransaction } from '../../db/transaction';
import { parseInput } from '../validation/parse-input';
import { appointmentNotesSchema } from './attendance-notes.schema';
import { checkArrivalDay, checkVerifyDay, localDateIn } from './arrival-day';

export type AttendanceAction = 'arrive' | 'verify' | 'noShow' | 'complete';

/** The visit's-day rule of each action that has one (arrival-day.ts): arrive on the day, verify from it. */
const DAY_RULE: Partial<Record<AttendanceAction, (startsAt: Date, timeZone: string, now: Date) => void>> = {
  arrive: checkArrivalDay,
  verify: checkVerifyDay,
};


/** Which statuses each action starts from: booked → arrived → completed; booked → no-show. */
const ALLOWED_FROM: Record<Exclude<AttendanceAction, 'verify'>, AppointmentStatus[]> = {
  arrive: [AppointmentStatus.BOOKED],
  noShow: [AppointmentStatus.BOOKED],
  complete: [AppointmentStatus.ARRIVED],
};

/** A refused transition: BAD_USER_INPUT whose message says what the appointment is and what was tried. */
export function transitionError(status: AppointmentStatus, action: AttendanceAction): DomainError {
  return new DomainError(ErrorCode.BadUserInput, 'appointmentTransition', { status, action });
}

/** Throws unless `action` may start from `status` (verification: arrived or completed, not yet verified). */
export function checkTransition(appointment: Pick<Appointment, 'status' | 'verifiedAt'>, action: AttendanceAction): void {
  if (action === 'verify') {
    if (appointment.status !== AppointmentStatus.ARRIVED && appointment.status !== AppointmentStatus.COMPLETED) {
      throw transitionError(appointment.status, action);
    }
    if (appointment.verifiedAt) throw new DomainError(ErrorCode.BadUserInput, 'alreadyVerified');
    return;
  }
  if (!ALLOWED_FROM[action].includes(appointment.status)) throw transitionError(appointment.status, action);
}

/** Whether the viewer may verify attendance (出席驗證); the setting is checked separately. */
export function mayVerify(viewer: Pick<Viewer, 'permissions'>): boolean {
  return viewer.permissions.has(Permission.AppointmentsVerify);
}

export type AppointmentNotes = {
  attendanceNote?: string | null;
  verificationNote?: string | null;
  purchaseNote?: string | null;
};

/** Trimmed notes (appointmentNotesSchema); left out = keep, null = clear. */
export function normaliseNotes(input: AppointmentNotes): Partial<Record<keyof AppointmentNotes, string>> {
  const notes = parseInput(appointmentNotesSchema, input);
  return Object.fromEntries(Object.entries(notes).filter(([, text]) => text !== undefined));
}

function attendanceSnapshot(a: Appointment): AuditValues {
  return {
    status: a.status,
    arrivedAt: a.arrivedAt,
    arrivedById: a.arrivedById,
    verifiedAt: a.verifiedAt,
    verifiedById: a.verifiedById,
    completedAt: a.completedAt,
    completedById: a.completedById,
    closedAt: a.closedAt,
    closedById: a.closedById,
  };
}

export type BoardKind = 'arrival' | 'completion';

const BOARD_STATUSES: Record<BoardKind, AppointmentStatus[]> = {
  arrival: [AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED],
  completion: [AppointmentStatus.ARRIVED],
};

export type BoardPage = {
  nodes: Appointment[];
  hasNextPage: boolean;
  totalCount: () => Promise<number>;
  /** Members and appointments on the whole board (not just this page), counted in one query when asked. */
  counts: () => Promise<{ memberCount: number; appointmentCount: number }>;
  timeZone: string;
  /** The branch's today (YYYY-MM-DD): only today's appointments may be marked arrived or verified. */
  today: string;
};

export class AttendanceService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * READ COMMITTED on MySQL/MariaDB, so after waiting for the row lock the status is re-read as
   * committed by whoever held it.
   */
  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inReadCommittedTransaction(this.ds, work);
  }

  /** Arrive (到達), and verify in the same step (到達 + 驗證) when asked. */
  arrive(viewer: Viewer, id: number, verify = false): Promise<Appointment> {
    return this.change(viewer, id, 'arrive', async (manager, appointment, now) => {
      if (verify) await checkMayVerify(manager, viewer);
      appointment.status = AppointmentStatus.ARRIVED;
      appointment.arrivedAt = now;
      appointment.arrivedById = viewer.staffId;
      if (verify) await this.markVerified(manager, viewer, appointment, now);
    });
  }

  /** Verify attendance (出席驗證) of an arrived or completed appointment. */
  verify(viewer: Viewer, id: number): Promise<Appointment> {
    return this.change(viewer, id, 'verify', async (manager, appointment, now) => {
      await checkMayVerify(manager, viewer);
      await this.markVerified(manager, viewer, appointment, now);
    });
  }

  /** No-show (失約): frees the beautician, room and equipment. */
  markNoShow(viewer: Viewer, id: number): Promise<Appointment> {
    return this.change(viewer, id, 'noShow', async (_manager, appointment, now) => {
      appointment.status = AppointmentStatus.NO_SHOW;
      appointment.closedAt = now;
      appointment.closedById = viewer.staffId;
    });
  }

  /** Complete (完成) an arrived appointment. */
  complete(viewer: Viewer, id: number): Promise<Appointment> {
    return this.change(viewer, id, 'complete', async (_manager, appointment, now) => {
      appointment.status = AppointmentStatus.COMPLETED;
      appointment.completedAt = now;
      appointment.completedById = viewer.staffId;
    });
  }

  /** Attendance, verification and purchase notes (出席 / 驗證 / 購買備註), in any status. */
  async setNotes(viewer: Viewer, id: number, input: AppointmentNotes): Promise<Appointment> {
    const notes = normaliseNotes(input);
    return this.transaction(async (manager) => {
      const appointment = await lockVisible(manager, viewer, id);
      const before: AuditValues = {};
      for (const field of Object.keys(appointmentNotesSchema.shape) as (keyof AppointmentNotes)[]) before[field] = appointment[field];
      const diff = changedFields(before, { ...before, ...notes });
      if (Object.keys(diff.after).length === 0) return appointment;
      await manager.update(Appointment, { id }, { ...diff.after, updatedById: viewer.staffId });
      await recordAudit(manager, { entityType: 'appointment', entityId: id, action: 'notes', actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(Appointment, { id });
    });
  }

  /** The arrival board (booked and arrived) or completion board (arrived) of a branch's local day. */
  async board(viewer: Viewer, kind: BoardKind, branchId: number, date: string, first: number, after?: string | null): Promise<BoardPage> {
    const branch = await findBranch(this.ds, branchId);
    const query: DayQuery = { branchId, span: localDaySpan(date, branch.timeZone), statuses: BOARD_STATUSES[kind] };
    const page = await dayAppointmentPage(this.ds, viewer, query, first, after);
    let counts: Promise<{ memberCount: number; appointmentCount: number }> | undefined;
    return {
      ...page,
      timeZone: branch.timeZone,
      today: localDateIn(this.clock(), branch.timeZone),
      counts: () =>
        (counts ??= dayAppointmentsQuery(this.ds, viewer, query)
          .select('COUNT(*)', 'n')
          .addSelect('COUNT(DISTINCT a.memberId)', 'm')
          .getRawOne<{ n: number | string; m: number | string }>()
          .then((row) => ({ appointmentCount: Number(row?.n ?? 0), memberCount: Number(row?.m ?? 0) }))),
    };
  }

  private change(
    viewer: Viewer,
    id: number,
    action: AttendanceAction,
    apply: (manager: EntityManager, appointment: Appointment, now: Date) => Promise<void>,
  ): Promise<Appointment> {
    const now = this.clock();
    return this.transaction(async (manager) => {
      const appointment = await lockVisible(manager, viewer, id);
      checkTransition(appointment, action);
      const dayRule = DAY_RULE[action];
      if (dayRule) dayRule(appointment.startsAt, (await findBranch(manager, appointment.branchId)).timeZone, now);
      const before = attendanceSnapshot(appointment);
      await apply(manager, appointment, now);
      const after = attendanceSnapshot(appointment);
      const diff = changedFields(before, after);
      // The entity's own values (Dates), not the audit's ISO strings.
      const values = Object.fromEntries(Object.keys(diff.after).map((key) => [key, after[key]]));
      await manager.update(Appointment, { id }, { ...values, updatedById: viewer.staffId });
      await recordAudit(manager, { entityType: 'appointment', entityId: id, action, actorId: viewer.staffId, ...diff });
      return manager.findOneByOrFail(Appointment, { id });
    });
  }

  /**
   * Sets the appointment's verification and, when it was booked from a contact, the contact
   * member's (the contact list's 出席驗證 / 驗證員工 / 驗證日期), whoever may see that contact:
   * verifying is the front desk's job and the contact belongs to the salesperson.
   */
  private async markVerified(manager: EntityManager, viewer: Viewer, appointment: Appointment, now: Date): Promise<void> {
    appointment.verifiedAt = now;
    appointment.verifiedById = viewer.staffId;
    if (!appointment.campaignMemberId) return;
    const contact = await manager.findOneBy(CampaignMember, { id: appointment.campaignMemberId });
    if (!contact) return;
    const before = { attendanceVerifiedAt: contact.attendanceVerifiedAt, attendanceVerifiedById: contact.attendanceVerifiedById };
    const after = { attendanceVerifiedAt: now, attendanceVerifiedById: viewer.staffId };
    await manager.update(CampaignMember, { id: contact.id }, after);
    await recordAudit(manager, {
      entityType: 'contactMember',
      entityId: contact.id,
      action: 'attendanceVerified',
      actorId: viewer.staffId,
      ...changedFields(before, after),
    });
  }
}

/** FORBIDDEN unless the viewer holds a verifying role; BAD_USER_INPUT when verification is switched off. */
async function checkMayVerify(manager: EntityManager, viewer: Viewer): Promise<void> {
  if (!mayVerify(viewer)) throw new DomainError(ErrorCode.Forbidden, 'verifyForbidden');
  const settings = await manager.findOneBy(ContactSettings, { id: 1 });
  if (!settings?.attendanceVerification) throw new DomainError(ErrorCode.BadUserInput, 'attendanceVerificationOff');
}

/** The visible appointment, then its row locked for the rest of the transaction (MySQL/MariaDB). */
async function lockVisible(manager: EntityManager, viewer: Viewer, id: number): Promise<Appointment> {
  await findVisibleAppointment(manager, viewer, id);
  const qb = manager.getRepository(Appointment).createQueryBuilder('a').where('a.id = :id', { id });
  lockForUpdate(qb);
  const row = await qb.getOne();
  if (!row) throw notFound('appointment');
  return row;
}
