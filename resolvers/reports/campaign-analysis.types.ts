import { Args, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Branch, Campaign, ContactStatus, MemberGroup, SalesGroup, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import type { CampaignAnalysisReport } from '../../services/reports/campaign-analysis.service';
import type { AppointmentOutcomes as Outcomes } from '../../services/reports/campaign-analysis';
import { CampaignAnalysisView } from './report-filter.input';
import { LocalDate } from '../../graphql/scalars';

@ObjectType('ReportStatusCell', { simpleResolvers: true, description: 'One status column of a report row: how many contact members have the status now, and their share of the row.' })
export class ReportStatusCell {
  @Field(() => ID, { description: 'The contact status (one of the report\'s `columns`).' })
  statusId: number;

  @Field(() => Int, { description: 'How many of the row\'s contact members have this status now (數目).' })
  count: number;

  @Field(() => Float, { description: 'count / the row\'s total as a fraction, rounded half-up to 4 decimals (0.3333 = 33.33 %, 比率); 0 when the total is 0.' })
  ratio: number;
}

@ObjectType('AppointmentOutcomes', { simpleResolvers: true, description: 'Appointments booked from a row\'s contact members, by what became of them.' })
export class AppointmentOutcomes implements Outcomes {
  @Field(() => Int, { description: 'Appointments booked from these contacts, whatever became of them.' })
  booked: number;

  @Field(() => Int, { description: 'Of those, the member arrived (到達, completed included).' })
  arrived: number;

  @Field(() => Int, { description: 'Of those, attendance verified (出席驗證).' })
  verified: number;

  @Field(() => Int, { description: 'Of those, the member did not come (失約).' })
  noShow: number;

  @Field(() => Int, { description: 'Of those, cancelled (取消).' })
  cancelled: number;
}

@ObjectType('CampaignAnalysisRow', { simpleResolvers: true, description: 'One row of 聯絡活動分析: a campaign, branch, salesperson or member with its status counts.' })
export class CampaignAnalysisRow {
  @Field(() => ID, { description: 'Id of the campaign, branch, salesperson (staff) or member the row is.' })
  key: number;

  @Field(() => String, { description: 'Campaign code, branch code, staff code or member number.' })
  code: string;

  @Field(() => String, { description: 'Campaign name, branch name, salesperson name or member name.' })
  name: string;

  @Field(() => [ReportStatusCell], { description: 'One cell per report column, in the columns\' order.' })
  cells: ReportStatusCell[];

  @Field(() => Int, { description: 'The row\'s contact members in any status (總數目).' })
  total: number;

  @Field(() => AppointmentOutcomes, { description: 'Appointments booked from the row\'s contact members, by outcome.' })
  outcomes: AppointmentOutcomes;
}

@ObjectType('CampaignAnalysisRowConnection', { description: 'A page of 聯絡活動分析 rows.' })
export class CampaignAnalysisRowConnection extends Connection(CampaignAnalysisRow, 'CampaignAnalysisRow') {}

@ObjectType('CampaignAnalysisTotals', { simpleResolvers: true, description: 'The totals row (總數): counts summed over every row, ratios of the grand total.' })
export class CampaignAnalysisTotals {
  @Field(() => [ReportStatusCell], { description: 'One cell per report column.' })
  cells: ReportStatusCell[];

  @Field(() => Int, { description: 'Every counted contact member.' })
  total: number;

  @Field(() => AppointmentOutcomes, { description: 'Appointments booked from every counted contact member, by outcome.' })
  outcomes: AppointmentOutcomes;
}

@ObjectType('ReportAppliedFilter', { description: 'The filters a report ran with, by name, for its header (an empty list means 全部).' })
export class ReportAppliedFilter {
  @Field(() => [Branch], { description: '分店.' })
  branches: Branch[];

  @Field(() => [Campaign], { description: '活動.' })
  campaigns: Campaign[];

  @Field(() => [SalesGroup], { description: '銷售組別.' })
  salesGroups: SalesGroup[];

  @Field(() => [Staff], { description: '銷售員.' })
  salespeople: Staff[];

  @Field(() => [MemberGroup], { description: '會員組別.' })
  memberGroups: MemberGroup[];

  @Field(() => LocalDate, { nullable: true, description: 'First day of the contact range, if any.' })
  contactedFrom: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the contact range, if any.' })
  contactedTo: string | null;
}

@ObjectType('CampaignAnalysis', { description: '聯絡活動分析: the visible contact members matching a filter, counted per status for each row of one view.' })
export class CampaignAnalysis {
  @Field(() => CampaignAnalysisView, { description: 'What each row is.' })
  view: CampaignAnalysisView;

  @Field(() => [ContactStatus], { description: 'The status columns: the configured statuses in their order (an inactive one only while some contact member has it).' })
  columns: ContactStatus[];

  @Field(() => CampaignAnalysisTotals, { description: 'The totals row.' })
  totals: CampaignAnalysisTotals;

  @Field(() => ReportAppliedFilter, { description: 'The filters it ran with.' })
  filter: ReportAppliedFilter;

  @Field(() => Staff, { description: 'Who ran it (負責人).' })
  ranBy: Staff;

  @Field(() => Date, { description: 'When it ran.' })
  ranAt: Date;

  report: CampaignAnalysisReport;

  @Field(() => CampaignAnalysisRowConnection, { description: 'The rows: campaigns, branches and salespeople by code, members by id.' })
  async rows(@Args(() => PageArgs) page: PageArgs): Promise<CampaignAnalysisRowConnection> {
    return CampaignAnalysisRowConnection.from(await this.report.page(page.first, page.after));
  }
}
