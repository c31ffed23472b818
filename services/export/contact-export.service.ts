import type { Writable } from 'node:stream';
import { createTranslator } from 'use-intl/core';
import { In, type DataSource } from 'typeorm';
import { Campaign, ContactLog, ContactMethod, ContactStatus, Member, Staff, type CampaignMember } from '../../entities';
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
export const CONTACT_EXPORT_COLUMNS = [
  'campaign', 'memberName', 'memberNo', 'phones', 'salesperson', 'lastContactAt', 'method', 'status', 'note', 'content', 'nextFollowUpAt', 'followUpState',
] as const;
export type ContactExportColumn = (typeof CONTACT_EXPORT_COLUMNS)[number];

const WIDTHS: Record<ContactExportColumn, number> = {
  campaign: 30, memberName: 20, memberNo: 14, phones: 22, salesperson: 22, lastContactAt: 18, method: 10, status: 12, note: 30, content: 48,
  nextFollowUpAt: 18, followUpState: 14,
};
const DATE_TIME_COLUMNS = new Set<ContactExportColumn>(['lastContactAt', 'nextFollowUpAt']);
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

export type ContactExportCell = string | Date | null;

export type ContactExportLabels = {
  columns: Record<ContactExportColumn, string>;
  followUpState: Record<FollowUpState, string>;
  sheetName: string;
  fileName: string;
};

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };
const STATES: FollowUpState[] = ['NOT_FOLLOWED', 'FOLLOWING', 'DUE_TODAY', 'OVERDUE', 'CLOSED'];

/** The sheet's words in one locale: the list's column headings and follow-up states (`contacts` namespace). */
export function contactExportLabels(locale: Locale): ContactExportLabels {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'contacts' as never }) as unknown as (key: string) => string;
  return {
    columns: Object.fromEntries(CONTACT_EXPORT_COLUMNS.map((c) => [c, t(`list.columns.${c}`)])) as Record<ContactExportColumn, string>,
    followUpState: Object.fromEntries(STATES.map((s) => [s, t(`followUpState.${s}`)])) as Record<FollowUpState, string>,
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
};

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
    salesperson: refs.salesperson ? `${refs.salesperson.displayName} (${refs.salesperson.code})` : null,
    lastContactAt: row.lastContactAt ? excelLocalDateTime(row.lastContactAt, context.timeZone) : null,
    method: refs.method ? labelOf(refs.method, locale) : null,
    status: refs.status ? labelOf(refs.status, locale) : null,
    note: refs.log?.note || null,
    content: refs.log?.content || null,
    nextFollowUpAt: row.nextFollowUpAt ? excelLocalDateTime(row.nextFollowUpAt, context.timeZone) : null,
    followUpState: labels.followUpState[followUpState(row, context.now, context.timeZone)],
  };
  return CONTACT_EXPORT_COLUMNS.map((c) => cells[c]);
}

const byIdOf = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const idsOf = (values: Array<number | null>) => [...new Set(values.filter((v): v is number => v !== null))];

/**
 * The list's rows for a filter and sort, a batch at a time, through the same query and pages as
 * the screen (so the viewer's scope applies); each batch's campaigns, members, salespeople and
 * latest logs are read in one query each, so memory stays at one batch.
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
  const [statuses, methods] = await Promise.all([ds.getRepository(ContactStatus).find(), ds.getRepository(ContactMethod).find()]);
  const statusById = byIdOf(statuses);
  const methodById = byIdOf(methods);
  const campaigns = new Map<number, Campaign>();
  for await (const rows of contactMemberBatches(ds, viewer, filter, sort, context, batchSize)) {
    const missingCampaigns = idsOf(rows.map((r) => r.campaignId)).filter((id) => !campaigns.has(id));
    const [newCampaigns, members, staff, logs] = await Promise.all([
      missingCampaigns.length ? ds.getRepository(Campaign).findBy({ id: In(missingCampaigns) }) : [],
      ds.getRepository(Member).findBy({ id: In(idsOf(rows.map((r) => r.memberId))) }),
      ds.getRepository(Staff).findBy({ id: In(idsOf(rows.map((r) => r.salespersonId))) }),
      (async () => {
        const logIds = idsOf(rows.map((r) => r.lastLogId));
        return logIds.length ? ds.getRepository(ContactLog).findBy({ id: In(logIds) }) : [];
      })(),
    ]);
    for (const c of newCampaigns) campaigns.set(c.id, c);
    const memberById = byIdOf(members);
    const staffById = byIdOf(staff);
    const logById = byIdOf(logs);
    yield rows.map((row) => {
      const log = row.lastLogId ? logById.get(row.lastLogId) : null;
      return contactExportRow(
        row,
        {
          campaign: campaigns.get(row.campaignId),
          member: memberById.get(row.memberId),
          salesperson: staffById.get(row.salespersonId),
          status: statusById.get(row.statusId),
          log,
          method: log ? methodById.get(log.methodId) : null,
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
