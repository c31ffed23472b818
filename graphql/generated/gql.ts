/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CampaignOfferChoice on Offer {\n    id\n    code\n    name\n    analysisCode\n  }\n": typeof types.CampaignOfferChoiceFragmentDoc,
    "\n  fragment CampaignListRow on Campaign {\n    id\n    code\n    name\n    offerCode\n    analysisCode\n    memberCount\n    archived\n  }\n": typeof types.CampaignListRowFragmentDoc,
    "\n  query CampaignList($archived: Boolean!, $search: String, $after: String) {\n    campaigns(includeArchived: $archived, search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignListRow }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      name\n      details\n      startsOn\n      endsOn\n      archived\n      memberCount\n      offer { ...CampaignOfferChoice }\n    }\n  }\n": typeof types.CampaignFormDocument,
    "\n  query CampaignOffers($after: String) {\n    offers(marketingOnly: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignOfferChoice }\n    }\n  }\n": typeof types.CampaignOffersDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  fragment OfferSetting on Offer {\n    id\n    code\n    name\n    analysisCode\n    isMarketing\n  }\n": typeof types.OfferSettingFragmentDoc,
    "\n  query OfferSettings($after: String) {\n    offers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...OfferSetting }\n    }\n  }\n": typeof types.OfferSettingsDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) { ...OfferSetting }\n  }\n": typeof types.CreateOfferDocument,
    "\n  mutation UpdateOffer($id: ID!, $input: OfferInput!) {\n    updateOffer(id: $id, input: $input) { ...OfferSetting }\n  }\n": typeof types.UpdateOfferDocument,
    "\n  fragment ContactStatusSetting on ContactStatus {\n    id\n    name\n    label\n    key\n    sortOrder\n    active\n    translations { zhHK en zhCN th }\n  }\n": typeof types.ContactStatusSettingFragmentDoc,
    "\n  fragment ContactMethodSetting on ContactMethod {\n    id\n    name\n    label\n    key\n    sortOrder\n    active\n    translations { zhHK en zhCN th }\n  }\n": typeof types.ContactMethodSettingFragmentDoc,
    "\n  fragment PresetNoteSetting on PresetNote {\n    id\n    text\n  }\n": typeof types.PresetNoteSettingFragmentDoc,
    "\n  fragment ContactSettingsValues on ContactSettings {\n    showMemberRemarks\n    showComments\n    allowBooking\n    attendanceVerification\n    showProductPurchases\n    showTreatmentPurchases\n    showInvoicePurchases\n    invoiceThresholdCents\n    productThresholdCents\n    treatmentThresholdCents\n    successRuleEnabled\n    successMetric\n    successThresholdCents\n  }\n": typeof types.ContactSettingsValuesFragmentDoc,
    "\n  query ContactStatusSettings($after: String) {\n    contactStatuses(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContactStatusSetting }\n    }\n  }\n": typeof types.ContactStatusSettingsDocument,
    "\n  query ContactMethodSettings($after: String) {\n    contactMethods(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContactMethodSetting }\n    }\n  }\n": typeof types.ContactMethodSettingsDocument,
    "\n  query PresetNoteSettings($after: String) {\n    presetNotes(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PresetNoteSetting }\n    }\n  }\n": typeof types.PresetNoteSettingsDocument,
    "\n  query ContactSettingsPage {\n    contactSettings { ...ContactSettingsValues }\n  }\n": typeof types.ContactSettingsPageDocument,
    "\n  mutation CreateContactStatus($input: ContactOptionInput!) {\n    createContactStatus(input: $input) { ...ContactStatusSetting }\n  }\n": typeof types.CreateContactStatusDocument,
    "\n  mutation UpdateContactStatus($id: ID!, $input: ContactOptionInput!) {\n    updateContactStatus(id: $id, input: $input) { ...ContactStatusSetting }\n  }\n": typeof types.UpdateContactStatusDocument,
    "\n  mutation ReorderContactStatuses($ids: [ID!]!) {\n    reorderContactStatuses(ids: $ids) { ...ContactStatusSetting }\n  }\n": typeof types.ReorderContactStatusesDocument,
    "\n  mutation CreateContactMethod($input: ContactOptionInput!) {\n    createContactMethod(input: $input) { ...ContactMethodSetting }\n  }\n": typeof types.CreateContactMethodDocument,
    "\n  mutation UpdateContactMethod($id: ID!, $input: ContactOptionInput!) {\n    updateContactMethod(id: $id, input: $input) { ...ContactMethodSetting }\n  }\n": typeof types.UpdateContactMethodDocument,
    "\n  mutation ReorderContactMethods($ids: [ID!]!) {\n    reorderContactMethods(ids: $ids) { ...ContactMethodSetting }\n  }\n": typeof types.ReorderContactMethodsDocument,
    "\n  mutation CreatePresetNote($input: PresetNoteInput!) {\n    createPresetNote(input: $input) { ...PresetNoteSetting }\n  }\n": typeof types.CreatePresetNoteDocument,
    "\n  mutation UpdatePresetNote($id: ID!, $input: PresetNoteInput!) {\n    updatePresetNote(id: $id, input: $input) { ...PresetNoteSetting }\n  }\n": typeof types.UpdatePresetNoteDocument,
    "\n  mutation DeletePresetNote($id: ID!) {\n    deletePresetNote(id: $id)\n  }\n": typeof types.DeletePresetNoteDocument,
    "\n  mutation UpdateContactSettings($input: ContactSettingsInput!) {\n    updateContactSettings(input: $input) { ...ContactSettingsValues }\n  }\n": typeof types.UpdateContactSettingsDocument,
    "\n  fragment VisibilityStaffMember on Staff {\n    id\n    code\n    displayName\n    branch { id code name }\n  }\n": typeof types.VisibilityStaffMemberFragmentDoc,
    "\n  fragment VisibilityRule on ContactVisibility {\n    ownBranch\n    otherBranches\n    all\n    isDefault\n    staff { id }\n  }\n": typeof types.VisibilityRuleFragmentDoc,
    "\n  query VisibilityStaff($after: String) {\n    staffMembers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...VisibilityStaffMember }\n    }\n  }\n": typeof types.VisibilityStaffDocument,
    "\n  query ContactVisibility($staffId: ID!) {\n    contactVisibility(staffId: $staffId) { ...VisibilityRule }\n  }\n": typeof types.ContactVisibilityDocument,
    "\n  mutation SetContactVisibility($staffId: ID!, $input: ContactVisibilityInput!) {\n    setContactVisibility(staffId: $staffId, input: $input) { ...VisibilityRule }\n  }\n": typeof types.SetContactVisibilityDocument,
    "\n  fragment ContactListRow on ContactMember {\n    id\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName phone phone2 }\n    salesperson { id code displayName }\n    status { id label }\n    lastLog { id note content method { id label } }\n    appointment {\n      id startsAt status note attendanceNote verificationNote verifiedAt\n      branch { id code }\n      verifiedBy { id code displayName }\n    }\n  }\n": typeof types.ContactListRowFragmentDoc,
    "\n  query ContactList($filter: ContactFilterInput, $sort: ContactSortInput, $first: Int, $after: String) {\n    contactMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...ContactListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ContactListDocument,
    "\n  query ContactListTotal($filter: ContactFilterInput) {\n    contactMembers(filter: $filter) { totalCount }\n  }\n": typeof types.ContactListTotalDocument,
    "\n  fragment CampaignChoice on Campaign { id code name offerCode analysisCode }\n": typeof types.CampaignChoiceFragmentDoc,
    "\n  fragment StaffChoice on Staff { id code displayName }\n": typeof types.StaffChoiceFragmentDoc,
    "\n  query ContactListOptions {\n    campaigns(first: 100, includeArchived: true) { nodes { ...CampaignChoice } }\n    contactSalespeople(first: 100) { nodes { ...StaffChoice } }\n    contactStatuses(first: 100) { nodes { id label } }\n    contactSettings { invoiceThresholdCents productThresholdCents treatmentThresholdCents }\n  }\n": typeof types.ContactListOptionsDocument,
    "\n  query ReassignTargets {\n    staffMembers(role: SALESPERSON, first: 100) { nodes { ...StaffChoice } }\n  }\n": typeof types.ReassignTargetsDocument,
    "\n  mutation ReassignContactMembers($ids: [ID!]!, $salespersonId: ID!) {\n    reassignContactMembers(ids: $ids, salespersonId: $salespersonId)\n  }\n": typeof types.ReassignContactMembersDocument,
    "\n  fragment HomeFollowUpRow on ContactMember {\n    id\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName }\n  }\n": typeof types.HomeFollowUpRowFragmentDoc,
    "\n  query MyFollowUps($me: [ID!]) {\n    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) {\n      nodes { ...HomeFollowUpRow }\n      totalCount\n    }\n    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) {\n      nodes { ...HomeFollowUpRow }\n      totalCount\n    }\n  }\n": typeof types.MyFollowUpsDocument,
    "\n  fragment ContactMethodChoice on ContactMethod {\n    id\n    label\n    active\n  }\n": typeof types.ContactMethodChoiceFragmentDoc,
    "\n  fragment ContactStatusChoice on ContactStatus {\n    id\n    label\n    active\n  }\n": typeof types.ContactStatusChoiceFragmentDoc,
    "\n  fragment ContactLogItem on ContactLog {\n    id\n    contactedAt\n    note\n    content\n    nextFollowUpAt\n    updatedAt\n    canEdit\n    method { ...ContactMethodChoice }\n    status { ...ContactStatusChoice }\n    updatedBy { id displayName login }\n  }\n": typeof types.ContactLogItemFragmentDoc,
    "\n  fragment ContactLogPage on ContactLogConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...ContactLogItem } }\n  }\n": typeof types.ContactLogPageFragmentDoc,
    "\n  fragment MemberCommentPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id body createdAt author { id displayName } } }\n  }\n": typeof types.MemberCommentPageFragmentDoc,
    "\n  fragment ContactState on ContactMember {\n    id\n    status { ...ContactStatusChoice }\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    followUpClosedAt\n    followUpClosingNote\n  }\n": typeof types.ContactStateFragmentDoc,
    "\n  query ContactPage($id: ID!) {\n    contactMember(id: $id) {\n      ...ContactState\n      campaign { id code name offerCode analysisCode }\n      member { id memberNo displayName phone phone2 }\n      salesperson { id displayName login code }\n      memberRemarks\n      logs(first: 20) { ...ContactLogPage }\n    }\n  }\n": typeof types.ContactPageDocument,
    "\n  query ContactPageOptions {\n    viewer { id branch { id timeZone } }\n    contactMethods(includeInactive: true, first: 100) { nodes { ...ContactMethodChoice } }\n    contactStatuses(includeInactive: true, first: 100) { nodes { ...ContactStatusChoice } }\n    presetNotes(first: 100) { nodes { id text } }\n  }\n": typeof types.ContactPageOptionsDocument,
    "\n  query ContactPageState($id: ID!, $first: Int!) {\n    contactMember(id: $id) {\n      ...ContactState\n      logs(first: $first) { ...ContactLogPage }\n    }\n  }\n": typeof types.ContactPageStateDocument,
    "\n  query MoreContactLogs($id: ID!, $after: String) {\n    contactMember(id: $id) { id logs(first: 20, after: $after) { ...ContactLogPage } }\n  }\n": typeof types.MoreContactLogsDocument,
    "\n  query ContactMemberComments($id: ID!, $after: String) {\n    contactMember(id: $id) { id memberComments(first: 10, after: $after) { ...MemberCommentPage } }\n  }\n": typeof types.ContactMemberCommentsDocument,
    "\n  mutation AddContactLog($input: ContactLogInput!) {\n    addContactLog(input: $input) { id }\n  }\n": typeof types.AddContactLogDocument,
    "\n  mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {\n    updateContactLog(id: $id, input: $input) { ...ContactLogItem }\n  }\n": typeof types.UpdateContactLogDocument,
    "\n  mutation DeleteContactLog($id: ID!) {\n    deleteContactLog(id: $id)\n  }\n": typeof types.DeleteContactLogDocument,
    "\n  mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {\n    endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { ...ContactState }\n  }\n": typeof types.EndFollowUpDocument,
    "\n  fragment StaffAccessRow on Staff {\n    id\n    code\n    login\n    displayName\n    branch { id name timeZone }\n    signInLockedUntil\n    liveSessionCount\n  }\n": typeof types.StaffAccessRowFragmentDoc,
    "\n  query StaffAccess($search: String, $first: Int!, $after: String) {\n    staffMembers(search: $search, first: $first, after: $after) {\n      edges { cursor node { ...StaffAccessRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.StaffAccessDocument,
    "\n  mutation UnlockStaffSignIn($staffId: ID!) {\n    unlockStaffSignIn(staffId: $staffId) { ...StaffAccessRow }\n  }\n": typeof types.UnlockStaffSignInDocument,
    "\n  mutation EndStaffSessions($staffId: ID!) {\n    endStaffSessions(staffId: $staffId) { staff { ...StaffAccessRow } endedSessions }\n  }\n": typeof types.EndStaffSessionsDocument,
};
const documents: Documents = {
    "\n  fragment CampaignOfferChoice on Offer {\n    id\n    code\n    name\n    analysisCode\n  }\n": types.CampaignOfferChoiceFragmentDoc,
    "\n  fragment CampaignListRow on Campaign {\n    id\n    code\n    name\n    offerCode\n    analysisCode\n    memberCount\n    archived\n  }\n": types.CampaignListRowFragmentDoc,
    "\n  query CampaignList($archived: Boolean!, $search: String, $after: String) {\n    campaigns(includeArchived: $archived, search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignListRow }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      name\n      details\n      startsOn\n      endsOn\n      archived\n      memberCount\n      offer { ...CampaignOfferChoice }\n    }\n  }\n": types.CampaignFormDocument,
    "\n  query CampaignOffers($after: String) {\n    offers(marketingOnly: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignOfferChoice }\n    }\n  }\n": types.CampaignOffersDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id }\n  }\n": types.UpdateCampaignDocument,
    "\n  fragment OfferSetting on Offer {\n    id\n    code\n    name\n    analysisCode\n    isMarketing\n  }\n": types.OfferSettingFragmentDoc,
    "\n  query OfferSettings($after: String) {\n    offers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...OfferSetting }\n    }\n  }\n": types.OfferSettingsDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) { ...OfferSetting }\n  }\n": types.CreateOfferDocument,
    "\n  mutation UpdateOffer($id: ID!, $input: OfferInput!) {\n    updateOffer(id: $id, input: $input) { ...OfferSetting }\n  }\n": types.UpdateOfferDocument,
    "\n  fragment ContactStatusSetting on ContactStatus {\n    id\n    name\n    label\n    key\n    sortOrder\n    active\n    translations { zhHK en zhCN th }\n  }\n": types.ContactStatusSettingFragmentDoc,
    "\n  fragment ContactMethodSetting on ContactMethod {\n    id\n    name\n    label\n    key\n    sortOrder\n    active\n    translations { zhHK en zhCN th }\n  }\n": types.ContactMethodSettingFragmentDoc,
    "\n  fragment PresetNoteSetting on PresetNote {\n    id\n    text\n  }\n": types.PresetNoteSettingFragmentDoc,
    "\n  fragment ContactSettingsValues on ContactSettings {\n    showMemberRemarks\n    showComments\n    allowBooking\n    attendanceVerification\n    showProductPurchases\n    showTreatmentPurchases\n    showInvoicePurchases\n    invoiceThresholdCents\n    productThresholdCents\n    treatmentThresholdCents\n    successRuleEnabled\n    successMetric\n    successThresholdCents\n  }\n": types.ContactSettingsValuesFragmentDoc,
    "\n  query ContactStatusSettings($after: String) {\n    contactStatuses(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContactStatusSetting }\n    }\n  }\n": types.ContactStatusSettingsDocument,
    "\n  query ContactMethodSettings($after: String) {\n    contactMethods(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContactMethodSetting }\n    }\n  }\n": types.ContactMethodSettingsDocument,
    "\n  query PresetNoteSettings($after: String) {\n    presetNotes(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PresetNoteSetting }\n    }\n  }\n": types.PresetNoteSettingsDocument,
    "\n  query ContactSettingsPage {\n    contactSettings { ...ContactSettingsValues }\n  }\n": types.ContactSettingsPageDocument,
    "\n  mutation CreateContactStatus($input: ContactOptionInput!) {\n    createContactStatus(input: $input) { ...ContactStatusSetting }\n  }\n": types.CreateContactStatusDocument,
    "\n  mutation UpdateContactStatus($id: ID!, $input: ContactOptionInput!) {\n    updateContactStatus(id: $id, input: $input) { ...ContactStatusSetting }\n  }\n": types.UpdateContactStatusDocument,
    "\n  mutation ReorderContactStatuses($ids: [ID!]!) {\n    reorderContactStatuses(ids: $ids) { ...ContactStatusSetting }\n  }\n": types.ReorderContactStatusesDocument,
    "\n  mutation CreateContactMethod($input: ContactOptionInput!) {\n    createContactMethod(input: $input) { ...ContactMethodSetting }\n  }\n": types.CreateContactMethodDocument,
    "\n  mutation UpdateContactMethod($id: ID!, $input: ContactOptionInput!) {\n    updateContactMethod(id: $id, input: $input) { ...ContactMethodSetting }\n  }\n": types.UpdateContactMethodDocument,
    "\n  mutation ReorderContactMethods($ids: [ID!]!) {\n    reorderContactMethods(ids: $ids) { ...ContactMethodSetting }\n  }\n": types.ReorderContactMethodsDocument,
    "\n  mutation CreatePresetNote($input: PresetNoteInput!) {\n    createPresetNote(input: $input) { ...PresetNoteSetting }\n  }\n": types.CreatePresetNoteDocument,
    "\n  mutation UpdatePresetNote($id: ID!, $input: PresetNoteInput!) {\n    updatePresetNote(id: $id, input: $input) { ...PresetNoteSetting }\n  }\n": types.UpdatePresetNoteDocument,
    "\n  mutation DeletePresetNote($id: ID!) {\n    deletePresetNote(id: $id)\n  }\n": types.DeletePresetNoteDocument,
    "\n  mutation UpdateContactSettings($input: ContactSettingsInput!) {\n    updateContactSettings(input: $input) { ...ContactSettingsValues }\n  }\n": types.UpdateContactSettingsDocument,
    "\n  fragment VisibilityStaffMember on Staff {\n    id\n    code\n    displayName\n    branch { id code name }\n  }\n": types.VisibilityStaffMemberFragmentDoc,
    "\n  fragment VisibilityRule on ContactVisibility {\n    ownBranch\n    otherBranches\n    all\n    isDefault\n    staff { id }\n  }\n": types.VisibilityRuleFragmentDoc,
    "\n  query VisibilityStaff($after: String) {\n    staffMembers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...VisibilityStaffMember }\n    }\n  }\n": types.VisibilityStaffDocument,
    "\n  query ContactVisibility($staffId: ID!) {\n    contactVisibility(staffId: $staffId) { ...VisibilityRule }\n  }\n": types.ContactVisibilityDocument,
    "\n  mutation SetContactVisibility($staffId: ID!, $input: ContactVisibilityInput!) {\n    setContactVisibility(staffId: $staffId, input: $input) { ...VisibilityRule }\n  }\n": types.SetContactVisibilityDocument,
    "\n  fragment ContactListRow on ContactMember {\n    id\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName phone phone2 }\n    salesperson { id code displayName }\n    status { id label }\n    lastLog { id note content method { id label } }\n    appointment {\n      id startsAt status note attendanceNote verificationNote verifiedAt\n      branch { id code }\n      verifiedBy { id code displayName }\n    }\n  }\n": types.ContactListRowFragmentDoc,
    "\n  query ContactList($filter: ContactFilterInput, $sort: ContactSortInput, $first: Int, $after: String) {\n    contactMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...ContactListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ContactListDocument,
    "\n  query ContactListTotal($filter: ContactFilterInput) {\n    contactMembers(filter: $filter) { totalCount }\n  }\n": types.ContactListTotalDocument,
    "\n  fragment CampaignChoice on Campaign { id code name offerCode analysisCode }\n": types.CampaignChoiceFragmentDoc,
    "\n  fragment StaffChoice on Staff { id code displayName }\n": types.StaffChoiceFragmentDoc,
    "\n  query ContactListOptions {\n    campaigns(first: 100, includeArchived: true) { nodes { ...CampaignChoice } }\n    contactSalespeople(first: 100) { nodes { ...StaffChoice } }\n    contactStatuses(first: 100) { nodes { id label } }\n    contactSettings { invoiceThresholdCents productThresholdCents treatmentThresholdCents }\n  }\n": types.ContactListOptionsDocument,
    "\n  query ReassignTargets {\n    staffMembers(role: SALESPERSON, first: 100) { nodes { ...StaffChoice } }\n  }\n": types.ReassignTargetsDocument,
    "\n  mutation ReassignContactMembers($ids: [ID!]!, $salespersonId: ID!) {\n    reassignContactMembers(ids: $ids, salespersonId: $salespersonId)\n  }\n": types.ReassignContactMembersDocument,
    "\n  fragment HomeFollowUpRow on ContactMember {\n    id\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName }\n  }\n": types.HomeFollowUpRowFragmentDoc,
    "\n  query MyFollowUps($me: [ID!]) {\n    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) {\n      nodes { ...HomeFollowUpRow }\n      totalCount\n    }\n    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) {\n      nodes { ...HomeFollowUpRow }\n      totalCount\n    }\n  }\n": types.MyFollowUpsDocument,
    "\n  fragment ContactMethodChoice on ContactMethod {\n    id\n    label\n    active\n  }\n": types.ContactMethodChoiceFragmentDoc,
    "\n  fragment ContactStatusChoice on ContactStatus {\n    id\n    label\n    active\n  }\n": types.ContactStatusChoiceFragmentDoc,
    "\n  fragment ContactLogItem on ContactLog {\n    id\n    contactedAt\n    note\n    content\n    nextFollowUpAt\n    updatedAt\n    canEdit\n    method { ...ContactMethodChoice }\n    status { ...ContactStatusChoice }\n    updatedBy { id displayName login }\n  }\n": types.ContactLogItemFragmentDoc,
    "\n  fragment ContactLogPage on ContactLogConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...ContactLogItem } }\n  }\n": types.ContactLogPageFragmentDoc,
    "\n  fragment MemberCommentPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id body createdAt author { id displayName } } }\n  }\n": types.MemberCommentPageFragmentDoc,
    "\n  fragment ContactState on ContactMember {\n    id\n    status { ...ContactStatusChoice }\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    followUpClosedAt\n    followUpClosingNote\n  }\n": types.ContactStateFragmentDoc,
    "\n  query ContactPage($id: ID!) {\n    contactMember(id: $id) {\n      ...ContactState\n      campaign { id code name offerCode analysisCode }\n      member { id memberNo displayName phone phone2 }\n      salesperson { id displayName login code }\n      memberRemarks\n      logs(first: 20) { ...ContactLogPage }\n    }\n  }\n": types.ContactPageDocument,
    "\n  query ContactPageOptions {\n    viewer { id branch { id timeZone } }\n    contactMethods(includeInactive: true, first: 100) { nodes { ...ContactMethodChoice } }\n    contactStatuses(includeInactive: true, first: 100) { nodes { ...ContactStatusChoice } }\n    presetNotes(first: 100) { nodes { id text } }\n  }\n": types.ContactPageOptionsDocument,
    "\n  query ContactPageState($id: ID!, $first: Int!) {\n    contactMember(id: $id) {\n      ...ContactState\n      logs(first: $first) { ...ContactLogPage }\n    }\n  }\n": types.ContactPageStateDocument,
    "\n  query MoreContactLogs($id: ID!, $after: String) {\n    contactMember(id: $id) { id logs(first: 20, after: $after) { ...ContactLogPage } }\n  }\n": types.MoreContactLogsDocument,
    "\n  query ContactMemberComments($id: ID!, $after: String) {\n    contactMember(id: $id) { id memberComments(first: 10, after: $after) { ...MemberCommentPage } }\n  }\n": types.ContactMemberCommentsDocument,
    "\n  mutation AddContactLog($input: ContactLogInput!) {\n    addContactLog(input: $input) { id }\n  }\n": types.AddContactLogDocument,
    "\n  mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {\n    updateContactLog(id: $id, input: $input) { ...ContactLogItem }\n  }\n": types.UpdateContactLogDocument,
    "\n  mutation DeleteContactLog($id: ID!) {\n    deleteContactLog(id: $id)\n  }\n": types.DeleteContactLogDocument,
    "\n  mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {\n    endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { ...ContactState }\n  }\n": types.EndFollowUpDocument,
    "\n  fragment StaffAccessRow on Staff {\n    id\n    code\n    login\n    displayName\n    branch { id name timeZone }\n    signInLockedUntil\n    liveSessionCount\n  }\n": types.StaffAccessRowFragmentDoc,
    "\n  query StaffAccess($search: String, $first: Int!, $after: String) {\n    staffMembers(search: $search, first: $first, after: $after) {\n      edges { cursor node { ...StaffAccessRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.StaffAccessDocument,
    "\n  mutation UnlockStaffSignIn($staffId: ID!) {\n    unlockStaffSignIn(staffId: $staffId) { ...StaffAccessRow }\n  }\n": types.UnlockStaffSignInDocument,
    "\n  mutation EndStaffSessions($staffId: ID!) {\n    endStaffSessions(staffId: $staffId) { staff { ...StaffAccessRow } endedSessions }\n  }\n": types.EndStaffSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignOfferChoice on Offer {\n    id\n    code\n    name\n    analysisCode\n  }\n"): (typeof documents)["\n  fragment CampaignOfferChoice on Offer {\n    id\n    code\n    name\n    analysisCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignListRow on Campaign {\n    id\n    code\n    name\n    offerCode\n    analysisCode\n    memberCount\n    archived\n  }\n"): (typeof documents)["\n  fragment CampaignListRow on Campaign {\n    id\n    code\n    name\n    offerCode\n    analysisCode\n    memberCount\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($archived: Boolean!, $search: String, $after: String) {\n    campaigns(includeArchived: $archived, search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignListRow }\n    }\n  }\n"): (typeof documents)["\n  query CampaignList($archived: Boolean!, $search: String, $after: String) {\n    campaigns(includeArchived: $archived, search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignListRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      name\n      details\n      startsOn\n      endsOn\n      archived\n      memberCount\n      offer { ...CampaignOfferChoice }\n    }\n  }\n"): (typeof documents)["\n  query CampaignForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      name\n      details\n      startsOn\n      endsOn\n      archived\n      memberCount\n      offer { ...CampaignOfferChoice }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignOffers($after: String) {\n    offers(marketingOnly: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignOfferChoice }\n    }\n  }\n"): (typeof documents)["\n  query CampaignOffers($after: String) {\n    offers(marketingOnly: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignOfferChoice }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferSetting on Offer {\n    id\n    code\n    name\n    analysisCode\n    isMarketing\n  }\n"): (typeof documents)["\n  fragment OfferSetting on Offer {\n    id\n    code\n    name\n    analysisCode\n    isMarketing\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferSettings($after: String) {\n    offers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...OfferSetting }\n    }\n  }\n"): (typeof documents)["\n  query OfferSettings($after: String) {\n    offers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...OfferSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) { ...OfferSetting }\n  }\n"): (typeof documents)["\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) { ...OfferSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffer($id: ID!, $input: OfferInput!) {\n    updateOffer(id: $id, input: $input) { ...OfferSetting }\n  }\n"): (typeof documents)["\n  mutation UpdateOffer($id: ID!, $input: OfferInput!) {\n    updateOffer(id: $id, input: $input) { ...OfferSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactStatusSetting on ContactStatus {\n    id\n    name\n    label\n    key\n    sortOrder\n    active\n    translations { zhHK en zhCN th }\n  }\n"): (typeof documents)["\n  fragment ContactStatusSetting on ContactStatus {\n    id\n    name\n    label\n    key\n    sortOrder\n    active\n    translations { zhHK en zhCN th }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactMethodSetting on ContactMethod {\n    id\n    name\n    label\n    key\n    sortOrder\n    active\n    translations { zhHK en zhCN th }\n  }\n"): (typeof documents)["\n  fragment ContactMethodSetting on ContactMethod {\n    id\n    name\n    label\n    key\n    sortOrder\n    active\n    translations { zhHK en zhCN th }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PresetNoteSetting on PresetNote {\n    id\n    text\n  }\n"): (typeof documents)["\n  fragment PresetNoteSetting on PresetNote {\n    id\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactSettingsValues on ContactSettings {\n    showMemberRemarks\n    showComments\n    allowBooking\n    attendanceVerification\n    showProductPurchases\n    showTreatmentPurchases\n    showInvoicePurchases\n    invoiceThresholdCents\n    productThresholdCents\n    treatmentThresholdCents\n    successRuleEnabled\n    successMetric\n    successThresholdCents\n  }\n"): (typeof documents)["\n  fragment ContactSettingsValues on ContactSettings {\n    showMemberRemarks\n    showComments\n    allowBooking\n    attendanceVerification\n    showProductPurchases\n    showTreatmentPurchases\n    showInvoicePurchases\n    invoiceThresholdCents\n    productThresholdCents\n    treatmentThresholdCents\n    successRuleEnabled\n    successMetric\n    successThresholdCents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactStatusSettings($after: String) {\n    contactStatuses(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContactStatusSetting }\n    }\n  }\n"): (typeof documents)["\n  query ContactStatusSettings($after: String) {\n    contactStatuses(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContactStatusSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactMethodSettings($after: String) {\n    contactMethods(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContactMethodSetting }\n    }\n  }\n"): (typeof documents)["\n  query ContactMethodSettings($after: String) {\n    contactMethods(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContactMethodSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresetNoteSettings($after: String) {\n    presetNotes(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PresetNoteSetting }\n    }\n  }\n"): (typeof documents)["\n  query PresetNoteSettings($after: String) {\n    presetNotes(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PresetNoteSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactSettingsPage {\n    contactSettings { ...ContactSettingsValues }\n  }\n"): (typeof documents)["\n  query ContactSettingsPage {\n    contactSettings { ...ContactSettingsValues }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContactStatus($input: ContactOptionInput!) {\n    createContactStatus(input: $input) { ...ContactStatusSetting }\n  }\n"): (typeof documents)["\n  mutation CreateContactStatus($input: ContactOptionInput!) {\n    createContactStatus(input: $input) { ...ContactStatusSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactStatus($id: ID!, $input: ContactOptionInput!) {\n    updateContactStatus(id: $id, input: $input) { ...ContactStatusSetting }\n  }\n"): (typeof documents)["\n  mutation UpdateContactStatus($id: ID!, $input: ContactOptionInput!) {\n    updateContactStatus(id: $id, input: $input) { ...ContactStatusSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderContactStatuses($ids: [ID!]!) {\n    reorderContactStatuses(ids: $ids) { ...ContactStatusSetting }\n  }\n"): (typeof documents)["\n  mutation ReorderContactStatuses($ids: [ID!]!) {\n    reorderContactStatuses(ids: $ids) { ...ContactStatusSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContactMethod($input: ContactOptionInput!) {\n    createContactMethod(input: $input) { ...ContactMethodSetting }\n  }\n"): (typeof documents)["\n  mutation CreateContactMethod($input: ContactOptionInput!) {\n    createContactMethod(input: $input) { ...ContactMethodSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactMethod($id: ID!, $input: ContactOptionInput!) {\n    updateContactMethod(id: $id, input: $input) { ...ContactMethodSetting }\n  }\n"): (typeof documents)["\n  mutation UpdateContactMethod($id: ID!, $input: ContactOptionInput!) {\n    updateContactMethod(id: $id, input: $input) { ...ContactMethodSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderContactMethods($ids: [ID!]!) {\n    reorderContactMethods(ids: $ids) { ...ContactMethodSetting }\n  }\n"): (typeof documents)["\n  mutation ReorderContactMethods($ids: [ID!]!) {\n    reorderContactMethods(ids: $ids) { ...ContactMethodSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePresetNote($input: PresetNoteInput!) {\n    createPresetNote(input: $input) { ...PresetNoteSetting }\n  }\n"): (typeof documents)["\n  mutation CreatePresetNote($input: PresetNoteInput!) {\n    createPresetNote(input: $input) { ...PresetNoteSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePresetNote($id: ID!, $input: PresetNoteInput!) {\n    updatePresetNote(id: $id, input: $input) { ...PresetNoteSetting }\n  }\n"): (typeof documents)["\n  mutation UpdatePresetNote($id: ID!, $input: PresetNoteInput!) {\n    updatePresetNote(id: $id, input: $input) { ...PresetNoteSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePresetNote($id: ID!) {\n    deletePresetNote(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePresetNote($id: ID!) {\n    deletePresetNote(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactSettings($input: ContactSettingsInput!) {\n    updateContactSettings(input: $input) { ...ContactSettingsValues }\n  }\n"): (typeof documents)["\n  mutation UpdateContactSettings($input: ContactSettingsInput!) {\n    updateContactSettings(input: $input) { ...ContactSettingsValues }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisibilityStaffMember on Staff {\n    id\n    code\n    displayName\n    branch { id code name }\n  }\n"): (typeof documents)["\n  fragment VisibilityStaffMember on Staff {\n    id\n    code\n    displayName\n    branch { id code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisibilityRule on ContactVisibility {\n    ownBranch\n    otherBranches\n    all\n    isDefault\n    staff { id }\n  }\n"): (typeof documents)["\n  fragment VisibilityRule on ContactVisibility {\n    ownBranch\n    otherBranches\n    all\n    isDefault\n    staff { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityStaff($after: String) {\n    staffMembers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...VisibilityStaffMember }\n    }\n  }\n"): (typeof documents)["\n  query VisibilityStaff($after: String) {\n    staffMembers(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...VisibilityStaffMember }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactVisibility($staffId: ID!) {\n    contactVisibility(staffId: $staffId) { ...VisibilityRule }\n  }\n"): (typeof documents)["\n  query ContactVisibility($staffId: ID!) {\n    contactVisibility(staffId: $staffId) { ...VisibilityRule }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactVisibility($staffId: ID!, $input: ContactVisibilityInput!) {\n    setContactVisibility(staffId: $staffId, input: $input) { ...VisibilityRule }\n  }\n"): (typeof documents)["\n  mutation SetContactVisibility($staffId: ID!, $input: ContactVisibilityInput!) {\n    setContactVisibility(staffId: $staffId, input: $input) { ...VisibilityRule }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactListRow on ContactMember {\n    id\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName phone phone2 }\n    salesperson { id code displayName }\n    status { id label }\n    lastLog { id note content method { id label } }\n    appointment {\n      id startsAt status note attendanceNote verificationNote verifiedAt\n      branch { id code }\n      verifiedBy { id code displayName }\n    }\n  }\n"): (typeof documents)["\n  fragment ContactListRow on ContactMember {\n    id\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName phone phone2 }\n    salesperson { id code displayName }\n    status { id label }\n    lastLog { id note content method { id label } }\n    appointment {\n      id startsAt status note attendanceNote verificationNote verifiedAt\n      branch { id code }\n      verifiedBy { id code displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactList($filter: ContactFilterInput, $sort: ContactSortInput, $first: Int, $after: String) {\n    contactMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...ContactListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ContactList($filter: ContactFilterInput, $sort: ContactSortInput, $first: Int, $after: String) {\n    contactMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...ContactListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactListTotal($filter: ContactFilterInput) {\n    contactMembers(filter: $filter) { totalCount }\n  }\n"): (typeof documents)["\n  query ContactListTotal($filter: ContactFilterInput) {\n    contactMembers(filter: $filter) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignChoice on Campaign { id code name offerCode analysisCode }\n"): (typeof documents)["\n  fragment CampaignChoice on Campaign { id code name offerCode analysisCode }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffChoice on Staff { id code displayName }\n"): (typeof documents)["\n  fragment StaffChoice on Staff { id code displayName }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactListOptions {\n    campaigns(first: 100, includeArchived: true) { nodes { ...CampaignChoice } }\n    contactSalespeople(first: 100) { nodes { ...StaffChoice } }\n    contactStatuses(first: 100) { nodes { id label } }\n    contactSettings { invoiceThresholdCents productThresholdCents treatmentThresholdCents }\n  }\n"): (typeof documents)["\n  query ContactListOptions {\n    campaigns(first: 100, includeArchived: true) { nodes { ...CampaignChoice } }\n    contactSalespeople(first: 100) { nodes { ...StaffChoice } }\n    contactStatuses(first: 100) { nodes { id label } }\n    contactSettings { invoiceThresholdCents productThresholdCents treatmentThresholdCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReassignTargets {\n    staffMembers(role: SALESPERSON, first: 100) { nodes { ...StaffChoice } }\n  }\n"): (typeof documents)["\n  query ReassignTargets {\n    staffMembers(role: SALESPERSON, first: 100) { nodes { ...StaffChoice } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignContactMembers($ids: [ID!]!, $salespersonId: ID!) {\n    reassignContactMembers(ids: $ids, salespersonId: $salespersonId)\n  }\n"): (typeof documents)["\n  mutation ReassignContactMembers($ids: [ID!]!, $salespersonId: ID!) {\n    reassignContactMembers(ids: $ids, salespersonId: $salespersonId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeFollowUpRow on ContactMember {\n    id\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName }\n  }\n"): (typeof documents)["\n  fragment HomeFollowUpRow on ContactMember {\n    id\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollowUps($me: [ID!]) {\n    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) {\n      nodes { ...HomeFollowUpRow }\n      totalCount\n    }\n    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) {\n      nodes { ...HomeFollowUpRow }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyFollowUps($me: [ID!]) {\n    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) {\n      nodes { ...HomeFollowUpRow }\n      totalCount\n    }\n    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 10) {\n      nodes { ...HomeFollowUpRow }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactMethodChoice on ContactMethod {\n    id\n    label\n    active\n  }\n"): (typeof documents)["\n  fragment ContactMethodChoice on ContactMethod {\n    id\n    label\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactStatusChoice on ContactStatus {\n    id\n    label\n    active\n  }\n"): (typeof documents)["\n  fragment ContactStatusChoice on ContactStatus {\n    id\n    label\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactLogItem on ContactLog {\n    id\n    contactedAt\n    note\n    content\n    nextFollowUpAt\n    updatedAt\n    canEdit\n    method { ...ContactMethodChoice }\n    status { ...ContactStatusChoice }\n    updatedBy { id displayName login }\n  }\n"): (typeof documents)["\n  fragment ContactLogItem on ContactLog {\n    id\n    contactedAt\n    note\n    content\n    nextFollowUpAt\n    updatedAt\n    canEdit\n    method { ...ContactMethodChoice }\n    status { ...ContactStatusChoice }\n    updatedBy { id displayName login }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactLogPage on ContactLogConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...ContactLogItem } }\n  }\n"): (typeof documents)["\n  fragment ContactLogPage on ContactLogConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...ContactLogItem } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCommentPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id body createdAt author { id displayName } } }\n  }\n"): (typeof documents)["\n  fragment MemberCommentPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { id body createdAt author { id displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactState on ContactMember {\n    id\n    status { ...ContactStatusChoice }\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    followUpClosedAt\n    followUpClosingNote\n  }\n"): (typeof documents)["\n  fragment ContactState on ContactMember {\n    id\n    status { ...ContactStatusChoice }\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    followUpClosedAt\n    followUpClosingNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPage($id: ID!) {\n    contactMember(id: $id) {\n      ...ContactState\n      campaign { id code name offerCode analysisCode }\n      member { id memberNo displayName phone phone2 }\n      salesperson { id displayName login code }\n      memberRemarks\n      logs(first: 20) { ...ContactLogPage }\n    }\n  }\n"): (typeof documents)["\n  query ContactPage($id: ID!) {\n    contactMember(id: $id) {\n      ...ContactState\n      campaign { id code name offerCode analysisCode }\n      member { id memberNo displayName phone phone2 }\n      salesperson { id displayName login code }\n      memberRemarks\n      logs(first: 20) { ...ContactLogPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPageOptions {\n    viewer { id branch { id timeZone } }\n    contactMethods(includeInactive: true, first: 100) { nodes { ...ContactMethodChoice } }\n    contactStatuses(includeInactive: true, first: 100) { nodes { ...ContactStatusChoice } }\n    presetNotes(first: 100) { nodes { id text } }\n  }\n"): (typeof documents)["\n  query ContactPageOptions {\n    viewer { id branch { id timeZone } }\n    contactMethods(includeInactive: true, first: 100) { nodes { ...ContactMethodChoice } }\n    contactStatuses(includeInactive: true, first: 100) { nodes { ...ContactStatusChoice } }\n    presetNotes(first: 100) { nodes { id text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPageState($id: ID!, $first: Int!) {\n    contactMember(id: $id) {\n      ...ContactState\n      logs(first: $first) { ...ContactLogPage }\n    }\n  }\n"): (typeof documents)["\n  query ContactPageState($id: ID!, $first: Int!) {\n    contactMember(id: $id) {\n      ...ContactState\n      logs(first: $first) { ...ContactLogPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreContactLogs($id: ID!, $after: String) {\n    contactMember(id: $id) { id logs(first: 20, after: $after) { ...ContactLogPage } }\n  }\n"): (typeof documents)["\n  query MoreContactLogs($id: ID!, $after: String) {\n    contactMember(id: $id) { id logs(first: 20, after: $after) { ...ContactLogPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactMemberComments($id: ID!, $after: String) {\n    contactMember(id: $id) { id memberComments(first: 10, after: $after) { ...MemberCommentPage } }\n  }\n"): (typeof documents)["\n  query ContactMemberComments($id: ID!, $after: String) {\n    contactMember(id: $id) { id memberComments(first: 10, after: $after) { ...MemberCommentPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactLog($input: ContactLogInput!) {\n    addContactLog(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AddContactLog($input: ContactLogInput!) {\n    addContactLog(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {\n    updateContactLog(id: $id, input: $input) { ...ContactLogItem }\n  }\n"): (typeof documents)["\n  mutation UpdateContactLog($id: ID!, $input: ContactLogUpdateInput!) {\n    updateContactLog(id: $id, input: $input) { ...ContactLogItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContactLog($id: ID!) {\n    deleteContactLog(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteContactLog($id: ID!) {\n    deleteContactLog(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {\n    endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { ...ContactState }\n  }\n"): (typeof documents)["\n  mutation EndFollowUp($contactMemberId: ID!, $closingNote: String!) {\n    endFollowUp(contactMemberId: $contactMemberId, closingNote: $closingNote) { ...ContactState }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffAccessRow on Staff {\n    id\n    code\n    login\n    displayName\n    branch { id name timeZone }\n    signInLockedUntil\n    liveSessionCount\n  }\n"): (typeof documents)["\n  fragment StaffAccessRow on Staff {\n    id\n    code\n    login\n    displayName\n    branch { id name timeZone }\n    signInLockedUntil\n    liveSessionCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccess($search: String, $first: Int!, $after: String) {\n    staffMembers(search: $search, first: $first, after: $after) {\n      edges { cursor node { ...StaffAccessRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query StaffAccess($search: String, $first: Int!, $after: String) {\n    staffMembers(search: $search, first: $first, after: $after) {\n      edges { cursor node { ...StaffAccessRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockStaffSignIn($staffId: ID!) {\n    unlockStaffSignIn(staffId: $staffId) { ...StaffAccessRow }\n  }\n"): (typeof documents)["\n  mutation UnlockStaffSignIn($staffId: ID!) {\n    unlockStaffSignIn(staffId: $staffId) { ...StaffAccessRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndStaffSessions($staffId: ID!) {\n    endStaffSessions(staffId: $staffId) { staff { ...StaffAccessRow } endedSessions }\n  }\n"): (typeof documents)["\n  mutation EndStaffSessions($staffId: ID!) {\n    endStaffSessions(staffId: $staffId) { staff { ...StaffAccessRow } endedSessions }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;