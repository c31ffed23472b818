import DataLoader from 'dataloader';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Gift, GiftCategory, GiftRedemption, GiftStockLevel, GiftStockMovement, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { GiftRedemptionService } from '../../services/loyalty/gifts/gift-redemption.service';
import { GiftService } from '../../services/loyalty/gifts/gift.service';

@ObjectType('GiftCategoryConnection', { description: 'A page of gift categories, in list order.' })
export class GiftCategoryConnection extends Connection(GiftCategory, 'GiftCategory') {}

@ObjectType('GiftConnection', { description: 'A page of gifts, by code.' })
export class GiftConnection extends Connection(Gift, 'Gift') {}

@ObjectType('GiftStockMovementConnection', { description: 'A page of a gift\'s stock movements, newest first.' })
export class GiftStockMovementConnection extends Connection(GiftStockMovement, 'GiftStockMovement') {}

@ObjectType('GiftRedemptionConnection', { description: 'A page of gift redemptions, newest first.' })
export class GiftRedemptionConnection extends Connection(GiftRedemption, 'GiftRedemption') {}

@InputType('GiftCategoryInput', { description: 'A gift category (禮品類別).' })
export class GiftCategoryInput {
  @Field(() => String, { description: 'Unique code (1–20 characters).' })
  code: string;

  @Field(() => String, { description: 'Name (1–100 characters).' })
  name: string;

  @Field(() => Int, { nullable: true, description: 'Position in lists (0–9999; default 0).' })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is offered (default true).' })
  active?: boolean | null;
}

@InputType('GiftInput', { description: 'A gift (禮品) members redeem with points.' })
export class GiftInput {
  @Field(() => String, { description: 'Unique code (1–30 characters).' })
  code: string;

  @Field(() => String, { description: 'Name (1–100 characters).' })
  name: string;

  @Field(() => ID, { nullable: true, description: 'Its category; null: none.' })
  categoryId?: string | null;

  @Field(() => Int, { description: 'Points one unit costs (1–1,000,000).' })
  pointsPrice: number;

  @Field(() => String, { nullable: true, description: 'Description (at most 500 characters).' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it may be redeemed (default true).' })
  active?: boolean | null;
}

@InputType('GiftStockMoveInput', { description: 'Units of a gift received into a branch, or a count correction there.' })
export class GiftStockMoveInput {
  @Field(() => String, { description: 'A key the client makes up per move (at most 100 characters): the same request sent again moves the stock once.' })
  idempotencyKey: string;

  @Field(() => ID, { description: 'The gift.' })
  giftId: string;

  @Field(() => ID, { description: 'The branch whose stock moves.' })
  branchId: string;

  @Field(() => String, { description: 'RECEIVE (units in, 1–10,000) or ADJUST (a correction, −10,000…10,000, not 0, with a note).' })
  kind: string;

  @Field(() => Int, { description: 'Units in (positive) or out (negative, ADJUST only); the stock never goes below zero (OUT_OF_STOCK naming quantity).' })
  quantity: number;

  @Field(() => String, { nullable: true, description: 'Why (required for ADJUST; at most 200 characters).' })
  note?: string | null;
}

@InputType('RedeemGiftInput', { description: 'A member redeems a gift with points (積分兌換) at a branch.' })
export class RedeemGiftInput {
  @Field(() => String, { description: 'A key the client makes up per redemption (at most 100 characters): sent again, the first redemption is returned and nothing moves twice.' })
  idempotencyKey: string;

  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => ID, { description: 'The gift (active). Too few points: INSUFFICIENT_POINTS naming giftId.' })
  giftId: string;

  @Field(() => Int, { description: 'Units (1–10,000). More than the branch has: OUT_OF_STOCK naming quantity.' })
  quantity: number;

  @Field(() => ID, { description: 'The branch handing the gift out (its stock moves).' })
  branchId: string;
}

type GiftLoaders = {
  category: DataLoader<number, GiftCategory | null>;
  gift: DataLoader<number, Gift | null>;
  levels: DataLoader<number, GiftStockLevel[]>;
};

const giftLoaders = new WeakMap<GraphQLContext, GiftLoaders>();

/** This request's batch loaders for gift fields (one query per page instead of one per row). */
function loadersOf(context: GraphQLContext): GiftLoaders {
  let loaders = giftLoaders.get(context);
  if (!loaders) {
    const service = new GiftService(context.ds);
    const byId = <T extends { id: number }>(load: (ids: readonly number[]) => Promise<T[]>) =>
      new DataLoader<number, T | null>(async (ids) => {
        const rows = new Map((await load(ids)).map((row) => [row.id, row]));
        return ids.map((id) => rows.get(id) ?? null);
      });
    loaders = {
      category: byId((ids) => service.categoriesById(ids)),
      gift: byId((ids) => service.giftsById(ids)),
      levels: new DataLoader<number, GiftStockLevel[]>(async (ids) => {
        const levels = await service.levelsOf(ids);
        return ids.map((id) => levels.filter((level) => level.giftId === id));
      }),
    };
    giftLoaders.set(context, loaders);
  }
  return loaders;
}

/** Gift categories: read by every signed-in staff member, changed with loyalty.manage. */
@Authorized()
@Resolver(() => GiftCategory)
export class GiftCategoryResolver {
  @Query(() => GiftCategoryConnection, { description: 'Gift categories in list order.' })
  async giftCategories(@Args(() => PageArgs) page: PageArgs, @Ctx() { ds }: GraphQLContext): Promise<GiftCategoryConnection> {
    return GiftCategoryConnection.from(await new GiftService(ds).categories(page));
  }

