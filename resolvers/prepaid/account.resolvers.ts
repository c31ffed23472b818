/**
 * The member's account (我的戶口): one query for the tab on the member and contact pages. The
 * member is checked against the viewer's member scope when the account is opened; its fields read
 * only that member's rows. The entries', packages' and instalments' own fields (documents, staff,
 * ledgers) are the other prepaid lanes' resolvers on those types.
 */
import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Instalment, MemberPackage, StoredValueAccount, StoredValueEntry } from '../../entities';
import { CouponStatus } from '../../entities/coupon.entity';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { LocalDate } from '../../graphql/scalars';
import { PointsAccountService } from '../../services/loyalty/points-account.service';
import { CouponService } from '../../services/loyalty/coupon.service';
import { MemberAccountService, type OpenedAccount } from '../../services/prepaid/member-account.service';
import { CouponConnection } from '../loyalty/coupon.resolver';
import { MemberPointsSummary, PointsExpiryGroup } from '../loyalty/points.resolvers';

@ObjectType('StoredValueLedgerConnection', { description: 'A page of a member\'s stored-value entries, newest first.' })
export class StoredValueLedgerConnection extends Connection(StoredValueEntry, 'StoredValueLedger') {}

@ObjectType('MemberAccountPackageConnection', { description: 'A page of a member\'s packages, newest first.' })
export class MemberAccountPackageConnection extends Connection(MemberPackage, 'MemberAccountPackage') {}

@ObjectType('MemberAccount', { description: 'A member\'s account (我的戶口): stored value, packages, instalments, points and coupons, each with its ledger.' })
export class MemberAccount {
  opened: OpenedAccount;

  @Field(() => ID, { description: 'The member\'s id.' })
  memberId: string;

  @Field(() => LocalDate, { description: 'The business day (the member\'s branch calendar) that expiry and overdue are read against.' })
  today: string;
}

@Authorized()
@Resolver(() => MemberAccount)
export class MemberAccountResolver {
  @Query(() => MemberAccount, { description: 'A member\'s account (我的戶口). NOT_FOUND naming memberId for a member outside the viewer\'s member scope.' })
  async memberAccount(@Arg('memberId', () => ID, { description: 'The member.' }) memberId: string, @Ctx() context: GraphQLContext): Promise<MemberAccount> {
    const opened = await new MemberAccountService(context.ds).open(viewerOf(context), parseId(memberId, 'memberId'));
    return Object.assign(new MemberAccount(), { opened, memberId: String(opened.memberId), today: opened.today });
  }

  @FieldResolver(() => StoredValueAccount, { description: 'Her stored value (儲值): balance, what she paid in and the bonus she got; zero when she never topped up.' })
  storedValue(@Root() account: MemberAccount, @Ctx() context: GraphQLContext): Promise<StoredValueAccount> {
    return new MemberAccountService(context.ds).storedValue(account.opened);
  }

  @FieldResolver(() => StoredValueLedgerConnection, { description: 'Her stored-value ledger, newest first; each entry names its document.' })
  async storedValueEntries(@Root() account: MemberAccount, @Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<StoredValueLedgerConnection> {
    return StoredValueLedgerConnection.from(await new MemberAccountService(context.ds).storedValueEntries(account.opened, page));
  }

  @FieldResolver(() => MemberAccountPackageConnection, { description: 'Her packages, newest first.' })
  async packages(
    @Root() account: MemberAccount,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('activeOnly', () => Boolean, { defaultValue: false, description: 'Only packages she can use today: not refunded, not expired, something left.' }) activeOnly: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberAccountPackageConnection> {
    return MemberAccountPackageConnection.from(await new MemberAccountService(context.ds).packages(account.opened, { ...page, activeOnly }));
  }

  @FieldResolver(() => Int, { description: 'What she still owes on instalments (分期付款), in cents.' })
  instalmentsOutstandingCents(@Root() account: MemberAccount, @Ctx() context: GraphQLContext): Promise<number> {
    return new MemberAccountService(context.ds).instalmentsOutstandingCents(account.opened);
  }

  @FieldResolver(() => [Instalment], { description: 'Her instalments by due date: those not yet paid in full, or all of them with `all`. Overdue: due before `today` and not paid in full.' })
  instalments(
    @Root() account: MemberAccount,
    @Arg('all', () => Boolean, { defaultValue: false, description: 'Also the instalments paid in full.' }) all: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<Instalment[]> {
    return new MemberAccountService(context.ds).instalments(account.opened, { all });
  }

  @FieldResolver(() => MemberPointsSummary, { description: 'Her points: balance, rank and what expires when.' })
  async points(@Root() account: MemberAccount, @Ctx() context: GraphQLContext): Promise<MemberPointsSummary> {
    const summary = await new PointsAccountService(context.ds).summary(viewerOf(context), account.opened.memberId);
    return Object.assign(new MemberPointsSummary(), {
      ...summary,
      memberId: String(summary.memberId),
      expiring: summary.expiring.map((group) => Object.assign(new PointsExpiryGroup(), group)),
    });
  }

  @FieldResolver(() => CouponConnection, { description: 'Her e-coupons, newest first.' })
  async coupons(
    @Root() account: MemberAccount,
    @Arg('statuses', () => [CouponStatus], { nullable: true, description: 'Only these statuses; null: all.' }) statuses: CouponStatus[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<CouponConnection> {
    return CouponConnection.from(await new CouponService(context.ds).list(viewerOf(context), { memberId: account.opened.memberId, statuses }, page));
  }
}

/** Resolvers of this prepaid capability (registered through ./index.ts). */
export const ACCOUNT_RESOLVERS: Array<new (...args: never[]) => object> = [MemberAccountResolver];
