/**
 * Stored value at the 預付 counter: the top-up preview (topUpQuote), the top-up (topUp) and the
 * refund (refundStoredValue), and the parts of the prepaid documents: a stored-value entry's
 * staff, branch, prepaid sale and invoice (through the sales scope), a prepaid sale's branch,
 * staff, member (through the member scope), payments, instalments and package, a payment's
 * tender. Parts come through per-request batch loaders.
 */
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Instalment, Invoice, Member, MemberPackage, PrepaidPayment, PrepaidSale, Staff, StoredValueEntry, TenderType } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { can } from '../../services/auth/viewer';
import { TopUpService, type TopUpResult } from '../../services/prepaid/top-up.service';
import { invoiceQuery } from '../../services/sales/invoice-scope.service';

@ObjectType('TopUpQuote', { description: 'What a top-up gives the member at her level now: "pay 1,000, get 1,100".' })
export class TopUpQuoteType {
  @Field(() => Int, { description: 'What she pays, in cents.' })
  paidCents: number;

  @Field(() => Int, { description: 'Her level\'s top-up bonus, in percent of what she pays.' })
  bonusPercent: number;

  @Field(() => Int, { description: 'The bonus given on top, in cents (rounded down to the cent).' })
  bonusCents: number;

  @Field(() => Int, { description: 'What her stored value grows by: paid plus bonus, in cents.' })
  totalCents: number;
}

@ObjectType('StoredValueSaleResult', { description: 'A top-up or stored-value refund as made: its prepaid sale, its ledger entry and the change to give.' })
export class StoredValueSaleResult {
  prepaidSaleId: number;

  entryId: number;

  @Field(() => Int, { description: 'Change to give back from cash tendered, in cents; 0 when none.' })
  changeCents: number;
}

@InputType('PrepaidPaymentInput', { description: 'Money received for a prepaid sale by one tender type.' })
export class PrepaidPaymentInput {
  @Field(() => ID, { description: 'The tender type (active; not stored value or a package).' })
  tenderTypeId: string;

  @Field(() => Int, { description: 'Cents tendered (> 0); cash may exceed what is due and gives change.' })
  amountCents: number;

  @Field(() => String, { nullable: true, description: 'Card slip or transfer reference (at most 100 characters).' })
  reference?: string | null;
}

@InputType('TopUpInput', { description: 'A stored-value top-up (會員充值).' })
export class TopUpInput {
  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => ID, { description: 'The branch taking the money (open, within the viewer\'s reach).' })
  branchId: string;

  @Field(() => Int, { description: 'What she pays, in cents (1 to 100,000,000); her level\'s bonus comes on top.' })
  amountCents: number;

  @Field(() => [PrepaidPaymentInput], { description: 'The payments (1 to 10); they settle the amount exactly, but for cash\'s change.' })
  payments: PrepaidPaymentInput[];

  @Field(() => String, { description: 'A key unique to this top-up: a retry with the same key is applied once.' })
  idempotencyKey: string;
}

@InputType('RefundStoredValueInput', { description: 'Stored value paid back to the member in money.' })
export class RefundStoredValueInput {
  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => ID, { description: 'The branch paying out (open, within the viewer\'s reach).' })
  branchId: string;

  @Field(() => Int, { description: 'What is paid back, in cents (1 to 100,000,000); at most her balance.' })
  amountCents: number;

  @Field(() => ID, { description: 'How it is paid back (an active tender type; not stored value or a package).' })
  tenderTypeId: string;

  @Field(() => String, { description: 'Why (required, at most 200 characters); kept on the prepaid sale and the ledger.' })
  reason: string;

  @Field(() => String, { description: 'A key unique to this refund: a retry with the same key is applied once.' })
  idempotencyKey: string;
}

