import type { Writable } from 'node:stream';
import { createTranslator } from 'use-intl/core';
import { In, type DataSource } from 'typeorm';
import { Appointment, Branch, Campaign, ContactLog, ContactMethod, ContactStatus, Member, Staff, type CampaignMember } from '../../entities';
import { AppointmentStatus } from '../../entities/appointment.entity';
import type { Locale } from '../../i18n/locales';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import type { Viewer } from '../auth/viewer';
import type { ContactFilter, ContactSort } from '../contacts/contact-filter';
import { contactMemberBatches, type ContactListContext } from '../contacts/contact-list.service';
import { followUpState, type FollowUpState } from '../contacts/follow-up-state';
import { formatMemberName } from '../members/member-name';
import { writeStreamedWorkbook } from './streamed-workbook';

/** The list's columns (聯絡會員 > 列表), in its order. */
const LIST_COLUMNS = [
  'campaign', 'memberName', 'memberNo', 'phones', 'salesperson', 'lastContactAt', 'method', 'status', 'note', 'content', 'nextFollowUpAt', 'followUpState',
] as const;
/** The manual's booking block of each contact (預約分店 … 驗證備註), as the contact page shows it. */
const BOOKING_COLUMNS = [
  'bookingBranch', 'bookingAt', 'bookingNote', 'bookingStatus', 'attendanceNote', 'attendanceVerified', 'verifiedBy', 'verifiedAt', 'verificationNote',
] as const;
type BookingColumn = (typeof BOOKING_COLUMNS)[number];
export const CONTACT_EXPORT_COLUMNS = [...LIST_COLUMNS, ...BOOKING_COLUMNS] as const;
export type ContactExportColumn = (typeof CONTACT_EXPORT_COLUMNS)[number];

/** Each booking column's label in the contact page's booking block (contactPage.booking). */
const BOOKING_LABELS: Record<BookingColumn, string> = {
  bookingBranch: 'branch', bookingAt: 'at', bookingNote: 'note', bookingStatus: 'status', attendanceNote: 'attendanceNote',
  attendanceVerified: 'verified', verifiedBy: 'verifiedBy', verifiedAt: 'verifiedAt', verificationNote: 'verificationNote',
};

const WIDTHS: Record<ContactExportColumn, number> = {
  campaign: 30, memberName: 20, memberNo: 14, phones: 22, salesperson: 22, lastContactAt: 18, method: 10, status: 12, note: 30, content: 48,
  nextFollowUpAt: 18, followUpState: 14,
  bookingBranch: 14, bookingAt: 18, bookingNote: 30, bookingStatus: 10, attendanceNote: 30, attendanceVerified: 10, verifiedBy: 22, verifiedAt: 18,
  verificationNote: 30,
};
/** Real Excel date-time cells (the salon's wall clock, see excelLocalDateTime), never text. */
const DATE_TIME_COLUMNS = new Set<ContactExportColumn>(['lastContactAt', 'nextFollowUpAt', 'bookingAt', 'verifiedAt']);
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

export type ContactExportCell = string | Date | null;

export type ContactExportLabels = {
  columns: Record<ContactExportColumn, string>;
  followUpState: Record<FollowUpState, string>;
  appointmentStatus: Record<AppointmentStatus, string>;
  sheetName: string;
  fileName: string;
};

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };
const STATES: FollowUpState[] = ['NOT_FOLLOWED', 'FOLLOWING', 'DUE_TODAY', 'OVERDUE', 'CLOSED'];

/**
 * The sheet's words in one locale: the list's column headings and follow-up states (`contacts`
 * namespace), the booking block's headings (`contactPage.booking`) and statuses (`booking.status`).
 */