  @Authorized(Permission.LoyaltyManage)
  @Mutation(() => GiftCategory, { description: 'Creates a gift category (loyalty.manage). Audited.' })
  async createGiftCategory(@Arg('input', () => GiftCategoryInput, { description: 'The category.' }) input: GiftCategoryInput, @Ctx() context: GraphQLContext): Promise<GiftCategory> {
    return new GiftService(context.ds).createCategory(viewerOf(context), input);
  }

  @Authorized(Permission.LoyaltyManage)
  @Mutation(() => GiftCategory, { description: 'Replaces a gift category (loyalty.manage). Audited.' })
  async updateGiftCategory(
    @Arg('id', () => ID, { description: 'The category\'s id.' }) id: string,
    @Arg('input', () => GiftCategoryInput, { description: 'The whole new category.' }) input: GiftCategoryInput,
    @Ctx() context: GraphQLContext,
  ): Promise<GiftCategory> {
    return new GiftService(context.ds).updateCategory(viewerOf(context), parseId(id, 'id'), input);
  }
}

/** Gifts: read by every signed-in staff member (the redemption dialog lists them), changed with loyalty.manage. */
@Authorized()
@Resolver(() => Gift)
export class GiftResolver {
  @Query(() => GiftConnection, { description: 'Gifts by code.' })
  async gifts(
    @Arg('activeOnly', () => Boolean, { defaultValue: false, description: 'Only gifts that may be redeemed.' }) activeOnly: boolean,
    @Arg('categoryId', () => ID, { nullable: true, description: 'Only this category\'s gifts.' }) categoryId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<GiftConnection> {
    return GiftConnection.from(await new GiftService(ds).gifts({ activeOnly, categoryId: categoryId ? parseId(categoryId, 'categoryId') : null }, page));
  }

  @Authorized(Permission.LoyaltyManage)
  @Query(() => GiftStockMovementConnection, { description: 'A gift\'s stock movements (receipts, corrections, redemptions, cancellations), newest first (loyalty.manage).' })
  async giftStockMovements(
    @Arg('giftId', () => ID, { description: 'The gift.' }) giftId: string,
    @Arg('branchId', () => ID, { nullable: true, description: 'Only this branch\'s movements; null: every branch.' }) branchId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<GiftStockMovementConnection> {
    return GiftStockMovementConnection.from(await new GiftService(ds).movements(parseId(giftId, 'giftId'), branchId ? parseId(branchId, 'branchId') : null, page));
  }

  @Authorized(Permission.LoyaltyManage)
  @Mutation(() => Gift, { description: 'Creates a gift (loyalty.manage). Audited.' })
  async createGift(@Arg('input', () => GiftInput, { description: 'The gift.' }) input: GiftInput, @Ctx() context: GraphQLContext): Promise<Gift> {
    return new GiftService(context.ds).createGift(viewerOf(context), input);
  }

  @Authorized(Permission.LoyaltyManage)
  @Mutation(() => Gift, { description: 'Replaces a gift (loyalty.manage). Audited.' })
  async updateGift(
    @Arg('id', () => ID, { description: 'The gift\'s id.' }) id: string,
    @Arg('input', () => GiftInput, { description: 'The whole new gift.' }) input: GiftInput,
    @Ctx() context: GraphQLContext,
  ): Promise<Gift> {
    return new GiftService(context.ds).updateGift(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.LoyaltyManage)
  @Mutation(() => GiftStockLevel, { description: 'Receives units of a gift into a branch or corrects its count there (loyalty.manage); answers the level after it. Audited; idempotent.' })
  async moveGiftStock(@Arg('input', () => GiftStockMoveInput, { description: 'The move.' }) input: GiftStockMoveInput, @Ctx() context: GraphQLContext): Promise<GiftStockLevel> {
    return new GiftService(context.ds).moveStock(viewerOf(context), { ...input, kind: input.kind as 'RECEIVE' | 'ADJUST' });
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Its category\'s id; null: none.' })
  categoryId(@Root() gift: Gift): string | null {
    return gift.categoryId === null ? null : String(gift.categoryId);
  }

  @FieldResolver(() => GiftCategory, { nullable: true, description: 'Its category; null: none.' })
  category(@Root() gift: Gift, @Ctx() context: GraphQLContext): Promise<GiftCategory | null> | null {
    return gift.categoryId === null ? null : loadersOf(context).category.load(gift.categoryId);
  }

  @FieldResolver(() => [GiftStockLevel], { description: 'Units on hand at each branch that has held it.' })
  stock(@Root() gift: Gift, @Ctx() context: GraphQLContext): Promise<GiftStockLevel[]> {
    return loadersOf(context).levels.load(gift.id);
  }

  @FieldResolver(() => Int, { description: 'Units on hand at one branch (0 when it never held any).' })
  async stockAt(@Root() gift: Gift, @Arg('branchId', () => ID, { description: 'The branch.' }) branchId: string, @Ctx() context: GraphQLContext): Promise<number> {
    const id = parseId(branchId, 'branchId');
    return (await loadersOf(context).levels.load(gift.id)).find((level) => level.branchId === id)?.onHand ?? 0;
  }
}

@Authorized()
@Resolver(() => GiftStockLevel)
export class GiftStockLevelResolver {
  @FieldResolver(() => Branch, { description: 'The branch holding the units.' })
  async branch(@Root() level: GiftStockLevel, @Ctx() { loaders }: GraphQLContext): Promise<Branch> {
    return (await loaders.branch.load(level.branchId))!;
  }
}

@Authorized()
@Resolver(() => GiftStockMovement)
export class GiftStockMovementResolver {
  @FieldResolver(() => Branch, { description: 'The branch whose stock moved.' })
  async branch(@Root() movement: GiftStockMovement, @Ctx() { loaders }: GraphQLContext): Promise<Branch> {
    return (await loaders.branch.load(movement.branchId))!;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who moved it.' })
  staff(@Root() movement: GiftStockMovement, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return movement.staffId === null ? null : loaders.staff.load(movement.staffId);
  }
}

/** Redemptions (積分兌換): made and cancelled with loyalty.redeemGifts, listed for a member the viewer may see. */
@Authorized()
@Resolver(() => GiftRedemption)
export class GiftRedemptionResolver {
  @Query(() => GiftRedemptionConnection, { description: 'A member\'s gift redemptions, newest first; a member outside the viewer\'s scope is NOT_FOUND.' })
  async memberGiftRedemptions(
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<GiftRedemptionConnection> {
    return GiftRedemptionConnection.from(await new GiftRedemptionService(context.ds).ofMember(viewerOf(context), parseId(memberId, 'memberId'), page));
  }

  @Authorized(Permission.LoyaltyRedeemGifts)
  @Mutation(() => GiftRedemption, {
    description:
      'Redeems a gift with points (積分兌換, loyalty.redeemGifts): the branch\'s stock, the member\'s points and the redemption move in one transaction. Too few units: OUT_OF_STOCK naming quantity; too few points: INSUFFICIENT_POINTS naming giftId. Audited; idempotent.',
  })
  async redeemGift(@Arg('input', () => RedeemGiftInput, { description: 'The redemption.' }) input: RedeemGiftInput, @Ctx() context: GraphQLContext): Promise<GiftRedemption> {
    return new GiftRedemptionService(context.ds).redeem(viewerOf(context), input);
  }

  @Authorized(Permission.LoyaltyRedeemGifts)
  @Mutation(() => GiftRedemption, { description: 'Cancels a redemption (loyalty.redeemGifts): the units go back to the branch and the points to the member. Audited; idempotent.' })
  async cancelGiftRedemption(
    @Arg('id', () => ID, { description: 'The redemption.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (1–200 characters).' }) reason: string,
    @Arg('idempotencyKey', () => String, { description: 'A key the client makes up per cancellation (at most 100 characters).' }) idempotencyKey: string,
    @Ctx() context: GraphQLContext,
  ): Promise<GiftRedemption> {
    return new GiftRedemptionService(context.ds).cancel(viewerOf(context), parseId(id, 'id'), reason, idempotencyKey);
  }

  @FieldResolver(() => Gift, { description: 'The gift redeemed.' })
  async gift(@Root() redemption: GiftRedemption, @Ctx() context: GraphQLContext): Promise<Gift> {
    return (await loadersOf(context).gift.load(redemption.giftId))!;
  }

  @FieldResolver(() => Branch, { description: 'The branch that handed it out.' })
  async branch(@Root() redemption: GiftRedemption, @Ctx() { loaders }: GraphQLContext): Promise<Branch> {
    return (await loaders.branch.load(redemption.branchId))!;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who handed it out.' })
  staff(@Root() redemption: GiftRedemption, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return redemption.staffId === null ? null : loaders.staff.load(redemption.staffId);
  }
}
