/**
 * Member cards (會員卡) at the member: her cards (memberCards) and the changes to her current card
 * (issue, PIN, lock, unlock, replace), each by prepaid.cards for a member in the viewer's member
 * scope, idempotent by key and audited (services/prepaid/member-card.service.ts).
 */
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { MemberCard } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { MemberCardService } from '../../services/prepaid/member-card.service';

@InputType('IssueMemberCardInput', { description: 'A card to issue to a member who has none.' })
export class IssueMemberCardInput {
  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => String, { description: 'The card number as typed or scanned: 4–30 letters or digits (kept in capitals); never used by any card before.' })
  cardNumber: string;

  @Field(() => String, { nullable: true, description: 'A PIN of 4–6 digits asked before paying with stored value; null or blank: none.' })
  pin?: string | null;

  @Field(() => String, { description: 'A key unique to this change: a retry with the same key is applied once.' })
  idempotencyKey: string;
}

@InputType('SetMemberCardPinInput', { description: 'A new PIN for the member\'s current card, or none.' })
export class SetMemberCardPinInput {
  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => String, { nullable: true, description: 'The PIN, 4–6 digits; null or blank clears it.' })
  pin?: string | null;

  @Field(() => String, { description: 'A key unique to this change: a retry with the same key is applied once.' })
  idempotencyKey: string;
}

@InputType('LockMemberCardInput', { description: 'Reporting the member\'s current card lost (掛失鎖定).' })
export class LockMemberCardInput {
  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => String, { description: 'Why (required, at most 200 characters).' })
  reason: string;

  @Field(() => String, { description: 'A key unique to this change: a retry with the same key is applied once.' })
  idempotencyKey: string;
}

@InputType('UnlockMemberCardInput', { description: 'Putting the member\'s locked card back in use.' })
export class UnlockMemberCardInput {
  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => String, { description: 'A key unique to this change: a retry with the same key is applied once.' })
  idempotencyKey: string;
}

@InputType('ReplaceMemberCardInput', { description: 'A new card in place of the member\'s current one.' })
export class ReplaceMemberCardInput {
  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => String, { description: 'The new card\'s number: 4–30 letters or digits (kept in capitals); never used by any card before.' })
  cardNumber: string;

  @Field(() => String, { nullable: true, description: 'The new card\'s PIN, 4–6 digits; the old card\'s PIN is not carried over. Null or blank: none.' })
  pin?: string | null;

  @Field(() => String, { description: 'Why (required, at most 200 characters), e.g. lost or worn.' })
  reason: string;

  @Field(() => String, { description: 'A key unique to this change: a retry with the same key is applied once.' })
  idempotencyKey: string;
}

@Authorized()
@Resolver(() => MemberCard)
export class MemberCardResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the card has a PIN, asked before paying with stored value (the PIN itself is never shown).' })
  hasPin(@Root() card: MemberCard): boolean {
    return card.pinHash !== null;
  }

  @FieldResolver(() => MemberCard, { nullable: true, description: 'The card that replaced this one; null unless it was replaced.' })
  replacedBy(@Root() card: MemberCard, @Ctx() context: GraphQLContext): Promise<MemberCard | null> | null {
    return card.replacedByCardId === null ? null : context.ds.getRepository(MemberCard).findOneBy({ id: card.replacedByCardId });
  }

  @Query(() => [MemberCard], { description: 'Every card the member has held, newest first: the current one (ACTIVE or LOCKED) and those it replaced. The member must be in the viewer\'s member scope.' })
  async memberCards(@Arg('memberId', () => ID, { description: 'The member.' }) memberId: string, @Ctx() context: GraphQLContext): Promise<MemberCard[]> {
    return new MemberCardService(context.ds).cards(viewerOf(context), parseId(memberId, 'memberId'));
  }

  @Authorized(Permission.PrepaidCards)
  @Mutation(() => MemberCard, {
    description: 'Issues a member her card (prepaid.cards). A number any card ever had is ALREADY_USED naming `cardNumber`; a member who holds a card is refused (memberHasCard): replace it instead. Idempotent by key; audited.',
  })
  issueMemberCard(@Arg('input', () => IssueMemberCardInput, { description: 'The card.' }) input: IssueMemberCardInput, @Ctx() context: GraphQLContext): Promise<MemberCard> {
    return new MemberCardService(context.ds).issue(viewerOf(context), { ...input, memberId: parseId(input.memberId, 'memberId') });
  }

  @Authorized(Permission.PrepaidCards)
  @Mutation(() => MemberCard, { description: 'Sets or clears the PIN of the member\'s current card (prepaid.cards). Idempotent by key; audited (without the PIN).' })
  setMemberCardPin(@Arg('input', () => SetMemberCardPinInput, { description: 'The PIN.' }) input: SetMemberCardPinInput, @Ctx() context: GraphQLContext): Promise<MemberCard> {
    return new MemberCardService(context.ds).setPin(viewerOf(context), { ...input, pin: input.pin ?? null, memberId: parseId(input.memberId, 'memberId') });
  }

  @Authorized(Permission.PrepaidCards)
  @Mutation(() => MemberCard, {
    description: 'Reports the member\'s current card lost (掛失鎖定, prepaid.cards): at once it opens no lookup and every payment from her stored value and packages is refused, until it is unlocked or replaced. Idempotent by key; audited.',
  })
  lockMemberCard(@Arg('input', () => LockMemberCardInput, { description: 'The lock.' }) input: LockMemberCardInput, @Ctx() context: GraphQLContext): Promise<MemberCard> {
    return new MemberCardService(context.ds).lock(viewerOf(context), { ...input, memberId: parseId(input.memberId, 'memberId') });
  }

  @Authorized(Permission.PrepaidCards)
  @Mutation(() => MemberCard, { description: 'Puts the member\'s locked card back in use (prepaid.cards). Idempotent by key; audited.' })
  unlockMemberCard(@Arg('input', () => UnlockMemberCardInput, { description: 'The unlock.' }) input: UnlockMemberCardInput, @Ctx() context: GraphQLContext): Promise<MemberCard> {
    return new MemberCardService(context.ds).unlock(viewerOf(context), { ...input, memberId: parseId(input.memberId, 'memberId') });
  }

  @Authorized(Permission.PrepaidCards)
  @Mutation(() => MemberCard, {
    description: 'Replaces the member\'s current card with a new number (prepaid.cards); the old card is kept as REPLACED, her balances stay hers. Returns the new card. Idempotent by key; audited.',
  })
  replaceMemberCard(@Arg('input', () => ReplaceMemberCardInput, { description: 'The replacement.' }) input: ReplaceMemberCardInput, @Ctx() context: GraphQLContext): Promise<MemberCard> {
    return new MemberCardService(context.ds).replace(viewerOf(context), { ...input, memberId: parseId(input.memberId, 'memberId') });
  }
}

/** Resolvers of member cards (registered through ./index.ts). */
export const CARDS_RESOLVERS: Array<new (...args: never[]) => object> = [MemberCardResolver];
