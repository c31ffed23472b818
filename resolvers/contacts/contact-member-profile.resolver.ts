import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, MemberGroup } from '../../entities';
import { Gender } from '../../services/members/gender';
import type { GraphQLContext } from '../../graphql/context';
import { formatMemberName } from '../../services/members/member-name';
import type { ContactMemberProfileData } from '../../services/visibility/scoped-loaders.service';
import { LocalDate } from '../../graphql/scalars';

/**
 * The member as a contact shows her: who she is and how to reach her, enough to work the contact
 * (log, book, see the booking). Not the member record: remarks and comments come only through
 * the contact's settings-gated `memberRemarks` / `memberComments`, and the member's own page
 * (`member(id)`, with its history, campaigns and appointments) stays within the member scope.
 */
@ObjectType('ContactMemberProfile', {
  description:
    'The member behind a contact the viewer may see, as the contact path shows her: identity, phones, branch and group; never remarks, comments or history. `openable` says whether `member(id)` would answer.',
})
export class ContactMemberProfile implements Omit<ContactMemberProfileData, 'branchId' | 'groupId'> {
  @Field(() => ID, { description: 'The member\'s id (the same as Member.id).' })
  id: number;

  @Field(() => String, { description: 'Member number, e.g. "A001".' })
  memberNo: string;

  @Field(() => String, { description: 'Surname.' })
  lastName: string;

  @Field(() => String, { description: 'Given name.' })
  firstName: string;

  @Field(() => String, { nullable: true, description: 'English name, if any.' })
  englishName: string | null;

  @Field(() => Gender, { description: 'Gender.' })
  gender: Gender;

  @Field(() => LocalDate, { nullable: true, description: 'Birthday as an ISO date (YYYY-MM-DD).' })
  birthday: string | null;

  @Field(() => String, { nullable: true, description: 'Main phone number.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Second phone number.' })
  phone2: string | null;

  @Field(() => Boolean, {
    description: 'Whether the viewer may open the member\'s own page (`member(id)`): false for a member of a branch outside the viewer\'s member scope, whose contact she still works here.',
  })
  openable: boolean;

  branchId: number;
  groupId: number;
}

export function toContactMemberProfile(data: ContactMemberProfileData): ContactMemberProfile {
  return Object.assign(new ContactMemberProfile(), data);
}

@Authorized()
@Resolver(() => ContactMemberProfile)
export class ContactMemberProfileResolver {
  @FieldResolver(() => String, { description: 'Full name as shown in lists, e.g. "陳小麗" or "Chan Susan".' })
  displayName(@Root() profile: ContactMemberProfile): string {
    return formatMemberName(profile);
  }

  @FieldResolver(() => Branch, { description: 'The branch the member joined.' })
  async branch(@Root() profile: ContactMemberProfile, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> {
    return loaders.branch.load(profile.branchId);
  }

  @FieldResolver(() => MemberGroup, { description: 'The member\'s group or level.' })
  async group(@Root() profile: ContactMemberProfile, @Ctx() { loaders }: GraphQLContext): Promise<MemberGroup | null> {
    return loaders.memberGroup.load(profile.groupId);
  }
}
