import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Appointment, Campaign, ContactLog, Invoice, MemberLevelChange, SalesReturn } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { historyCursor, memberHistoryPage, type HistoryEntry } from '../../services/members/member-history.service';

export enum MemberHistoryKind {
  VISIT = 'VISIT',
  BOOKING = 'BOOKING',
  INVOICE = 'INVOICE',
  RETURN = 'RETURN',
  CONTACT = 'CONTACT',
  LEVEL = 'LEVEL',
}

registerEnumType(MemberHistoryKind, {
  name: 'MemberHistoryKind',
  description: 'What a row of the member\'s history (ประวัติลูกค้า) stands for.',
  valuesConfig: {
    VISIT: { description: 'A visit: an appointment whose treatment was done (completed), with its beautician.' },
    BOOKING: { description: 'A booking not (yet) done: booked, arrived, cancelled or no-show.' },
    INVOICE: { description: 'An invoice (shown only to viewers with sales.view).' },
    RETURN: { description: 'A return of lines of an invoice (shown only to viewers with sales.view).' },
    CONTACT: { description: 'A contact log of a contact the viewer may see.' },
    LEVEL: { description: 'A change of the member\'s level, with its reason.' },
  },
});

@ObjectType('MemberHistoryEntry', {
  description: 'One row of the member\'s history: exactly one of appointment, invoice, salesReturn, contactLog or levelChange is set, as `kind` says.',
})
export class MemberHistoryEntry {
  entry: HistoryEntry;

  @Field(() => ID, { description: 'Stable identifier of the row: its kind and its document\'s id.' })
  id: string;

  @Field(() => MemberHistoryKind, { description: 'What the row stands for.' })
  kind: MemberHistoryKind;

  @Field(() => Date, { description: 'When it happened: the appointment\'s start, the invoice\'s issue, the return, the contact, the level change.' })
  at: Date;
}

@ObjectType('MemberHistoryConnection', { description: 'A page of the member\'s history, newest first.' })
export class MemberHistoryConnection extends Connection(MemberHistoryEntry, 'MemberHistoryEntry') {}

const asRow = (entry: HistoryEntry): MemberHistoryEntry =>
  Object.assign(new MemberHistoryEntry(), { entry, id: `${entry.kind}:${entry.key.id}`, kind: entry.kind as MemberHistoryKind, at: new Date(entry.key.at) });

/** 會員 > ประวัติลูกค้า: the member's visits, bookings, invoices, returns and contacts on one timeline. */
@Authorized()
@Resolver(() => MemberHistoryEntry)
export class MemberHistoryResolver {
  @Query(() => MemberHistoryConnection, {
    description:
      'The member\'s history, newest first: visits and bookings (at the appointment\'s start), invoices and returns (only with sales.view), contact logs of contacts the viewer may see, and the member\'s level changes. NOT_FOUND unless the viewer may open the member.',
  })
  async memberHistory(
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('kinds', () => [MemberHistoryKind], { nullable: true, description: 'Only rows of these kinds; all when absent or empty.' }) kinds: MemberHistoryKind[] | null,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberHistoryConnection> {
    const viewer = viewerOf(context);
    const result = await memberHistoryPage(
      context.ds,
      viewer,
      parseId(memberId, 'memberId'),
      { first: page.first, after: page.after ?? null, kinds: kinds ?? null },
      () => context.loaders.contactScope.load(viewer),
    );
    return MemberHistoryConnection.from({ nodes: result.nodes.map(asRow), hasNextPage: result.hasNextPage, cursorOf: (row) => historyCursor(row.entry), totalCount: result.totalCount });
  }

  @FieldResolver(() => Appointment, { nullable: true, description: 'The appointment of a VISIT or BOOKING row; null otherwise.' })
  appointment(@Root() row: MemberHistoryEntry): Appointment | null {
    return row.entry.kind === 'VISIT' || row.entry.kind === 'BOOKING' ? row.entry.appointment : null;
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign a VISIT or BOOKING was booked from (its contact); null when booked otherwise.' })
  async campaign(@Root() row: MemberHistoryEntry, @Ctx() { loaders }: GraphQLContext): Promise<Campaign | null> {
    return (row.entry.kind === 'VISIT' || row.entry.kind === 'BOOKING') && row.entry.campaignId !== null ? loaders.campaign.load(row.entry.campaignId) : null;
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice of an INVOICE row; null otherwise.' })
  invoice(@Root() row: MemberHistoryEntry): Invoice | null {
    return row.entry.kind === 'INVOICE' ? row.entry.invoice : null;
  }

  @FieldResolver(() => SalesReturn, { nullable: true, description: 'The return of a RETURN row (its `invoice` is the invoice it came back from); null otherwise.' })
  salesReturn(@Root() row: MemberHistoryEntry): SalesReturn | null {
    return row.entry.kind === 'RETURN' ? row.entry.salesReturn : null;
  }

  @FieldResolver(() => ContactLog, { nullable: true, description: 'The contact log of a CONTACT row; null otherwise.' })
  contactLog(@Root() row: MemberHistoryEntry): ContactLog | null {
    return row.entry.kind === 'CONTACT' ? row.entry.contactLog : null;
  }

  @FieldResolver(() => MemberLevelChange, { nullable: true, description: 'The level change of a LEVEL row; null otherwise.' })
  levelChange(@Root() row: MemberHistoryEntry): MemberLevelChange | null {
    return row.entry.kind === 'LEVEL' ? row.entry.levelChange : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The contact (聯絡會員) a CONTACT row\'s log belongs to, for its contact page; null otherwise.' })
  contactMemberId(@Root() row: MemberHistoryEntry): string | null {
    return row.entry.kind === 'CONTACT' ? String(row.entry.contactLog.campaignMemberId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The invoice a RETURN row came back from, for its invoice page; null otherwise.' })
  returnedInvoiceId(@Root() row: MemberHistoryEntry): string | null {
    return row.entry.kind === 'RETURN' ? String(row.entry.salesReturn.invoiceId) : null;
  }
}