/** Per-request loaders of the prepaid documents' parts, made once per GraphQL context. */
function prepaidLoaders(context: GraphQLContext) {
  const { ds, viewer } = context;
  const mapped = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  };
  const grouped = <T>(keys: readonly number[], rows: T[], keyOf: (row: T) => number) => keys.map((key) => rows.filter((row) => keyOf(row) === key));
  return {
    sale: new DataLoader<number, PrepaidSale | null>(async (ids) => mapped(ids, await ds.getRepository(PrepaidSale).findBy({ id: In([...ids]) }))),
    entryBySale: new DataLoader<number, StoredValueEntry | null>(async (saleIds) => {
      const rows = await ds.getRepository(StoredValueEntry).findBy({ prepaidSaleId: In([...saleIds]) });
      return saleIds.map((id) => rows.find((row) => row.prepaidSaleId === id) ?? null);
    }),
    entry: new DataLoader<number, StoredValueEntry | null>(async (ids) => mapped(ids, await ds.getRepository(StoredValueEntry).findBy({ id: In([...ids]) }))),
    payments: new DataLoader<number, PrepaidPayment[]>(async (saleIds) =>
      grouped(saleIds, await ds.getRepository(PrepaidPayment).find({ where: { prepaidSaleId: In([...saleIds]) }, order: { id: 'ASC' } }), (p) => p.prepaidSaleId),
    ),
    instalments: new DataLoader<number, Instalment[]>(async (saleIds) =>
      grouped(saleIds, await ds.getRepository(Instalment).find({ where: { prepaidSaleId: In([...saleIds]) }, order: { sequence: 'ASC' } }), (i) => i.prepaidSaleId),
    ),
    packageBySale: new DataLoader<number, MemberPackage | null>(async (saleIds) => {
      const rows = await ds.getRepository(MemberPackage).findBy({ prepaidSaleId: In([...saleIds]) });
      return saleIds.map((id) => rows.find((row) => row.prepaidSaleId === id) ?? null);
    }),
    tenderType: new DataLoader<number, TenderType | null>(async (ids) => mapped(ids, await ds.getRepository(TenderType).findBy({ id: In([...ids]) }))),
    invoice: new DataLoader<number, Invoice | null>(async (ids) =>
      mapped(ids, viewer && can(viewer, Permission.SalesView) ? await invoiceQuery(ds, viewer).andWhere('i.id IN (:...svInvoiceIds)', { svInvoiceIds: [...ids] }).getMany() : []),
    ),
  };
}

const loadersOf = new WeakMap<GraphQLContext, ReturnType<typeof prepaidLoaders>>();
/** The prepaid parts' loaders of this request (shared with the instalment resolvers). */
export const prepaidPartsOf = (context: GraphQLContext) => {
  let loaders = loadersOf.get(context);
  if (!loaders) loadersOf.set(context, (loaders = prepaidLoaders(context)));
  return loaders;
};

/** A prepaid sale is read only when its member is one the viewer may see. */
export async function visiblePrepaidSale(context: GraphQLContext, saleId: number): Promise<PrepaidSale | null> {
  const sale = await prepaidPartsOf(context).sale.load(saleId);
  return sale && (await context.loaders.member.load(sale.memberId)) ? sale : null;
}

@Authorized()
@Resolver(() => StoredValueSaleResult)
export class StoredValueSaleResultResolver {
  @FieldResolver(() => PrepaidSale, { description: 'The prepaid sale (預付單) it made.' })
  async prepaidSale(@Root() result: StoredValueSaleResult, @Ctx() context: GraphQLContext): Promise<PrepaidSale> {
    return (await prepaidPartsOf(context).sale.load(result.prepaidSaleId))!;
  }

  @FieldResolver(() => StoredValueEntry, { description: 'The stored-value ledger entry it made, with the balance after it.' })
  async entry(@Root() result: StoredValueSaleResult, @Ctx() context: GraphQLContext): Promise<StoredValueEntry> {
    return (await prepaidPartsOf(context).entry.load(result.entryId))!;
  }
}

@Authorized()
@Resolver(() => StoredValueEntry)
export class StoredValueEntryResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who made the change; null when made by a removed staff member or by the system.' })
  staff(@Root() entry: StoredValueEntry, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return entry.staffId === null ? null : loaders.staff.load(entry.staffId);
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'The branch where it happened.' })
  branch(@Root() entry: StoredValueEntry, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> | null {
    return entry.branchId === null ? null : loaders.branch.load(entry.branchId);
  }

  @FieldResolver(() => PrepaidSale, { nullable: true, description: 'The prepaid sale of a top-up or refund; null for payments and reversals.' })
  prepaidSale(@Root() entry: StoredValueEntry, @Ctx() context: GraphQLContext): Promise<PrepaidSale | null> | null {
    return entry.prepaidSaleId === null ? null : prepaidPartsOf(context).sale.load(entry.prepaidSaleId);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice a payment paid (or whose void or return reversed it); null without sales.view or outside the viewer\'s sales scope.' })
  invoice(@Root() entry: StoredValueEntry, @Ctx() context: GraphQLContext): Promise<Invoice | null> | null {
    return entry.invoiceId === null ? null : prepaidPartsOf(context).invoice.load(entry.invoiceId);
  }
}

