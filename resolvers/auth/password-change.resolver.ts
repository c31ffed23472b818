import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Staff } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { PasswordChangeService } from '../../services/auth/password-change.service';

@InputType('ChangeOwnPasswordInput', { description: 'The password in use and the new one, which must meet the password policy (system parameters).' })
export class ChangeOwnPasswordInput {
  @Field(() => String, { description: 'The password in use now.' })
  currentPassword: string;

  @Field(() => String, { description: 'The new password: meets the policy and differs from the current one.' })
  newPassword: string;
}

@ObjectType('PasswordChangeResult', { description: 'A changed password.' })
export class PasswordChangeResult {
  @Field(() => Staff, { description: 'The staff member, no longer required to change the password.' })
  staff: Staff;

  @Field(() => Int, { description: 'How many of their other sessions (other browsers) were ended.' })
  endedSessions: number;
}

/** The signed-in staff member's own password; reachable also while an initial or reset password must be replaced. */
@Authorized()
@Resolver()
export class PasswordChangeResolver {
  @Mutation(() => PasswordChangeResult, {
    description:
      'Replaces the caller\'s own password: the current one must be right, the new one must meet the policy and differ from it. Clears the must-change flag, restarts the expiry and ends the caller\'s other sessions. Audited without secrets.',
  })
  async changeOwnPassword(
    @Arg('input', () => ChangeOwnPasswordInput, { description: 'The current and the new password.' }) input: ChangeOwnPasswordInput,
    @Ctx() context: GraphQLContext,
  ): Promise<PasswordChangeResult> {
    return Object.assign(new PasswordChangeResult(), await new PasswordChangeService(context.ds).change(viewerOf(context), input));
  }
}
