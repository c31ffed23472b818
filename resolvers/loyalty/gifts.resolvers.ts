import { GiftCategoryResolver, GiftRedemptionResolver, GiftResolver, GiftStockLevelResolver, GiftStockMovementResolver } from './gift.resolver';

/** The resolvers of gifts, gift categories, gift stock and redemptions (registered through ./index.ts). */
export const GIFTS_RESOLVERS: Array<new (...args: never[]) => object> = [GiftCategoryResolver, GiftResolver, GiftStockLevelResolver, GiftStockMovementResolver, GiftRedemptionResolver];
