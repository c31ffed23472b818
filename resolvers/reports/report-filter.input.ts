import { ArrayMaxSize, validate } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { firstValidationError, IsCalendarDate, IsNotBefore, tooMany } from '../../graphql/filter-validation';
import { parseIds } from '../../graphql/ids';
import { invalidField } from '../../services/errors/domain-error';
import { CAMPAIGN_ANALYSIS_VIEWS, compactReportFilter, type CampaignAnalysisView as View, type ReportFilter } from '../../services/reports/report-filter';
import { FILTER_IDS_MAX } from '../members/member-filter.input';
import { LocalDate } from '../../graphql/scalars';

export enum CampaignAnalysisView {
  CAMPAIGN = 'CAMPAIGN',
  BRANCH = 'BRANCH',
  SALESPERSON = 'SALESPERSON',
  MEMBER = 'MEMBER',
}

registerEnumType(CampaignAnalysisView, {
  name: 'CampaignAnalysisView',
  description: 'What each row of 聯絡活動分析 is.',
  valuesConfig: {
    CAMPAIGN: { description: 'One row per campaign (聯絡活動分析 - 活動), by campaign code.' },
    BRANCH: { description: 'One row per branch of the responsible salesperson (聯絡活動分析 - 分店), by branch code.' },
    SALESPERSON: { description: 'One row per responsible salesperson (聯絡活動分析 - 銷售員), by staff code.' },
    MEMBER: { description: 'One row per member across the chosen campaigns (聯絡活動分析 - 會員), by member id.' },
  },
});

@InputType('ReportFilterInput', { description: 'The filters of the contact reports (會員 > 報告); an absent filter means "all" the viewer may see.' })
export class ReportFilterInput {
  @Field(() => [ID], { nullable: true, description: '分店: contact members whose salesperson works at one of these branches.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  branchIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '活動: in one of these campaigns.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  campaignIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '銷售組別: whose salesperson is in one of these sales groups.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  salesGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '銷售員: assigned to one of these salespeople.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  salespersonIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: '會員組別: whose member is in one of these member groups.' })
  @ArrayMaxSize(FILTER_IDS_MAX, tooMany(FILTER_IDS_MAX))
  memberGroupIds?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'First salon day (YYYY-MM-DD) of the contact range: only contact members with a contact log in the range count.' })
  @IsCalendarDate()
  contactedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last salon day (YYYY-MM-DD, inclusive) of the contact range; not before `contactedFrom`.' })
  @IsCalendarDate()
  @IsNotBefore('contactedFrom')
  contactedTo?: string | null;
}

/**
 * Validates a report filter — from GraphQL or from the export's query string, so errors name
 * "filter.<field>" either way — and turns it into the service's ReportFilter.
 */
export async function toReportFilter(input: Partial<ReportFilterInput> | null | undefined, field = 'filter'): Promise<ReportFilter> {
  if (!input) return {};
  if (typeof input !== 'object' || Array.isArray(input)) throw invalidField(field, 'notAnOption');
  const instance = Object.assign(new ReportFilterInput(), input);
  const errors = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (errors.length) throw firstValidationError(errors, [field]);
  return compactReportFilter({
    branchIds: parseIds(input.branchIds, `${field}.branchIds`),
    campaignIds: parseIds(input.campaignIds, `${field}.campaignIds`),
    salesGroupIds: parseIds(input.salesGroupIds, `${field}.salesGroupIds`),
    salespersonIds: parseIds(input.salespersonIds, `${field}.salespersonIds`),
    memberGroupIds: parseIds(input.memberGroupIds, `${field}.memberGroupIds`),
    contactedFrom: input.contactedFrom || undefined,
    contactedTo: input.contactedTo || undefined,
  });
}

/** A view named in a query string (the export's `views=CAMPAIGN,MEMBER`). */
export function toAnalysisView(value: unknown, field = 'views'): View {
  if (typeof value !== 'string' || !(CAMPAIGN_ANALYSIS_VIEWS as readonly string[]).includes(value)) throw invalidField(field, 'notAnOption');
  return value as View;
}
