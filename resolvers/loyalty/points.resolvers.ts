/** The resolvers of the points ledger at the member, quick points, expiry and the loyalty settings (registered through ./index.ts). */
export const POINTS_RESOLVERS: Array<new (...args: never[]) => object> = [];
