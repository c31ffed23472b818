import { graphql } from '@/graphql/generated';
import type { ContactMethodSettingFragment, ContactStatusSettingFragment } from '@/graphql/generated/graphql';

/** The contact settings pages' GraphQL documents; `npm run codegen` types them from the schema. */

/** A contact status or method as its settings list shows and edits it. */
export type ContactOptionRow = ContactStatusSettingFragment | ContactMethodSettingFragment;

export const ContactStatusSetting = graphql(`
  fragment ContactStatusSetting on ContactStatus {
    id
    name
    label
    key
    sortOrder
    active
    translations { zhHK en zhCN th }
  }
`);

export const ContactMethodSetting = graphql(`
  fragment ContactMethodSetting on ContactMethod {
    id
    name
    label
    key
    sortOrder
    active
    translations { zhHK en zhCN th }
  }
`);

export const PresetNoteSetting = graphql(`
  fragment PresetNoteSetting on PresetNote {
    id
    text
  }
`);

export const ContactSettingsValues = graphql(`
  fragment ContactSettingsValues on ContactSettings {
    showMemberRemarks
    showComments
    allowBooking
    attendanceVerification
    showProductPurchases
    showTreatmentPurchases
    showInvoicePurchases
    invoiceThresholdCents
    productThresholdCents
    treatmentThresholdCents
    successRuleEnabled
    successMetric
    successThresholdCents
  }
`);

/**
 * The settings page reads each list a page of 100 at a time until it has them all, on the server
 * only (no client cache to page relay-style): `nodes`, since relay-style edges would take the list
 * over the API's cost limit.
 */
export const ContactStatusSettingsQuery = graphql(`
  query ContactStatusSettings($after: String) {
    contactStatuses(includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...ContactStatusSetting }
    }
  }
`);

export const ContactMethodSettingsQuery = graphql(`
  query ContactMethodSettings($after: String) {
    contactMethods(includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...ContactMethodSetting }
    }
  }
`);

export const PresetNoteSettingsQuery = graphql(`
  query PresetNoteSettings($after: String) {
    presetNotes(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...PresetNoteSetting }
    }
  }
`);

export const ContactSettingsQuery = graphql(`
  query ContactSettingsPage {
    contactSettings { ...ContactSettingsValues }
  }
`);

export const CreateContactStatusMutation = graphql(`
  mutation CreateContactStatus($input: ContactOptionInput!) {
    createContactStatus(input: $input) { ...ContactStatusSetting }
  }
`);

export const UpdateContactStatusMutation = graphql(`
  mutation UpdateContactStatus($id: ID!, $input: ContactOptionInput!) {
    updateContactStatus(id: $id, input: $input) { ...ContactStatusSetting }
  }
`);

export const ReorderContactStatusesMutation = graphql(`
  mutation ReorderContactStatuses($ids: [ID!]!) {
    reorderContactStatuses(ids: $ids) { ...ContactStatusSetting }
  }
`);

export const CreateContactMethodMutation = graphql(`
  mutation CreateContactMethod($input: ContactOptionInput!) {
    createContactMethod(input: $input) { ...ContactMethodSetting }
  }
`);

export const UpdateContactMethodMutation = graphql(`
  mutation UpdateContactMethod($id: ID!, $input: ContactOptionInput!) {
    updateContactMethod(id: $id, input: $input) { ...ContactMethodSetting }
  }
`);

export const ReorderContactMethodsMutation = graphql(`
  mutation ReorderContactMethods($ids: [ID!]!) {
    reorderContactMethods(ids: $ids) { ...ContactMethodSetting }
  }
`);

export const CreatePresetNoteMutation = graphql(`
  mutation CreatePresetNote($input: PresetNoteInput!) {
    createPresetNote(input: $input) { ...PresetNoteSetting }
  }
`);

export const UpdatePresetNoteMutation = graphql(`
  mutation UpdatePresetNote($id: ID!, $input: PresetNoteInput!) {
    updatePresetNote(id: $id, input: $input) { ...PresetNoteSetting }
  }
`);

export const DeletePresetNoteMutation = graphql(`
  mutation DeletePresetNote($id: ID!) {
    deletePresetNote(id: $id)
  }
`);

export const UpdateContactSettingsMutation = graphql(`
  mutation UpdateContactSettings($input: ContactSettingsInput!) {
    updateContactSettings(input: $input) { ...ContactSettingsValues }
  }
`);

export const VisibilityStaffMember = graphql(`
  fragment VisibilityStaffMember on Staff {
    id
    code
    displayName
    branch { id code name }
  }
`);

export const VisibilityRule = graphql(`
  fragment VisibilityRule on ContactVisibility {
    ownBranch
    otherBranches
    all
    isDefault
    staff { id }
  }
`);

export const VisibilityStaffQuery = graphql(`
  query VisibilityStaff($after: String) {
    staffMembers(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...VisibilityStaffMember }
    }
  }
`);

export const ContactVisibilityQuery = graphql(`
  query ContactVisibility($staffId: ID!) {
    contactVisibility(staffId: $staffId) { ...VisibilityRule }
  }
`);

export const SetContactVisibilityMutation = graphql(`
  mutation SetContactVisibility($staffId: ID!, $input: ContactVisibilityInput!) {
    setContactVisibility(staffId: $staffId, input: $input) { ...VisibilityRule }
  }
`);
