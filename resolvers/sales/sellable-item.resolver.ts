import { Arg, Args, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { Connection, PageArgs } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { SellableItemService } from '../../services/sales/sellable-items.service';

@ObjectType('SellableItem', { description: 'Something the cashier can ring up: an active product (with its stock at the branch) or an active treatment.' })
export class SellableItem {
  @Field(() => InvoiceLineKind, { description: 'Product or treatment.' })
  kind: InvoiceLineKind;

  @Field(() => ID, { description: 'The product\'s or treatment\'s id (pass it as BillLineInput.itemId with this kind).' })
  itemId: number;

  @Field(() => String, { description: 'The product\'s or treatment\'s code.' })
  code: string;

  @Field(() => String, { nullable: true, description: 'The product\'s barcode; null for treatments and products without one.' })
  barcode: string | null;

  @Field(() => String, { description: 'The name in the caller\'s language.' })
  label: string;

  @Field(() => Int, { description: 'Catalogue price in cents.' })
  priceCents: number;

  @Field(() => Int, { description: 'Tax rate in basis points (700 = 7 %); 0 for treatments.' })
  taxRateBasisPoints: number;

  @Field(() => Int, { nullable: true, description: 'Units on hand at the branch asked about (0 when it never had any); null for treatments.' })
  onHand: number | null;

  @Field(() => Boolean, { description: 'Whether a sale may take stock below zero; always true for treatments, which hold no stock.' })
  allowNegativeStock: boolean;

  @Field(() => ID, { nullable: true, description: 'The item\'s department (an offer of item discount or fixed price covers the lines of its departments); null when none.' })
  departmentId: number | null;
}

@ObjectType('SellableItemConnection', { description: 'A page of sellable items: products first, then treatments, each by code.' })
export class SellableItemConnection extends Connection(SellableItem, 'SellableItem') {}

const branchArg = { description: 'The branch selling: products carry their stock there.' };

/** The cashier's catalogue search and barcode lookup; prices are not secret, so sign-in is enough. */
@Authorized()
@Resolver(() => SellableItem)
export class SellableItemResolver {
  @Query(() => SellableItemConnection, { description: 'Active products, then active treatments, whose code, barcode or name contains `search` (all when it is blank).' })
  async sellableItems(
    @Arg('branchId', () => ID, branchArg) branchId: string,
    @Arg('search', () => String, { nullable: true, description: 'Part of a code, barcode or name.' }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds, locale }: GraphQLContext,
  ): Promise<SellableItemConnection> {
    const rows = await new SellableItemService(ds).list(parseId(branchId, 'branchId'), search, page, locale);
    return SellableItemConnection.from({ ...rows, nodes: rows.nodes.map((row) => Object.assign(new SellableItem(), row)) });
  }

  @Query(() => SellableItem, {
    nullable: true,
    description: 'The barcode scanner\'s lookup: the active product with exactly this barcode or code, else the active treatment with this code; null when none.',
  })
  async sellableItemByCode(
    @Arg('branchId', () => ID, branchArg) branchId: string,
    @Arg('code', () => String, { description: 'A barcode, product code or treatment code, exactly.' }) code: string,
    @Ctx() { ds, locale }: GraphQLContext,
  ): Promise<SellableItem | null> {
    const row = await new SellableItemService(ds).byCode(parseId(branchId, 'branchId'), code, locale);
    return row ? Object.assign(new SellableItem(), row) : null;
  }
}
