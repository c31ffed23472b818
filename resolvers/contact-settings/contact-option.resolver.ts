import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { ContactMethod, ContactStatus, RecycleBinItem } from '../../entities';
import type { LocalisedNames } from '../../services/contact-settings/localised-names';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { labelFor } from '../../services/contact-settings/contact-option-rules';
import { ContactOptionService } from '../../services/contact-settings/contact-option.service';

@ObjectType('ContactStatusConnection', { description: 'A page of contact statuses, in their order.' })
export class ContactStatusConnection extends Connection(ContactStatus, 'ContactStatus') {}

@ObjectType('ContactMethodConnection', { description: 'A page of contact methods, in their order.' })
export class ContactMethodConnection extends Connection(ContactMethod, 'ContactMethod') {}

@ObjectType('LocalisedNames', { description: 'A configurable item\'s name in each locale it was translated into (null where none was given).' })
export class LocalisedNamesType {
  @Field(() => String, { nullable: true, description: 'Traditional Chinese (Hong Kong).' })
  zhHK: string | null;

  @Field(() => String, { nullable: true, description: 'English.' })
  en: string | null;

  @Field(() => String, { nullable: true, description: 'Simplified Chinese.' })
  zhCN: string | null;

  @Field(() => String, { nullable: true, description: 'Thai.' })
  th: string | null;
}

@InputType('LocalisedNamesInput', { description: 'Names in other locales (each at most 100 characters); blank or absent ones fall back to the name.' })
export class LocalisedNamesInput {
  @Field(() => String, { nullable: true, description: 'Traditional Chinese (Hong Kong).' })
  zhHK?: string | null;

  @Field(() => String, { nullable: true, description: 'English.' })
  en?: string | null;

  @Field(() => String, { nullable: true, description: 'Simplified Chinese.' })
  zhCN?: string | null;

  @Field(() => String, { nullable: true, description: 'Thai.' })
  th?: string | null;
}

@InputType('ContactOptionInput', { description: 'A contact status or method: its name, translations and whether it can be chosen.' })
export class ContactOptionInput {
  @Field(() => String, { description: 'Name as entered (1–100 characters), e.g. "未通知".' })
  name: string;

  @Field(() => LocalisedNamesInput, { nullable: true, description: 'Names in other locales; replaces the stored ones.' })
  translations?: LocalisedNamesInput | null;

  @Field(() => Boolean, { nullable: true, description: 'False deactivates it (kept on old logs, no longer offered); null keeps it as it is (new ones start active).' })
  active?: boolean | null;
}

const translationsOf = (names: LocalisedNames | null): LocalisedNamesType =>
  Object.assign(new LocalisedNamesType(), { zhHK: names?.['zh-HK'] ?? null, en: names?.en ?? null, zhCN: names?.['zh-CN'] ?? null, th: names?.th ?? null });

const includeInactiveArg = { defaultValue: false, description: 'Include deactivated ones (for settings and old logs).' };
const idsArg = { description: 'Every id of the list exactly once, in the new order.' };

