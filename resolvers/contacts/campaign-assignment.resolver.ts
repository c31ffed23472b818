import { ArrayMaxSize } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { BulkJob, Staff } from '../../entities';
import { Permission } from '../../services/admin/permission';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { notFound } from '../../services/errors/domain-error';
import {
  previewCampaignAssignment, reassignContactMembers, REASSIGN_IDS_MAX, SALESPEOPLE_MAX, startCampaignAssignment,
  type CampaignAssignmentInput as ServiceInput,
} from '../../services/contacts/campaign-assignment.service';

@InputType('CampaignAssignmentInput', { description: 'Members of a saved selection to deal evenly among salespeople in a campaign.' })
export class CampaignAssignmentInput {
  @Field(() => ID, { description: 'The viewer\'s selection (from `saveMemberSelection`): the search result with its unticked rows removed.' })
  selectionId: string;

  @Field(() => ID, { description: 'The campaign (not archived) to add the members to.' })
  campaignId: string;

  @Field(() => [ID], { description: `The active salespeople to deal the members to (at most ${SALESPEOPLE_MAX}); they take turns in ascending staff code.` })
  @ArrayMaxSize(SALESPEOPLE_MAX, { context: { key: 'tooMany', params: { max: SALESPEOPLE_MAX } } })
  salespersonIds: string[];
}

@ObjectType('AssignmentBranchReach', {
  description: 'For one chosen salesperson: how many of the members to be added are of another branch than hers. She works those contacts (log, book, see the booking) but cannot open their member page.',
})
export class AssignmentBranchReach {
  salespersonId: number;

  @Field(() => Int, { description: 'Members to be added whose branch is not the salesperson\'s.' })
  outsideBranch: number;
}

@ObjectType('CampaignAssignmentPreview', { description: 'What an assignment would do now: "總會員人數作分配：N, 平均每個銷售員可分配 a 至 b 會員".' })
export class CampaignAssignmentPreview {
  @Field(() => Int, { description: 'Members in the selection.' })
  total: number;

  @Field(() => Int, { description: 'Members of the selection already in the campaign; they are skipped.' })
  alreadyInCampaign: number;

  @Field(() => Int, { description: 'Members that would be added (total minus those already in).' })
  toAssign: number;

  @Field(() => Int, { description: 'The fewest members any chosen salesperson gets.' })
  minPerSalesperson: number;

  @Field(() => Int, { description: 'The most members any chosen salesperson gets (at most one more than the fewest).' })
  maxPerSalesperson: number;

  @Field(() => [AssignmentBranchReach], { description: 'Per chosen salesperson, in dealing order (ascending staff code): the members to be added outside her branch.' })
  outsideBranch: AssignmentBranchReach[];
}

function toServiceInput(input: CampaignAssignmentInput): ServiceInput {
  return {
    selectionId: parseId(input.selectionId, 'selectionId'),
    campaignId: parseId(input.campaignId, 'campaignId'),
    salespersonIds: input.salespersonIds.map((id) => parseId(id, 'salespersonIds')),
  };
}

@Authorized(Permission.CampaignsAssign)
@Resolver()
export class CampaignAssignmentResolver {
  @Query(() => CampaignAssignmentPreview, { description: 'Counts an assignment before it starts (managers and admins).' })
  async previewCampaignAssignment(
    @Arg('input', () => CampaignAssignmentInput, { description: 'The assignment.' }) input: CampaignAssignmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CampaignAssignmentPreview> {
    const preview = await previewCampaignAssignment(context.ds, viewerOf(context), toServiceInput(input));
    return Object.assign(new CampaignAssignmentPreview(), preview, {
      outsideBranch: preview.outsideBranch.map((reach) => Object.assign(new AssignmentBranchReach(), reach)),
    });
  }

  @Mutation(() => BulkJob, {
    description: 'Starts assigning the selection to the campaign (managers and admins): members already in are skipped, the rest dealt evenly with the default status. Runs in the background; follow it with `bulkJob`.',
  })
  async assignToCampaign(
    @Arg('input', () => CampaignAssignmentInput, { description: 'The assignment.' }) input: CampaignAssignmentInput,
    @Ctx() context: GraphQLContext,
  ): Promise<BulkJob> {
    return startCampaignAssignment(context.ds, viewerOf(context), toServiceInput(input));
  }

  @Mutation(() => Int, { description: 'Moves contact members to another active salesperson (managers and admins); returns how many moved. Any id the viewer cannot see makes the whole call NOT_FOUND.' })
  async reassignContactMembers(
    @Arg('ids', () => [ID], { description: `The contact members to move (at most ${REASSIGN_IDS_MAX}).` }) ids: string[],
    @Arg('salespersonId', () => ID, { description: 'The salesperson who takes them over.' }) salespersonId: string,
    @Ctx() context: GraphQLContext,
  ): Promise<number> {
    return reassignContactMembers(
      context.ds,
      viewerOf(context),
      ids.map((id) => parseId(id, 'ids')),
      parseId(salespersonId, 'salespersonId'),
    );
  }
}

@Authorized(Permission.CampaignsAssign)
@Resolver(() => AssignmentBranchReach)
export class AssignmentBranchReachResolver {
  @FieldResolver(() => Staff, { description: 'The salesperson.' })
  async salesperson(@Root() reach: AssignmentBranchReach, @Ctx() { loaders }: GraphQLContext): Promise<Staff> {
    const staff = await loaders.staff.load(reach.salespersonId);
    if (!staff) throw notFound('staff');
    return staff;
  }
}
