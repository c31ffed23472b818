import { graphql } from '@/graphql/generated';

/** The system parameters page's GraphQL documents (系統參數); `npm run codegen` types them from the schema. */

export const SystemSettingsValues = graphql(`
  fragment SystemSettingsValues on SystemSettings {
    companyName
    defaultLocale
    currency
    currencyDisplay
    currencyDecimals
    dateFormat
    defaultTimeZone
    passwordMinLength
    passwordRequireLettersAndDigits
    passwordRequireMixedCase
    passwordExpiryDays
    sessionLengthMinutes
    uploadMaxBytes
    recycleBinRetentionDays
    version
    logoUrl
    logoMaxBytes
  }
`);

export const SystemSettingsPageQuery = graphql(`
  query SystemSettingsPage {
    systemSettings {
      ...SystemSettingsValues
    }
  }
`);

export const UpdateSystemSettingsMutation = graphql(`
  mutation UpdateSystemSettings($input: SystemSettingsInput!) {
    updateSystemSettings(input: $input) {
      ...SystemSettingsValues
    }
  }
`);

export const RemoveSystemLogoMutation = graphql(`
  mutation RemoveSystemLogo {
    removeSystemLogo {
      ...SystemSettingsValues
    }
  }
`);
