import { MemberLevelChangeResolver } from './member-level-change.resolver';

/** The resolvers of levels that act: upgrades, the downward review and the level history (registered through ./index.ts). */
export const LEVELS_RESOLVERS: Array<new (...args: never[]) => object> = [MemberLevelChangeResolver];
