import type { AuthChecker } from 'type-graphql';
import type { StaffRole } from '../services/staff/staff-role';
import { forbidden, unauthenticated } from '../services/errors/domain-error';
import type { GraphQLContext } from './context';
import { translateDomainError } from './errors';

/**
 * @Authorized() needs a viewer; @Authorized(roles) needs one of those roles as well. TypeGraphQL
 * runs this before the global error middleware, so it translates its own refusals.
 */
export const authChecker: AuthChecker<GraphQLContext, StaffRole> = ({ context }, roles) => {
  if (!context.viewer) throw translateDomainError(unauthenticated(), context.locale);
  if (roles.length > 0 && !roles.some((role) => context.viewer!.roles.includes(role))) {
    throw translateDomainError(forbidden(), context.locale);
  }
  return true;
};
