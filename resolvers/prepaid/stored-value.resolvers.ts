/** Resolvers of this prepaid capability (filled in by its lane). */
export const STORED_VALUE_RESOLVERS: Array<new (...args: never[]) => object> = [];
