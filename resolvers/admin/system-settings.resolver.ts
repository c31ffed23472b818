import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { SystemSettings } from '../../entities/system-settings.entity';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { Permission } from '../../services/admin/permission';
import { LOGO_MAX_BYTES, SystemSettingsService, type SystemSettingsSnapshot } from '../../services/admin/system-settings.service';

/** Where the logo is served; `v` changes with every new logo, so browsers may keep each address for good. */
export const LOGO_PATH = '/api/admin/logo';

@InputType('SystemSettingsInput', { description: 'Every system parameter (系統參數); the whole form is saved at once.' })
export class SystemSettingsInput {
  @Field(() => String, { description: 'Company name, at most 100 characters; blank shows the product\'s name.' })
  companyName: string;

  @Field(() => String, { description: 'Default language: zh-HK, en, zh-CN or th.' })
  defaultLocale: string;

  @Field(() => String, { description: 'Currency as an ISO 4217 code, e.g. HKD.' })
  currency: string;

  @Field(() => String, { description: 'How amounts show the currency: symbol, code or narrowSymbol.' })
  currencyDisplay: string;

  @Field(() => Int, { description: 'Decimal places of amounts, 0–3.' })
  currencyDecimals: number;

  @Field(() => String, { description: 'Date format: yyyy-MM-dd, yyyy/MM/dd, dd/MM/yyyy or MM/dd/yyyy.' })
  dateFormat: string;

  @Field(() => String, { description: 'Default IANA time zone, e.g. Asia/Hong_Kong.' })
  defaultTimeZone: string;

  @Field(() => Int, { description: 'Fewest characters of a password, 6–64.' })
  passwordMinLength: number;

  @Field(() => Boolean, { description: 'Passwords need a letter and a digit.' })
  passwordRequireLettersAndDigits: boolean;

  @Field(() => Boolean, { description: 'Passwords need upper-case and lower-case letters.' })
  passwordRequireMixedCase: boolean;

  @Field(() => Int, { nullable: true, description: 'Days a password lasts, 1–3650; null: never expires.' })
  passwordExpiryDays: number | null;

  @Field(() => Int, { description: 'Minutes without use before a session ends, 15–10080.' })
  sessionLengthMinutes: number;

  @Field(() => Int, { description: 'Largest upload in bytes, 10240–52428800.' })
  uploadMaxBytes: number;

  @Field(() => Int, { description: 'Days deleted items stay in the recycle bin, 1–3650.' })
  recycleBinRetentionDays: number;
}

/**
 * System parameters: every signed-in staff member reads them (pages format amounts and dates with
 * them, password forms show the policy); only staff holding settings.system change them.
 */
@Authorized()
@Resolver(() => SystemSettings)
export class SystemSettingsResolver {
  @Query(() => SystemSettings, { description: 'The system parameters (系統參數).' })
  async systemSettings(@Ctx() { ds }: GraphQLContext): Promise<SystemSettingsSnapshot> {
    return new SystemSettingsService(ds).get();
  }

  @Authorized(Permission.SettingsSystem)
  @Mutation(() => SystemSettings, { description: 'Saves every system parameter at once (settings.system); audited; bumps the version.' })
  async updateSystemSettings(
    @Arg('input', () => SystemSettingsInput, { description: 'Every parameter.' }) input: SystemSettingsInput,
    @Ctx() context: GraphQLContext,
  ): Promise<SystemSettingsSnapshot> {
    return new SystemSettingsService(context.ds).update(viewerOf(context), input);
  }

  @Authorized(Permission.SettingsSystem)
  @Mutation(() => SystemSettings, { description: 'Removes the company logo (settings.system); audited. A new logo is uploaded with PUT /api/admin/logo.' })
  async removeSystemLogo(@Ctx() context: GraphQLContext): Promise<SystemSettingsSnapshot> {
    return new SystemSettingsService(context.ds).removeLogo(viewerOf(context));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Address of the company logo (changes with each new logo); null while there is none.' })
  logoUrl(@Root() settings: SystemSettingsSnapshot): string | null {
    return settings.logoVersion === null ? null : `${LOGO_PATH}?v=${settings.logoVersion}`;
  }

  @FieldResolver(() => Int, { description: 'Largest logo file in bytes: the upload limit, at most 65,535.' })
  logoMaxBytes(@Root() settings: SystemSettingsSnapshot): number {
    return Math.min(settings.uploadMaxBytes, LOGO_MAX_BYTES);
  }
}
