import { ArrayMaxSize } from 'class-validator';
import { Permission } from '../../services/admin/permission';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { BulkJob } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { getBulkJob, startBulkMemberAction } from '../../services/bulk/bulk-member-action.service';
import { errorTranslator } from '../../services/i18n/translator';
import { retryBulkJob } from '../../services/jobs/job-retry.service';
import {
  countSelection, loadMemberSelection, saveMemberSelection, SELECTION_IDS_MAX,
} from '../../services/selections/member-selection.service';
import { MemberFilterInput, toMemberFilter } from '../members/member-filter.input';

export enum BulkMemberAction {
  CHANGE_GROUP = 'changeGroup',
  CHANGE_BRANCH = 'changeBranch',
  CHANGE_CONSULTANT = 'changeConsultant',
}

registerEnumType(BulkMemberAction, {
  name: 'BulkMemberAction',
  description: 'What a bulk action does to every member of a selection.',
  valuesConfig: {
    CHANGE_GROUP: { description: '更改組別: move the members to the member group `targetId`.' },
    CHANGE_BRANCH: { description: '更改分店: move the members to the branch `targetId`.' },
    CHANGE_CONSULTANT: { description: '更改顧問: give the members the consultant `targetId` (an active salesperson or manager), or none when it is null.' },
  },
});

const tooMany = { context: { key: 'tooMany', params: { max: SELECTION_IDS_MAX } } };

@ObjectType('MemberSelectionInfo', { description: 'A saved member selection: what bulk actions, labels and exports work on.' })
export class MemberSelectionInfo {
  @Field(() => ID, { description: 'Stable identifier; pass it to bulk actions, `/members/labels?selection=` and `/api/members/export?selection=`.' })
  id: string;

  @Field(() => Int, { description: 'How many members the selection holds now (for the viewer).' })
  count: number;
}

@InputType('MemberSelectionInput', { description: 'A search result as the user left it.' })
export class MemberSelectionInput {
  @Field(() => MemberFilterInput, { description: 'The search that produced the result.' })
  filter: MemberFilterInput;

  @Field(() => [ID], { nullable: true, description: `Members removed from the result ("從搜尋結果中移除"), at most ${SELECTION_IDS_MAX}.` })
  @ArrayMaxSize(SELECTION_IDS_MAX, tooMany)
  excludedIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Members picked one by one, at most ${SELECTION_IDS_MAX}; when given, only those of them that match the filter are selected.` })
  @ArrayMaxSize(SELECTION_IDS_MAX, tooMany)
  includedIds?: string[] | null;
}

@InputType('BulkMemberActionInput', { description: 'A bulk action to run on a saved selection.' })
export class BulkMemberActionInput {
  @Field(() => ID, { description: 'The viewer\'s selection (from `saveMemberSelection`).' })
  selectionId: string;

  @Field(() => BulkMemberAction, { description: 'What to do.' })
  action: BulkMemberAction;

  @Field(() => ID, { nullable: true, description: 'The new group, branch or consultant; null clears the consultant.' })
  targetId?: string | null;
}

function info(id: number, count: number): MemberSelectionInfo {
  return Object.assign(new MemberSelectionInfo(), { id: String(id), count });
}

@Authorized()
@Resolver(() => BulkJob)
export class BulkResolver {
  @Authorized(Permission.MembersBulkChange, Permission.CampaignsAssign, Permission.DataExport)
  @Mutation(() => MemberSelectionInfo, { description: 'Saves the viewer\'s current search result (filter minus unticked rows, or picked rows) and counts it.' })
  async saveMemberSelection(
    @Arg('input', () => MemberSelectionInput, { description: 'The result to save.' }) input: MemberSelectionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberSelectionInfo> {
    const filter = await toMemberFilter(input.filter, context.ds);
    const saved = await saveMemberSelection(context.ds, viewerOf(context), {
      filter,
      excludedIds: input.excludedIds?.map((id) => parseId(id, 'excludedIds')),
      includedIds: input.includedIds?.map((id) => parseId(id, 'includedIds')),
    });
    return info(saved.id, saved.count);
  }

  @Query(() => MemberSelectionInfo, { description: 'One of the viewer\'s saved selections, counted again now.' })
  async memberSelection(
    @Arg('id', () => ID, { description: 'The selection.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberSelectionInfo> {
    const viewer = viewerOf(context);
    const selection = await loadMemberSelection(context.ds, viewer, parseId(id, 'id'));
    return info(selection.id, await countSelection(context.ds, viewer, selection));
  }

  @Authorized(Permission.MembersBulkChange)
  @Mutation(() => BulkJob, { description: 'Starts a bulk action on a selection; it runs in the background, batch by batch. Follow it with `bulkJob`.' })
  async startBulkMemberAction(
    @Arg('input', () => BulkMemberActionInput, { description: 'The action.' }) input: BulkMemberActionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<BulkJob> {
    return startBulkMemberAction(context.ds, viewerOf(context), {
      selectionId: parseId(input.selectionId, 'selectionId'),
      action: input.action,
      targetId: input.targetId ? parseId(input.targetId, 'targetId') : null,
    });
  }

  @Authorized(Permission.MembersBulkChange)
  @Mutation(() => BulkJob, {
    description: 'Starts one of the viewer\'s FAILED bulk actions or campaign assignments again, after the batches it had committed (nothing is applied twice); checked like starting it. Follow it with `bulkJob`.',
  })
  async retryBulkJob(@Arg('id', () => ID, { description: 'The failed job.' }) id: string, @Ctx() context: GraphQLContext): Promise<BulkJob> {
    return retryBulkJob(context.ds, viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => BulkJob, { description: 'One of the viewer\'s bulk jobs, with its progress.' })
  async bulkJob(@Arg('id', () => ID, { description: 'The job.' }) id: string, @Ctx() context: GraphQLContext): Promise<BulkJob> {
    return getBulkJob(context.ds, viewerOf(context), parseId(id, 'id'));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the job failed, in the caller\'s language.' })
  error(@Root() job: BulkJob, @Ctx() context: GraphQLContext): string | null {
    return job.error ? errorTranslator(context.locale)(job.error) : null;
  }
}
