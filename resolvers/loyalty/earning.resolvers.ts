/** The resolvers of points rules and what a purchase earns (registered through ./index.ts). */
import { PointsRuleResolver } from './points-rule.resolver';

export const EARNING_RESOLVERS: Array<new (...args: never[]) => object> = [PointsRuleResolver];
