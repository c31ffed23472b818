/**
 * Booking, editing and cancelling appointments. Every change is one transaction that
 *  1. finds what it changes through the viewer's scope (member, contact, appointment),
 *  2. locks the branch row and then the beauticians' staff rows (ids ascending) on MySQL/MariaDB —
 *     a booking of the same beautician (at any branch), or of a room or equipment of the same
 *     branch, waits for the other to commit; SQLite runs one transaction at a time already,
 *  3. re-reads the day's scheduling world (READ COMMITTED, so the competitor's committed row is
 *     seen) and checks the slot with the suggester's own `isSlotFree`, so a suggestion and a
 *     booking can never disagree about what is free,
 *  4. writes the appointment, the contact's booked state and log, and the audit entries.
 * A taken slot is a CONFLICT naming `startsAt`, so the client fetches fresh suggestions.
 */
import { createTranslator } from 'use-intl/core';
import type { DataSource, EntityManager } from 'typeorm';
import {
  Appointment, Branch, Campaign, CampaignMember, ContactLog, ContactMethod, ContactSettings, ContactStatus, Equipment, Member, Offer, Room, Staff,
  Treatment,
} from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import { Permission } from '../admin/permission';
import { staffGranted } from '../admin/role-holders.service';
import zhHK from '../../messages/zh-HK.json';
import { changedFields, recordAudit, type AuditValues } from '../audit/audit-log.service';
import type { Viewer } from '../auth/viewer';
import { findVisibleContactMember } from '../contacts/contact-scope.service';
import { refreshLatestLog } from '../contacts/latest-log.service';
import { refreshSameDayPurchases } from '../contacts/same-day-purchases.service';
import { branchClosed, DomainError, ErrorCode, forbidden, invalidField, notFound } from '../errors/domain-error';
import { memberScopeFor, scopeAllowsBranch } from '../visibility/member-visibility';
import { findVisibleAppointment } from './appointment-scope.service';
import type { Requirement, SchedulingWorld, Slot } from './scheduling-types';
import { loadSchedulingWorld } from './scheduling-world.service';
import { requirementFor } from './requirement.service';
import { isSlotFree, type SlotBusyReason } from './slot-suggester';
import { isSqlite, lockForUpdate } from '../../db/dialect';
import { inReadCommittedTransaction } from '../../db/transaction';
import { parseInput } from '../validation/parse-input';
import { appointmentChangesSchema, bookingSchema } from './booking-input.schema';

export type BookAppointmentInput = {
  memberId: number;
  branchId: number;
  beauticianId: number;
  startsAt: Date;
  treatmentId?: number | null;
  equipmentId?: number | null;
  minutes?: number | null;
  roomId?: number | null;
  note?: string | null;
  contactMemberId?: number | null;
};

/** Changes to an appointment: fields left out (undefined) stay; `roomId: null` releases the room. */
export type UpdateAppointmentInput = {
  startsAt?: Date | null;
  beauticianId?: number | null;
  roomId?: number | null;
  note?: string | null;
  version: number;
};

type BusyReason = SlotBusyReason;

/** The contact log a booking writes is in the salon's default language, as the seed shows it. */
const bookingText = createTranslator({ locale: 'zh-HK', messages: zhHK, namespace: 'booking' as never }) as unknown as (
  key: string,
  params?: Record<string, string | number>,
) => string;

/** YYYY-MM-DD of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

const MINUTE = 60_000;

/** The conflict a taken slot raises: what is busy, in the caller's language, on `startsAt`. */
export function slotConflict(reason: BusyReason, params: { beautician?: string; room?: string; equipment?: string } = {}): DomainError {
  return new DomainError(ErrorCode.Conflict, `slotTaken.${reason}`, {
    beautician: params.beautician ?? '',
    room: params.room ?? '',
    equipment: params.equipment ?? '',
  }, 'startsAt');
}

export class BookingService {
  constructor(
    private readonly ds: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * READ COMMITTED on MySQL/MariaDB: after waiting for the branch and staff locks, the world must
   * be read with the competitor's committed appointment in it, which REPEATABLE READ's snapshot
   * (taken at the first read) would hide.
   */
  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inReadCommittedTransaction(this.ds, work);
  }

