import { LoyaltyReportsResolver } from './loyalty-reports.resolver';

/** The resolvers of the points ranking and the loyalty reports (registered through ./index.ts). */
export const LOYALTY_REPORTS_RESOLVERS: Array<new (...args: never[]) => object> = [LoyaltyReportsResolver];
