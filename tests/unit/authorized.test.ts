import 'reflect-metadata';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { Field, FieldResolver, Mutation, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { Authorized, authorizeFields } from '../../graphql/authorized';
import type { GraphQLContext } from '../../graphql/context';
import { Permission } from '../../services/admin/permission';
import type { Viewer } from '../../services/auth/viewer';

@ObjectType({ description: 'A thing.' })
class Thing {
  @Field({ description: 'Its name.' })
  name!: string;
}

@Authorized()
@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing, { description: 'Any signed-in viewer (the class rule).' })
  thing(): Thing {
    return { name: 'a' };
  }

  @Authorized(Permission.SettingsSystem, Permission.RolesManage)
  @Mutation(() => Boolean, { description: 'Either permission (the method rule wins).' })
  guarded(): boolean {
    return true;
  }

  @FieldResolver(() => String, { description: 'Synchronous, under the class rule.' })
  shout(): string {
    return 'A!';
  }
}

@Resolver()
class OpenResolver {
  @Query(() => Boolean, { description: 'No rule.' })
  open(): boolean {
    return true;
  }
}

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = authorizeFields(await buildSchema({ resolvers: [ThingResolver, OpenResolver], validate: false }));
});

function viewer(permissions: Permission[], mustChangePassword = false): Viewer {
  return {
    staffId: 1, code: 'S1', displayName: 'S', branchId: 1, roles: [], permissions: new Set(permissions),
    memberReach: 'all' as Viewer['memberReach'], memberBranchIds: [], mustChangePassword, via: 'session',
  };
}

function run(source: string, who: Viewer | null) {
  const contextValue = { viewer: who, locale: 'en' } as GraphQLContext;
  return execute({ schema, document: parse(source), contextValue });
}

describe('@Authorized rules, checked synchronously before the resolver', () => {
  it('answers a synchronous query synchronously, fields under the class rule included', () => {
    const result = run('{ thing { name shout } }', viewer([]));
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ data: { thing: { name: 'a', shout: 'A!' } } });
  });

  it('refuses an anonymous caller every ruled field, but not a field without a rule', () => {
    expect(run('{ thing { name } }', null)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(run('{ open }', null)).toEqual({ data: { open: true } });
  });

  it('needs one of the method rule\'s permissions, naming the first when none is held', () => {
    expect(run('mutation { guarded }', viewer([Permission.RolesManage]))).toEqual({ data: { guarded: true } });
    expect(run('mutation { guarded }', viewer([]))).toMatchObject({
      data: null,
      errors: [{ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('System') }],
    });
  });

  it('lets a viewer who must change their password reach nothing at the root', () => {
    expect(run('{ thing { name } }', viewer([], true))).toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('password') }],
    });
  });
});