  async book(viewer: Viewer, input: BookAppointmentInput): Promise<Appointment> {
    const { startsAt, note } = parseInput(bookingSchema, input);
    const now = this.clock();

    return this.transaction(async (manager) => {
      // Booking from a contact authorises through the contact scope: a salesperson books for every
      // contact she may see, also when the member is of another branch (outside her member scope).
      const contact = input.contactMemberId ? await this.bookableContact(manager, viewer, input.contactMemberId, input.memberId) : null;
      const member = contact ? await this.memberOfContact(manager, contact) : await this.visibleMember(manager, viewer, input.memberId);
      const branch = await manager.findOneBy(Branch, { id: input.branchId });
      if (!branch) throw invalidField('branchId', 'notFound', { entity: 'branch' });
      // A closed branch (店面管理) keeps its history but takes no new bookings.
      if (branch.closedAt) throw branchClosed();
      const beautician = await this.beautician(manager, input.beauticianId);

      await lockForScheduling(manager, branch.id, [beautician.id]);

      const { requirement, treatment, equipment } = await this.requirement(manager, input, branch.id);
      const world = await this.worldFor(manager, branch, startsAt, requirement, [beautician.id]);
      const slot = await this.freeSlot(manager, world, requirement, now, {
        startsAt,
        beauticianId: beautician.id,
        roomId: input.roomId ?? null,
        equipmentId: equipment?.id ?? null,
        pickRoom: input.roomId == null,
      });

      const offer = contact ? await this.campaignOffer(manager, contact.campaignId) : null;
      const values = {
        memberId: member.id,
        branchId: branch.id,
        beauticianId: beautician.id,
        roomId: slot.roomId,
        equipmentId: slot.equipmentId,
        treatmentId: treatment?.id ?? null,
        startsAt,
        endsAt: new Date(startsAt.getTime() + requirement.durationMinutes * MINUTE),
        blockedUntil: new Date(startsAt.getTime() + (requirement.durationMinutes + requirement.bufferMinutes) * MINUTE),
        status: AppointmentStatus.BOOKED,
        offerCode: offer?.code ?? null,
        analysisCode: offer?.analysisCode ?? null,
        campaignMemberId: contact?.id ?? null,
        note,
        createdById: viewer.staffId,
        updatedById: viewer.staffId,
      };
      const inserted = await manager.insert(Appointment, values);
      const id = Number(inserted.identifiers[0].id);
      await recordAudit(manager, { entityType: 'appointment', entityId: id, action: 'create', actorId: viewer.staffId, after: snapshot(values) });

      if (contact) {
        const what = treatment ? `${treatment.name} (${treatment.code})` : equipment ? `${equipment.name} (${equipment.code})` : bookingText('minutesLabel', { minutes: requirement.durationMinutes });
        await this.markContactBooked(manager, viewer, contact, id, now, bookingText('logNote', { when: formatLocalDateTime(startsAt, branch.timeZone), what }));
        await refreshSameDayPurchases(manager, contact.memberId, [localDate(startsAt, branch.timeZone)]);
      }
      return manager.findOneByOrFail(Appointment, { id });
    });
  }

