import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize, IsDefined, Max, MaxLength, Min, ValidateBy, ValidateIf, ValidateNested, validate,
} from 'class-validator';
import { In, type DataSource } from 'typeorm';
import { CustomField } from '../../entities';
import { CustomFieldType } from '../../entities/custom-field.entity';
import { Gender } from '../../services/members/gender';
import { parseId } from '../../graphql/ids';
import { invalidField } from '../../services/errors/domain-error';
import type { CampaignPresence, MemberFilter } from '../../services/members/member-filter';
import { isPhoneQuery } from '../../services/members/member-search-rules';
import { firstValidationError, IsCalendarDate, IsNotBefore, tooLong, tooMany } from '../../graphql/filter-validation';
import { LocalDate } from '../../graphql/scalars';

export enum MemberKind {
  ALL = 'all',
  MEMBERS = 'members',
  WALK_INS = 'walkIns',
}

registerEnumType(MemberKind, {
  name: 'MemberKind',
  description: 'Which customers a member list shows.',
  valuesConfig: {
    ALL: { description: 'Members and walk-ins.' },
    MEMBERS: { description: 'Registered members only.' },
    WALK_INS: { description: 'Walk-in customers (provisional K numbers) only.' },
  },
});

export enum CampaignPresenceKind {
  ANY = 'any',
  NONE = 'none',
  CAMPAIGN = 'campaign',
}

registerEnumType(CampaignPresenceKind, {
  name: 'CampaignPresenceKind',
  description: 'A choice of the seed\'s "會員在 / 會員不在" campaign lists.',
  valuesConfig: {
    ANY: { description: 'Any campaign (任何活動).' },
    NONE: { description: 'No campaign (沒有活動).' },
    CAMPAIGN: { description: 'One campaign, given by `campaignId`.' },
  },
});

export enum MemberSortField {
  MEMBER_NO = 'memberNo',
  NAME = 'name',
  JOINED_AT = 'joinedAt',
}