export function contactExportLabels(locale: Locale): ContactExportLabels {
  const all = createTranslator({ locale, messages: MESSAGES[locale] }) as unknown as (key: string) => string;
  const t = (key: string) => all(`contacts.${key}`);
  const columns = {
    ...Object.fromEntries(LIST_COLUMNS.map((c) => [c, t(`list.columns.${c}`)])),
    ...Object.fromEntries(BOOKING_COLUMNS.map((c) => [c, all(`contactPage.booking.${BOOKING_LABELS[c]}`)])),
  };
  return {
    columns: columns as Record<ContactExportColumn, string>,
    followUpState: Object.fromEntries(STATES.map((s) => [s, t(`followUpState.${s}`)])) as Record<FollowUpState, string>,
    appointmentStatus: Object.fromEntries(
      Object.entries(AppointmentStatus).map(([key, value]) => [value, all(`booking.status.${key}`)]),
    ) as Record<AppointmentStatus, string>,
    sheetName: t('export.sheetName'),
    fileName: t('export.fileName'),
  };
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as the salon's wall-clock time, stored as that time in UTC: Excel has no zones, so
 * the cell then shows the branch's local date and time whatever the reader's computer says.
 */
export function excelLocalDateTime(instant: Date, timeZone: string): Date {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    wallClocks.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)));
}

const labelOf = (item: { name: string; translations: Partial<Record<Locale, string>> | null }, locale: Locale) => item.translations?.[locale] || item.name;

export type ContactExportRefs = {
  campaign?: Campaign | null;
  member?: Member | null;
  salesperson?: Staff | null;
  status?: ContactStatus | null;
  log?: ContactLog | null;
  method?: ContactMethod | null;
  /** The appointment booked from the contact, its branch and who verified its attendance. */
  appointment?: Appointment | null;
  bookingBranch?: Branch | null;
  verifiedBy?: Staff | null;
};

const staffLabel = (s: Staff | null | undefined) => (s ? `${s.displayName} (${s.code})` : null);

/** One contact member as a sheet row, in CONTACT_EXPORT_COLUMNS order; times in the viewer's branch zone. */
export function contactExportRow(
  row: CampaignMember,
  refs: ContactExportRefs,
  labels: ContactExportLabels,
  locale: Locale,
  context: { now: Date; timeZone: string },
): ContactExportCell[] {
  const member = refs.member;
  const cells: Record<ContactExportColumn, ContactExportCell> = {
    campaign: refs.campaign ? `${refs.campaign.name} (${refs.campaign.code})` : null,
    memberName: member ? formatMemberName(member) : null,
    memberNo: member?.memberNo ?? null,
    phones: member ? [member.phone, member.phone2].filter(Boolean).join(', ') || null : null,
    salesperson: staffLabel(refs.salesperson),
    lastContactAt: row.lastContactAt ? excelLocalDateTime(row.lastContactAt, context.timeZone) : null,
    method: refs.method ? labelOf(refs.method, locale) : null,
    status: refs.status ? labelOf(refs.status, locale) : null,
    note: refs.log?.note || null,
    content: refs.log?.content || null,
    nextFollowUpAt: row.nextFollowUpAt ? excelLocalDateTime(row.nextFollowUpAt, context.timeZone) : null,
    followUpState: labels.followUpState[followUpState(row, context.now, context.timeZone)],
    ...bookingCells(refs, labels, context.timeZone),
  };
  return CONTACT_EXPORT_COLUMNS.map((c) => cells[c]);
}

/** The booking block's cells: times as date-time cells in the viewer's zone, as the list shows them. */
function bookingCells(refs: ContactExportRefs, labels: ContactExportLabels, timeZone: string): Record<BookingColumn, ContactExportCell> {
  const a = refs.appointment;
  return {
    bookingBranch: refs.bookingBranch?.name ?? null,
    bookingAt: a ? excelLocalDateTime(a.startsAt, timeZone) : null,
    bookingNote: a?.note || null,
    bookingStatus: a ? labels.appointmentStatus[a.status] : null,
    attendanceNote: a?.attendanceNote || null,
    // The manual's ticked box.
    attendanceVerified: a?.verifiedAt ? '✓' : null,
    verifiedBy: a?.verifiedAt ? staffLabel(refs.verifiedBy) : null,
    verifiedAt: a?.verifiedAt ? excelLocalDateTime(a.verifiedAt, timeZone) : null,
    verificationNote: a?.verificationNote || null,
  };
}