  async update(viewer: Viewer, id: number, changes: UpdateAppointmentInput): Promise<Appointment> {
    const { startsAt: startsAtChange, note: noteChange } = parseInput(appointmentChangesSchema, changes);
    const now = this.clock();

    return this.transaction(async (manager) => {
      const found = await findVisibleAppointment(manager, viewer, id);
      const beauticianId = changes.beauticianId ?? found.beauticianId;
      if (changes.beauticianId != null && changes.beauticianId !== found.beauticianId) await this.beautician(manager, changes.beauticianId);
      await lockForScheduling(manager, found.branchId, beauticianId ? [beauticianId] : []);
      const current = await manager.findOneBy(Appointment, { id });
      if (!current) throw notFound('appointment');
      if (current.version !== changes.version) throw new DomainError(ErrorCode.Conflict, 'staleAppointment', {}, 'version');
      if (current.status !== AppointmentStatus.BOOKED) throw invalidField('id', 'appointmentNotEditable');

      const startsAt = startsAtChange ?? current.startsAt;
      const moves =
        startsAt.getTime() !== current.startsAt.getTime() || beauticianId !== current.beauticianId || (changes.roomId !== undefined && changes.roomId !== current.roomId);
      let roomId = current.roomId;
      let durationMs = current.endsAt.getTime() - current.startsAt.getTime();
      let blockMs = current.blockedUntil.getTime() - current.startsAt.getTime();
      if (moves) {
        if (!beauticianId) throw invalidField('beauticianId', 'required');
        const branch = await manager.findOneByOrFail(Branch, { id: current.branchId });
        if (branch.closedAt) throw branchClosed();
        const requirement = await this.storedRequirement(manager, current);
        durationMs = requirement.durationMinutes * MINUTE;
        blockMs = (requirement.durationMinutes + requirement.bufferMinutes) * MINUTE;
        const world = await this.worldFor(manager, branch, startsAt, requirement, [beauticianId]);
        const wantedRoom = changes.roomId === undefined ? current.roomId : changes.roomId;
        const slot = await this.freeSlot(manager, world, requirement, now, {
          startsAt,
          beauticianId,
          roomId: wantedRoom,
          equipmentId: current.equipmentId,
          // Keep the room when it is still free; a room the caller did not choose may be swapped for a free one.
          pickRoom: changes.roomId === undefined,
          ignoreAppointmentId: current.id,
        });
        roomId = slot.roomId;
      }
      const after = {
        startsAt,
        endsAt: new Date(startsAt.getTime() + durationMs),
        blockedUntil: new Date(startsAt.getTime() + blockMs),
        beauticianId,
        roomId,
        note: noteChange ?? current.note,
      };
      const diff = changedFields(snapshot(current), snapshot({ ...current, ...after }));
      if (Object.keys(diff.after).length === 0) return current;
      const result = await manager
        .createQueryBuilder()
        .update(Appointment)
        .set({ ...after, updatedById: viewer.staffId })
        .where('id = :id AND version = :version', { id, version: current.version })
        .execute();
      if (result.affected === 0) throw new DomainError(ErrorCode.Conflict, 'staleAppointment', {}, 'version');
      await recordAudit(manager, { entityType: 'appointment', entityId: id, action: moves ? 'reschedule' : 'update', actorId: viewer.staffId, ...diff });
      if (current.campaignMemberId && startsAt.getTime() !== current.startsAt.getTime()) {
        // The contact's same-day purchases follow the visit to its new day.
        const { timeZone } = await manager.findOneByOrFail(Branch, { id: current.branchId });
        await refreshSameDayPurchases(manager, current.memberId, [localDate(current.startsAt, timeZone), localDate(startsAt, timeZone)]);
      }
      return manager.findOneByOrFail(Appointment, { id });
    });
  }

  async cancel(viewer: Viewer, id: number): Promise<Appointment> {
    const now = this.clock();
    return this.transaction(async (manager) => {
      await findVisibleAppointment(manager, viewer, id);
      const qb = manager.getRepository(Appointment).createQueryBuilder('a').where('a.id = :id', { id });
      lockForUpdate(qb);
      const current = await qb.getOne();
      if (!current) throw notFound('appointment');
      if (current.status !== AppointmentStatus.BOOKED) throw invalidField('id', 'appointmentNotCancellable');
      const after = { status: AppointmentStatus.CANCELLED, closedAt: now, closedById: viewer.staffId };
      await manager.createQueryBuilder().update(Appointment).set({ ...after, updatedById: viewer.staffId }).where('id = :id', { id }).execute();
      await recordAudit(manager, {
        entityType: 'appointment',
        entityId: id,
        action: 'cancel',
        actorId: viewer.staffId,
        ...changedFields({ status: current.status, closedAt: current.closedAt, closedById: current.closedById }, after),
      });
      if (current.campaignMemberId) {
        await this.releaseContact(manager, viewer, current.campaignMemberId, id);
        // No booking, no same-day purchases: the released contact's sums go back to none.
        await refreshSameDayPurchases(manager, current.memberId, []);
      }
      return manager.findOneByOrFail(Appointment, { id });
    });
  }

