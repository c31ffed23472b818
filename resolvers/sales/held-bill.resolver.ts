import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { HeldBill, Member, Staff } from '../../entities';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { draftOf, heldBillCursor, HeldBillService } from '../../services/sales/held-bill.service';
import { billDraft, BillLineInput } from './checkout.resolver';

@InputType('HoldBillInput', { description: 'A bill to park (掛單) for later.' })
export class HoldBillInput {
  @Field(() => ID, { description: 'The branch (open) whose terminals may take it up again.' })
  branchId: string;

  @Field(() => ID, { nullable: true, description: 'The member buying (one the viewer may see); null for a walk-in customer.' })
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: 'A walk-in customer\'s name, at most 100 characters; ignored for members.' })
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: 'What to call it on the list, at most 100 characters.' })
  label?: string | null;

  @Field(() => [BillLineInput], { description: 'The lines, at least one, at most 200; checked as checkout checks them.' })
  lines: BillLineInput[];

  @Field(() => String, { nullable: true, description: 'Purchase note, at most 500 characters.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'The offer (優惠) the cashier applies: its code or alternative code. Every condition must hold, else OFFER_NOT_APPLICABLE naming the first that fails; null: none.' })
  offerCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The member\'s e-coupon code, checked as checkout checks it and kept on the held bill (not used until it is checked out); null: none.' })
  couponCode?: string | null;
}

@ObjectType('HeldBillLine', { description: 'One line of a held bill, as it was parked.' })
export class HeldBillLine {
  @Field(() => InvoiceLineKind, { description: 'Product or treatment.' })
  kind: InvoiceLineKind;

  @Field(() => ID, { description: 'The product or treatment.' })
  itemId: string;

  @Field(() => String, { description: 'The item\'s code when parked.' })
  code: string;

  @Field(() => String, { description: 'The item\'s name when parked.' })
  label: string;

  @Field(() => Int, { description: 'Units.' })
  quantity: number;

  @Field(() => Int, { description: 'Unit price in cents when parked (typed or the catalogue\'s).' })
  unitPriceCents: number;

  @Field(() => Int, { description: 'Discount typed on the line, in cents.' })
  lineDiscountCents: number;

  @Field(() => ID, { nullable: true, description: 'The staff member credited; null for none.' })
  staffId: string | null;
}

@ObjectType('HeldBillConnection', { description: 'A page of held bills.' })
export class HeldBillConnection extends Connection(HeldBill, 'HeldBill') {}

/** Held bills (掛單): park, list, take up again, throw away. */
@Authorized()
@Resolver(() => HeldBill)
export class HeldBillResolver {
  @Authorized(Permission.SalesCheckout)
  @Mutation(() => HeldBill, { description: 'Parks a bill (掛單) at its branch; it reserves no stock. The lines are checked as checkout checks them.' })
  async holdBill(@Arg('input', () => HoldBillInput, { description: 'The bill.' }) input: HoldBillInput, @Ctx() context: GraphQLContext): Promise<HeldBill> {
    return new HeldBillService(context.ds).hold(viewerOf(context), { ...billDraft(input), label: input.label, note: input.note });
  }

  @Authorized(Permission.SalesCheckout)
  @Query(() => HeldBillConnection, { description: 'The bills parked at a branch and not yet taken up, oldest first.' })
  async heldBills(
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<HeldBillConnection> {
    const result = await new HeldBillService(context.ds).list(parseId(branchId, 'branchId'), page);
    return HeldBillConnection.from({ ...result, cursorOf: heldBillCursor });
  }

  @Authorized(Permission.SalesCheckout)
  @Mutation(() => HeldBill, { description: 'Takes a held bill up again (解掛); it leaves the list. Taken up or discarded already (e.g. by another terminal): ALREADY_RESUMED.' })
  async resumeHeldBill(@Arg('id', () => ID, { description: 'The held bill.' }) id: string, @Ctx() context: GraphQLContext): Promise<HeldBill> {
    return new HeldBillService(context.ds).resume(viewerOf(context), parseId(id, 'id'));
  }

  @Authorized(Permission.SalesCheckout)
  @Mutation(() => HeldBill, { description: 'Throws a held bill away; it leaves the list. Taken up or discarded already: ALREADY_RESUMED.' })
  async discardHeldBill(@Arg('id', () => ID, { description: 'The held bill.' }) id: string, @Ctx() context: GraphQLContext): Promise<HeldBill> {
    return new HeldBillService(context.ds).discard(viewerOf(context), parseId(id, 'id'));
  }

  @FieldResolver(() => String, { nullable: true, description: 'A walk-in customer\'s name; null for members or when not given.' })
  customerName(@Root() bill: HeldBill): string | null {
    return draftOf(bill).customerName;
  }

  @FieldResolver(() => String, { description: 'Purchase note, empty when none.' })
  note(@Root() bill: HeldBill): string {
    return draftOf(bill).note;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The offer code typed on the bill when it was parked (checked again when it is checked out); null: none.' })
  offerCode(@Root() bill: HeldBill): string | null {
    return draftOf(bill).offerCode ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The e-coupon code typed on the bill when it was parked (checked again when it is checked out); null: none.' })
  couponCode(@Root() bill: HeldBill): string | null {
    return draftOf(bill).couponCode ?? null;
  }

  @FieldResolver(() => Int, { description: 'Whole minutes since it was parked.' })
  ageMinutes(@Root() bill: HeldBill): number {
    return Math.max(0, Math.floor((Date.now() - bill.createdAt.getTime()) / 60_000));
  }

  @FieldResolver(() => [HeldBillLine], { description: 'The lines as parked.' })
  lines(@Root() bill: HeldBill): HeldBillLine[] {
    return draftOf(bill).lines.map((line) => ({
      ...line,
      kind: line.kind as InvoiceLineKind,
      itemId: String(line.itemId),
      staffId: line.staffId === null ? null : String(line.staffId),
    }));
  }

  @FieldResolver(() => Staff, { description: 'Who parked it.' })
  heldBy(@Root() bill: HeldBill, @Ctx() { loaders }: GraphQLContext): Promise<Staff> {
    return loaders.staff.load(bill.heldById) as Promise<Staff>;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member buying; null for a walk-in, or when the viewer may not open the member.' })
  member(@Root() bill: HeldBill, @Ctx() { loaders }: GraphQLContext): Promise<Member | null> {
    return bill.memberId === null ? Promise.resolve(null) : loaders.member.load(bill.memberId);
  }
}
