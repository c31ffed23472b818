import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Product, StockLevel, StockMovement, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { StockService } from '../../services/sales/stock.service';
import { ProductConnection } from './product.resolver';

@ObjectType('StockMovementConnection', { description: 'A page of stock movements, newest first.' })
export class StockMovementConnection extends Connection(StockMovement, 'StockMovement') {}

@InputType('ReceiveStockInput', { description: 'Goods delivered to a branch.' })
export class ReceiveStockInput {
  @Field(() => ID, { description: 'The product received.' })
  productId: string;

  @Field(() => ID, { description: 'The branch receiving it.' })
  branchId: string;

  @Field(() => Int, { description: 'Units received, 1 or more.' })
  quantity: number;

  @Field(() => String, { nullable: true, description: 'A note, e.g. the supplier\'s delivery note number (at most 200 characters).' })
  reason?: string | null;
}

@InputType('AdjustStockInput', { description: 'A correction of a branch\'s stock by hand (a count, breakage, samples).' })
export class AdjustStockInput {
  @Field(() => ID, { description: 'The product.' })
  productId: string;

  @Field(() => ID, { description: 'The branch.' })
  branchId: string;

  @Field(() => Int, { description: 'Units to add (positive) or take away (negative); not 0.' })
  delta: number;

  @Field(() => String, { description: 'Why (1–200 characters), e.g. "Stock count 2026-12".' })
  reason: string;
}

@InputType('TransferStockInput', { description: 'Units sent from one branch to another.' })
export class TransferStockInput {
  @Field(() => ID, { description: 'The product.' })
  productId: string;

  @Field(() => ID, { description: 'The branch sending.' })
  fromBranchId: string;

  @Field(() => ID, { description: 'The branch receiving; not the sending one.' })
  toBranchId: string;

  @Field(() => Int, { description: 'Units sent, 1 or more.' })
  quantity: number;

  @Field(() => String, { nullable: true, description: 'A note (at most 200 characters).' })
  reason?: string | null;
}

/**
 * Stock per branch: levels, movements and the low-stock list read by every signed-in staff member
 * (the cashier shows what is on hand); receiving, adjusting and transferring need products.stock.
 * Every move returns the product, so a screen can re-read its stock.
 */
@Authorized()
@Resolver(() => StockMovement)
export class StockResolver {
  @Query(() => ProductConnection, { description: 'Active products at or below their low-stock threshold at a branch (never stocked there counts as 0), by code.' })
  async lowStock(
    @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<ProductConnection> {
    return ProductConnection.from(await new StockService(ds).lowStock(parseId(branchId, 'branchId'), page));
  }

  @Query(() => StockMovementConnection, { description: 'A product\'s stock movements, newest first, at one branch or every branch.' })
  async stockMovements(
    @Arg('productId', () => ID, { description: 'The product.' }) productId: string,
    @Arg('branchId', () => ID, { nullable: true, description: 'Only this branch\'s movements; null for every branch.' }) branchId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<StockMovementConnection> {
    const branch = branchId ? parseId(branchId, 'branchId') : null;
    return StockMovementConnection.from(await new StockService(ds).movements(parseId(productId, 'productId'), branch, page));
  }

  @Authorized(Permission.ProductsStock)
  @Mutation(() => Product, { description: 'Takes delivered goods into a branch\'s stock (needs products.stock); audited.' })
  async receiveStock(@Arg('input', () => ReceiveStockInput, { description: 'What arrived where.' }) input: ReceiveStockInput, @Ctx() context: GraphQLContext): Promise<Product> {
    return new StockService(context.ds).receive(viewerOf(context), parseId(input.productId, 'productId'), parseId(input.branchId, 'branchId'), input);
  }

  @Authorized(Permission.ProductsStock)
  @Mutation(() => Product, {
    description: 'Corrects a branch\'s stock by a signed difference with a reason (needs products.stock); audited. Below zero is refused with OUT_OF_STOCK unless the product allows negative stock.',
  })
  async adjustStock(@Arg('input', () => AdjustStockInput, { description: 'The correction.' }) input: AdjustStockInput, @Ctx() context: GraphQLContext): Promise<Product> {
    return new StockService(context.ds).adjust(viewerOf(context), parseId(input.productId, 'productId'), parseId(input.branchId, 'branchId'), input);
  }

  @Authorized(Permission.ProductsStock)
  @Mutation(() => Product, {
    description: 'Sends units from one branch to another in one transaction (needs products.stock); audited. The sender going below zero is refused with OUT_OF_STOCK unless the product allows negative stock.',
  })
  async transferStock(@Arg('input', () => TransferStockInput, { description: 'The transfer.' }) input: TransferStockInput, @Ctx() context: GraphQLContext): Promise<Product> {
    return new StockService(context.ds).transfer(
      viewerOf(context), parseId(input.productId, 'productId'), parseId(input.fromBranchId, 'fromBranchId'), parseId(input.toBranchId, 'toBranchId'), input,
    );
  }

  @FieldResolver(() => Branch, { description: 'The branch whose stock moved.' })
  async branch(@Root() movement: StockMovement, @Ctx() { loaders }: GraphQLContext): Promise<Branch> {
    return (await loaders.branch.load(movement.branchId))!;
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'The other branch of a transfer; null otherwise.' })
  counterpartBranch(@Root() movement: StockMovement, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> | null {
    return movement.counterpartBranchId ? loaders.branch.load(movement.counterpartBranchId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who moved it; null when not recorded.' })
  staff(@Root() movement: StockMovement, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return movement.staffId ? loaders.staff.load(movement.staffId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The invoice a sale or void belongs to; null otherwise.' })
  invoiceId(@Root() movement: StockMovement): number | null {
    return movement.invoiceId;
  }
}

/** Which branch a stock level is at. */
@Authorized()
@Resolver(() => StockLevel)
export class StockLevelResolver {
  @FieldResolver(() => Branch, { description: 'The branch holding the stock.' })
  async branch(@Root() level: StockLevel, @Ctx() { loaders }: GraphQLContext): Promise<Branch> {
    return (await loaders.branch.load(level.branchId))!;
  }
}
