import { COUPONS_RESOLVERS } from './coupons.resolvers';
import { EARNING_RESOLVERS } from './earning.resolvers';
import { GIFTS_RESOLVERS } from './gifts.resolvers';
import { LEVELS_RESOLVERS } from './levels.resolvers';
import { LOYALTY_REPORTS_RESOLVERS } from './loyalty-reports.resolvers';
import { POINTS_RESOLVERS } from './points.resolvers';

/** Every loyalty resolver, one list per capability, for graphql/schema.ts. */
export const LOYALTY_RESOLVERS = [...POINTS_RESOLVERS, ...EARNING_RESOLVERS, ...LEVELS_RESOLVERS, ...GIFTS_RESOLVERS, ...COUPONS_RESOLVERS, ...LOYALTY_REPORTS_RESOLVERS];
