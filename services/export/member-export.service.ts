import type { Writable } from 'node:stream';
import { createTranslator } from 'use-intl/core';
import { In, type DataSource } from 'typeorm';
import { Branch, Member, MemberGroup, Staff } from '../../entities';
import { Gender } from '../members/gender';
import type { Locale } from '../../i18n/locales';
import en from '../../messages/en.json';
import th from '../../messages/th.json';
import zhCN from '../../messages/zh-CN.json';
import zhHK from '../../messages/zh-HK.json';
import type { Viewer } from '../auth/viewer';
import { formatMemberName } from '../members/member-name';
import { selectionIdBatches, type Selection } from '../selections/member-selection.service';
import { writeStreamedWorkbook } from './streamed-workbook';

export const EXPORT_COLUMNS = [
  'memberNo', 'name', 'phones', 'email', 'gender', 'birthday', 'group', 'branch', 'consultant', 'address', 'joined',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Widths in characters, wide enough for typical values so the sheet opens readable. */
const WIDTHS: Record<ExportColumn, number> = {
  memberNo: 14, name: 24, phones: 22, email: 30, gender: 8, birthday: 12, group: 16, branch: 16, consultant: 22, address: 48, joined: 12,
};
const DATE_COLUMNS = new Set<ExportColumn>(['birthday', 'joined']);
const DATE_FORMAT = 'yyyy-mm-dd';

export type ExportCell = string | Date | null;

export type ExportLabels = {
  columns: Record<ExportColumn, string>;
  gender: Record<Gender, string>;
  sheetName: string;
  /** File name without the date and extension, e.g. "會員". */
  fileName: string;
};

const MESSAGES: Record<Locale, Record<string, unknown>> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN, th };

/** The sheet's words in one locale, from the `export` namespace of messages/*.json. */
export function exportLabels(locale: Locale): ExportLabels {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'export' as never }) as unknown as (key: string) => string;
  return {
    columns: Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, t(`columns.${c}`)])) as Record<ExportColumn, string>,
    gender: { [Gender.FEMALE]: t('gender.female'), [Gender.MALE]: t('gender.male'), [Gender.UNKNOWN]: t('gender.unknown') },
    sheetName: t('sheetName'),
    fileName: t('fileName'),
  };
}

/** Midnight UTC of a calendar date: what Excel shows as that date, whatever the reader's zone. */
function excelDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function dateIn(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

export type MemberRefs = { branch?: Branch | null; group?: MemberGroup | null; consultant?: Staff | null };

/** One member as a sheet row, in EXPORT_COLUMNS order; the join date is the branch's local date. */
export function memberExportRow(member: Member, refs: MemberRefs, labels: ExportLabels): ExportCell[] {
  const name = formatMemberName(member);
  const cells: Record<ExportColumn, ExportCell> = {
    memberNo: member.memberNo,
    name: member.englishName ? `${name} (${member.englishName})` : name,
    phones: [member.phone, member.phone2].filter(Boolean).join(', ') || null,
    email: member.email,
    gender: labels.gender[member.gender] ?? null,
    birthday: member.birthday ? excelDate(member.birthday) : null,
    group: refs.group?.name ?? null,
    branch: refs.branch?.name ?? null,
    consultant: refs.consultant ? `${refs.consultant.displayName} (${refs.consultant.code})` : null,
    address: member.address,
    joined: excelDate(dateIn(member.createdAt, refs.branch?.timeZone ?? 'Asia/Hong_Kong')),
  };
  return EXPORT_COLUMNS.map((c) => cells[c]);
}

/** Only what the sheet shows: hydrating whole entities is most of the cost of reading a batch. */
const EXPORTED_MEMBER_COLUMNS = {
  id: true, memberNo: true, lastName: true, firstName: true, englishName: true, gender: true, phone: true, phone2: true, email: true,
  birthday: true, branchId: true, groupId: true, consultantId: true, address: true, createdAt: true,
} as const;

/**
 * The selection's rows, a batch at a time in member id order. Branches and groups are few and
 * read once; consultants are read per batch, so memory stays at one batch whatever the size.
 */
export async function* memberExportRows(
  ds: DataSource,
  viewer: Viewer,
  selection: Selection,
  labels: ExportLabels,
  batchSize = 1_000,
): AsyncGenerator<ExportCell[][]> {
  const [branches, groups] = await Promise.all([ds.getRepository(Branch).find(), ds.getRepository(MemberGroup).find()]);
  const branchById = new Map(branches.map((b) => [b.id, b]));
  const groupById = new Map(groups.map((g) => [g.id, g]));
  for await (const ids of selectionIdBatches(ds, viewer, selection, batchSize)) {
    const members = await ds.getRepository(Member).find({ select: EXPORTED_MEMBER_COLUMNS, where: { id: In(ids) }, order: { id: 'ASC' } });
    const consultantIds = [...new Set(members.map((m) => m.consultantId).filter((id): id is number => id !== null))];
    const consultants = consultantIds.length ? await ds.getRepository(Staff).findBy({ id: In(consultantIds) }) : [];
    const consultantById = new Map(consultants.map((s) => [s.id, s]));
    yield members.map((m) =>
      memberExportRow(
        m,
        { branch: branchById.get(m.branchId), group: groupById.get(m.groupId), consultant: m.consultantId ? consultantById.get(m.consultantId) : null },
        labels,
      ),
    );
  }
}

/** Writes the members' .xlsx to `stream`, a batch at a time (see writeStreamedWorkbook). */
export async function writeMemberWorkbook(stream: Writable, batches: AsyncIterable<ExportCell[][]>, labels: ExportLabels): Promise<void> {
  const columns = EXPORT_COLUMNS.map((c) => ({ key: c, header: labels.columns[c], width: WIDTHS[c], numFmt: DATE_COLUMNS.has(c) ? DATE_FORMAT : undefined }));
  await writeStreamedWorkbook(stream, labels.sheetName, columns, batches);
}
