/** Resolvers of this prepaid capability (filled in by its lane). */
export const ACCOUNT_RESOLVERS: Array<new (...args: never[]) => object> = [];