@Authorized()
@Resolver(() => PrepaidSale)
export class PrepaidSaleResolver {
  @FieldResolver(() => Branch, { description: 'The branch that made the sale.' })
  async branch(@Root() sale: PrepaidSale, @Ctx() { loaders }: GraphQLContext): Promise<Branch> {
    return (await loaders.branch.load(sale.branchId))!;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who made it; null when made by a removed staff member.' })
  staff(@Root() sale: PrepaidSale, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return sale.staffId === null ? null : loaders.staff.load(sale.staffId);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member; null outside the viewer\'s member scope.' })
  member(@Root() sale: PrepaidSale, @Ctx() { loaders }: GraphQLContext): Promise<Member | null> {
    return loaders.member.load(sale.memberId);
  }

  @FieldResolver(() => [PrepaidPayment], { description: 'Money received (or paid back) for it, oldest first, instalment payments included.' })
  payments(@Root() sale: PrepaidSale, @Ctx() context: GraphQLContext): Promise<PrepaidPayment[]> {
    return prepaidPartsOf(context).payments.load(sale.id);
  }

  @FieldResolver(() => [Instalment], { description: 'Its instalment schedule, by sequence; empty when paid at once.' })
  instalments(@Root() sale: PrepaidSale, @Ctx() context: GraphQLContext): Promise<Instalment[]> {
    return prepaidPartsOf(context).instalments.load(sale.id);
  }

  @FieldResolver(() => MemberPackage, { nullable: true, description: 'The package it sold; null for top-ups and stored-value refunds.' })
  memberPackage(@Root() sale: PrepaidSale, @Ctx() context: GraphQLContext): Promise<MemberPackage | null> {
    return prepaidPartsOf(context).packageBySale.load(sale.id);
  }
}

@Authorized()
@Resolver(() => PrepaidPayment)
export class PrepaidPaymentResolver {
  @FieldResolver(() => TenderType, { description: 'How the money was received or paid back.' })
  async tenderType(@Root() payment: PrepaidPayment, @Ctx() context: GraphQLContext): Promise<TenderType> {
    return (await prepaidPartsOf(context).tenderType.load(payment.tenderTypeId))!;
  }
}

const saleResult = (result: TopUpResult) => Object.assign(new StoredValueSaleResult(), result);

@Authorized()
@Resolver()
export class StoredValueCounterResolver {
  @Query(() => TopUpQuoteType, { description: 'What a top-up of the amount gives the member at her level now (bonus and total); changes nothing. The member must be in the viewer\'s member scope.' })
  async topUpQuote(
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Arg('amountCents', () => Int, { description: 'What she would pay, in cents.' }) amountCents: number,
    @Ctx() context: GraphQLContext,
  ): Promise<TopUpQuoteType> {
    return Object.assign(new TopUpQuoteType(), await new TopUpService(context.ds).quote(viewerOf(context), parseId(memberId, 'memberId'), amountCents));
  }

  @Authorized(Permission.PrepaidTopUp)
  @Mutation(() => StoredValueSaleResult, {
    description: 'Tops up a member\'s stored value (會員充值, prepaid.topUp): a numbered prepaid sale, its payments, and a ledger entry of what she paid plus her level\'s bonus. Idempotent by key; audited.',
  })
  async topUp(@Arg('input', () => TopUpInput, { description: 'The top-up.' }) input: TopUpInput, @Ctx() context: GraphQLContext): Promise<StoredValueSaleResult> {
    return saleResult(
      await new TopUpService(context.ds).topUp(viewerOf(context), {
        ...input,
        memberId: parseId(input.memberId, 'memberId'),
        branchId: parseId(input.branchId, 'branchId'),
        payments: input.payments.map((p, i) => ({ ...p, tenderTypeId: parseId(p.tenderTypeId, `payments.${i}.tenderTypeId`) })),
      }),
    );
  }

  @Authorized(Permission.PrepaidRefund)
  @Mutation(() => StoredValueSaleResult, {
    description: 'Pays stored value back to the member in money (prepaid.refund) with a reason; beyond her balance is INSUFFICIENT_STORED_VALUE naming amountCents. Idempotent by key; audited.',
  })
  async refundStoredValue(@Arg('input', () => RefundStoredValueInput, { description: 'The refund.' }) input: RefundStoredValueInput, @Ctx() context: GraphQLContext): Promise<StoredValueSaleResult> {
    return saleResult(
      await new TopUpService(context.ds).refund(viewerOf(context), {
        ...input,
        memberId: parseId(input.memberId, 'memberId'),
        branchId: parseId(input.branchId, 'branchId'),
        tenderTypeId: parseId(input.tenderTypeId, 'tenderTypeId'),
      }),
    );
  }
}

/** Resolvers of this prepaid capability (filled in by its lane). */
export const STORED_VALUE_RESOLVERS: Array<new (...args: never[]) => object> = [
  StoredValueSaleResultResolver, StoredValueEntryResolver, PrepaidSaleResolver, PrepaidPaymentResolver, StoredValueCounterResolver,
];
