import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Staff } from '../../entities/staff.entity';
import { Permission } from '../../services/admin/permission';
import type { GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { StaffAccessService } from '../../services/auth/staff-access.service';

@ObjectType('EndStaffSessionsPayload', { description: 'The staff member whose sessions were ended, and how many.' })
export class EndStaffSessionsPayload {
  @Field(() => Staff, { description: 'The staff member, now signed out everywhere.' })
  staff: Staff;

  @Field(() => Int, { description: 'How many sessions were still live and have been ended.' })
  endedSessions: number;
}

const staffIdArg = { description: 'The staff member.' };

@Authorized(Permission.StaffAccess)
@Resolver()
export class StaffAccessResolver {
  @Mutation(() => Staff, { description: 'Lifts a sign-in lock after repeated failed attempts, before it ends by itself (managers and admins).' })
  async unlockStaffSignIn(@Arg('staffId', () => ID, staffIdArg) staffId: string, @Ctx() { ds }: GraphQLContext): Promise<Staff> {
    return new StaffAccessService(ds).unlockSignIn(parseId(staffId, 'staffId'));
  }

  @Mutation(() => EndStaffSessionsPayload, {
    description: 'Signs a staff member out on every device at once; their open pages are refused from the next request (managers and admins).',
  })
  async endStaffSessions(@Arg('staffId', () => ID, staffIdArg) staffId: string, @Ctx() { ds }: GraphQLContext): Promise<EndStaffSessionsPayload> {
    return new StaffAccessService(ds).endSessions(parseId(staffId, 'staffId'));
  }
}

/**
 * Whether a staff member can sign in right now and where they are signed in: what a manager needs
 * before unlocking or ending sessions. Other viewers are refused with FORBIDDEN, as for the
 * mutations, rather than told null (which would read as "not locked").
 */
@Authorized(Permission.StaffAccess)
@Resolver(() => Staff)
export class StaffAccessFieldsResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Until when sign-in is locked after repeated failed attempts; null when it is not locked (managers and admins; FORBIDDEN to others).',
  })
  async signInLockedUntil(@Root() staff: Staff, @Ctx() { loaders }: GraphQLContext): Promise<Date | null> {
    return loaders.signInLockedUntil.load(staff.login);
  }

  @FieldResolver(() => Int, {
    description: 'How many sessions are live: signed in, not signed out or ended, not idle past expiry (managers and admins; FORBIDDEN to others).',
  })
  async liveSessionCount(@Root() staff: Staff, @Ctx() { loaders }: GraphQLContext): Promise<number> {
    return loaders.liveSessionCount.load(staff.id);
  }
}
