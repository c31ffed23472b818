/** Resolvers of this prepaid capability (filled in by its lane). */
export const CHECKOUT_PREPAID_RESOLVERS: Array<new (...args: never[]) => object> = [];