registerEnumType(MemberSortField, {
  name: 'MemberSortField',
  description: 'What a member search is sorted by (ties broken by id).',
  valuesConfig: {
    MEMBER_NO: { description: 'Member number.' },
    NAME: { description: 'Name as written (surname first).' },
    JOINED_AT: { description: 'Join date.' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort order.',
  valuesConfig: {
    ASC: { description: 'Smallest first (A→Z, oldest first).' },
    DESC: { description: 'Largest first (Z→A, newest first).' },
  },
});

export const FILTER_TEXT_MAX = 50;
export const FILTER_IDS_MAX = 100;
export const CUSTOM_VALUE_MAX = 500;

@InputType('CampaignPresenceInput', { description: 'In (or not in) any campaign, no campaign, or one campaign.' })
export class CampaignPresenceInput {
  @Field(() => CampaignPresenceKind, { description: 'Any campaign, no campaign, or the campaign in `campaignId`.' })
  kind: CampaignPresenceKind;

  @Field(() => ID, { nullable: true, description: 'The campaign; required when `kind` is CAMPAIGN.' })
  @ValidateIf((o: CampaignPresenceInput) => o.kind === CampaignPresenceKind.CAMPAIGN)
  @IsDefined({ context: { key: 'required' } })
  campaignId?: string | null;
}

@InputType('CustomFieldFilterInput', { description: 'A custom field value to match: prefix for text fields, exact otherwise.' })
export class CustomFieldFilterInput {
  @Field(() => ID, { description: 'The custom field.' })
  fieldId: string;

  @Field(() => String, { description: `The value (at most ${CUSTOM_VALUE_MAX} characters); text fields match by prefix.` })
  @MaxLength(CUSTOM_VALUE_MAX, tooLong(CUSTOM_VALUE_MAX))
  value: string;
}

@InputType('MemberFilterInput', { description: 'Every filter of the member search; an absent filter means "all".' })
export class MemberFilterInput {
  @Field(() => [ID], { nullable: true, description: '加入分店: the branches the members joined.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  branchIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '會員組別. Members of the Deleted group appear only when that group is listed.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  groupIds?: string[] | null;

  @Field(() => String, { nullable: true, description: `會員編號: start of the member number (at most ${FILTER_TEXT_MAX} characters).` })
  @MaxLength(FILTER_TEXT_MAX, tooLong(FILTER_TEXT_MAX))
  memberNo?: string | null;

  @Field(() => String, { nullable: true, description: `名稱: start of the name in either order, or of the English name (at most ${FILTER_TEXT_MAX} characters).` })
  @MaxLength(FILTER_TEXT_MAX, tooLong(FILTER_TEXT_MAX))
  name?: string | null;

  @Field(() => String, { nullable: true, description: '身份證: start of the identity card number (at most 20 characters).' })
  @MaxLength(20, tooLong(20))
  idCard?: string | null;

  @Field(() => Gender, { nullable: true, description: '性別.' })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Start of either phone number (digits; spaces, +, - and brackets are ignored; at most 20 characters).' })
  @MaxLength(20, tooLong(20))
  @ValidateBy(
    { name: 'isPhoneQuery', validator: { validate: (v) => typeof v === 'string' && isPhoneQuery(v), defaultMessage: () => 'digitsOnly' } },
    { context: { key: 'digitsOnly' } },
  )
  phone?: string | null;

  @Field(() => Int, { nullable: true, description: 'Birthday month, 1–12.' })
  @Min(1, { context: { key: 'outOfRange', params: { min: 1, max: 12 } } })
  @Max(12, { context: { key: 'outOfRange', params: { min: 1, max: 12 } } })
  birthMonth?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'Joined on or after this date (YYYY-MM-DD).' })
  @IsCalendarDate()
  joinedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Joined on or before this date (YYYY-MM-DD); not before `joinedFrom`.' })
  @IsCalendarDate()
  @IsNotBefore('joinedFrom')
  joinedTo?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Members of at least one of these interest groups.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  interestGroupIds?: string[] | null;

  @Field(() => CampaignPresenceInput, { nullable: true, description: '會員在: in any campaign, in none, or in this one.' })
  @ValidateNested()
  inCampaign?: CampaignPresenceInput | null;

  @Field(() => CampaignPresenceInput, { nullable: true, description: '會員不在: not in this campaign (or not in any / not in none).' })
  @ValidateNested()
  notInCampaign?: CampaignPresenceInput | null;

  @Field(() => ID, { nullable: true, description: '活動銷售員: assigned to this salesperson in a campaign (in `inCampaign`\'s campaign when one is chosen).' })
  campaignSalespersonId?: string | null;

  @Field(() => MemberKind, { nullable: true, description: 'Members, walk-ins, or both (the default).' })
  kind?: MemberKind | null;

  @Field(() => [CustomFieldFilterInput], { nullable: true, description: 'Custom field values to match (all of them).' })
  @ArrayMaxSize(20, tooMany(20))
  @ValidateNested()
  customFields?: CustomFieldFilterInput[] | null;
}

@InputType('MemberSortInput', { description: 'How to sort a member search.' })
export class MemberSortInput {
  @Field(() => MemberSortField, { description: 'The sort key.' })
  field: MemberSortField;

  @Field(() => SortDirection, { description: 'Ascending or descending.' })
  direction: SortDirection;
}

/** The first failing rule as a domain error naming the field under `prefix`, e.g. "filter.birthMonth". */
function presenceOf(input: CampaignPresenceInput | null | undefined, field: string): CampaignPresence | undefined {
  if (!input) return undefined;
  if (input.kind === CampaignPresenceKind.CAMPAIGN) return { kind: 'campaign', campaignId: parseId(String(input.campaignId), `${field}.campaignId`) };
  return { kind: input.kind };
}

function idsOf(values: string[] | null | undefined, field: string): number[] | undefined {
  return values?.length ? values.map((v) => parseId(v, field)) : undefined;
}

/** Empty strings mean "no filter", as an untouched search form sends them. */
function textOf(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Validates a filter from the API (errors name e.g. "filter.birthMonth") and turns it into the
 * service's `MemberFilter`: ids parsed, empty values dropped, text custom fields matched by prefix.
 * Validation runs here rather than only in TypeGraphQL so the field names are the same whether
 * the filter is an argument of its own or nested in another input.
 */
export async function toMemberFilter(input: MemberFilterInput | null | undefined, ds: DataSource, field = 'filter'): Promise<MemberFilter> {
  if (!input) return {};
  const instance = input instanceof MemberFilterInput ? input : Object.assign(new MemberFilterInput(), input);
  const errors = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (errors.length) throw firstValidationError(errors, [field]);

  const filter: MemberFilter = {
    branchIds: idsOf(input.branchIds, `${field}.branchIds`),
    groupIds: idsOf(input.groupIds, `${field}.groupIds`),
    memberNo: textOf(input.memberNo),
    name: textOf(input.name),
    idCard: textOf(input.idCard),
    gender: input.gender ?? undefined,
    phone: input.phone?.replace(/\D/g, '') || undefined,
    birthMonth: input.birthMonth ?? undefined,
    joinedFrom: input.joinedFrom ?? undefined,
    joinedTo: input.joinedTo ?? undefined,
    interestGroupIds: idsOf(input.interestGroupIds, `${field}.interestGroupIds`),
    inCampaign: presenceOf(input.inCampaign, `${field}.inCampaign`),
    notInCampaign: presenceOf(input.notInCampaign, `${field}.notInCampaign`),
    campaignSalespersonId: input.campaignSalespersonId ? parseId(input.campaignSalespersonId, `${field}.campaignSalespersonId`) : undefined,
    kind: input.kind && input.kind !== MemberKind.ALL ? input.kind : undefined,
    customFields: await customFieldsOf(input.customFields, ds, `${field}.customFields`),
  };
  for (const key of Object.keys(filter) as Array<keyof MemberFilter>) if (filter[key] === undefined) delete filter[key];
  return filter;
}

async function customFieldsOf(inputs: CustomFieldFilterInput[] | null | undefined, ds: DataSource, field: string): Promise<MemberFilter['customFields']> {
  const wanted = (inputs ?? []).map((c) => ({ fieldId: parseId(c.fieldId, `${field}.fieldId`), value: c.value.trim() })).filter((c) => c.value);
  if (!wanted.length) return undefined;
  const fields = await ds.getRepository(CustomField).findBy({ id: In([...new Set(wanted.map((c) => c.fieldId))]) });
  const typeOf = new Map(fields.map((f) => [f.id, f.type]));
  return wanted.map((c) => {
    const type = typeOf.get(c.fieldId);
    if (!type) throw invalidField(`${field}.fieldId`, 'invalidId');
    return { ...c, match: type === CustomFieldType.TEXT ? 'prefix' : 'exact' };
  });
}
