import { Args, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Branch, Campaign, ContactStatus, MemberGroup, SalesGroup, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import type { CampaignAnalysisReport } from '../../services/reports/campaign-analysis.service';
import type { AppointmentOutcomes as Outcomes, CampaignSales } from '../../services/reports/campaign-analysis';
import { SuccessMetric } from '../../services/contact-settings/success-metric';
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

@ObjectType('CampaignAnalysisSales', { simpleResolvers: true, description: 'What a row\'s booked contacts bought on their visit\'s day (當日購買, net of returns), and how many of them were successful purchases (成功購買).' })
export class CampaignAnalysisSales implements CampaignSales {
  @Field(() => Int, { description: 'Contacts of the row with a booked appointment now (the success ratio\'s base).' })
  bookedContacts: number;

  @Field(() => Int, { nullable: true, description: 'Booked contacts meeting the success rule (成功購買 數目); null while the rule is off.' })
  successful: number | null;

  @Field(() => Float, { nullable: true, description: 'successful / bookedContacts as a fraction rounded half-up to 4 decimals (成功購買 比率); 0 without booked contacts; null while the rule is off.' })
  successRatio: number | null;

  @Field(() => Float, { description: 'Same-day invoice amounts of the booked contacts, summed, in integer cents (a Float: sums can pass 32 bits).' })
  invoiceCents: number;

  @Field(() => Float, { description: 'Same-day product amounts of the booked contacts, summed, in integer cents.' })
  productCents: number;

  @Field(() => Float, { description: 'Same-day treatment amounts of the booked contacts, summed, in integer cents.' })
  treatmentCents: number;
}

@ObjectType('CampaignAnalysisSuccessRule', { simpleResolvers: true, description: 'The successful-purchase rule (成功購買定義) a report judged by.' })
export class CampaignAnalysisSuccessRule {
  @Field(() => Boolean, { description: 'Whether successful purchases are computed (啟動成功購買計算).' })
  enabled: boolean;

  @Field(() => SuccessMetric, { description: 'The same-day amount compared.' })
  metric: SuccessMetric;

  @Field(() => Int, { description: 'The amount, in cents, the metric must reach.' })
  thresholdCents: number;
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

  @Field(() => CampaignAnalysisSales, { description: 'Same-day sales and successful purchases of the row\'s booked contacts.' })
  sales: CampaignAnalysisSales;
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

  @Field(() => CampaignAnalysisSales, { description: 'Same-day sales and successful purchases of every counted booked contact (the ratio from the summed counts).' })
  sales: CampaignAnalysisSales;
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

  @Field(() => CampaignAnalysisSuccessRule, { description: 'The successful-purchase rule the success figures follow.' })
  successRule: CampaignAnalysisSuccessRule;

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
