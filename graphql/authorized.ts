import { isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { defaultFieldResolver } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Permission } from '../services/admin/permission';
import { authorize } from './auth-checker';
import type { GraphQLContext } from './context';

/** The field extension that carries what a field needs: a viewer, and one of these permissions if any. */
export const AUTHORIZED = 'authorized';

/** Methods of each resolver class that name their own permissions; the class's own decorator leaves them alone. */
const ownPermissions = new WeakMap<object, Set<string>>();

/**
 * @Authorized() needs a signed-in viewer; @Authorized(permissions…) needs one of those permissions
 * as well. On a method it is that field's rule; on a resolver class it is the rule of every
 * method that has none of its own.
 *
 * It replaces TypeGraphQL's decorator of the same name, whose check runs as an async middleware:
 * on a page of 50 contact rows that was some 550 fields, each with a chain of promises, about a
 * fifth of the page's CPU. The rule is kept as a field extension instead, and
 * `authorizeFields` checks it synchronously before the resolver runs.
 */
export function Authorized(...permissions: Permission[]): ClassDecorator & MethodDecorator {
  const rule = { [AUTHORIZED]: permissions };
  return ((target: object, propertyKey?: string | symbol) => {
    if (propertyKey === undefined) {
      const prototype = (target as { prototype: object }).prototype;
      const own = ownPermissions.get(prototype) ?? new Set<string>();
      for (const name of Object.getOwnPropertyNames(prototype)) {
        if (name !== 'constructor' && !own.has(name)) Extensions(rule)(prototype, name);
      }
      return;
    }
    const own = ownPermissions.get(target) ?? new Set<string>();
    own.add(String(propertyKey));
    ownPermissions.set(target, own);
    Extensions(rule)(target, propertyKey);
  }) as ClassDecorator & MethodDecorator;
}

/** The permissions a field's rule names ([] for any signed-in viewer), or null when it has no rule. */
export function fieldRule(field: GraphQLField<unknown, unknown>): readonly Permission[] | null {
  const rule = field.extensions?.[AUTHORIZED];
  return Array.isArray(rule) ? (rule as Permission[]) : null;
}

/** Puts each field's rule in front of its resolver: checked synchronously, so a synchronous field stays one. */
export function authorizeFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const permissions = fieldRule(field);
      if (permissions) field.resolve = guarded(field.resolve ?? defaultFieldResolver, permissions);
    }
  }
  return schema;
}

function guarded<TSource, TArgs>(
  resolve: GraphQLFieldResolver<TSource, GraphQLContext, TArgs>,
  permissions: readonly Permission[],
): GraphQLFieldResolver<TSource, GraphQLContext, TArgs> {
  return (source, args, context, info) => {
    authorize(context, info, permissions);
    return resolve(source, args, context, info);
  };
}
