import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { ContactSettings, PresetNote } from '../../entities';
import { SuccessMetric } from '../../services/contact-settings/success-metric';
import { Permission } from '../../services/admin/permission';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { ContactSettingsService } from '../../services/contact-settings/contact-settings.service';
import { PresetNoteService } from '../../services/contact-settings/preset-note.service';

@ObjectType('PresetNoteConnection', { description: 'A page of preset contact notes, in picker order.' })
export class PresetNoteConnection extends Connection(PresetNote, 'PresetNote') {}

@InputType('PresetNoteInput', { description: 'A preset contact note.' })
export class PresetNoteInput {
  @Field(() => String, { description: 'The note text (1–500 characters).' })
  text: string;
}

@InputType('ContactSettingsInput', { description: 'Every contact-list setting (聯絡會員設定); the whole form is saved at once.' })
export class ContactSettingsInput {
  @Field(() => Boolean, { description: 'Show the member\'s remarks on the contact page.' })
  showMemberRemarks: boolean;

  @Field(() => Boolean, { description: 'Show the member\'s comments on the contact page.' })
  showComments: boolean;

  @Field(() => Boolean, { description: 'Allow booking appointments from a contact.' })
  allowBooking: boolean;

  @Field(() => Boolean, { description: 'Enable attendance verification.' })
  attendanceVerification: boolean;

  @Field(() => Boolean, { description: 'Show purchased products in the contact list.' })
  showProductPurchases: boolean;

  @Field(() => Boolean, { description: 'Show purchased treatments in the contact list.' })
  showTreatmentPurchases: boolean;

  @Field(() => Boolean, { description: 'Show invoices in the contact list.' })
  showInvoicePurchases: boolean;

  @Field(() => Int, { description: 'Invoice amount filter threshold, in cents (0 or more).' })
  invoiceThresholdCents: number;

  @Field(() => Int, { description: 'Product amount filter threshold, in cents (0 or more).' })
  productThresholdCents: number;

  @Field(() => Int, { description: 'Treatment amount filter threshold, in cents (0 or more).' })
  treatmentThresholdCents: number;

  @Field(() => Boolean, { description: 'Compute successful purchase (成功購買) Y/N for booked contacts.' })
  successRuleEnabled: boolean;

  @Field(() => SuccessMetric, { description: 'Which same-day amount the successful-purchase rule compares.' })
  successMetric: SuccessMetric;

  @Field(() => Int, { description: 'The successful-purchase threshold, in cents (0 or more).' })
  successThresholdCents: number;
}

/** Preset notes and the contact-list display settings: read by signed-in staff, changed by managers and admins. */
@Authorized()
@Resolver()
export class ContactSettingsResolver {
  @Query(() => PresetNoteConnection, { description: 'Preset contact notes (聯絡會員備註) in picker order.' })
  async presetNotes(@Args(() => PageArgs) page: PageArgs, @Ctx() { ds }: GraphQLContext): Promise<PresetNoteConnection> {
    return PresetNoteConnection.from(await new PresetNoteService(ds).list(page));
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => PresetNote, { description: 'Adds a preset note at the end of the list (managers and admins).' })
  async createPresetNote(@Arg('input', () => PresetNoteInput, { description: 'The note.' }) input: PresetNoteInput, @Ctx() context: GraphQLContext): Promise<PresetNote> {
    return new PresetNoteService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => PresetNote, { description: 'Changes a preset note\'s text (managers and admins).' })
  async updatePresetNote(
    @Arg('id', () => ID, { description: 'The note\'s id.' }) id: string,
    @Arg('input', () => PresetNoteInput, { description: 'The new text.' }) input: PresetNoteInput,
    @Ctx() context: GraphQLContext,
  ): Promise<PresetNote> {
    return new PresetNoteService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => Boolean, { description: 'Deletes a preset note (managers and admins); logs that used its text keep it.' })
  async deletePresetNote(@Arg('id', () => ID, { description: 'The note\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<boolean> {
    return new PresetNoteService(context.ds).delete(viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => ContactSettings, { description: 'The contact-list display settings, thresholds and successful-purchase rule.' })
  async contactSettings(@Ctx() { ds }: GraphQLContext): Promise<ContactSettings> {
    return new ContactSettingsService(ds).get();
  }

  @Authorized(Permission.SettingsContacts)
  @Mutation(() => ContactSettings, { description: 'Saves every contact-list setting at once (managers and admins); audited.' })
  async updateContactSettings(
    @Arg('input', () => ContactSettingsInput, { description: 'Every setting.' }) input: ContactSettingsInput,
    @Ctx() context: GraphQLContext,
  ): Promise<ContactSettings> {
    return new ContactSettingsService(context.ds).update(viewerOf(context), input);
  }
}
