import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, MaxLength, validate } from 'class-validator';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import { parseIds } from '../../graphql/ids';
import {
  compactFilter, CONTACT_QUICK_OPTIONS, CONTACT_SORT_FIELDS, defaultContactSort, SAME_DAY_INVOICE_FILTERS, type ContactFilter,
  type ContactSort,
} from '../../services/contacts/contact-filter';
import { invalidField } from '../../services/errors/domain-error';
import { firstValidationError, IsCalendarDate, IsNotBefore, tooLong, tooMany } from '../../graphql/filter-validation';
import { FILTER_IDS_MAX, FILTER_TEXT_MAX, SortDirection } from '../members/member-filter.input';
import { LocalDate } from '../../graphql/scalars';

export enum SameDayInvoiceFilter {
  INVOICE_POSITIVE = 'INVOICE_POSITIVE',
  PRODUCT_POSITIVE = 'PRODUCT_POSITIVE',
  TREATMENT_POSITIVE = 'TREATMENT_POSITIVE',
  INVOICE_AT_LEAST = 'INVOICE_AT_LEAST',
  PRODUCT_AT_LEAST = 'PRODUCT_AT_LEAST',
  TREATMENT_AT_LEAST = 'TREATMENT_AT_LEAST',
  NO_INVOICE = 'NO_INVOICE',
}

registerEnumType(SameDayInvoiceFilter, {
  name: 'SameDayInvoiceFilter',
  description: '預約即日開發票: a condition on the same-day invoice of the booked visit (amounts from the contact settings).',
  valuesConfig: {
    INVOICE_POSITIVE: { description: 'Invoice amount above 0 (發票金額 > $0).' },
    PRODUCT_POSITIVE: { description: 'Product amount above 0 (產品金額 > $0).' },
    TREATMENT_POSITIVE: { description: 'Treatment amount above 0 (護理金額 > $0).' },
    INVOICE_AT_LEAST: { description: 'Invoice amount at least the settings\' invoice threshold (發票金額 >= X).' },
    PRODUCT_AT_LEAST: { description: 'Product amount at least the settings\' product threshold (產品金額 >= X).' },
    TREATMENT_AT_LEAST: { description: 'Treatment amount at least the settings\' treatment threshold (護理金額 >= X).' },
    NO_INVOICE: { description: 'No invoice, or an invoice of 0 (沒有發票或發票金額 = $0).' },
  },
});

export enum ContactQuickOption {
  CONTACTED_TODAY = 'CONTACTED_TODAY',
  CONTACTED_THIS_WEEK = 'CONTACTED_THIS_WEEK',
  FOLLOW_UP_DUE_TODAY = 'FOLLOW_UP_DUE_TODAY',
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
  NOT_CONTACTED = 'NOT_CONTACTED',
  BOOKED_TODAY = 'BOOKED_TODAY',
}

registerEnumType(ContactQuickOption, {
  name: 'ContactQuickOption',
  description: '快速選項 of the contact list; days are the salon\'s, in the viewer\'s branch time zone.',
  valuesConfig: {
    CONTACTED_TODAY: { description: 'Contacted today (any contact log today).' },
    CONTACTED_THIS_WEEK: { description: 'Contacted this week, Monday to Sunday.' },
    FOLLOW_UP_DUE_TODAY: { description: 'An open follow-up due today.' },
    FOLLOW_UP_OVERDUE: { description: 'An open follow-up due before today.' },
    NOT_CONTACTED: { description: 'Never contacted: no contact log yet (new contacts waiting for a first call).' },
    BOOKED_TODAY: { description: 'The appointment booked from the contact (not cancelled) starts today.' },
  },
});

export enum ContactSortField {
  LAST_CONTACT = 'LAST_CONTACT',
  MEMBER_NO = 'MEMBER_NO',
  NEXT_FOLLOW_UP = 'NEXT_FOLLOW_UP',
  ASSIGNED = 'ASSIGNED',
}

registerEnumType(ContactSortField, {
  name: 'ContactSortField',
  description: 'What the contact list is sorted by (ties broken by id).',
  valuesConfig: {
    LAST_CONTACT: { description: 'Last contact date-time; members never contacted come last in either direction.' },
    MEMBER_NO: { description: 'Member number.' },
    NEXT_FOLLOW_UP: { description: 'Next follow-up date-time; members without one come last in either direction.' },
    ASSIGNED: { description: 'When the member was assigned to the campaign.' },
  },
});

@InputType('ContactFilterInput', { description: 'Every filter of the contact list (聯絡會員 > 列表); an absent filter means "all".' })
export class ContactFilterInput {
  @Field(() => [ID], { nullable: true, description: '聯絡活動: in one of these campaigns.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  campaignIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '活動銷售員: assigned to one of these salespeople (within what the viewer may see).' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  salespersonIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '聯絡狀態: with one of these current statuses.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  statusIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: '安排預約: true for booked (已預約), false for not booked (未預約).' })
  booked?: boolean | null;

