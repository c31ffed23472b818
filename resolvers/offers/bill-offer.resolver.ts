import { Arg, Args, Ctx, Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Offer } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { Permission } from '../../services/admin/permission';
import { offerChoices } from '../../services/offers/offer-choice.service';
import { BillDraftInput, billDraft } from '../sales/checkout.resolver';

/** The conditions of an offer a sale can fail (offer-eligibility.ts names the same). */
export enum OfferCondition {
  INACTIVE = 'INACTIVE',
  PERIOD = 'PERIOD',
  BRANCH = 'BRANCH',
  MEMBER_REQUIRED = 'MEMBER_REQUIRED',
  MEMBER_GROUP = 'MEMBER_GROUP',
  INTEREST_GROUP = 'INTEREST_GROUP',
  BIRTHDAY = 'BIRTHDAY',
  DEPARTMENT = 'DEPARTMENT',
  USE_LIMIT = 'USE_LIMIT',
}

registerEnumType(OfferCondition, {
  name: 'OfferCondition',
  description: 'A condition of an offer (優惠) that a sale does not meet.',
  valuesConfig: {
    INACTIVE: { description: 'The offer is switched off (狀態).' },
    PERIOD: { description: 'Today is outside the offer period (優惠期間).' },
    BRANCH: { description: 'The offer does not apply at the selling branch (分店).' },
    MEMBER_REQUIRED: { description: 'The offer asks something of the member (group, interest, birthday, uses) and the customer is a walk-in.' },
    MEMBER_GROUP: { description: 'The member is not in one of the offer\'s member groups (會員組別).' },
    INTEREST_GROUP: { description: 'The member has none of the offer\'s interest groups (會員興趣組別).' },
    BIRTHDAY: { description: 'Today\'s month is outside the window around the member\'s birth month (會員生日), or her birthday is unknown.' },
    DEPARTMENT: { description: 'The bill holds no item of the offer\'s purchase departments (購買項目部門).' },
    USE_LIMIT: { description: 'The member has used the offer as often as it allows (試用次數限制).' },
  },
});

@ObjectType('BillOffer', { description: 'An active offer as a choice for the bill on screen: whether it applies, and if not, why not.' })
export class BillOffer {
  @Field(() => Offer, { description: 'The offer, with its discount so the cashier page can price the bill with it.' })
  offer: Offer;

  @Field(() => Boolean, { description: 'Whether every condition holds, so checkout would accept it.' })
  applies: boolean;

  @Field(() => [OfferCondition], { description: 'The conditions the bill fails, in the manual\'s order; empty when it applies.' })
  failedConditions: OfferCondition[];
}

@ObjectType('BillOfferConnection', { description: 'A page of offers for a bill, by code.' })
export class BillOfferConnection extends Connection(BillOffer, 'BillOffer') {}

/** The cashier's offer picker. */
@Authorized()
@Resolver()
export class BillOfferResolver {
  @Authorized(Permission.SalesCheckout)
  @Query(() => BillOfferConnection, {
    description: 'The active offers, by code, each with the conditions the bill (branch, member, items, today) fails; the member must be one the viewer may see. Lines may be empty.',
  })
  async billOffers(
    @Arg('input', () => BillDraftInput, { description: 'The bill as it stands; its offerCode is ignored.' }) input: BillDraftInput,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<BillOfferConnection> {
    const result = await offerChoices(context.ds, viewerOf(context), billDraft(input), page, new Date());
    return BillOfferConnection.from({
      ...result,
      nodes: result.nodes.map((choice) => Object.assign(new BillOffer(), { offer: choice.offer, applies: choice.failed.length === 0, failedConditions: choice.failed as OfferCondition[] })),
      cursorOf: (node) => result.cursorOf({ offer: node.offer, failed: [] }),
    });
  }
}