  /** A member the viewer may see, outside the recycle bin; anything else is NOT_FOUND. */
  private async visibleMember(manager: EntityManager, viewer: Viewer, memberId: number): Promise<Member> {
    const member = await manager.findOneBy(Member, { id: memberId });
    if (!member || member.deletedAt || !scopeAllowsBranch(memberScopeFor(viewer), member.branchId)) throw notFound('member');
    return member;
  }

  /** The member of a contact the viewer may see (the contact scope already leaves out the recycle bin). */
  private async memberOfContact(manager: EntityManager, contact: CampaignMember): Promise<Member> {
    const member = await manager.findOneBy(Member, { id: contact.memberId });
    if (!member || member.deletedAt) throw notFound('member');
    return member;
  }

  /** Booking from a contact: allowed by the contact settings, visible to the viewer, and of this member. */
  private async bookableContact(manager: EntityManager, viewer: Viewer, contactMemberId: number, memberId: number): Promise<CampaignMember> {
    const settings = await manager.findOneBy(ContactSettings, { id: 1 });
    if (!settings?.allowBooking) throw forbidden();
    const contact = await findVisibleContactMember(manager, viewer, contactMemberId);
    if (contact.memberId !== memberId) throw invalidField('contactMemberId', 'contactOfOtherMember');
    return contact;
  }

  /** An active staff member who performs treatments (a beautician). */
  private async beautician(manager: EntityManager, id: number): Promise<Staff> {
    const staff = await manager.findOneBy(Staff, { id });
    if (!staff) throw invalidField('beauticianId', 'notFound', { entity: 'staff' });
    if (!staff.active || !(await staffGranted(manager, staff.roles, Permission.AppointmentsPerformTreatments))) throw invalidField('beauticianId', 'notBeautician');
    return staff;
  }

  /** What the booking needs (requirementFor: an active treatment, or equipment of this branch, or minutes). */
  private async requirement(
    manager: EntityManager,
    input: BookAppointmentInput,
    branchId: number,
  ): Promise<{ requirement: Requirement; treatment: Treatment | null; equipment: Equipment | null }> {
    const found = await requirementFor(manager, { treatmentId: input.treatmentId, equipmentId: input.equipmentId, minutes: input.minutes });
    if (found.equipment && found.equipment.branchId !== branchId) throw invalidField('equipmentId', 'notAtBranch');
    return found;
  }

  /** The requirement an existing appointment keeps when it moves: its own length, buffer and resources. */
  private async storedRequirement(manager: EntityManager, appointment: Appointment): Promise<Requirement> {
    const [treatment, equipment] = await Promise.all([
      appointment.treatmentId ? manager.findOneBy(Treatment, { id: appointment.treatmentId }) : null,
      appointment.equipmentId ? manager.findOneBy(Equipment, { id: appointment.equipmentId }) : null,
    ]);
    return {
      durationMinutes: Math.round((appointment.endsAt.getTime() - appointment.startsAt.getTime()) / MINUTE),
      bufferMinutes: Math.round((appointment.blockedUntil.getTime() - appointment.endsAt.getTime()) / MINUTE),
      equipmentCode: equipment?.code ?? null,
      roomType: treatment?.roomType ?? null,
    };
  }

  /** The branch's world over the local days the slot touches, for the given beauticians. */
  private worldFor(manager: EntityManager, branch: Branch, startsAt: Date, requirement: Requirement, beauticianIds: number[]): Promise<SchedulingWorld> {
    const end = new Date(startsAt.getTime() + (requirement.durationMinutes + requirement.bufferMinutes) * MINUTE);
    return loadSchedulingWorld(manager, branch.id, localDate(startsAt, branch.timeZone), localDate(end, branch.timeZone), beauticianIds);
  }

