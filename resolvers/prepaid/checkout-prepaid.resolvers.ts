/**
 * The cashier's view of a member's prepaid balances (prepaidAtCheckout): her stored value, her
 * card's state and the packages she can use today, read through the viewer's member scope.
 */
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import type { MemberPackage } from '../../entities';
import { PackageKind } from '../../entities/package-type.entity';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { LocalDate } from '../../graphql/scalars';
import { Permission } from '../../services/admin/permission';
import { PrepaidAtCheckoutService } from '../../services/prepaid/prepaid-at-checkout.service';

@ObjectType('CheckoutPackage', { description: 'A package of the member\'s she can use at the cashier today.' })
export class CheckoutPackage {
  @Field(() => ID, { description: 'The member\'s package (pass it as BillLineInput.memberPackageId or PaymentInput.memberPackageId).' })
  id: string;

  @Field(() => String, { description: 'The package\'s name as sold.' })
  name: string;

  @Field(() => PackageKind, { description: 'SESSIONS pays for a treatment line (計次消費); VALUE pays as a PACKAGE tender.' })
  kind: PackageKind;

  @Field(() => Int, { description: 'SESSIONS: sessions left; 0 for VALUE.' })
  sessionsRemaining: number;

  @Field(() => Int, { description: 'VALUE: value left to spend, in cents; 0 for SESSIONS.' })
  remainingCents: number;

  @Field(() => LocalDate, { description: 'The last day it can be used.' })
  validTo: string;

  @Field(() => [ID], { nullable: true, description: 'The treatments it pays for; null for any treatment.' })
  treatmentIds: string[] | null;
}

@ObjectType('PrepaidAtCheckout', { description: 'A member\'s prepaid balances as the cashier needs them for the bill.' })
export class PrepaidAtCheckout {
  @Field(() => ID, { description: 'The member.' })
  memberId: string;

  @Field(() => Int, { description: 'Her stored value (儲值), in cents.' })
  storedValueCents: number;

  @Field(() => Boolean, { description: 'Whether her card is locked (reported lost): every prepaid payment is then refused.' })
  cardLocked: boolean;

  @Field(() => Boolean, { description: 'Whether her card has a PIN: a stored-value payment then needs it.' })
  cardHasPin: boolean;

  @Field(() => [CheckoutPackage], { description: 'Her packages usable today (not refunded, not expired, something left), soonest expiry first.' })
  packages: CheckoutPackage[];
}

const packageOf = (p: MemberPackage): CheckoutPackage => ({
  id: String(p.id),
  name: p.name,
  kind: p.kind,
  sessionsRemaining: p.sessionsRemaining,
  remainingCents: p.remainingCents,
  validTo: p.validTo,
  treatmentIds: p.treatmentIds === null ? null : p.treatmentIds.map(String),
});

@Authorized()
@Resolver()
export class CheckoutPrepaidResolver {
  @Authorized(Permission.SalesCheckout)
  @Query(() => PrepaidAtCheckout, { description: 'A member\'s stored value, card state and usable packages for the cashier; the member must be one the viewer may see.' })
  async prepaidAtCheckout(@Arg('memberId', () => ID, { description: 'The bill\'s member.' }) memberId: string, @Ctx() context: GraphQLContext): Promise<PrepaidAtCheckout> {
    const found = await new PrepaidAtCheckoutService(context.ds).forMember(viewerOf(context), parseId(memberId, 'memberId'));
    return { ...found, memberId: String(found.memberId), packages: found.packages.map(packageOf) };
  }
}

/** Resolvers of this prepaid capability. */
export const CHECKOUT_PREPAID_RESOLVERS: Array<new (...args: never[]) => object> = [CheckoutPrepaidResolver];
