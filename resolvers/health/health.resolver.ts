import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';

@ObjectType('Health', { description: 'Whether the service can answer; the only thing anonymous callers may ask.' })
export class Health {
  @Field(() => Boolean, { description: 'True when the database answered.' })
  ok: boolean;
}

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: 'Liveness check; needs no sign-in.' })
  async health(@Ctx() { ds }: GraphQLContext): Promise<Health> {
    try {
      await ds.query('SELECT 1');
      return { ok: true };
    } catch {
      return { ok: false };
    }
  }
}
