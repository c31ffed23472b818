/** Resolvers of this prepaid capability (filled in by its lane). */
export const PREPAID_REPORTS_RESOLVERS: Array<new (...args: never[]) => object> = [];