const byIdOf = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const idsOf = (values: Array<number | null>) => [...new Set(values.filter((v): v is number => v !== null))];

/**
 * The list's rows for a filter and sort, a batch at a time, through the same query and pages as
 * the screen (so the viewer's scope applies); each batch's campaigns, members, salespeople, latest
 * logs, appointments and their verifiers are read in one query each, so memory stays at one batch.
 * Whoever may see a contact sees its booking, as on the screen.
 */
export async function* contactExportRows(
  ds: DataSource,
  viewer: Viewer,
  filter: ContactFilter,
  sort: ContactSort,
  context: ContactListContext & { now: Date },
  labels: ContactExportLabels,
  locale: Locale,
  batchSize = 500,
): AsyncGenerator<ContactExportCell[][]> {
  const [statuses, methods, branches] = await Promise.all([
    ds.getRepository(ContactStatus).find(),
    ds.getRepository(ContactMethod).find(),
    ds.getRepository(Branch).find(),
  ]);
  const branchById = byIdOf(branches);
  const statusById = byIdOf(statuses);
  const methodById = byIdOf(methods);
  const campaigns = new Map<number, Campaign>();
  for await (const rows of contactMemberBatches(ds, viewer, filter, sort, context, batchSize)) {
    const missingCampaigns = idsOf(rows.map((r) => r.campaignId)).filter((id) => !campaigns.has(id));
    const appointmentIds = idsOf(rows.map((r) => r.appointmentId));
    const [newCampaigns, members, staff, logs, appointments] = await Promise.all([
      missingCampaigns.length ? ds.getRepository(Campaign).findBy({ id: In(missingCampaigns) }) : [],
      ds.getRepository(Member).findBy({ id: In(idsOf(rows.map((r) => r.memberId))) }),
      ds.getRepository(Staff).findBy({ id: In(idsOf(rows.map((r) => r.salespersonId))) }),
      (async () => {
        const logIds = idsOf(rows.map((r) => r.lastLogId));
        return logIds.length ? ds.getRepository(ContactLog).findBy({ id: In(logIds) }) : [];
      })(),
      appointmentIds.length ? ds.getRepository(Appointment).findBy({ id: In(appointmentIds) }) : [],
    ]);
    for (const c of newCampaigns) campaigns.set(c.id, c);
    const memberById = byIdOf(members);
    const staffById = byIdOf(staff);
    const verifierIds = idsOf(appointments.map((a) => a.verifiedById)).filter((id) => !staffById.has(id));
    if (verifierIds.length) for (const s of await ds.getRepository(Staff).findBy({ id: In(verifierIds) })) staffById.set(s.id, s);
    const appointmentById = byIdOf(appointments);
    const logById = byIdOf(logs);
    yield rows.map((row) => {
      const log = row.lastLogId ? logById.get(row.lastLogId) : null;
      const appointment = row.appointmentId ? appointmentById.get(row.appointmentId) : null;
      return contactExportRow(
        row,
        {
          campaign: campaigns.get(row.campaignId),
          member: memberById.get(row.memberId),
          salesperson: staffById.get(row.salespersonId),
          status: statusById.get(row.statusId),
          log,
          method: log ? methodById.get(log.methodId) : null,
          appointment,
          bookingBranch: appointment ? branchById.get(appointment.branchId) : null,
          verifiedBy: appointment?.verifiedById ? staffById.get(appointment.verifiedById) : null,
        },
        labels,
        locale,
        context,
      );
    });
  }
}

/** Writes the contact list's .xlsx to `stream`, a batch at a time (see writeStreamedWorkbook). */
export async function writeContactWorkbook(stream: Writable, batches: AsyncIterable<ContactExportCell[][]>, labels: ContactExportLabels): Promise<void> {
  const columns = CONTACT_EXPORT_COLUMNS.map((c) => ({
    key: c,
    header: labels.columns[c],
    width: WIDTHS[c],
    numFmt: DATE_TIME_COLUMNS.has(c) ? DATE_TIME_FORMAT : undefined,
  }));
  await writeStreamedWorkbook(stream, labels.sheetName, columns, batches);
}
