import { Args, Field, Float, Int, ObjectType } from 'type-graphql';
import { Campaign, Member, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import type { SalesFigures } from '../../services/reports/campaign-return';
import type { CampaignReturnRow as Row } from '../../services/reports/campaign-return.service';
import { decodeCursor, encodeCursor, sliceWithLookahead } from '../../services/pagination/cursor';
import { ReportAppliedFilter } from './campaign-analysis.types';

@ObjectType('SalesFigures', { simpleResolvers: true, description: 'Issued invoices summed: how many, by how many members, their amount, what returns refunded on them and the net (amounts in integer cents; Float because sums can pass 32 bits).' })
export class SalesFiguresType implements SalesFigures {
  @Field(() => Int, { description: 'Issued invoices counted (voided ones never count).' })
  invoices: number;

  @Field(() => Int, { description: 'Distinct members who bought (in a totals row: the rows\' sum).' })
  buyers: number;

  @Field(() => Float, { description: 'The invoices\' amounts, in cents.' })
  grossCents: number;

  @Field(() => Float, { description: 'What returns refunded on those invoices, in cents.' })
  returnedCents: number;

  @Field(() => Float, { description: 'grossCents − returnedCents: net sales, in cents.' })
  netCents: number;
}

@ObjectType('CampaignReturnRow', { simpleResolvers: true, description: 'One campaign of 活動回報: its contacted members\' sales within the window after a contact.' })
export class CampaignReturnRow extends SalesFiguresType {
  @Field(() => Campaign, { description: 'The campaign.' })
  campaign: Campaign;
}

@ObjectType('CampaignReturnRowConnection', { description: 'A page of 活動回報 rows, campaigns by code.' })
export class CampaignReturnRowConnection extends Connection(CampaignReturnRow, 'CampaignReturnRow') {}

const byCode = new Intl.Collator('en', { numeric: true }).compare;

@ObjectType('CampaignReturn', { description: '活動回報: per campaign, the net sales (issued invoices less returns) of its members within `days` days after a contact of that campaign, for the invoices and contacts the viewer may see.' })
export class CampaignReturn {
  @Field(() => Int, { description: 'The window: days after a contact in which a sale counts.' })
  days: number;

  @Field(() => SalesFiguresType, { description: 'The totals row: the campaigns\' figures summed (a sale after contacts of two campaigns counts in both).' })
  totals: SalesFiguresType;

  @Field(() => ReportAppliedFilter, { description: 'The filters it ran with.' })
  filter: ReportAppliedFilter;

  @Field(() => Staff, { description: 'Who ran it.' })
  ranBy: Staff;

  @Field(() => Date, { description: 'When it ran.' })
  ranAt: Date;

  all: Row[];

  @Field(() => CampaignReturnRowConnection, { description: 'The campaigns with sales in the window, by code.' })
  rows(@Args(() => PageArgs) page: PageArgs): CampaignReturnRowConnection {
    let start = 0;
    if (page.after) {
      const [code, id] = decodeCursor(page.after, 2);
      const next = this.all.findIndex((r) => byCode(r.campaign.code, String(code)) > 0 || (r.campaign.code === String(code) && r.campaign.id > Number(id)));
      start = next < 0 ? this.all.length : next;
    }
    const { nodes, hasNextPage } = sliceWithLookahead(this.all.slice(start, start + page.first + 1), page.first);
    return CampaignReturnRowConnection.from({
      nodes: nodes.map((r) => Object.assign(new CampaignReturnRow(), r)),
      hasNextPage,
      cursorOf: (r) => encodeCursor([r.campaign.code, r.campaign.id]),
      totalCount: async () => this.all.length,
    });
  }
}

@ObjectType('MemberSalesRank', { simpleResolvers: true, description: 'One member of 會員消費排名: their rank by net sales in the period and the figures behind it.' })
export class MemberSalesRank extends SalesFiguresType {
  @Field(() => Int, { description: 'Rank by net sales, best first; equal nets share a rank (1, 2, 2, 4).' })
  rank: number;

  memberId: number;

  @Field(() => Member, { nullable: true, description: 'The member; null when the viewer may no longer open them.' })
  member: Member | null;
}

@ObjectType('MemberSalesRankConnection', { description: 'A page of 會員消費排名, best first.' })
export class MemberSalesRankConnection extends Connection(MemberSalesRank, 'MemberSalesRank') {}
