import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { PointsRule } from '../../entities';
import { PointsRuleEffect } from '../../entities/points-rule.entity';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { PointsRuleService } from '../../services/loyalty/points-rule.service';

@ObjectType('PointsRuleConnection', { description: 'A page of points rules, by code.' })
export class PointsRuleConnection extends Connection(PointsRule, 'PointsRule') {}

@InputType('PointsRuleInput', { description: 'A points rule (積分規則): what it does to the level\'s earning rate and on which purchases. Empty id lists mean "all"; every condition given must hold.' })
export class PointsRuleInput {
  @Field(() => String, { description: 'Unique code: 1–20 characters, no spaces or ! @ $ # % ^ & *.' })
  code: string;

  @Field(() => String, { description: 'Name (1–100 characters), shown in a ledger entry\'s explanation.' })
  name: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the rule applies (default true).' })
  active?: boolean | null;

  @Field(() => PointsRuleEffect, { nullable: true, description: 'Multiply the rate or replace it (default MULTIPLY).' })
  effect?: PointsRuleEffect | null;

  @Field(() => Int, { nullable: true, description: 'For MULTIPLY: the factor in basis points, 1–1,000,000 (20000 = ×2); required then.' })
  multiplierBasisPoints?: number | null;

  @Field(() => Int, { nullable: true, description: 'For REPLACE: points per 100 of the currency, 0–10,000; required then.' })
  pointsPer100?: number | null;

  @Field(() => Int, { nullable: true, description: 'Priority 0–9999 (default 0): of several REPLACE rules on a line, the highest wins.' })
  priority?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Branches where it applies; empty or null: every branch.' })
  branchIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Member levels it applies to; empty or null: every level.' })
  memberGroupIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Products it covers. With treatments, categories and departments: the items covered are those any of the lists names; all empty: every item.' })
  productIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Treatments it covers (see productIds).' })
  treatmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Product categories it covers (see productIds).' })
  categoryIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Departments it covers (see productIds).' })
  departmentIds?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'ISO weekdays (1 = Monday … 7 = Sunday) at the branch; empty or null: every day.' })
  weekdays?: number[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only in the member\'s birth month (default false).' })
  birthdayMonthOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD, the branch\'s date); null: open.' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD), inclusive, not before validFrom; null: open.' })
  validTo?: string | null;
}

const ids = (list: number[] | null) => list?.map(String) ?? null;

/** Points rules: read and changed by whoever manages loyalty. */
@Authorized(Permission.LoyaltyManage)
@Resolver(() => PointsRule)
export class PointsRuleResolver {
  @FieldResolver(() => [ID], { nullable: true, description: 'Branches where it applies; null: every branch.' })
  branchIds(@Root() rule: PointsRule): string[] | null {
    return ids(rule.branchIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Member levels it applies to; null: every level.' })
  memberGroupIds(@Root() rule: PointsRule): string[] | null {
    return ids(rule.memberGroupIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Products it covers; null: none named (see productIds on the input).' })
  productIds(@Root() rule: PointsRule): string[] | null {
    return ids(rule.productIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Treatments it covers; null: none named.' })
  treatmentIds(@Root() rule: PointsRule): string[] | null {
    return ids(rule.treatmentIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Product categories it covers; null: none named.' })
  categoryIds(@Root() rule: PointsRule): string[] | null {
    return ids(rule.categoryIds);
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'Departments it covers; null: none named.' })
  departmentIds(@Root() rule: PointsRule): string[] | null {
    return ids(rule.departmentIds);
  }

  @FieldResolver(() => [Int], { nullable: true, description: 'ISO weekdays it applies on; null: every day.' })
  weekdays(@Root() rule: PointsRule): number[] | null {
    return rule.weekdays;
  }

  @Query(() => PointsRuleConnection, { description: 'Points rules by code (loyalty.manage).' })
  async pointsRules(@Args(() => PageArgs) page: PageArgs, @Ctx() { ds }: GraphQLContext): Promise<PointsRuleConnection> {
    return PointsRuleConnection.from(await new PointsRuleService(ds).list(page));
  }

  @Mutation(() => PointsRule, { description: 'Creates a points rule (loyalty.manage). Audited.' })
  async createPointsRule(@Arg('input', () => PointsRuleInput, { description: 'The rule.' }) input: PointsRuleInput, @Ctx() context: GraphQLContext): Promise<PointsRule> {
    return new PointsRuleService(context.ds).create(viewerOf(context), input);
  }

  @Mutation(() => PointsRule, { description: 'Replaces the whole points rule (loyalty.manage). Audited; purchases already booked keep the points they earned.' })
  async updatePointsRule(
    @Arg('id', () => ID, { description: 'The rule\'s id.' }) id: string,
    @Arg('input', () => PointsRuleInput, { description: 'The whole new rule.' }) input: PointsRuleInput,
    @Ctx() context: GraphQLContext,
  ): Promise<PointsRule> {
    return new PointsRuleService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Mutation(() => PointsRule, { description: 'Deletes a points rule (loyalty.manage); the ledger entries it shaped keep its code and name. Audited.' })
  async deletePointsRule(@Arg('id', () => ID, { description: 'The rule\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<PointsRule> {
    return new PointsRuleService(context.ds).delete(viewerOf(context), parseId(id, 'id'));
  }
}
