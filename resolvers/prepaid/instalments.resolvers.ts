/**
 * Instalments (分期付款) at the counter: the list of those outstanding or overdue (members in the
 * viewer's scope only) and taking a payment of one; an instalment's sale, member, what is
 * outstanding and whether it is overdue at the selling branch today.
 */
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Instalment, Member, PrepaidSale } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { localDateIn } from '../../services/appointments/arrival-day';
import { InstalmentService, InstalmentStatusFilter } from '../../services/prepaid/instalment.service';
import { isOverdue } from '../../services/prepaid/prepaid-rules';
import { PrepaidPaymentInput, prepaidPartsOf, visiblePrepaidSale } from './stored-value.resolvers';

registerEnumType(InstalmentStatusFilter, {
  name: 'InstalmentStatusFilter',
  description: 'Which instalments a list shows.',
  valuesConfig: {
    OUTSTANDING: { description: 'Not yet paid in full, due or not.' },
    OVERDUE: { description: 'Due before the branch\'s today and not paid in full.' },
  },
});

@ObjectType('InstalmentConnection', { description: 'A page of instalments, the latest due first.' })
export class InstalmentConnection extends Connection(Instalment, 'Instalment') {}

@ArgsType()
class InstalmentListArgs extends PageArgs {
  @Field(() => InstalmentStatusFilter, { defaultValue: InstalmentStatusFilter.OUTSTANDING, description: 'Outstanding (default) or only overdue.' })
  status: InstalmentStatusFilter;

  @Field(() => ID, { nullable: true, description: 'Only instalments of sales made at this branch; overdue is then judged by its today.' })
  branchId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this member\'s instalments.' })
  memberId?: string | null;
}

@InputType('PayInstalmentInput', { description: 'A payment of one instalment, taken at the counter.' })
export class PayInstalmentInput {
  @Field(() => ID, { description: 'The instalment (of a member in the viewer\'s member scope).' })
  instalmentId: string;

  @Field(() => ID, { description: 'The branch taking the money (open, within the viewer\'s reach).' })
  branchId: string;

  @Field(() => [PrepaidPaymentInput], { description: 'The payments (1 to 10); together at most what is outstanding on the instalment (no change is given).' })
  payments: PrepaidPaymentInput[];

  @Field(() => String, { description: 'A key unique to this payment: a retry with the same key is applied once.' })
  idempotencyKey: string;
}

@Authorized()
@Resolver(() => Instalment)
export class InstalmentResolver {
  @FieldResolver(() => PrepaidSale, { nullable: true, description: 'The prepaid sale it belongs to; null outside the viewer\'s member scope.' })
  prepaidSale(@Root() instalment: Instalment, @Ctx() context: GraphQLContext): Promise<PrepaidSale | null> {
    return visiblePrepaidSale(context, instalment.prepaidSaleId);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member who pays it; null outside the viewer\'s member scope.' })
  member(@Root() instalment: Instalment, @Ctx() { loaders }: GraphQLContext): Promise<Member | null> {
    return loaders.member.load(instalment.memberId);
  }

  @FieldResolver(() => Int, { description: 'What is still to pay on it, in cents.' })
  outstandingCents(@Root() instalment: Instalment): number {
    return instalment.amountCents - instalment.paidCents;
  }

  @FieldResolver(() => Boolean, { description: 'Due before today at the branch that sold it, and not paid in full.' })
  async overdue(@Root() instalment: Instalment, @Ctx() context: GraphQLContext): Promise<boolean> {
    const sale = await prepaidPartsOf(context).sale.load(instalment.prepaidSaleId);
    const branch = sale ? await context.loaders.branch.load(sale.branchId) : null;
    return isOverdue(instalment, localDateIn(new Date(), branch?.timeZone ?? 'UTC'));
  }
}

@Authorized()
@Resolver()
export class InstalmentCounterResolver {
  @Query(() => InstalmentConnection, { description: 'Instalments not yet paid in full (or only overdue ones) of members in the viewer\'s member scope, the latest due first.' })
  async instalments(@Args(() => InstalmentListArgs) args: InstalmentListArgs, @Ctx() context: GraphQLContext): Promise<InstalmentConnection> {
    const filter = {
      status: args.status,
      branchId: args.branchId ? parseId(args.branchId, 'branchId') : null,
      memberId: args.memberId ? parseId(args.memberId, 'memberId') : null,
    };
    return InstalmentConnection.from(await new InstalmentService(context.ds).list(viewerOf(context), filter, args));
  }

  @Authorized(Permission.PrepaidTakeInstalments)
  @Mutation(() => Instalment, {
    description: 'Takes a payment of an instalment (prepaid.takeInstalments): at most what is outstanding on it, refused naming the payment otherwise (so two cashiers never take it twice). Idempotent by key; audited.',
  })
  payInstalment(@Arg('input', () => PayInstalmentInput, { description: 'The payment.' }) input: PayInstalmentInput, @Ctx() context: GraphQLContext): Promise<Instalment> {
    return new InstalmentService(context.ds).pay(viewerOf(context), {
      ...input,
      instalmentId: parseId(input.instalmentId, 'instalmentId'),
      branchId: parseId(input.branchId, 'branchId'),
      payments: input.payments.map((p, i) => ({ ...p, tenderTypeId: parseId(p.tenderTypeId, `payments.${i}.tenderTypeId`) })),
    });
  }
}

/** Resolvers of this prepaid capability (filled in by its lane). */
export const INSTALMENTS_RESOLVERS: Array<new (...args: never[]) => object> = [InstalmentResolver, InstalmentCounterResolver];