  /**
   * The slot with its room and equipment unit: the room asked for, or (pickRoom) that room if it
   * is free and else any free room of the needed type (isSlotFree picks one for a null room). A
   * busy beautician, room or equipment, a closed branch or a past time is a CONFLICT naming what
   * is busy.
   */
  private async freeSlot(
    manager: EntityManager,
    world: SchedulingWorld,
    requirement: Requirement,
    now: Date,
    wanted: { startsAt: Date; beauticianId: number; roomId: number | null; equipmentId: number | null; pickRoom: boolean; ignoreAppointmentId?: number },
  ): Promise<Slot> {
    const endsAt = new Date(wanted.startsAt.getTime() + requirement.durationMinutes * MINUTE);
    if (wanted.roomId != null) {
      const room = world.rooms.find((r) => r.id === wanted.roomId);
      if (!room) throw invalidField('roomId', 'notAtBranch');
      if (requirement.roomType && room.type !== requirement.roomType) throw invalidField('roomId', 'wrongRoomType');
    }
    const choice = { startsAt: wanted.startsAt, beauticianId: wanted.beauticianId, roomId: wanted.roomId, equipmentId: wanted.equipmentId };
    let verdict = isSlotFree(choice, requirement, world, now, wanted.ignoreAppointmentId);
    if (!verdict.free && verdict.reason === 'roomBusy' && wanted.pickRoom && wanted.roomId != null && requirement.roomType) {
      verdict = isSlotFree({ ...choice, roomId: null }, requirement, world, now, wanted.ignoreAppointmentId);
    }
    if (verdict.free) return { startsAt: wanted.startsAt, endsAt, beauticianId: wanted.beauticianId, roomId: verdict.roomId, equipmentId: verdict.equipmentId };
    throw await this.conflict(manager, verdict.reason, { beauticianId: wanted.beauticianId, roomId: wanted.roomId, equipmentId: wanted.equipmentId, requirement, world });
  }

  /** The CONFLICT for a busy slot, naming the beautician, room or equipment (the only one of its kind when it was to be picked). */
  private async conflict(
    manager: EntityManager,
    reason: BusyReason,
    what: { beauticianId: number; roomId: number | null; equipmentId: number | null; requirement: Requirement; world: SchedulingWorld },
  ): Promise<DomainError> {
    const { requirement, world } = what;
    const roomsOfType = requirement.roomType ? world.rooms.filter((r) => r.type === requirement.roomType) : [];
    const roomId = what.roomId ?? (roomsOfType.length === 1 ? roomsOfType[0].id : null);
    const equipmentId = what.equipmentId ?? world.equipment.find((e) => e.code === requirement.equipmentCode)?.id ?? null;
    const [beautician, room, equipment] = await Promise.all([
      manager.findOneBy(Staff, { id: what.beauticianId }),
      roomId ? manager.findOneBy(Room, { id: roomId }) : null,
      equipmentId ? manager.findOneBy(Equipment, { id: equipmentId }) : null,
    ]);
    return slotConflict(reason, {
      beautician: beautician?.displayName ?? '',
      room: room?.name ?? requirement.roomType ?? '',
      equipment: equipment ? `${equipment.name} (${equipment.code})` : (requirement.equipmentCode ?? ''),
    });
  }

  private async campaignOffer(manager: EntityManager, campaignId: number): Promise<Offer | null> {
    const campaign = await manager.findOneBy(Campaign, { id: campaignId });
    return campaign?.offerId ? manager.findOneBy(Offer, { id: campaign.offerId }) : null;
  }