/** Contact statuses (聯絡狀態): read by every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => ContactStatus)
export class ContactStatusResolver {
  @Authorized(Permission.SettingsContacts)
  @Mutation(() => RecycleBinItem, { description: 'Moves a contact status into the recycle bin (managers and admins); refused while logs or contact members use it, for the system\'s own statuses and for the last active one (deactivate it instead). Audited.' })
  async deleteContactStatus(@Arg('id', () => ID, { description: 'The status\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<RecycleBinItem> {
    return ContactOptionService.statuses(context.ds).delete(viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => ContactStatusConnection, { description: 'Contact statuses in their order; the first active one is the default of new contact members.' })
  async contactStatuses(
    @Arg('includeInactive', () => Boolean, includeInactiveArg) includeInactive: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<ContactStatusConnection> {
    return ContactStatusConnection.from(await ContactOptionService.statuses(ds).list(includeInactive, page));
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => ContactStatus, { description: 'Adds a contact status at the end of the list (managers and admins).' })
  async createContactStatus(@Arg('input', () => ContactOptionInput, { description: 'The status.' }) input: ContactOptionInput, @Ctx() context: GraphQLContext): Promise<ContactStatus> {
    return ContactOptionService.statuses(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => ContactStatus, { description: 'Renames, translates, deactivates or reactivates a contact status (managers and admins).' })
  async updateContactStatus(
    @Arg('id', () => ID, { description: 'The status\'s id.' }) id: string,
    @Arg('input', () => ContactOptionInput, { description: 'The new name, translations and state.' }) input: ContactOptionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ContactStatus> {
    return ContactOptionService.statuses(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => [ContactStatus], { description: 'Puts the contact statuses in a new order (managers and admins); returns them all in that order.' })
  async reorderContactStatuses(@Arg('ids', () => [ID], idsArg) ids: string[], @Ctx() context: GraphQLContext): Promise<ContactStatus[]> {
    return ContactOptionService.statuses(context.ds).reorder(viewerOf(context), ids.map((id) => parseId(id, 'order')));
  }

  @FieldResolver(() => String, { description: 'The name in the caller\'s language (its translation, else the name as entered).' })
  label(@Root() status: ContactStatus, @Ctx() { locale }: GraphQLContext): string {
    return labelFor(status, locale);
  }

  @FieldResolver(() => LocalisedNamesType, { description: 'The name in each locale it was translated into.' })
  translations(@Root() status: ContactStatus): LocalisedNamesType {
    return translationsOf(status.translations);
  }
}

/** Contact methods (聯絡方法): read by every signed-in staff member, changed by managers and admins. */
@Authorized()
@Resolver(() => ContactMethod)
export class ContactMethodResolver {
  @Authorized(Permission.SettingsContacts)
  @Mutation(() => RecycleBinItem, { description: 'Moves a contact method into the recycle bin (managers and admins); refused while logs use it, for the system\'s own methods and for the last active one (deactivate it instead). Audited.' })
  async deleteContactMethod(@Arg('id', () => ID, { description: 'The method\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<RecycleBinItem> {
    return ContactOptionService.methods(context.ds).delete(viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => ContactMethodConnection, { description: 'Contact methods in their order.' })
  async contactMethods(
    @Arg('includeInactive', () => Boolean, includeInactiveArg) includeInactive: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<ContactMethodConnection> {
    return ContactMethodConnection.from(await ContactOptionService.methods(ds).list(includeInactive, page));
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => ContactMethod, { description: 'Adds a contact method at the end of the list (managers and admins).' })
  async createContactMethod(@Arg('input', () => ContactOptionInput, { description: 'The method.' }) input: ContactOptionInput, @Ctx() context: GraphQLContext): Promise<ContactMethod> {
    return ContactOptionService.methods(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => ContactMethod, { description: 'Renames, translates, deactivates or reactivates a contact method (managers and admins).' })
  async updateContactMethod(
    @Arg('id', () => ID, { description: 'The method\'s id.' }) id: string,
    @Arg('input', () => ContactOptionInput, { description: 'The new name, translations and state.' }) input: ContactOptionInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ContactMethod> {
    return ContactOptionService.methods(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => [ContactMethod], { description: 'Puts the contact methods in a new order (managers and admins); returns them all in that order.' })
  async reorderContactMethods(@Arg('ids', () => [ID], idsArg) ids: string[], @Ctx() context: GraphQLContext): Promise<ContactMethod[]> {
    return ContactOptionService.methods(context.ds).reorder(viewerOf(context), ids.map((id) => parseId(id, 'order')));
  }

  @FieldResolver(() => String, { description: 'The name in the caller\'s language (its translation, else the name as entered).' })
  label(@Root() method: ContactMethod, @Ctx() { locale }: GraphQLContext): string {
    return labelFor(method, locale);
  }

  @FieldResolver(() => LocalisedNamesType, { description: 'The name in each locale it was translated into.' })
  translations(@Root() method: ContactMethod): LocalisedNamesType {
    return translationsOf(method.translations);
  }
}
