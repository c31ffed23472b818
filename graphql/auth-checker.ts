import type { GraphQLResolveInfo } from 'graphql';
import type { Permission } from '../services/admin/permission';
import { forbidden, passwordChangeRequired, unauthenticated } from '../services/errors/domain-error';
import type { GraphQLContext } from './context';
import { translateDomainError } from './errors';

/** What a staff member who must replace an initial or reset password may still ask for. */
const BEFORE_PASSWORD_CHANGE = new Set(['viewer', 'changeOwnPassword']);

/**
 * The one place permissions are checked, for every field with an @Authorized rule: a viewer is
 * needed, and one of the rule's permissions if it names any. A viewer still on an initial
 * password reaches nothing but the password change (and the fields below the root fields it may
 * ask for). Its refusals are translated here, and pass the resolvers' error translation
 * (translatingErrors) unchanged.
 */
export function authorize(context: GraphQLContext, info: GraphQLResolveInfo, permissions: readonly Permission[]): void {
  const viewer = context.viewer;
  if (!viewer) throw translateDomainError(unauthenticated(), context.locale);
  const rootField = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (viewer.mustChangePassword && rootField && !BEFORE_PASSWORD_CHANGE.has(info.fieldName)) {
    throw translateDomainError(passwordChangeRequired(), context.locale);
  }
  if (permissions.length > 0 && !permissions.some((permission) => viewer.permissions.has(permission))) {
    throw translateDomainError(forbidden(permissions[0]), context.locale);
  }
}