  @Field(() => SameDayInvoiceFilter, { nullable: true, description: '預約即日開發票: a same-day invoice condition.' })
  sameDayInvoice?: SameDayInvoiceFilter | null;

  @Field(() => Boolean, { nullable: true, description: '成功購買: true for Y (booked, and the success rule\'s same-day amount reaches its threshold), false for N; with the rule off, Y matches none.' })
  successfulPurchase?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '出席驗證: true for verified (已驗證), false for not verified (未驗證).' })
  attendanceVerified?: boolean | null;

  @Field(() => String, { nullable: true, description: `Start of the member's name (either order), member number or either phone (at most ${FILTER_TEXT_MAX} characters).` })
  @MaxLength(FILTER_TEXT_MAX, tooLong(FILTER_TEXT_MAX))
  keyword?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '只顯示有聯絡在: first salon day (YYYY-MM-DD) of the range; a member matches with any contact log in it.' })
  @IsCalendarDate()
  contactedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last salon day (YYYY-MM-DD, inclusive) of the contact range; not before `contactedFrom`.' })
  @IsCalendarDate()
  @IsNotBefore('contactedFrom')
  contactedTo?: string | null;

  @Field(() => ContactQuickOption, { nullable: true, description: '快速選項: contacted today or this week, follow-ups due today or overdue, never contacted, or an appointment today.' })
  quick?: ContactQuickOption | null;
}

@InputType('ContactSortInput', { description: 'How to sort the contact list.' })
export class ContactSortInput {
  @Field(() => ContactSortField, { description: 'The sort key.' })
  field: ContactSortField;

  @Field(() => SortDirection, { description: 'Ascending or descending.' })
  direction: SortDirection;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw invalidField(field, 'notAnOption');
  return value as T;
}

function booleanOf(value: unknown, field: string): boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'boolean') throw invalidField(field, 'notAnOption');
  return value;
}

/**
 * Validates a contact filter — from GraphQL or from the export's query string, so errors name
 * "filter.<field>" either way — and turns it into the service's ContactFilter: ids parsed, empty
 * values dropped.
 */
export async function toContactFilter(input: Partial<ContactFilterInput> | null | undefined, field = 'filter'): Promise<ContactFilter> {
  if (!input) return {};
  if (typeof input !== 'object' || Array.isArray(input)) throw invalidField(field, 'notAnOption');
  const instance = Object.assign(new ContactFilterInput(), input);
  if (instance.keyword !== null && instance.keyword !== undefined && typeof instance.keyword !== 'string') throw invalidField(`${field}.keyword`, 'notAnOption');
  const errors = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (errors.length) throw firstValidationError(errors, [field]);
  return compactFilter({
    campaignIds: parseIds(input.campaignIds, `${field}.campaignIds`),
    salespersonIds: parseIds(input.salespersonIds, `${field}.salespersonIds`),
    statusIds: parseIds(input.statusIds, `${field}.statusIds`),
    booked: booleanOf(input.booked, `${field}.booked`),
    sameDayInvoice: oneOf(input.sameDayInvoice, SAME_DAY_INVOICE_FILTERS, `${field}.sameDayInvoice`),
    successfulPurchase: booleanOf(input.successfulPurchase, `${field}.successfulPurchase`),
    attendanceVerified: booleanOf(input.attendanceVerified, `${field}.attendanceVerified`),
    keyword: input.keyword?.trim() || undefined,
    contactedFrom: input.contactedFrom || undefined,
    contactedTo: input.contactedTo || undefined,
    quick: oneOf(input.quick, CONTACT_QUICK_OPTIONS, `${field}.quick`),
  });
}

/**
 * The sort from GraphQL or the export's query string; when absent, the default for the filter
 * (defaultContactSort: next follow-up first for the follow-up quick options, else last contact).
 */
export function toContactSort(input: Partial<ContactSortInput> | null | undefined, field = 'sort', filter: ContactFilter = {}): ContactSort {
  const fallback = defaultContactSort(filter);
  if (!input) return fallback;
  return {
    field: oneOf(input.field, CONTACT_SORT_FIELDS, `${field}.field`) ?? fallback.field,
    direction: oneOf(input.direction, ['ASC', 'DESC'] as const, `${field}.direction`) ?? 'ASC',
  };
}

/**
 * Whether a connection field asks for its total alone (the list screen's second request), so no
 * page need be read. Fragments count as asking for rows: only plain fields are inspected.
 */
export function asksOnlyForTotal(info: Pick<GraphQLResolveInfo, 'fieldNodes'>): boolean {
  return info.fieldNodes.every((node) => (node.selectionSet?.selections ?? []).every(
    (selection) => selection.kind === Kind.FIELD && (selection.name.value === 'totalCount' || selection.name.value === '__typename'),
  ));
}
