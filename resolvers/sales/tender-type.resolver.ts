import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { TenderType } from '../../entities';
import { TenderKind } from '../../entities/tender-type.entity';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { labelFor } from '../../services/contact-settings/contact-option-rules';
import { TenderTypeService } from '../../services/sales/tender-type.service';
import { LocalisedNamesInput, LocalisedNamesType } from '../contact-settings/contact-option.resolver';
import { translationsOf } from './localised';

@ObjectType('TenderTypeConnection', { description: 'A page of tender types, in the cashier\'s order.' })
export class TenderTypeConnection extends Connection(TenderType, 'TenderType') {}

@InputType('TenderTypeInput', { description: 'A tender type as an administrator types it; checked with the same rules as the tender form.' })
export class TenderTypeInput {
  @Field(() => String, { description: 'Unique code, 1–20 letters, digits, "-", "_" or "."; stored in capitals, e.g. "OCTOPUS".' })
  code: string;

  @Field(() => String, { description: 'Name as entered (1–100 characters), e.g. "八達通".' })
  name: string;

  @Field(() => LocalisedNamesInput, { nullable: true, description: 'Names in other locales; replaces the stored ones.' })
  translations?: LocalisedNamesInput | null;

  @Field(() => TenderKind, { description: 'What kind of money it takes.' })
  kind: TenderKind;

  @Field(() => Boolean, { nullable: true, description: 'Whether more than is due may be tendered and the rest given back as change; null: true for cash, false otherwise.' })
  givesChange?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Position on the payment buttons, 0–9999 (default 0), smallest first.' })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'False hides it from the cashier (kept on old payments); null means true.' })
  active?: boolean | null;
}

/** Tender types: read by every signed-in staff member, changed by staff holding sales.settings. */
@Authorized()
@Resolver(() => TenderType)
export class TenderTypeResolver {
  @Query(() => TenderTypeConnection, { description: 'Tender types in the cashier\'s order (sort order, then id); active ones unless asked otherwise.' })
  async tenderTypes(
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Also list inactive tender types (the settings screen).' }) includeInactive: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<TenderTypeConnection> {
    return TenderTypeConnection.from(await new TenderTypeService(ds).list(includeInactive, page));
  }

  @Query(() => TenderType, { description: 'One tender type, active or not.' })
  async tenderType(@Arg('id', () => ID, { description: 'The tender type\'s id.' }) id: string, @Ctx() { ds }: GraphQLContext): Promise<TenderType> {
    return new TenderTypeService(ds).get(parseId(id, 'id'));
  }

  @Authorized(Permission.SalesSettings)
  @Mutation(() => TenderType, { description: 'Adds a tender type (needs sales.settings); audited.' })
  async createTenderType(@Arg('input', () => TenderTypeInput, { description: 'The tender type.' }) input: TenderTypeInput, @Ctx() context: GraphQLContext): Promise<TenderType> {
    return new TenderTypeService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.SalesSettings)
  @Mutation(() => TenderType, { description: 'Replaces every field of a tender type (needs sales.settings); audited. Payments already taken keep naming it.' })
  async updateTenderType(
    @Arg('id', () => ID, { description: 'The tender type\'s id.' }) id: string,
    @Arg('input', () => TenderTypeInput, { description: 'The whole new tender type.' }) input: TenderTypeInput,
    @Ctx() context: GraphQLContext,
  ): Promise<TenderType> {
    return new TenderTypeService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @FieldResolver(() => String, { description: 'The name in the caller\'s language (its translation, else the name as entered).' })
  label(@Root() tender: TenderType, @Ctx() { locale }: GraphQLContext): string {
    return labelFor(tender, locale);
  }

  @FieldResolver(() => LocalisedNamesType, { description: 'The name in each locale it was translated into.' })
  translations(@Root() tender: TenderType): LocalisedNamesType {
    return translationsOf(tender.translations);
  }
}