  /**
   * The contact's booked state: the booked status through a phone log noting the booking (the
   * latest log decides the status, as for any log), the appointment link and the booking time.
   */
  private async markContactBooked(manager: EntityManager, viewer: Viewer, contact: CampaignMember, appointmentId: number, now: Date, note: string): Promise<void> {
    const locked = await lockContact(manager, contact.id);
    const [status, method] = await Promise.all([
      manager.findOneBy(ContactStatus, { key: 'booked' }),
      manager.findOne(ContactMethod, { where: { key: 'phone' } }).then(
        (phone) => phone ?? manager.findOne(ContactMethod, { where: { active: true }, order: { sortOrder: 'ASC', id: 'ASC' } }),
      ),
    ]);
    if (!status || !method) throw new Error('The contact-campaign migration seeds the booked status and the phone method');
    const log = { contactedAt: now, methodId: method.id, statusId: status.id, note, content: '', nextFollowUpAt: null };
    const inserted = await manager.insert(ContactLog, {
      ...log,
      campaignMemberId: locked.id,
      campaignId: locked.campaignId,
      memberId: locked.memberId,
      createdById: viewer.staffId,
      updatedById: viewer.staffId,
    });
    const logId = Number(inserted.identifiers[0].id);
    await recordAudit(manager, { entityType: 'contactLog', entityId: logId, action: 'create', actorId: viewer.staffId, after: { campaignMemberId: locked.id, ...log } });
    const before = { appointmentId: locked.appointmentId, bookedAt: locked.bookedAt };
    const after = { appointmentId, bookedAt: now };
    await manager.update(CampaignMember, { id: locked.id }, after);
    await refreshLatestLog(manager, locked.id);
    await recordAudit(manager, { entityType: 'contactMember', entityId: locked.id, action: 'booked', actorId: viewer.staffId, ...changedFields(before, after) });
  }

  /** A cancelled booking no longer links its contact; the status stays for the salesperson to decide. */
  private async releaseContact(manager: EntityManager, viewer: Viewer, contactMemberId: number, appointmentId: number): Promise<void> {
    const locked = await lockContact(manager, contactMemberId).catch(() => null);
    if (!locked || locked.appointmentId !== appointmentId) return;
    const before = { appointmentId: locked.appointmentId, bookedAt: locked.bookedAt };
    const after = { appointmentId: null, bookedAt: null };
    await manager.update(CampaignMember, { id: locked.id }, after);
    await recordAudit(manager, { entityType: 'contactMember', entityId: locked.id, action: 'bookingCancelled', actorId: viewer.staffId, ...changedFields(before, after) });
  }
}

/**
 * Serialises bookings that could compete (MySQL/MariaDB): the branch row covers its rooms and
 * equipment, each staff row its beautician at every branch. Always branch first, then staff ids
 * ascending, so two bookings never wait for each other in a cycle.
 */
export async function lockForScheduling(manager: EntityManager, branchId: number, staffIds: number[]): Promise<void> {
  if (isSqlite(manager)) return;
  await manager.getRepository(Branch).createQueryBuilder('b').select('b.id').where('b.id = :id', { id: branchId }).setLock('pessimistic_write').getOne();
  for (const id of [...new Set(staffIds)].sort((a, b) => a - b)) {
    await manager.getRepository(Staff).createQueryBuilder('s').select('s.id').where('s.id = :id', { id }).setLock('pessimistic_write').getOne();
  }
}

async function lockContact(manager: EntityManager, id: number): Promise<CampaignMember> {
  const qb = manager.getRepository(CampaignMember).createQueryBuilder('cm').where('cm.id = :id', { id });
  lockForUpdate(qb);
  const row = await qb.getOne();
  if (!row) throw notFound('contactMember');
  return row;
}

/** "2020年7月1日 15:30" in the branch's time zone, for the booking's contact log. */
export function formatLocalDateTime(at: Date, timeZone: string): string {
  const date = new Intl.DateTimeFormat('zh-HK', { timeZone, year: 'numeric', month: 'long', day: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${date} ${time}`;
}

function snapshot(a: Pick<Appointment, 'startsAt' | 'endsAt' | 'blockedUntil' | 'beauticianId' | 'roomId' | 'note'> & Partial<Appointment>): AuditValues {
  const out: AuditValues = {
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    blockedUntil: a.blockedUntil,
    beauticianId: a.beauticianId,
    roomId: a.roomId,
    note: a.note,
  };
  for (const key of ['memberId', 'branchId', 'equipmentId', 'treatmentId', 'status', 'offerCode', 'analysisCode', 'campaignMemberId'] as const) {
    if (a[key] !== undefined) out[key] = a[key];
  }
  return out;
}
