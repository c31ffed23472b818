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
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      endedSessions\n      staff { id mustChangePassword }\n    }\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  fragment AdminBranchRow on Branch {\n    id\n    code\n    name\n    label\n    phone\n    timeZone\n    open\n    closedAt\n    memberCount @include(if: $manage)\n  }\n": typeof types.AdminBranchRowFragmentDoc,
    "\n  fragment AdminBranchDetail on Branch {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    address\n    phone\n    timeZone\n    open\n    closedAt\n    closedBy { id displayName }\n  }\n": typeof types.AdminBranchDetailFragmentDoc,
    "\n  query AdminBranches($after: String, $manage: Boolean!) {\n    branches(first: 100, after: $after, includeClosed: true) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...AdminBranchRow }\n    }\n  }\n": typeof types.AdminBranchesDocument,
    "\n  query AdminBranch($id: ID!, $manage: Boolean!) {\n    branch(id: $id) {\n      ...AdminBranchDetail\n      memberCount @include(if: $manage)\n      activeStaffCount @include(if: $manage)\n    }\n  }\n": typeof types.AdminBranchDocument,
    "\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) { ...AdminBranchDetail }\n  }\n": typeof types.CreateBranchDocument,
    "\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) { ...AdminBranchDetail }\n  }\n": typeof types.UpdateBranchDocument,
    "\n  mutation CloseBranch($id: ID!) {\n    closeBranch(id: $id) { ...AdminBranchDetail }\n  }\n": typeof types.CloseBranchDocument,
    "\n  mutation ReopenBranch($id: ID!) {\n    reopenBranch(id: $id) { ...AdminBranchDetail }\n  }\n": typeof types.ReopenBranchDocument,
    "\n  fragment OperationLogRow on OperationLogEntry {\n    id\n    at\n    entityType\n    entityId\n    action\n    address\n    actor { id code displayName }\n    token { id name }\n    changes { field before after }\n  }\n": typeof types.OperationLogRowFragmentDoc,
    "\n  query OperationLog($filter: OperationLogFilterInput, $first: Int!, $after: String) {\n    operationLog(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { ...OperationLogRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OperationLogDocument,
    "\n  query OperationLogCount($filter: OperationLogFilterInput) {\n    operationLog(filter: $filter, first: 1) { totalCount }\n  }\n": typeof types.OperationLogCountDocument,
    "\n  query OperationLogChoices {\n    operationLogCatalogue { entityTypes actions }\n    staffMembers(first: 100) { nodes { id code displayName } }\n  }\n": typeof types.OperationLogChoicesDocument,
    "\n  mutation DeleteOffer($id: ID!) { deleteOffer(id: $id) { id } }\n": typeof types.DeleteOfferDocument,
    "\n  mutation DeleteTreatment($id: ID!) { deleteTreatment(id: $id) { id } }\n": typeof types.DeleteTreatmentDocument,
    "\n  mutation DeleteEquipment($id: ID!) { deleteEquipment(id: $id) { id } }\n": typeof types.DeleteEquipmentDocument,
    "\n  mutation DeleteRoom($id: ID!) { deleteRoom(id: $id) { id } }\n": typeof types.DeleteRoomDocument,
    "\n  mutation DeleteContactStatus($id: ID!) { deleteContactStatus(id: $id) { id } }\n": typeof types.DeleteContactStatusDocument,
    "\n  mutation DeleteContactMethod($id: ID!) { deleteContactMethod(id: $id) { id } }\n": typeof types.DeleteContactMethodDocument,
    "\n  mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }\n": typeof types.DeleteCampaignDocument,
    "\n  fragment RecycleBinRow on RecycleBinItem {\n    id type entityId label deletedAt purgeAt daysUntilPurge\n    deletedBy { id displayName code }\n  }\n": typeof types.RecycleBinRowFragmentDoc,
    "\n  query RecycleBinItems($type: RecycleBinType, $first: Int!, $after: String) {\n    recycleBinItems(type: $type, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...RecycleBinRow }\n    }\n  }\n": typeof types.RecycleBinItemsDocument,
    "\n  mutation RestoreRecycleBinItem($id: ID!) {\n    restoreRecycleBinItem(id: $id) { id type entityId label }\n  }\n": typeof types.RestoreRecycleBinItemDocument,
    "\n  mutation PurgeRecycleBinItem($id: ID!) {\n    purgeRecycleBinItem(id: $id) { id label }\n  }\n": typeof types.PurgeRecycleBinItemDocument,
    "\n  fragment AdminRoleRow on Role {\n    id\n    key\n    name\n    label\n    builtIn\n    permissions\n    staffCount\n  }\n": typeof types.AdminRoleRowFragmentDoc,
    "\n  fragment AdminRoleDetail on Role {\n    id\n    key\n    name\n    label\n    builtIn\n    translations { zhHK en zhCN th }\n    permissions\n    staffCount\n  }\n": typeof types.AdminRoleDetailFragmentDoc,
    "\n  query AdminRoles($after: String) {\n    roles(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...AdminRoleRow }\n    }\n  }\n": typeof types.AdminRolesDocument,
    "\n  query AdminRole($id: ID!) {\n    role(id: $id) { ...AdminRoleDetail }\n  }\n": typeof types.AdminRoleDocument,
    "\n  query PermissionCatalogue {\n    permissionCatalogue {\n      areas {\n        key\n        name\n        permissions { permission value name description grantable }\n      }\n    }\n  }\n": typeof types.PermissionCatalogueDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) { ...AdminRoleDetail }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) { ...AdminRoleDetail }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) { id name }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  fragment StaffAdminRow on Staff {\n    id\n    code\n    displayName\n    login\n    active\n    mustChangePassword\n    manageable\n    branch { id name }\n    salesGroup { id name }\n    roles { id key label }\n  }\n": typeof types.StaffAdminRowFragmentDoc,
    "\n  fragment StaffAdminDetail on Staff {\n    ...StaffAdminRow\n    memberReach\n    memberBranches { id }\n    passwordSetAt\n    createdAt\n  }\n": typeof types.StaffAdminDetailFragmentDoc,
    "\n  query StaffAdminList($filter: StaffAdminFilter, $first: Int!, $after: String) {\n    staffAdminList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...StaffAdminRow }\n    }\n  }\n": typeof types.StaffAdminListDocument,
    "\n  query StaffAdminChoices {\n    branches(first: 100, includeClosed: true) { nodes { id code label open } }\n    salesGroups(first: 100) { nodes { id name } }\n    roles(first: 100) { nodes { id key label } }\n    grantableRoles(first: 100) { nodes { id key label } }\n    systemSettings { passwordMinLength passwordRequireLettersAndDigits passwordRequireMixedCase passwordExpiryDays }\n  }\n": typeof types.StaffAdminChoicesDocument,
    "\n  query StaffAdminMember($id: ID!) {\n    staffAdminMember(id: $id) { ...StaffAdminDetail }\n    staffApiTokens(staffId: $id, first: 100) {\n      totalCount\n      nodes { id name tokenPrefix createdAt lastUsedAt revokedAt }\n    }\n  }\n": typeof types.StaffAdminMemberDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      initialPassword\n      staff { ...StaffAdminDetail }\n    }\n  }\n": typeof types.CreateStaffDocument,
    "\n  mutation UpdateStaff($id: ID!, $input: StaffInput!) {\n    updateStaff(id: $id, input: $input) { ...StaffAdminDetail }\n  }\n": typeof types.UpdateStaffDocument,
    "\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      endedSessions\n      revokedTokens\n      staff { ...StaffAdminDetail }\n    }\n  }\n": typeof types.DeactivateStaffDocument,
    "\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) { ...StaffAdminDetail }\n  }\n": typeof types.ReactivateStaffDocument,
    "\n  mutation ResetStaffPassword($id: ID!, $input: ResetStaffPasswordInput!) {\n    resetStaffPassword(id: $id, input: $input) {\n      initialPassword\n      endedSessions\n      staff { ...StaffAdminDetail }\n    }\n  }\n": typeof types.ResetStaffPasswordDocument,
    "\n  mutation RevokeStaffApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n": typeof types.RevokeStaffApiTokenDocument,
    "\n  fragment SystemSettingsValues on SystemSettings {\n    companyName\n    defaultLocale\n    currency\n    currencyDisplay\n    currencyDecimals\n    dateFormat\n    defaultTimeZone\n    passwordMinLength\n    passwordRequireLettersAndDigits\n    passwordRequireMixedCase\n    passwordExpiryDays\n    sessionLengthMinutes\n    uploadMaxBytes\n    recycleBinRetentionDays\n    version\n    logoUrl\n    logoMaxBytes\n  }\n": typeof types.SystemSettingsValuesFragmentDoc,
    "\n  query SystemSettingsPage {\n    systemSettings {\n      ...SystemSettingsValues\n    }\n  }\n": typeof types.SystemSettingsPageDocument,
    "\n  mutation UpdateSystemSettings($input: SystemSettingsInput!) {\n    updateSystemSettings(input: $input) {\n      ...SystemSettingsValues\n    }\n  }\n": typeof types.UpdateSystemSettingsDocument,
    "\n  mutation RemoveSystemLogo {\n    removeSystemLogo {\n      ...SystemSettingsValues\n    }\n  }\n": typeof types.RemoveSystemLogoDocument,
    "\n  fragment TreatmentSetting on Treatment {\n    id\n    code\n    name\n    series\n    durationMinutes\n    bufferMinutes\n    priceCents\n    equipmentCode\n    roomType\n    department { id label }\n    active\n  }\n": typeof types.TreatmentSettingFragmentDoc,
    "\n  fragment EquipmentSetting on Equipment {\n    id\n    code\n    name\n    count\n    active\n  }\n": typeof types.EquipmentSettingFragmentDoc,
    "\n  fragment RoomSetting on Room {\n    id\n    name\n    type\n    active\n  }\n": typeof types.RoomSettingFragmentDoc,
    "\n  fragment BranchHoursSetting on BranchHours {\n    id\n    weekday\n    opensAt\n    closesAt\n  }\n": typeof types.BranchHoursSettingFragmentDoc,
    "\n  fragment ClosedDaySetting on BranchClosedDay {\n    id\n    date\n    reason\n  }\n": typeof types.ClosedDaySettingFragmentDoc,
    "\n  fragment WorkScheduleSetting on WorkSchedule {\n    id\n    weekday\n    startTime\n    endTime\n    branch { id code }\n  }\n": typeof types.WorkScheduleSettingFragmentDoc,
    "\n  fragment ScheduleExceptionSetting on ScheduleException {\n    id\n    date\n    kind\n    startTime\n    endTime\n    note\n    branch { id code }\n  }\n": typeof types.ScheduleExceptionSettingFragmentDoc,
    "\n  fragment SettingsBranch on Branch {\n    id\n    code\n    name\n    timeZone\n  }\n": typeof types.SettingsBranchFragmentDoc,
    "\n  query AppointmentSettingsPage {\n    appointmentSettings { slotStepMinutes }\n  }\n": typeof types.AppointmentSettingsPageDocument,
    "\n  query SettingsBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...SettingsBranch }\n    }\n  }\n": typeof types.SettingsBranchesDocument,
    "\n  query TreatmentSettings($after: String) {\n    treatments(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TreatmentSetting }\n    }\n  }\n": typeof types.TreatmentSettingsDocument,
    "\n  query EquipmentCodes($after: String) {\n    equipment(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code }\n    }\n  }\n": typeof types.EquipmentCodesDocument,
    "\n  query BranchEquipment($branchId: ID!, $after: String) {\n    equipment(branchId: $branchId, includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...EquipmentSetting }\n    }\n  }\n": typeof types.BranchEquipmentDocument,
    "\n  query BranchRooms($branchId: ID!, $after: String) {\n    rooms(branchId: $branchId, includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...RoomSetting }\n    }\n  }\n": typeof types.BranchRoomsDocument,
    "\n  query BranchHoursSettings($branchId: ID!) {\n    branchHours(branchId: $branchId) { ...BranchHoursSetting }\n  }\n": typeof types.BranchHoursSettingsDocument,
    "\n  query BranchClosedDaySettings($branchId: ID!, $from: LocalDate, $after: String) {\n    branchClosedDays(branchId: $branchId, from: $from, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ClosedDaySetting }\n    }\n  }\n": typeof types.BranchClosedDaySettingsDocument,
    "\n  query ScheduleBeauticians($after: String) {\n    staffMembers(permission: AppointmentsPerformTreatments, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code displayName branch { id code } }\n    }\n  }\n": typeof types.ScheduleBeauticiansDocument,
    "\n  query WorkScheduleSettings($staffId: ID!) {\n    workSchedules(staffId: $staffId) { ...WorkScheduleSetting }\n  }\n": typeof types.WorkScheduleSettingsDocument,
    "\n  query ScheduleExceptionSettings($staffId: ID!, $from: LocalDate, $after: String) {\n    scheduleExceptions(staffId: $staffId, from: $from, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ScheduleExceptionSetting }\n    }\n  }\n": typeof types.ScheduleExceptionSettingsDocument,
    "\n  mutation UpdateAppointmentSettings($input: AppointmentSettingsInput!) {\n    updateAppointmentSettings(input: $input) { slotStepMinutes }\n  }\n": typeof types.UpdateAppointmentSettingsDocument,
    "\n  mutation CreateTreatment($input: TreatmentInput!) {\n    createTreatment(input: $input) { ...TreatmentSetting }\n  }\n": typeof types.CreateTreatmentDocument,
    "\n  mutation UpdateTreatment($id: ID!, $input: TreatmentInput!) {\n    updateTreatment(id: $id, input: $input) { ...TreatmentSetting }\n  }\n": typeof types.UpdateTreatmentDocument,
    "\n  mutation CreateEquipment($branchId: ID!, $input: EquipmentInput!) {\n    createEquipment(branchId: $branchId, input: $input) { ...EquipmentSetting }\n  }\n": typeof types.CreateEquipmentDocument,
    "\n  mutation UpdateEquipment($id: ID!, $input: EquipmentInput!) {\n    updateEquipment(id: $id, input: $input) { ...EquipmentSetting }\n  }\n": typeof types.UpdateEquipmentDocument,
    "\n  mutation CreateRoom($branchId: ID!, $input: RoomInput!) {\n    createRoom(branchId: $branchId, input: $input) { ...RoomSetting }\n  }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: RoomInput!) {\n    updateRoom(id: $id, input: $input) { ...RoomSetting }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  mutation SetBranchHours($branchId: ID!, $days: [BranchHoursInput!]!) {\n    setBranchHours(branchId: $branchId, days: $days) { ...BranchHoursSetting }\n  }\n": typeof types.SetBranchHoursDocument,
    "\n  mutation AddBranchClosedDay($branchId: ID!, $input: BranchClosedDayInput!) {\n    addBranchClosedDay(branchId: $branchId, input: $input) { ...ClosedDaySetting }\n  }\n": typeof types.AddBranchClosedDayDocument,
    "\n  mutation RemoveBranchClosedDay($id: ID!) {\n    removeBranchClosedDay(id: $id)\n  }\n": typeof types.RemoveBranchClosedDayDocument,
    "\n  mutation SetWorkSchedule($staffId: ID!, $branchId: ID!, $days: [WorkScheduleDayInput!]!) {\n    setWorkSchedule(staffId: $staffId, branchId: $branchId, days: $days) { ...WorkScheduleSetting }\n  }\n": typeof types.SetWorkScheduleDocument,
    "\n  mutation AddScheduleException($input: ScheduleExceptionInput!) {\n    addScheduleException(input: $input) { ...ScheduleExceptionSetting }\n  }\n": typeof types.AddScheduleExceptionDocument,
    "\n  mutation RemoveScheduleException($id: ID!) {\n    removeScheduleException(id: $id)\n  }\n": typeof types.RemoveScheduleExceptionDocument,
    "\n  fragment AppointmentBoardRow on Appointment {\n    id\n    status\n    startsAt\n    endsAt\n    note\n    analysisCode\n    attendanceNote\n    verificationNote\n    purchaseNote\n    arrivedAt\n    verifiedAt\n    minutesSinceArrival\n    member { id memberNo displayName phone consultant { id displayName code } }\n    beautician { id displayName code }\n    treatment { id name code }\n    equipment { id name code }\n    room { id name }\n  }\n": typeof types.AppointmentBoardRowFragmentDoc,
    "\n  query ArrivalBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    board: arrivalBoard(branchId: $branchId, date: $date, first: $first, after: $after) {\n      memberCount\n      appointmentCount\n      canVerify\n      now\n      today\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...AppointmentBoardRow } }\n    }\n  }\n": typeof types.ArrivalBoardDocument,
    "\n  query CompletionBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    board: completionBoard(branchId: $branchId, date: $date, first: $first, after: $after) {\n      memberCount\n      appointmentCount\n      canVerify\n      now\n      today\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...AppointmentBoardRow } }\n    }\n  }\n": typeof types.CompletionBoardDocument,
    "\n  fragment AppointmentAttendance on Appointment { id status arrivedAt verifiedAt minutesSinceArrival }\n": typeof types.AppointmentAttendanceFragmentDoc,
    "\n  mutation ArriveAppointment($id: ID!, $verify: Boolean!) {\n    arriveAppointment(id: $id, verify: $verify) { ...AppointmentAttendance }\n  }\n": typeof types.ArriveAppointmentDocument,
    "\n  mutation VerifyAttendance($id: ID!) {\n    verifyAttendance(id: $id) { ...AppointmentAttendance }\n  }\n": typeof types.VerifyAttendanceDocument,
    "\n  mutation MarkNoShow($id: ID!) {\n    markNoShow(id: $id) { ...AppointmentAttendance }\n  }\n": typeof types.MarkNoShowDocument,
    "\n  mutation CompleteAppointment($id: ID!) {\n    completeAppointment(id: $id) { ...AppointmentAttendance }\n  }\n": typeof types.CompleteAppointmentDocument,
    "\n  mutation SetAppointmentNotes($id: ID!, $input: AppointmentNotesInput!) {\n    setAppointmentNotes(id: $id, input: $input) { id attendanceNote verificationNote purchaseNote }\n  }\n": typeof types.SetAppointmentNotesDocument,
    "\n  fragment BookingBranch on Branch { id code name timeZone }\n": typeof types.BookingBranchFragmentDoc,
    "\n  fragment BookingStaff on Staff { id displayName code }\n": typeof types.BookingStaffFragmentDoc,
    "\n  fragment BookingTreatment on Treatment { id code name series durationMinutes }\n": typeof types.BookingTreatmentFragmentDoc,
    "\n  fragment BookingEquipment on Equipment { id code name }\n": typeof types.BookingEquipmentFragmentDoc,
    "\n  fragment BookedAppointment on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    version\n    note\n    offerCode\n    branch { id name timeZone }\n    beautician { ...BookingStaff }\n    equipment { ...BookingEquipment }\n    treatment { id code name }\n  }\n": typeof types.BookedAppointmentFragmentDoc,
    "\n  fragment SuggestedSlotItem on SuggestedSlot {\n    startsAt\n    endsAt\n    beautician { ...BookingStaff }\n    room { id name }\n    equipment { ...BookingEquipment }\n  }\n": typeof types.SuggestedSlotItemFragmentDoc,
    "\n  fragment SlotSuggestionResult on SlotSuggestionPage {\n    hasMore\n    endCursor\n    slots { ...SuggestedSlotItem }\n  }\n": typeof types.SlotSuggestionResultFragmentDoc,
    "\n  query BookingOptions {\n    viewer { id branch { id } }\n    branches(first: 100, includeClosed: false) { nodes { ...BookingBranch } }\n    treatments(first: 100) { nodes { ...BookingTreatment } }\n    treatmentSeries\n  }\n": typeof types.BookingOptionsDocument,
    "\n  query BookingBranchResources($branchId: ID!) {\n    beauticians(branchId: $branchId, first: 100) { nodes { ...BookingStaff } }\n    equipment(branchId: $branchId, first: 100) { nodes { ...BookingEquipment } }\n  }\n": typeof types.BookingBranchResourcesDocument,
    "\n  query BookingSuggestions($input: SlotSuggestionInput!) {\n    suggestSlots(input: $input) { ...SlotSuggestionResult }\n  }\n": typeof types.BookingSuggestionsDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) { ...BookedAppointment }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  mutation UpdateAppointment($id: ID!, $input: UpdateAppointmentInput!) {\n    updateAppointment(id: $id, input: $input) { ...BookedAppointment }\n  }\n": typeof types.UpdateAppointmentDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) { ...BookedAppointment }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  query ContactBooking($id: ID!) {\n    contactSettings { allowBooking }\n    contactMember(id: $id) { id appointment { ...BookedAppointment ...ContactBookingDetails } }\n  }\n": typeof types.ContactBookingDocument,
    "\n  fragment MemberAppointmentPage on AppointmentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...BookedAppointment } }\n  }\n": typeof types.MemberAppointmentPageFragmentDoc,
    "\n  query MemberAppointments($id: ID!, $after: String) {\n    member(id: $id) { id appointments(first: 20, after: $after) { ...MemberAppointmentPage } }\n  }\n": typeof types.MemberAppointmentsDocument,
    "\n  query MemberBookingPage($id: ID!) {\n    viewer { id branch { id timeZone } }\n    member(id: $id) {\n      id\n      memberNo\n      displayName\n      phone\n      phone2\n      appointments(first: 20) { ...MemberAppointmentPage }\n    }\n  }\n": typeof types.MemberBookingPageDocument,
    "\n  fragment MemberCampaignRow on MemberCampaign {\n    id\n    createdAt\n    campaign { id code name }\n    salesperson { id displayName code }\n    contactMember { id lastContactAt status { id label } lastLog { id note } }\n  }\n": typeof types.MemberCampaignRowFragmentDoc,
    "\n  query MemberBookingCampaigns($id: ID!) {\n    member(id: $id) { id campaigns(first: 30) { nodes { ...MemberCampaignRow } } }\n  }\n": typeof types.MemberBookingCampaignsDocument,
    "\n  fragment CalendarBeautician on Staff { id code displayName }\n": typeof types.CalendarBeauticianFragmentDoc,
    "\n  fragment CalendarBlock on Appointment {\n    id\n    version\n    status\n    startsAt\n    endsAt\n    member { id memberNo displayName }\n    treatment { id name }\n    room { id name }\n    beautician { id }\n  }\n": typeof types.CalendarBlockFragmentDoc,
    "\n  query BranchDay($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    branchDay(branchId: $branchId, date: $date) {\n      date\n      timeZone\n      opensAt\n      closesAt\n      closed\n      beauticians { ...CalendarBeautician }\n      appointments(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...CalendarBlock } }\n      }\n    }\n  }\n": typeof types.BranchDayDocument,
    "\n  mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) {\n    updateAppointment(id: $id, input: $input) { id version startsAt endsAt beautician { id } }\n  }\n": typeof types.MoveAppointmentDocument,
    "\n  query CalendarBookingMembers($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone phone2 isWalkIn } }\n  }\n": typeof types.CalendarBookingMembersDocument,
    "\n  query CalendarBookingTreatments {\n    treatments(first: 100) { nodes { ...BookingTreatment } }\n  }\n": typeof types.CalendarBookingTreatmentsDocument,
    "\n  fragment DayBranch on Branch { id code name timeZone }\n": typeof types.DayBranchFragmentDoc,
    "\n  query AppointmentDayBranches {\n    branches(first: 100) { nodes { ...DayBranch } }\n  }\n": typeof types.AppointmentDayBranchesDocument,
    "\n  query AppointmentDayCounts($branchId: ID!, $date: LocalDate!) {\n    arrivals: arrivalBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount memberCount }\n    completions: completionBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount }\n  }\n": typeof types.AppointmentDayCountsDocument,
    "\n  fragment CampaignOfferChoice on Offer {\n    id\n    code\n    name\n    analysisCode\n  }\n": typeof types.CampaignOfferChoiceFragmentDoc,
    "\n  fragment CampaignListRow on Campaign {\n    id\n    code\n    name\n    offerCode\n    analysisCode\n    memberCount\n    archived\n  }\n": typeof types.CampaignListRowFragmentDoc,
    "\n  query CampaignList($archived: Boolean!, $search: String, $after: String) {\n    campaigns(includeArchived: $archived, search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignListRow }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  query CampaignForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      name\n      details\n      startsOn\n      endsOn\n      archived\n      memberCount\n      offer { ...CampaignOfferChoice }\n    }\n  }\n": typeof types.CampaignFormDocument,
    "\n  query CampaignOffers($after: String) {\n    offers(marketingOnly: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignOfferChoice }\n    }\n  }\n": typeof types.CampaignOffersDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  fragment OfferSetting on Offer {\n    id\n    code\n    name\n    altCode\n    analysisCode\n    isMarketing\n    active\n    branchIds\n    memberGroupIds\n    interestGroupIds\n    departmentIds\n    birthdayMonthsBefore\n    birthdayMonthsAfter\n    validFrom\n    validTo\n    perMemberLimit\n    discountType\n    discountBasisPoints\n    fixedPriceCents\n    prepaidExpiryMonths\n  }\n": typeof types.OfferSettingFragmentDoc,
    "\n  query OfferFormChoices {\n    branches(first: 100) { nodes { id code label } }\n    memberGroups(first: 100) { nodes { id name } }\n    interestGroups(first: 100) { nodes { id name } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n": typeof types.OfferFormChoicesDocument,
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
    "\n  fragment AssignableCampaign on Campaign { id code name offerCode analysisCode }\n": typeof types.AssignableCampaignFragmentDoc,
    "\n  fragment AssignBranch on Branch { id code name }\n": typeof types.AssignBranchFragmentDoc,
    "\n  fragment AssignSalesperson on Staff { id code displayName }\n": typeof types.AssignSalespersonFragmentDoc,
    "\n  query AssignPage($selection: ID!) {\n    memberSelection(id: $selection) { id count }\n    branches(first: 100) { nodes { ...AssignBranch } }\n  }\n": typeof types.AssignPageDocument,
    "\n  query AssignCampaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      nodes { ...AssignableCampaign }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AssignCampaignsDocument,
    "\n  query AssignSalespeople($branchId: ID!) {\n    staffMembers(branchId: $branchId, permission: CampaignsReceiveContacts, first: 100) { nodes { ...AssignSalesperson } }\n  }\n": typeof types.AssignSalespeopleDocument,
    "\n  fragment AssignmentPreview on CampaignAssignmentPreview {\n    total alreadyInCampaign toAssign minPerSalesperson maxPerSalesperson\n    outsideBranch { outsideBranch salesperson { ...AssignSalesperson } }\n  }\n": typeof types.AssignmentPreviewFragmentDoc,
    "\n  query AssignPreview($input: CampaignAssignmentInput!) {\n    previewCampaignAssignment(input: $input) { ...AssignmentPreview }\n  }\n": typeof types.AssignPreviewDocument,
    "\n  fragment AssignmentJob on BulkJob { id status total processed error }\n": typeof types.AssignmentJobFragmentDoc,
    "\n  mutation AssignToCampaign($input: CampaignAssignmentInput!) {\n    assignToCampaign(input: $input) { ...AssignmentJob }\n  }\n": typeof types.AssignToCampaignDocument,
    "\n  query AssignmentProgress($id: ID!) {\n    bulkJob(id: $id) { ...AssignmentJob }\n  }\n": typeof types.AssignmentProgressDocument,
    "\n  mutation RetryAssignment($id: ID!) {\n    retryBulkJob(id: $id) { ...AssignmentJob }\n  }\n": typeof types.RetryAssignmentDocument,
    "\n  fragment ContactListRow on ContactMember {\n    id\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName phone phone2 }\n    salesperson { id code displayName }\n    status { id label }\n    lastLog { id note content method { id label } }\n    appointment {\n      id startsAt status note attendanceNote verificationNote purchaseNote verifiedAt\n      branch { id code }\n      verifiedBy { id code displayName }\n    }\n    successfulPurchase\n    sameDayPurchase {\n      date invoiceCents productCents treatmentCents\n      invoices { id number }\n      items { kind code description quantity }\n    }\n  }\n": typeof types.ContactListRowFragmentDoc,
    "\n  query ContactList($filter: ContactFilterInput, $sort: ContactSortInput, $first: Int, $after: String) {\n    contactMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...ContactListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ContactListDocument,
    "\n  query ContactListTotal($filter: ContactFilterInput) {\n    contactMembers(filter: $filter) { totalCount }\n  }\n": typeof types.ContactListTotalDocument,
    "\n  fragment CampaignChoice on Campaign { id code name offerCode analysisCode }\n": typeof types.CampaignChoiceFragmentDoc,
    "\n  fragment StaffChoice on Staff { id code displayName }\n": typeof types.StaffChoiceFragmentDoc,
    "\n  query ContactListOptions {\n    campaigns(first: 100, includeArchived: true) { nodes { ...CampaignChoice } }\n    contactSalespeople(first: 100) { nodes { ...StaffChoice } }\n    contactStatuses(first: 100) { nodes { id label } }\n    contactSettings {\n      invoiceThresholdCents productThresholdCents treatmentThresholdCents\n      showInvoicePurchases showProductPurchases showTreatmentPurchases successRuleEnabled\n    }\n  }\n": typeof types.ContactListOptionsDocument,
    "\n  query ReassignTargets {\n    staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...StaffChoice } }\n  }\n": typeof types.ReassignTargetsDocument,
    "\n  mutation ReassignContactMembers($ids: [ID!]!, $salespersonId: ID!) {\n    reassignContactMembers(ids: $ids, salespersonId: $salespersonId)\n  }\n": typeof types.ReassignContactMembersDocument,
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
    "\n  fragment ContactBookingDetails on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    note\n    attendanceNote\n    verificationNote\n    verifiedAt\n    branch { id code name timeZone }\n    verifiedBy { id displayName code }\n    beautician { id displayName code }\n    treatment { id code name }\n  }\n": typeof types.ContactBookingDetailsFragmentDoc,
    "\n  fragment HomeContactRow on ContactMember {\n    id\n    nextFollowUpAt\n    followUpState\n    createdAt\n    campaign { id code name }\n    member { id memberNo lastName firstName }\n  }\n": typeof types.HomeContactRowFragmentDoc,
    "\n  fragment HomeAppointmentRow on Appointment {\n    id\n    startsAt\n    status\n    branch { id code name timeZone }\n    contactMember { id member { id memberNo lastName firstName } }\n  }\n": typeof types.HomeAppointmentRowFragmentDoc,
    "\n  query SalespersonHome($me: [ID!]) {\n    notContacted: contactMembers(filter: { salespersonIds: $me, quick: NOT_CONTACTED }, sort: { field: ASSIGNED, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    myAppointmentsToday(first: 10) {\n      nodes { ...HomeAppointmentRow }\n      totalCount\n    }\n  }\n": typeof types.SalespersonHomeDocument,
    "\n  query ManagerHome {\n    overdueFollowUpsBySalesperson {\n      salesperson { id code displayName }\n      count\n    }\n    branchArrivalsToday {\n      branch { id code name }\n      date\n      booked\n      arrived\n      verified\n      noShow\n    }\n    activeCampaignProgress(first: 10) {\n      nodes {\n        campaign { id code name endsOn }\n        members\n        contacted\n        booked\n        arrived\n      }\n      totalCount\n    }\n  }\n": typeof types.ManagerHomeDocument,
    "\n  fragment CouponRow on Coupon {\n    id\n    code\n    status\n    validFrom\n    validTo\n    issuedAt\n    redeemedAt\n    discountCents\n    voidReason\n    invoiceId\n    type { id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }\n    member { id memberNo displayName }\n  }\n": typeof types.CouponRowFragmentDoc,
    "\n  query MemberCoupons($memberId: ID!, $statuses: [CouponStatus!], $first: Int!, $after: String) {\n    memberCoupons(memberId: $memberId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      nodes { ...CouponRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MemberCouponsDocument,
    "\n  fragment CouponTypeFields on CouponType {\n    id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents\n    productIds treatmentIds categoryIds departmentIds validDays validFrom validTo active\n  }\n": typeof types.CouponTypeFieldsFragmentDoc,
    "\n  query CouponTypes($activeOnly: Boolean!, $first: Int!) {\n    couponTypes(activeOnly: $activeOnly, first: $first) { nodes { ...CouponTypeFields } }\n  }\n": typeof types.CouponTypesDocument,
    "\n  mutation CreateCouponType($input: CouponTypeInput!) {\n    createCouponType(input: $input) { ...CouponTypeFields }\n  }\n": typeof types.CreateCouponTypeDocument,
    "\n  mutation UpdateCouponType($id: ID!, $input: CouponTypeInput!) {\n    updateCouponType(id: $id, input: $input) { ...CouponTypeFields }\n  }\n": typeof types.UpdateCouponTypeDocument,
    "\n  mutation IssueCoupon($memberId: ID!, $typeId: ID!, $idempotencyKey: String!) {\n    issueCoupon(memberId: $memberId, typeId: $typeId, idempotencyKey: $idempotencyKey) { ...CouponRow }\n  }\n": typeof types.IssueCouponDocument,
    "\n  mutation VoidCoupon($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    voidCoupon(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...CouponRow }\n  }\n": typeof types.VoidCouponDocument,
    "\n  query Coupons($filter: CouponFilterInput, $first: Int!, $after: String) {\n    coupons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { ...CouponRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CouponsDocument,
    "\n  query CouponReport($from: DateTimeISO!, $before: DateTimeISO!) {\n    couponReport(from: $from, before: $before) { type { id code name } issued redeemed expired voided discountCents }\n  }\n": typeof types.CouponReportDocument,
    "\n  query CouponTypeChoices {\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n    productCategories(first: 100, includeInactive: true) { nodes { id code label } }\n  }\n": typeof types.CouponTypeChoicesDocument,
    "\n  mutation IssueCouponsToSelection($selectionId: ID!, $typeId: ID!) {\n    issueCouponsToSelection(selectionId: $selectionId, typeId: $typeId) { id status total processed skipped error }\n  }\n": typeof types.IssueCouponsToSelectionDocument,
    "\n  query CouponIssueJob($id: ID!) {\n    bulkJob(id: $id) { id status total processed skipped error }\n  }\n": typeof types.CouponIssueJobDocument,
    "\n  fragment GiftCategoryRow on GiftCategory {\n    id\n    code\n    name\n    sortOrder\n    active\n  }\n": typeof types.GiftCategoryRowFragmentDoc,
    "\n  fragment GiftRow on Gift {\n    id\n    code\n    name\n    categoryId\n    category { id name }\n    pointsPrice\n    description\n    active\n    stock { onHand branch { id code name } }\n  }\n": typeof types.GiftRowFragmentDoc,
    "\n  query GiftCategories($after: String) {\n    giftCategories(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...GiftCategoryRow }\n    }\n  }\n": typeof types.GiftCategoriesDocument,
    "\n  query Gifts($after: String) {\n    gifts(first: 40, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...GiftRow }\n    }\n  }\n": typeof types.GiftsDocument,
    "\n  query GiftBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name }\n    }\n  }\n": typeof types.GiftBranchesDocument,
    "\n  mutation CreateGiftCategory($input: GiftCategoryInput!) {\n    createGiftCategory(input: $input) { ...GiftCategoryRow }\n  }\n": typeof types.CreateGiftCategoryDocument,
    "\n  mutation UpdateGiftCategory($id: ID!, $input: GiftCategoryInput!) {\n    updateGiftCategory(id: $id, input: $input) { ...GiftCategoryRow }\n  }\n": typeof types.UpdateGiftCategoryDocument,
    "\n  mutation CreateGift($input: GiftInput!) {\n    createGift(input: $input) { ...GiftRow }\n  }\n": typeof types.CreateGiftDocument,
    "\n  mutation UpdateGift($id: ID!, $input: GiftInput!) {\n    updateGift(id: $id, input: $input) { ...GiftRow }\n  }\n": typeof types.UpdateGiftDocument,
    "\n  mutation MoveGiftStock($input: GiftStockMoveInput!) {\n    moveGiftStock(input: $input) { onHand branch { id } }\n  }\n": typeof types.MoveGiftStockDocument,
    "\n  query GiftStockMovements($giftId: ID!, $after: String) {\n    giftStockMovements(giftId: $giftId, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind quantity note createdAt branch { id code name } staff { id displayName } }\n    }\n  }\n": typeof types.GiftStockMovementsDocument,
    "\n  query RedeemableGifts($branchId: ID!, $after: String) {\n    gifts(activeOnly: true, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name pointsPrice category { id name } stockAt(branchId: $branchId) }\n    }\n  }\n": typeof types.RedeemableGiftsDocument,
    "\n  query MemberGiftRedemptions($memberId: ID!, $first: Int!, $after: String) {\n    memberGiftRedemptions(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id quantity points status createdAt cancelledAt gift { id code name } branch { id name } staff { id displayName } }\n    }\n  }\n": typeof types.MemberGiftRedemptionsDocument,
    "\n  mutation RedeemGift($input: RedeemGiftInput!) {\n    redeemGift(input: $input) { id quantity points }\n  }\n": typeof types.RedeemGiftDocument,
    "\n  mutation CancelGiftRedemption($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    cancelGiftRedemption(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status cancelledAt }\n  }\n": typeof types.CancelGiftRedemptionDocument,
    "\n  fragment PointsRuleSetting on PointsRule {\n    id\n    code\n    name\n    active\n    effect\n    multiplierBasisPoints\n    pointsPer100\n    priority\n    branchIds\n    memberGroupIds\n    productIds\n    treatmentIds\n    categoryIds\n    departmentIds\n    weekdays\n    birthdayMonthOnly\n    validFrom\n    validTo\n  }\n": typeof types.PointsRuleSettingFragmentDoc,
    "\n  query PointsRules($after: String) {\n    pointsRules(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsRuleSetting }\n    }\n  }\n": typeof types.PointsRulesDocument,
    "\n  query PointsRuleChoices {\n    branches(first: 100) { nodes { id code label } }\n    memberGroups(first: 100) { nodes { id name } }\n    productCategories(first: 100, includeInactive: true) { nodes { id code label } }\n  }\n": typeof types.PointsRuleChoicesDocument,
    "\n  query PointsRuleItemChoices {\n    products(first: 100) { nodes { id code label } }\n    treatments(first: 100, includeInactive: true) { nodes { id code name } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n": typeof types.PointsRuleItemChoicesDocument,
    "\n  mutation CreatePointsRule($input: PointsRuleInput!) {\n    createPointsRule(input: $input) { ...PointsRuleSetting }\n  }\n": typeof types.CreatePointsRuleDocument,
    "\n  mutation UpdatePointsRule($id: ID!, $input: PointsRuleInput!) {\n    updatePointsRule(id: $id, input: $input) { ...PointsRuleSetting }\n  }\n": typeof types.UpdatePointsRuleDocument,
    "\n  mutation DeletePointsRule($id: ID!) {\n    deletePointsRule(id: $id) { id }\n  }\n": typeof types.DeletePointsRuleDocument,
    "\n  fragment PointsEntryRow on PointsEntry {\n    id\n    kind\n    points\n    balanceAfter\n    reason\n    createdAt\n    staff { id displayName }\n    branch { id name }\n    invoice { id number }\n    gift { id code name }\n    referredMember { id memberNo displayName }\n    expiredLot { id earnedAt points }\n    basis {\n      __typename\n      ... on EarningBasis {\n        levelName\n        levelPointsPer100\n        lines { position code description amountCents pointsPer100 multiplierBasisPoints points rules { code name effect } }\n      }\n      ... on ReferralBasis { shareBasisPoints sourcePoints }\n      ... on ReversalBasis { reversedPoints shortfallPoints lines { position returnedQuantity soldQuantity points } }\n    }\n  }\n": typeof types.PointsEntryRowFragmentDoc,
    "\n  query MemberPoints($memberId: ID!, $first: Int!, $after: String) {\n    memberPoints(memberId: $memberId) {\n      memberId\n      balance\n      earnedTotal\n      rank\n      expiring { expiresAt points }\n    }\n    pointsEntries(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsEntryRow }\n    }\n  }\n": typeof types.MemberPointsDocument,
    "\n  query MorePointsEntries($memberId: ID!, $first: Int!, $after: String) {\n    pointsEntries(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsEntryRow }\n    }\n  }\n": typeof types.MorePointsEntriesDocument,
    "\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) { id points balanceAfter }\n  }\n": typeof types.AdjustPointsDocument,
    "\n  query LoyaltySettingsPage {\n    loyaltySettings { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }\n  }\n": typeof types.LoyaltySettingsPageDocument,
    "\n  mutation UpdateLoyaltySettings($input: LoyaltySettingsInput!) {\n    updateLoyaltySettings(input: $input) { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }\n  }\n": typeof types.UpdateLoyaltySettingsDocument,
    "\n  fragment LevelChangeRow on MemberLevelChange {\n    id reason spendCents createdAt\n    fromGroup { id name upgradeWithinMonths }\n    toGroup { id name upgradeWithinMonths }\n    invoice { id number }\n    staff { id displayName }\n  }\n": typeof types.LevelChangeRowFragmentDoc,
    "\n  query MemberLevelChanges($memberId: ID!, $first: Int!, $after: String) {\n    memberLevelChanges(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      nodes { ...LevelChangeRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MemberLevelChangesDocument,
    "\n  query FormBranches {\n    branches(first: 100) { nodes { id name timeZone } }\n  }\n": typeof types.FormBranchesDocument,
    "\n  query FormMemberGroups {\n    memberGroups(first: 100) { nodes { id name isDeletedGroup } }\n  }\n": typeof types.FormMemberGroupsDocument,
    "\n  query FormInterestGroups {\n    interestGroups(first: 100) { nodes { id name } }\n  }\n": typeof types.FormInterestGroupsDocument,
    "\n  fragment MemberFormCustomField on CustomField {\n    id\n    key\n    label\n    type\n    maxLength\n    options\n    defaultValue\n    required\n  }\n": typeof types.MemberFormCustomFieldFragmentDoc,
    "\n  query FormCustomFields {\n    customFields(first: 100) { nodes { ...MemberFormCustomField } }\n  }\n": typeof types.FormCustomFieldsDocument,
    "\n  fragment MemberSummary on Member {\n    id\n    memberNo\n    displayName\n    phone\n    branch { id name }\n  }\n": typeof types.MemberSummaryFragmentDoc,
    "\n  fragment MemberFormMember on Member {\n    id\n    memberNo\n    lastName\n    firstName\n    englishName\n    displayName\n    gender\n    idCard\n    phone\n    phone2\n    email\n    birthday\n    address\n    remarks\n    isWalkIn\n    branch { id }\n    group { id }\n    consultant { id displayName code }\n    referrer { ...MemberSummary }\n    interestGroups { id }\n    customFieldValues { value field { id } }\n  }\n": typeof types.MemberFormMemberFragmentDoc,
    "\n  query MemberFormData($id: ID!) {\n    member(id: $id) { ...MemberFormMember }\n  }\n": typeof types.MemberFormDataDocument,
    "\n  query Consultants($branchId: ID!) {\n    staffMembers(branchId: $branchId, first: 100) { nodes { id displayName code } }\n  }\n": typeof types.ConsultantsDocument,
    "\n  query DuplicatePhone($phone: String!, $excludeMemberId: ID) {\n    duplicatePhoneMembers(phone: $phone, excludeMemberId: $excludeMemberId, first: 10) {\n      totalCount\n      nodes { ...MemberSummary }\n    }\n  }\n": typeof types.DuplicatePhoneDocument,
    "\n  query ReferrerLookup($term: String!) {\n    quickLookup(term: $term, first: 6) { nodes { ...MemberSummary } }\n  }\n": typeof types.ReferrerLookupDocument,
    "\n  fragment SavedMember on Member {\n    id\n    memberNo\n  }\n": typeof types.SavedMemberFragmentDoc,
    "\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) { ...SavedMember }\n  }\n": typeof types.RegisterMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) { ...SavedMember }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation ConvertWalkIn($id: ID!, $input: RegisterMemberInput!) {\n    convertWalkIn(id: $id, input: $input) { ...SavedMember }\n  }\n": typeof types.ConvertWalkInDocument,
    "\n  mutation CreateWalkIn($input: CreateWalkInInput!) {\n    createWalkIn(input: $input) { ...SavedMember }\n  }\n": typeof types.CreateWalkInDocument,
    "\n  fragment MemberCommentItem on MemberComment {\n    id\n    body\n    createdAt\n    author { displayName }\n  }\n": typeof types.MemberCommentItemFragmentDoc,
    "\n  fragment MemberCommentsPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { ...MemberCommentItem }\n  }\n": typeof types.MemberCommentsPageFragmentDoc,
    "\n  query MoreMemberComments($id: ID!, $after: String) {\n    member(id: $id) { id comments(first: 20, after: $after) { ...MemberCommentsPage } }\n  }\n": typeof types.MoreMemberCommentsDocument,
    "\n  mutation AddMemberComment($memberId: ID!, $body: String!) {\n    addMemberComment(memberId: $memberId, body: $body) { ...MemberCommentItem }\n  }\n": typeof types.AddMemberCommentDocument,
    "\n  fragment MemberHistoryRow on MemberHistoryEntry {\n    id\n    kind\n    at\n    appointment {\n      id status\n      branch { id label timeZone }\n      beautician { id displayName code }\n      treatment { id name }\n    }\n    campaign { id code name }\n    invoice { id number status totalCents branch { id label currency timeZone } }\n    salesReturn { id number totalCents reason branch { id label currency timeZone } }\n    returnedInvoiceId\n    contactLog { id note content method { id label } status { id label } createdBy { id displayName code } }\n    contactMemberId\n    levelChange { ...LevelChangeRow }\n  }\n": typeof types.MemberHistoryRowFragmentDoc,
    "\n  query MemberHistory($memberId: ID!, $first: Int!, $after: String, $kinds: [MemberHistoryKind!]) {\n    memberHistory(memberId: $memberId, first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MemberHistoryRow }\n    }\n  }\n": typeof types.MemberHistoryDocument,
    "\n  fragment MemberProfile on Member {\n    id memberNo lastName firstName englishName displayName gender idCard phone phone2 email birthday address remarks isWalkIn createdAt\n    branch { id name currency }\n    consultant { id displayName code }\n    referrer { id memberNo displayName }\n  }\n": typeof types.MemberProfileFragmentDoc,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) { ...MemberProfile }\n  }\n": typeof types.MemberPageDocument,
    "\n  fragment MemberLevelDetails on Member {\n    id\n    level { id name discountPercent pointsPer100 topUpBonusPercent upgradeSpendCents upgradeWithinMonths }\n    interestGroups { id name }\n    customFieldValues { value field { id label type } }\n  }\n": typeof types.MemberLevelDetailsFragmentDoc,
    "\n  query MemberPageLevel($id: ID!) {\n    member(id: $id) { ...MemberLevelDetails }\n  }\n": typeof types.MemberPageLevelDocument,
    "\n  query MemberPageComments($id: ID!) {\n    member(id: $id) { id comments(first: 20) { ...MemberCommentsPage } }\n  }\n": typeof types.MemberPageCommentsDocument,
    "\n  fragment MemberAuditEntry on AuditLogEntry {\n    id action at before after\n    actor { id displayName code }\n  }\n": typeof types.MemberAuditEntryFragmentDoc,
    "\n  fragment MemberAuditPage on AuditLogEntryConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...MemberAuditEntry } }\n  }\n": typeof types.MemberAuditPageFragmentDoc,
    "\n  query MemberPageAudit($id: ID!) {\n    member(id: $id) { id auditLog(first: 50) { ...MemberAuditPage } }\n  }\n": typeof types.MemberPageAuditDocument,
    "\n  query MoreMemberAudit($id: ID!, $after: String) {\n    member(id: $id) { id auditLog(first: 50, after: $after) { ...MemberAuditPage } }\n  }\n": typeof types.MoreMemberAuditDocument,
    "\n  fragment MemberCampaignItem on MemberCampaign {\n    campaign { id code name }\n    salesperson { id displayName code }\n  }\n": typeof types.MemberCampaignItemFragmentDoc,
    "\n  query MemberPageCampaigns($id: ID!) {\n    member(id: $id) { id campaigns(first: 50) { totalCount nodes { ...MemberCampaignItem } } }\n  }\n": typeof types.MemberPageCampaignsDocument,
    "\n  mutation DeleteMember($id: ID!) {\n    deleteMember(id: $id) { id memberNo }\n  }\n": typeof types.DeleteMemberDocument,
    "\n  fragment MemberSearchRow on Member {\n    id\n    memberNo\n    displayName\n    phone\n    phone2\n    email\n    isWalkIn\n    createdAt\n    group { id name }\n    branch { id code name }\n  }\n": typeof types.MemberSearchRowFragmentDoc,
    "\n  query MemberSearchPage($filter: MemberFilterInput, $sort: MemberSortInput, $first: Int!, $after: String) {\n    memberSearch(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...MemberSearchRow } }\n    }\n  }\n": typeof types.MemberSearchPageDocument,
    "\n  fragment SearchStaffChoice on Staff { id code displayName }\n": typeof types.SearchStaffChoiceFragmentDoc,
    "\n  fragment SearchCustomField on CustomField { id label type options }\n": typeof types.SearchCustomFieldFragmentDoc,
    "\n  query SearchBranches { branches(first: 100) { nodes { id code name } } }\n": typeof types.SearchBranchesDocument,
    "\n  query SearchGroups { memberGroups(first: 100) { nodes { id name } } }\n": typeof types.SearchGroupsDocument,
    "\n  query SearchCampaigns { campaigns(first: 100, includeArchived: true) { nodes { id code name } } }\n": typeof types.SearchCampaignsDocument,
    "\n  query SearchSalespeople { staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...SearchStaffChoice } } }\n": typeof types.SearchSalespeopleDocument,
    "\n  query SearchManagers { staffMembers(permission: ContactsSupervise, first: 100) { nodes { ...SearchStaffChoice } } }\n": typeof types.SearchManagersDocument,
    "\n  query SearchInterestGroups { interestGroups(first: 100) { nodes { id name } } }\n": typeof types.SearchInterestGroupsDocument,
    "\n  query SearchCustomFields { customFields(first: 100) { nodes { ...SearchCustomField } } }\n": typeof types.SearchCustomFieldsDocument,
    "\n  fragment BulkJobProgress on BulkJob { id status total processed skipped error }\n": typeof types.BulkJobProgressFragmentDoc,
    "\n  mutation SaveMemberSelection($input: MemberSelectionInput!) {\n    saveMemberSelection(input: $input) { id count }\n  }\n": typeof types.SaveMemberSelectionDocument,
    "\n  mutation StartBulkMemberAction($input: BulkMemberActionInput!) {\n    startBulkMemberAction(input: $input) { ...BulkJobProgress }\n  }\n": typeof types.StartBulkMemberActionDocument,
    "\n  query BulkJobProgress($id: ID!) {\n    bulkJob(id: $id) { ...BulkJobProgress }\n  }\n": typeof types.BulkJobProgressDocument,
    "\n  mutation RetryBulkJob($id: ID!) {\n    retryBulkJob(id: $id) { ...BulkJobProgress }\n  }\n": typeof types.RetryBulkJobDocument,
    "\n  fragment StoredValueEntryRow on StoredValueEntry {\n    id\n    kind\n    amountCents\n    paidCents\n    bonusCents\n    balanceAfterCents\n    reason\n    createdAt\n    staff { id displayName }\n    branch { id name }\n    invoice { id number }\n    prepaidSale { id number }\n  }\n": typeof types.StoredValueEntryRowFragmentDoc,
    "\n  fragment AccountPackageRow on MemberPackage {\n    id\n    name\n    kind\n    sessionsTotal\n    sessionsRemaining\n    valueCents\n    remainingCents\n    status\n    validTo\n    expired\n    usable\n    soldAt\n  }\n": typeof types.AccountPackageRowFragmentDoc,
    "\n  fragment AccountInstalmentRow on Instalment {\n    id\n    sequence\n    dueDate\n    amountCents\n    paidCents\n    outstandingCents\n    overdue\n    paidAt\n    prepaidSale { id number }\n  }\n": typeof types.AccountInstalmentRowFragmentDoc,
    "\n  query MemberAccount($memberId: ID!, $first: Int!, $packages: Int!, $coupons: Int!) {\n    member(id: $memberId) { id branch { id currency } }\n    systemSettings { currencyDisplay currencyDecimals }\n    memberAccount(memberId: $memberId) {\n      memberId\n      today\n      storedValue { balanceCents paidInCents bonusInCents }\n      storedValueEntries(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...StoredValueEntryRow }\n      }\n      packages(first: $packages) {\n        totalCount\n        nodes { ...AccountPackageRow }\n      }\n      instalmentsOutstandingCents\n      instalments { ...AccountInstalmentRow }\n      points { memberId balance expiring { expiresAt points } }\n      coupons(first: $coupons, statuses: [ISSUED]) {\n        totalCount\n        nodes { id code validTo type { id name } }\n      }\n    }\n  }\n": typeof types.MemberAccountDocument,
    "\n  query MoreStoredValueEntries($memberId: ID!, $first: Int!, $after: String) {\n    memberAccount(memberId: $memberId) {\n      memberId\n      storedValueEntries(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...StoredValueEntryRow }\n      }\n    }\n  }\n": typeof types.MoreStoredValueEntriesDocument,
    "\n  query AccountPackageLedger($id: ID!, $first: Int!) {\n    memberPackage(id: $id) {\n      id\n      entries(first: $first) {\n        totalCount\n        nodes {\n          id\n          kind\n          sessions\n          valueCents\n          sessionsAfter\n          remainingAfterCents\n          reason\n          createdAt\n          staff { id displayName }\n          treatment { id name }\n          invoice { id number }\n        }\n      }\n    }\n  }\n": typeof types.AccountPackageLedgerDocument,
    "\n  query MemberInstalments($memberId: ID!) {\n    member(id: $memberId) { id branch { id currency } }\n    systemSettings { currencyDisplay currencyDecimals }\n    memberAccount(memberId: $memberId) {\n      memberId\n      today\n      instalmentsOutstandingCents\n      instalments(all: true) { ...AccountInstalmentRow }\n    }\n  }\n": typeof types.MemberInstalmentsDocument,
    "\n  fragment MemberCardRow on MemberCard {\n    id\n    cardNumber\n    status\n    hasPin\n    issuedAt\n    lockedAt\n    reason\n    updatedAt\n    replacedBy { id cardNumber }\n  }\n": typeof types.MemberCardRowFragmentDoc,
    "\n  query MemberCards($memberId: ID!) {\n    memberCards(memberId: $memberId) { ...MemberCardRow }\n  }\n": typeof types.MemberCardsDocument,
    "\n  mutation IssueMemberCard($input: IssueMemberCardInput!) {\n    issueMemberCard(input: $input) { ...MemberCardRow }\n  }\n": typeof types.IssueMemberCardDocument,
    "\n  mutation SetMemberCardPin($input: SetMemberCardPinInput!) {\n    setMemberCardPin(input: $input) { ...MemberCardRow }\n  }\n": typeof types.SetMemberCardPinDocument,
    "\n  mutation LockMemberCard($input: LockMemberCardInput!) {\n    lockMemberCard(input: $input) { ...MemberCardRow }\n  }\n": typeof types.LockMemberCardDocument,
    "\n  mutation UnlockMemberCard($input: UnlockMemberCardInput!) {\n    unlockMemberCard(input: $input) { ...MemberCardRow }\n  }\n": typeof types.UnlockMemberCardDocument,
    "\n  mutation ReplaceMemberCard($input: ReplaceMemberCardInput!) {\n    replaceMemberCard(input: $input) { ...MemberCardRow }\n  }\n": typeof types.ReplaceMemberCardDocument,
    "\n  query PrepaidCounterSetup {\n    viewer { id branch { id currency } }\n    branches(includeClosed: false, first: 100) { nodes { id label currency } }\n    tenderTypes(first: 100) { nodes { id code label kind givesChange } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n": typeof types.PrepaidCounterSetupDocument,
    "\n  fragment InstalmentRow on Instalment {\n    id\n    sequence\n    dueDate\n    amountCents\n    paidCents\n    outstandingCents\n    overdue\n    member { id memberNo displayName }\n    prepaidSale { id number memberPackage { id name } }\n  }\n": typeof types.InstalmentRowFragmentDoc,
    "\n  query PrepaidCounterMember($memberId: ID!, $first: Int!) {\n    memberAccount(memberId: $memberId) { memberId storedValue { balanceCents } }\n    instalments(memberId: $memberId, first: $first) { nodes { ...InstalmentRow } }\n  }\n": typeof types.PrepaidCounterMemberDocument,
    "\n  query PrepaidInstalments($status: InstalmentStatusFilter!, $branchId: ID, $first: Int!, $after: String) {\n    instalments(status: $status, branchId: $branchId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InstalmentRow }\n    }\n  }\n": typeof types.PrepaidInstalmentsDocument,
    "\n  query TopUpQuote($memberId: ID!, $amountCents: Int!) {\n    topUpQuote(memberId: $memberId, amountCents: $amountCents) { paidCents bonusPercent bonusCents totalCents }\n  }\n": typeof types.TopUpQuoteDocument,
    "\n  mutation TopUp($input: TopUpInput!) {\n    topUp(input: $input) { changeCents prepaidSale { id number } entry { id amountCents paidCents bonusCents balanceAfterCents } }\n  }\n": typeof types.TopUpDocument,
    "\n  mutation RefundStoredValue($input: RefundStoredValueInput!) {\n    refundStoredValue(input: $input) { prepaidSale { id number } entry { id amountCents balanceAfterCents } }\n  }\n": typeof types.RefundStoredValueDocument,
    "\n  mutation PayInstalment($input: PayInstalmentInput!) {\n    payInstalment(input: $input) { ...InstalmentRow paidAt }\n  }\n": typeof types.PayInstalmentDocument,
    "\n  fragment PackageTypeFields on PackageType {\n    id\n    code\n    name\n    kind\n    sessions\n    valueCents\n    priceCents\n    validityMonths\n    active\n    treatmentsAny\n    treatments { id code name priceCents }\n  }\n": typeof types.PackageTypeFieldsFragmentDoc,
    "\n  query PackageTypes($active: Boolean, $search: String, $first: Int, $after: String) {\n    packageTypes(active: $active, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PackageTypeFields }\n    }\n  }\n": typeof types.PackageTypesDocument,
    "\n  query PackageValueSuggestion($treatmentIds: [ID!]!) {\n    packageValueSuggestion(treatmentIds: $treatmentIds)\n  }\n": typeof types.PackageValueSuggestionDocument,
    "\n  mutation CreatePackageType($input: PackageTypeInput!) {\n    createPackageType(input: $input) { ...PackageTypeFields }\n  }\n": typeof types.CreatePackageTypeDocument,
    "\n  mutation UpdatePackageType($id: ID!, $input: PackageTypeInput!) {\n    updatePackageType(id: $id, input: $input) { ...PackageTypeFields }\n  }\n": typeof types.UpdatePackageTypeDocument,
    "\n  mutation SetPackageTypeActive($id: ID!, $active: Boolean!) {\n    setPackageTypeActive(id: $id, active: $active) { id active }\n  }\n": typeof types.SetPackageTypeActiveDocument,
    "\n  query PackageTreatmentSearch($search: String, $first: Int) {\n    treatments(search: $search, first: $first) { nodes { id code name priceCents } }\n  }\n": typeof types.PackageTreatmentSearchDocument,
    "\n  query SellPackageSetup {\n    viewer { id branch { id timeZone } }\n    tenderTypes(first: 100) { nodes { id code label kind active } }\n  }\n": typeof types.SellPackageSetupDocument,
    "\n  mutation SellPackage($input: SellPackageInput!) {\n    sellPackage(input: $input) { id name validTo prepaidSale { id number } }\n  }\n": typeof types.SellPackageDocument,
    "\n  query MemberPackageActions($id: ID!) {\n    viewer { id branch { id } }\n    memberPackage(id: $id) { id name kind status sessionsRemaining usable treatmentsAny treatments { id code name } }\n    tenderTypes(first: 100) { nodes { id code label kind active } }\n  }\n": typeof types.MemberPackageActionsDocument,
    "\n  query UsableSessionPackages($memberId: ID!, $treatmentId: ID) {\n    usableMemberPackages(memberId: $memberId, treatmentId: $treatmentId, kind: SESSIONS) { id name sessionsRemaining validTo }\n  }\n": typeof types.UsableSessionPackagesDocument,
    "\n  mutation UseSession($input: UseSessionInput!) {\n    useSession(input: $input) { id sessionsAfter }\n  }\n": typeof types.UseSessionDocument,
    "\n  mutation AddSessions($input: AddSessionsInput!) {\n    addSessions(input: $input) { id sessionsAfter }\n  }\n": typeof types.AddSessionsDocument,
    "\n  mutation RefundPackage($input: RefundPackageInput!) {\n    refundPackage(input: $input) { id number amountCents }\n  }\n": typeof types.RefundPackageDocument,
    "\n  fragment QuickLookupRow on Member { id memberNo displayName phone phone2 isWalkIn branch { id code name } }\n": typeof types.QuickLookupRowFragmentDoc,
    "\n  query QuickLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { ...QuickLookupRow } }\n  }\n": typeof types.QuickLookupDocument,
    "\n  fragment AnalysisStatusCell on ReportStatusCell { statusId count ratio }\n": typeof types.AnalysisStatusCellFragmentDoc,
    "\n  fragment AnalysisOutcomes on AppointmentOutcomes { booked arrived verified noShow cancelled }\n": typeof types.AnalysisOutcomesFragmentDoc,
    "\n  fragment AnalysisSales on CampaignAnalysisSales { bookedContacts successful successRatio invoiceCents productCents treatmentCents }\n": typeof types.AnalysisSalesFragmentDoc,
    "\n  fragment AnalysisStatusColumn on ContactStatus { id key label }\n": typeof types.AnalysisStatusColumnFragmentDoc,
    "\n  fragment AnalysisRow on CampaignAnalysisRow {\n    key code name total\n    cells { ...AnalysisStatusCell }\n    outcomes { ...AnalysisOutcomes }\n    sales { ...AnalysisSales }\n  }\n": typeof types.AnalysisRowFragmentDoc,
    "\n  fragment AnalysisTotals on CampaignAnalysisTotals {\n    total\n    cells { ...AnalysisStatusCell }\n    outcomes { ...AnalysisOutcomes }\n    sales { ...AnalysisSales }\n  }\n": typeof types.AnalysisTotalsFragmentDoc,
    "\n  fragment AnalysisReport on CampaignAnalysis {\n    view\n    columns { ...AnalysisStatusColumn }\n    totals { ...AnalysisTotals }\n    filter { ...ReportAppliedFilterFields contactedFrom contactedTo }\n    successRule { enabled metric thresholdCents }\n    ranBy { ...ReportRanBy }\n    ranAt\n  }\n": typeof types.AnalysisReportFragmentDoc,
    "\n  query CampaignAnalysisReport($view: CampaignAnalysisView!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignAnalysis(view: $view, filter: $filter) {\n      ...AnalysisReport\n      rows(first: $first, after: $after) {\n        nodes { ...AnalysisRow }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.CampaignAnalysisReportDocument,
    "\n  query ContactTrendChart($filter: ReportFilterInput) {\n    contactTrend(filter: $filter) { from to total days { day count } }\n  }\n": typeof types.ContactTrendChartDocument,
    "\n  query ReportExportProgress($id: ID!) {\n    reportExportProgress(id: $id) { id rowsWritten totalRows done }\n  }\n": typeof types.ReportExportProgressDocument,
    "\n  fragment FollowUpTotals on FollowUpStatisticTotals {\n    assigned contacted logs booked attended overdue\n    logsByMethod { methodId count }\n  }\n": typeof types.FollowUpTotalsFragmentDoc,
    "\n  fragment FollowUpRow on FollowUpStatisticRow {\n    salesperson { id code displayName }\n    assigned contacted logs booked attended overdue\n    logsByMethod { methodId count }\n  }\n": typeof types.FollowUpRowFragmentDoc,
    "\n  fragment FollowUpReportHeader on FollowUpStatistics {\n    from to\n    methods { id label }\n    totals { ...FollowUpTotals }\n    filter { ...ReportAppliedFilterFields }\n    ranBy { ...ReportRanBy }\n    ranAt\n  }\n": typeof types.FollowUpReportHeaderFragmentDoc,
    "\n  query FollowUpStatisticsReport($filter: ReportFilterInput, $first: Int!, $after: String) {\n    followUpStatistics(filter: $filter) {\n      ...FollowUpReportHeader\n      rows(first: $first, after: $after) {\n        nodes { ...FollowUpRow }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.FollowUpStatisticsReportDocument,
    "\n  fragment FollowUpDrillMember on ContactMember {\n    id lastContactAt\n    member { id memberNo lastName firstName }\n    campaign { id code name }\n    status { id label }\n    salesperson { id code displayName }\n  }\n": typeof types.FollowUpDrillMemberFragmentDoc,
    "\n  query FollowUpStatisticMembers(\n    $filter: ReportFilterInput, $metric: FollowUpMetric!, $salespersonId: ID, $methodId: ID, $first: Int, $after: String\n  ) {\n    followUpStatisticMembers(filter: $filter, metric: $metric, salespersonId: $salespersonId, methodId: $methodId, first: $first, after: $after) {\n      nodes { ...FollowUpDrillMember }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.FollowUpStatisticMembersDocument,
    "\n  query PointsRanking($filter: LoyaltyBranchesFilter, $first: Int!, $after: String) {\n    pointsRanking(filter: $filter, first: $first, after: $after) {\n      memberCount\n      rows {\n        nodes { rank balance earnedTotal member { id memberNo displayName } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.PointsRankingDocument,
    "\n  query PointsMovements($filter: PointsMovementsFilter, $first: Int!, $after: String) {\n    pointsMovements(filter: $filter) {\n      from\n      to\n      period\n      totals { issued earned referral adjustedIn redeemed expired reversed adjustedOut net }\n      rows(first: $first, after: $after) {\n        nodes { period from to branch { id code name } issued earned referral adjustedIn redeemed expired reversed adjustedOut net }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.PointsMovementsDocument,
    "\n  query PointsLiability($filter: LoyaltyBranchesFilter) {\n    pointsLiability(filter: $filter) {\n      points\n      members\n      asOf\n      byBranch(first: 100) { nodes { branch { id code name } members points } totalCount }\n      byExpiry(first: 100) { nodes { month points } totalCount }\n    }\n  }\n": typeof types.PointsLiabilityDocument,
    "\n  query LoyaltyReportBranches {\n    branches(first: 100) { nodes { id label } }\n  }\n": typeof types.LoyaltyReportBranchesDocument,
    "\n  query PrepaidLiabilityReport($filter: PrepaidLiabilityFilter) {\n    prepaidLiability(filter: $filter) {\n      asOf\n      memberId\n      totals { storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }\n      rows(first: 100) {\n        nodes { branch { id code name } storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }\n        totalCount\n      }\n    }\n  }\n": typeof types.PrepaidLiabilityReportDocument,
    "\n  query PrepaidRevenueReport($filter: PrepaidRevenueFilter, $first: Int!, $after: String) {\n    prepaidRevenue(filter: $filter) {\n      from\n      to\n      period\n      totals { topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents }\n      rows(first: $first, after: $after) {\n        nodes {\n          period from to branch { id code name }\n          topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents\n        }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.PrepaidRevenueReportDocument,
    "\n  fragment ReportAppliedFilterFields on ReportAppliedFilter {\n    branches { id code name }\n    campaigns { id code name }\n    salesGroups { id name }\n    salespeople { id code displayName }\n    memberGroups { id code name }\n  }\n": typeof types.ReportAppliedFilterFieldsFragmentDoc,
    "\n  fragment ReportRanBy on Staff { id code displayName login }\n": typeof types.ReportRanByFragmentDoc,
    "\n  query ReportBranchOptions($after: String) {\n    branches(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.ReportBranchOptionsDocument,
    "\n  query ReportCampaignOptions($after: String) {\n    campaigns(first: 100, after: $after, includeArchived: true) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.ReportCampaignOptionsDocument,
    "\n  query ReportSalesGroupOptions($after: String) {\n    salesGroups(first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.ReportSalesGroupOptionsDocument,
    "\n  query ReportSalespersonOptions($after: String) {\n    contactSalespeople(first: 100, after: $after) { nodes { id code displayName } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.ReportSalespersonOptionsDocument,
    "\n  query ReportMemberGroupOptions($after: String) {\n    memberGroups(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.ReportMemberGroupOptionsDocument,
    "\n  fragment SalesFiguresFields on SalesFigures { invoices buyers grossCents returnedCents netCents }\n": typeof types.SalesFiguresFieldsFragmentDoc,
    "\n  query CampaignReturn($days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignReturn(daysAfterContact: $days, filter: $filter) {\n      days\n      totals { ...SalesFiguresFields }\n      filter { ...ReportAppliedFilterFields contactedFrom contactedTo }\n      ranBy { ...ReportRanBy }\n      ranAt\n      rows(first: $first, after: $after) {\n        nodes { campaign { id code name } invoices buyers grossCents returnedCents netCents }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.CampaignReturnDocument,
    "\n  query CampaignReturnInvoices($campaignId: ID!, $days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignReturnInvoices(campaignId: $campaignId, daysAfterContact: $days, filter: $filter, first: $first, after: $after) {\n      nodes { id number businessDate customerName totalCents refundedCents status member { id memberNo displayName } branch { id code } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.CampaignReturnInvoicesDocument,
    "\n  query MemberSalesRanking($filter: SalesStatisticsFilter, $first: Int!, $after: String) {\n    memberSalesRanking(filter: $filter, first: $first, after: $after) {\n      nodes { rank invoices grossCents returnedCents netCents member { id memberNo displayName } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.MemberSalesRankingDocument,
    "\n  query SalesStatistics($grouping: SalesStatisticsGrouping!, $filter: SalesStatisticsFilter, $first: Int, $after: String) {\n    salesStatistics(grouping: $grouping, filter: $filter) {\n      grouping\n      from\n      to\n      branchIds\n      totals { netCents grossCents returnedCents invoiceCount quantity }\n      rows(first: $first, after: $after) {\n        totalCount\n        nodes { key label netCents grossCents returnedCents invoiceCount quantity from to }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.SalesStatisticsDocument,
    "\n  query SalesStatisticsChoices {\n    branches(first: 100) { nodes { id label } }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n": typeof types.SalesStatisticsChoicesDocument,
    "\n  fragment ProductRow on Product {\n    id\n    code\n    barcode\n    label\n    priceCents\n    active\n    lowStockThreshold\n    category { id label }\n    department { id label }\n  }\n": typeof types.ProductRowFragmentDoc,
    "\n  fragment ProductDetail on Product {\n    id\n    code\n    barcode\n    name\n    label\n    translations { zhHK en zhCN th }\n    category { id label }\n    department { id label }\n    priceCents\n    costCents\n    taxRateBasisPoints\n    allowNegativeStock\n    lowStockThreshold\n    active\n  }\n": typeof types.ProductDetailFragmentDoc,
    "\n  query SalesProducts($filter: ProductFilter, $after: String) {\n    products(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      nodes { ...ProductRow }\n    }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n": typeof types.SalesProductsDocument,
    "\n  query SalesProduct($id: ID!, $after: String) {\n    product(id: $id) {\n      ...ProductDetail\n      stockLevels { onHand updatedAt branch { id code label } }\n    }\n    stockMovements(productId: $id, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind quantity reason createdAt branch { id label } counterpartBranch { id label } staff { id displayName } }\n    }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n": typeof types.SalesProductDocument,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) { ...ProductDetail }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) { ...ProductDetail }\n  }\n": typeof types.UpdateProductDocument,
    "\n  fragment CategoryRow on ProductCategory {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    sortOrder\n    active\n  }\n": typeof types.CategoryRowFragmentDoc,
    "\n  fragment DepartmentRow on Department {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    active\n  }\n": typeof types.DepartmentRowFragmentDoc,
    "\n  query SalesCategories($after: String) {\n    productCategories(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CategoryRow }\n    }\n  }\n": typeof types.SalesCategoriesDocument,
    "\n  query SalesDepartments($after: String) {\n    departments(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DepartmentRow }\n    }\n  }\n": typeof types.SalesDepartmentsDocument,
    "\n  query DepartmentChoices($after: String) {\n    departments(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id label }\n    }\n  }\n": typeof types.DepartmentChoicesDocument,
    "\n  mutation CreateProductCategory($input: ProductCategoryInput!) {\n    createProductCategory(input: $input) { ...CategoryRow }\n  }\n": typeof types.CreateProductCategoryDocument,
    "\n  mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) {\n    updateProductCategory(id: $id, input: $input) { ...CategoryRow }\n  }\n": typeof types.UpdateProductCategoryDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) { ...DepartmentRow }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) { ...DepartmentRow }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  query QuoteBill($input: BillDraftInput!) {\n    quoteBill(input: $input) {\n      subtotalCents discountCents offerDiscountCents taxCents roundingCents totalCents memberDiscountPercent couponDiscountCents pointsEarned\n      couponCode couponType { name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }\n      lines { couponCovered }\n    }\n  }\n": typeof types.QuoteBillDocument,
    "\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) { id number totalCents changeCents analysisCode offerDiscountCents offer { code name } couponDiscountCents pointsEarned }\n  }\n": typeof types.CheckoutDocument,
    "\n  fragment CheckoutHeldBill on HeldBill {\n    id\n    label\n    customerName\n    note\n    totalCents\n    createdAt\n    ageMinutes\n    heldBy { id displayName }\n    member { ...CheckoutMember }\n    lines { kind itemId code label quantity unitPriceCents lineDiscountCents staffId }\n    offerCode\n    couponCode\n  }\n": typeof types.CheckoutHeldBillFragmentDoc,
    "\n  fragment CheckoutBillOffer on BillOffer {\n    applies\n    failedConditions\n    offer { id code altCode name analysisCode discountType discountBasisPoints fixedPriceCents departmentIds }\n  }\n": typeof types.CheckoutBillOfferFragmentDoc,
    "\n  query CheckoutBillOffers($input: BillDraftInput!) {\n    billOffers(input: $input, first: 100) { nodes { ...CheckoutBillOffer } }\n  }\n": typeof types.CheckoutBillOffersDocument,
    "\n  query CheckoutHeldBills($branchId: ID!, $first: Int!) {\n    heldBills(branchId: $branchId, first: $first) { nodes { ...CheckoutHeldBill } }\n  }\n": typeof types.CheckoutHeldBillsDocument,
    "\n  mutation HoldBill($input: HoldBillInput!) {\n    holdBill(input: $input) { id label }\n  }\n": typeof types.HoldBillDocument,
    "\n  mutation ResumeHeldBill($id: ID!) {\n    resumeHeldBill(id: $id) { ...CheckoutHeldBill }\n  }\n": typeof types.ResumeHeldBillDocument,
    "\n  mutation DiscardHeldBill($id: ID!) {\n    discardHeldBill(id: $id) { id }\n  }\n": typeof types.DiscardHeldBillDocument,
    "\n  fragment CheckoutSellableItem on SellableItem { kind itemId code barcode label priceCents taxRateBasisPoints onHand allowNegativeStock departmentId }\n": typeof types.CheckoutSellableItemFragmentDoc,
    "\n  query CheckoutItemSearch($branchId: ID!, $search: String, $first: Int!) {\n    sellableItems(branchId: $branchId, search: $search, first: $first) { nodes { ...CheckoutSellableItem } }\n  }\n": typeof types.CheckoutItemSearchDocument,
    "\n  query CheckoutItemByCode($branchId: ID!, $code: String!) {\n    sellableItemByCode(branchId: $branchId, code: $code) { ...CheckoutSellableItem }\n  }\n": typeof types.CheckoutItemByCodeDocument,
    "\n  fragment CheckoutMember on Member { id memberNo displayName phone isWalkIn level { id name discountPercent } }\n": typeof types.CheckoutMemberFragmentDoc,
    "\n  query CheckoutMemberLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { ...CheckoutMember } }\n  }\n": typeof types.CheckoutMemberLookupDocument,
    "\n  query CheckoutSetup {\n    branches(includeClosed: false, first: 100) { nodes { id code label currency } }\n    tenderTypes(first: 100) { nodes { id code label kind givesChange } }\n    staffMembers(first: 100) { nodes { id code displayName branch { id } } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n": typeof types.CheckoutSetupDocument,
    "\n  query CheckoutAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      branch { id }\n      member { ...CheckoutMember }\n      beautician { id }\n      treatment { id code }\n      offerCode\n    }\n  }\n": typeof types.CheckoutAppointmentDocument,
    "\n  query CheckoutPrepaid($memberId: ID!) {\n    prepaidAtCheckout(memberId: $memberId) {\n      memberId\n      storedValueCents\n      cardLocked\n      cardHasPin\n      packages { id name kind sessionsRemaining remainingCents validTo treatmentIds }\n    }\n  }\n": typeof types.CheckoutPrepaidDocument,
    "\n  fragment InvoiceListRow on Invoice {\n    id\n    number\n    businessDate\n    issuedAt\n    status\n    totalCents\n    customerName\n    branch { id label currency timeZone }\n    member { id memberNo displayName }\n    cashier { id displayName }\n    payments { id tenderType { id label } }\n  }\n": typeof types.InvoiceListRowFragmentDoc,
    "\n  query Invoices($filter: InvoiceFilter, $first: Int!, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      nodes { ...InvoiceListRow }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  query InvoiceFilterChoices {\n    branches(first: 100) { nodes { id label } }\n    staffMembers(first: 100) { nodes { id code displayName } }\n    tenderTypes(first: 100, includeInactive: true) { nodes { id label } }\n    productCategories(first: 100, includeInactive: true) { nodes { id label } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n": typeof types.InvoiceFilterChoicesDocument,
    "\n  query InvoiceFilterProduct($id: ID!) {\n    product(id: $id) { id code label }\n  }\n": typeof types.InvoiceFilterProductDocument,
    "\n  query InvoiceFilterTreatment($id: ID!) {\n    treatment(id: $id) { id code name }\n  }\n": typeof types.InvoiceFilterTreatmentDocument,
    "\n  query InvoiceFilterMember($id: ID!) {\n    member(id: $id) { id memberNo displayName }\n  }\n": typeof types.InvoiceFilterMemberDocument,
    "\n  fragment InvoiceDetail on Invoice {\n    id\n    number\n    status\n    businessDate\n    issuedAt\n    customerName\n    appointmentId\n    note\n    analysisCode\n    offerDiscountCents\n    offer { id code name }\n    pointsEarned\n    subtotalCents\n    discountCents\n    taxCents\n    roundingCents\n    totalCents\n    changeCents\n    refundedCents\n    voidedAt\n    voidReason\n    voidedBy { id displayName }\n    branch { id label address phone timeZone currency }\n    member { id memberNo displayName phone }\n    cashier { id displayName }\n    lines {\n      id position kind code description quantity unitPriceCents lineDiscountCents memberDiscountCents taxCents totalCents returnedQuantity\n      staff { id displayName }\n      department { id label }\n    }\n    payments { id amountCents tenderedCents reference tenderType { id label } }\n  }\n": typeof types.InvoiceDetailFragmentDoc,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) { ...InvoiceDetail }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  query InvoiceReceipt($id: ID!) {\n    invoice(id: $id) { ...InvoiceDetail }\n    systemSettings { companyName logoUrl currency currencyDisplay currencyDecimals }\n  }\n": typeof types.InvoiceReceiptDocument,
    "\n  mutation VoidInvoice($id: ID!, $reason: String!) {\n    voidInvoice(id: $id, reason: $reason) { id status voidedAt voidReason voidedBy { id displayName } }\n  }\n": typeof types.VoidInvoiceDocument,
    "\n  query MemberInvoices($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      invoices(first: $first, after: $after) {\n        nodes { ...InvoiceListRow }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": typeof types.MemberInvoicesDocument,
    "\n  fragment ReturnSummary on SalesReturn {\n    id\n    number\n    totalCents\n    reason\n    createdAt\n    createdBy { id displayName }\n    lines { id quantity amountCents invoiceLine { id code description } }\n    refunds { id amountCents tenderType { id label } }\n  }\n": typeof types.ReturnSummaryFragmentDoc,
    "\n  fragment ReturnInvoice on Invoice {\n    id\n    number\n    status\n    businessDate\n    totalCents\n    refundedCents\n    customerName\n    branch { id label currency }\n    member { id memberNo displayName }\n    lines { id position kind code description quantity totalCents returnedQuantity }\n    payments { id amountCents tenderType { id label } }\n    returns { ...ReturnSummary }\n  }\n": typeof types.ReturnInvoiceFragmentDoc,
    "\n  query ReturnsSetup {\n    tenderTypes(first: 100) { nodes { id code label } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n": typeof types.ReturnsSetupDocument,
    "\n  query ReturnInvoiceByNumber($number: String!) {\n    invoiceByNumber(number: $number) { ...ReturnInvoice }\n  }\n": typeof types.ReturnInvoiceByNumberDocument,
    "\n  query ReturnInvoice($id: ID!) {\n    invoice(id: $id) { ...ReturnInvoice }\n  }\n": typeof types.ReturnInvoiceDocument,
    "\n  query ReturnMemberLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone } }\n  }\n": typeof types.ReturnMemberLookupDocument,
    "\n  query ReturnMemberInvoices($id: ID!, $first: Int!) {\n    member(id: $id) {\n      id\n      invoices(first: $first) { nodes { id number status businessDate totalCents refundedCents branch { id currency } } }\n    }\n  }\n": typeof types.ReturnMemberInvoicesDocument,
    "\n  mutation ReturnSale($input: ReturnSaleInput!) {\n    returnSale(input: $input) {\n      id\n      number\n      totalCents\n      refunds { id tenderType { id label } }\n      invoice { ...ReturnInvoice }\n    }\n  }\n": typeof types.ReturnSaleDocument,
    "\n  query InvoiceReturns($id: ID!) {\n    invoice(id: $id) { id number status refundedCents branch { id currency } returns { ...ReturnSummary } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n": typeof types.InvoiceReturnsDocument,
    "\n  query SalesLowStock($branchId: ID!, $after: String) {\n    lowStock(branchId: $branchId, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      nodes { id code label lowStockThreshold onHand(branchId: $branchId) }\n    }\n  }\n": typeof types.SalesLowStockDocument,
    "\n  query StockProductChoices($after: String) {\n    products(filter: { active: true }, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code label }\n    }\n  }\n": typeof types.StockProductChoicesDocument,
    "\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n": typeof types.ReceiveStockDocument,
    "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n": typeof types.AdjustStockDocument,
    "\n  mutation TransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n": typeof types.TransferStockDocument,
    "\n  query StockBranches($after: String) {\n    branches(includeClosed: false, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code label }\n    }\n  }\n": typeof types.StockBranchesDocument,
    "\n  fragment TenderRow on TenderType {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    kind\n    givesChange\n    sortOrder\n    active\n  }\n": typeof types.TenderRowFragmentDoc,
    "\n  query TenderSettings($after: String) {\n    tenderTypes(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TenderRow }\n    }\n  }\n": typeof types.TenderSettingsDocument,
    "\n  mutation CreateTenderType($input: TenderTypeInput!) {\n    createTenderType(input: $input) { ...TenderRow }\n  }\n": typeof types.CreateTenderTypeDocument,
    "\n  mutation UpdateTenderType($id: ID!, $input: TenderTypeInput!) {\n    updateTenderType(id: $id, input: $input) { ...TenderRow }\n  }\n": typeof types.UpdateTenderTypeDocument,
    "\n  fragment CustomFieldSetting on CustomField {\n    id\n    key\n    label\n    type\n    maxLength\n    options\n    defaultValue\n    required\n    sortOrder\n    active\n  }\n": typeof types.CustomFieldSettingFragmentDoc,
    "\n  fragment MemberLevelSetting on MemberGroup {\n    id\n    code\n    name\n    sortOrder\n    isDeletedGroup\n    discountPercent\n    pointsPer100\n    topUpBonusPercent\n    upgradeSpendCents\n    upgradeWithinMonths\n  }\n": typeof types.MemberLevelSettingFragmentDoc,
    "\n  fragment InterestGroupSetting on InterestGroup {\n    id\n    code\n    name\n  }\n": typeof types.InterestGroupSettingFragmentDoc,
    "\n  fragment NumberSequenceSetting on MemberNumberSequence {\n    id\n    scope\n    prefix\n    digits\n    nextValue\n  }\n": typeof types.NumberSequenceSettingFragmentDoc,
    "\n  query CustomFieldSettings($after: String) {\n    customFields(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CustomFieldSetting }\n    }\n  }\n": typeof types.CustomFieldSettingsDocument,
    "\n  query MemberLevelSettings($after: String) {\n    memberGroups(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MemberLevelSetting }\n    }\n  }\n": typeof types.MemberLevelSettingsDocument,
    "\n  query ViewerCurrency {\n    viewer { id branch { id currency } }\n  }\n": typeof types.ViewerCurrencyDocument,
    "\n  query InterestGroupSettings($after: String) {\n    interestGroups(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InterestGroupSetting }\n    }\n  }\n": typeof types.InterestGroupSettingsDocument,
    "\n  query NumberingBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name }\n    }\n  }\n": typeof types.NumberingBranchesDocument,
    "\n  query NumberSequenceSettings($after: String) {\n    memberNumberSequences(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...NumberSequenceSetting }\n    }\n  }\n": typeof types.NumberSequenceSettingsDocument,
    "\n  mutation CreateCustomField($input: CustomFieldInput!) {\n    createCustomField(input: $input) { ...CustomFieldSetting }\n  }\n": typeof types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($id: ID!, $input: CustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) { ...CustomFieldSetting }\n  }\n": typeof types.UpdateCustomFieldDocument,
    "\n  mutation CreateMemberGroup($input: MemberGroupInput!) {\n    createMemberGroup(input: $input) { ...MemberLevelSetting }\n  }\n": typeof types.CreateMemberGroupDocument,
    "\n  mutation UpdateMemberGroup($id: ID!, $input: MemberGroupInput!) {\n    updateMemberGroup(id: $id, input: $input) { ...MemberLevelSetting }\n  }\n": typeof types.UpdateMemberGroupDocument,
    "\n  mutation CreateInterestGroup($input: InterestGroupInput!) {\n    createInterestGroup(input: $input) { ...InterestGroupSetting }\n  }\n": typeof types.CreateInterestGroupDocument,
    "\n  mutation UpdateInterestGroup($id: ID!, $input: InterestGroupInput!) {\n    updateInterestGroup(id: $id, input: $input) { ...InterestGroupSetting }\n  }\n": typeof types.UpdateInterestGroupDocument,
    "\n  mutation SaveMemberNumberSequence($input: MemberNumberSequenceInput!) {\n    saveMemberNumberSequence(input: $input) { ...NumberSequenceSetting }\n  }\n": typeof types.SaveMemberNumberSequenceDocument,
    "\n  fragment StaffAccessRow on Staff {\n    id\n    code\n    login\n    displayName\n    branch { id name timeZone }\n    signInLockedUntil\n    liveSessionCount\n  }\n": typeof types.StaffAccessRowFragmentDoc,
    "\n  query StaffAccess($search: String, $first: Int!, $after: String) {\n    staffMembers(search: $search, first: $first, after: $after) {\n      edges { cursor node { ...StaffAccessRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.StaffAccessDocument,
    "\n  mutation UnlockStaffSignIn($staffId: ID!) {\n    unlockStaffSignIn(staffId: $staffId) { ...StaffAccessRow }\n  }\n": typeof types.UnlockStaffSignInDocument,
    "\n  mutation EndStaffSessions($staffId: ID!) {\n    endStaffSessions(staffId: $staffId) { staff { ...StaffAccessRow } endedSessions }\n  }\n": typeof types.EndStaffSessionsDocument,
};
const documents: Documents = {
    "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      endedSessions\n      staff { id mustChangePassword }\n    }\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  fragment AdminBranchRow on Branch {\n    id\n    code\n    name\n    label\n    phone\n    timeZone\n    open\n    closedAt\n    memberCount @include(if: $manage)\n  }\n": types.AdminBranchRowFragmentDoc,
    "\n  fragment AdminBranchDetail on Branch {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    address\n    phone\n    timeZone\n    open\n    closedAt\n    closedBy { id displayName }\n  }\n": types.AdminBranchDetailFragmentDoc,
    "\n  query AdminBranches($after: String, $manage: Boolean!) {\n    branches(first: 100, after: $after, includeClosed: true) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...AdminBranchRow }\n    }\n  }\n": types.AdminBranchesDocument,
    "\n  query AdminBranch($id: ID!, $manage: Boolean!) {\n    branch(id: $id) {\n      ...AdminBranchDetail\n      memberCount @include(if: $manage)\n      activeStaffCount @include(if: $manage)\n    }\n  }\n": types.AdminBranchDocument,
    "\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) { ...AdminBranchDetail }\n  }\n": types.CreateBranchDocument,
    "\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) { ...AdminBranchDetail }\n  }\n": types.UpdateBranchDocument,
    "\n  mutation CloseBranch($id: ID!) {\n    closeBranch(id: $id) { ...AdminBranchDetail }\n  }\n": types.CloseBranchDocument,
    "\n  mutation ReopenBranch($id: ID!) {\n    reopenBranch(id: $id) { ...AdminBranchDetail }\n  }\n": types.ReopenBranchDocument,
    "\n  fragment OperationLogRow on OperationLogEntry {\n    id\n    at\n    entityType\n    entityId\n    action\n    address\n    actor { id code displayName }\n    token { id name }\n    changes { field before after }\n  }\n": types.OperationLogRowFragmentDoc,
    "\n  query OperationLog($filter: OperationLogFilterInput, $first: Int!, $after: String) {\n    operationLog(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { ...OperationLogRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OperationLogDocument,
    "\n  query OperationLogCount($filter: OperationLogFilterInput) {\n    operationLog(filter: $filter, first: 1) { totalCount }\n  }\n": types.OperationLogCountDocument,
    "\n  query OperationLogChoices {\n    operationLogCatalogue { entityTypes actions }\n    staffMembers(first: 100) { nodes { id code displayName } }\n  }\n": types.OperationLogChoicesDocument,
    "\n  mutation DeleteOffer($id: ID!) { deleteOffer(id: $id) { id } }\n": types.DeleteOfferDocument,
    "\n  mutation DeleteTreatment($id: ID!) { deleteTreatment(id: $id) { id } }\n": types.DeleteTreatmentDocument,
    "\n  mutation DeleteEquipment($id: ID!) { deleteEquipment(id: $id) { id } }\n": types.DeleteEquipmentDocument,
    "\n  mutation DeleteRoom($id: ID!) { deleteRoom(id: $id) { id } }\n": types.DeleteRoomDocument,
    "\n  mutation DeleteContactStatus($id: ID!) { deleteContactStatus(id: $id) { id } }\n": types.DeleteContactStatusDocument,
    "\n  mutation DeleteContactMethod($id: ID!) { deleteContactMethod(id: $id) { id } }\n": types.DeleteContactMethodDocument,
    "\n  mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }\n": types.DeleteCampaignDocument,
    "\n  fragment RecycleBinRow on RecycleBinItem {\n    id type entityId label deletedAt purgeAt daysUntilPurge\n    deletedBy { id displayName code }\n  }\n": types.RecycleBinRowFragmentDoc,
    "\n  query RecycleBinItems($type: RecycleBinType, $first: Int!, $after: String) {\n    recycleBinItems(type: $type, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...RecycleBinRow }\n    }\n  }\n": types.RecycleBinItemsDocument,
    "\n  mutation RestoreRecycleBinItem($id: ID!) {\n    restoreRecycleBinItem(id: $id) { id type entityId label }\n  }\n": types.RestoreRecycleBinItemDocument,
    "\n  mutation PurgeRecycleBinItem($id: ID!) {\n    purgeRecycleBinItem(id: $id) { id label }\n  }\n": types.PurgeRecycleBinItemDocument,
    "\n  fragment AdminRoleRow on Role {\n    id\n    key\n    name\n    label\n    builtIn\n    permissions\n    staffCount\n  }\n": types.AdminRoleRowFragmentDoc,
    "\n  fragment AdminRoleDetail on Role {\n    id\n    key\n    name\n    label\n    builtIn\n    translations { zhHK en zhCN th }\n    permissions\n    staffCount\n  }\n": types.AdminRoleDetailFragmentDoc,
    "\n  query AdminRoles($after: String) {\n    roles(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...AdminRoleRow }\n    }\n  }\n": types.AdminRolesDocument,
    "\n  query AdminRole($id: ID!) {\n    role(id: $id) { ...AdminRoleDetail }\n  }\n": types.AdminRoleDocument,
    "\n  query PermissionCatalogue {\n    permissionCatalogue {\n      areas {\n        key\n        name\n        permissions { permission value name description grantable }\n      }\n    }\n  }\n": types.PermissionCatalogueDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) { ...AdminRoleDetail }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) { ...AdminRoleDetail }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) { id name }\n  }\n": types.DeleteRoleDocument,
    "\n  fragment StaffAdminRow on Staff {\n    id\n    code\n    displayName\n    login\n    active\n    mustChangePassword\n    manageable\n    branch { id name }\n    salesGroup { id name }\n    roles { id key label }\n  }\n": types.StaffAdminRowFragmentDoc,
    "\n  fragment StaffAdminDetail on Staff {\n    ...StaffAdminRow\n    memberReach\n    memberBranches { id }\n    passwordSetAt\n    createdAt\n  }\n": types.StaffAdminDetailFragmentDoc,
    "\n  query StaffAdminList($filter: StaffAdminFilter, $first: Int!, $after: String) {\n    staffAdminList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...StaffAdminRow }\n    }\n  }\n": types.StaffAdminListDocument,
    "\n  query StaffAdminChoices {\n    branches(first: 100, includeClosed: true) { nodes { id code label open } }\n    salesGroups(first: 100) { nodes { id name } }\n    roles(first: 100) { nodes { id key label } }\n    grantableRoles(first: 100) { nodes { id key label } }\n    systemSettings { passwordMinLength passwordRequireLettersAndDigits passwordRequireMixedCase passwordExpiryDays }\n  }\n": types.StaffAdminChoicesDocument,
    "\n  query StaffAdminMember($id: ID!) {\n    staffAdminMember(id: $id) { ...StaffAdminDetail }\n    staffApiTokens(staffId: $id, first: 100) {\n      totalCount\n      nodes { id name tokenPrefix createdAt lastUsedAt revokedAt }\n    }\n  }\n": types.StaffAdminMemberDocument,
    "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      initialPassword\n      staff { ...StaffAdminDetail }\n    }\n  }\n": types.CreateStaffDocument,
    "\n  mutation UpdateStaff($id: ID!, $input: StaffInput!) {\n    updateStaff(id: $id, input: $input) { ...StaffAdminDetail }\n  }\n": types.UpdateStaffDocument,
    "\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      endedSessions\n      revokedTokens\n      staff { ...StaffAdminDetail }\n    }\n  }\n": types.DeactivateStaffDocument,
    "\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) { ...StaffAdminDetail }\n  }\n": types.ReactivateStaffDocument,
    "\n  mutation ResetStaffPassword($id: ID!, $input: ResetStaffPasswordInput!) {\n    resetStaffPassword(id: $id, input: $input) {\n      initialPassword\n      endedSessions\n      staff { ...StaffAdminDetail }\n    }\n  }\n": types.ResetStaffPasswordDocument,
    "\n  mutation RevokeStaffApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n": types.RevokeStaffApiTokenDocument,
    "\n  fragment SystemSettingsValues on SystemSettings {\n    companyName\n    defaultLocale\n    currency\n    currencyDisplay\n    currencyDecimals\n    dateFormat\n    defaultTimeZone\n    passwordMinLength\n    passwordRequireLettersAndDigits\n    passwordRequireMixedCase\n    passwordExpiryDays\n    sessionLengthMinutes\n    uploadMaxBytes\n    recycleBinRetentionDays\n    version\n    logoUrl\n    logoMaxBytes\n  }\n": types.SystemSettingsValuesFragmentDoc,
    "\n  query SystemSettingsPage {\n    systemSettings {\n      ...SystemSettingsValues\n    }\n  }\n": types.SystemSettingsPageDocument,
    "\n  mutation UpdateSystemSettings($input: SystemSettingsInput!) {\n    updateSystemSettings(input: $input) {\n      ...SystemSettingsValues\n    }\n  }\n": types.UpdateSystemSettingsDocument,
    "\n  mutation RemoveSystemLogo {\n    removeSystemLogo {\n      ...SystemSettingsValues\n    }\n  }\n": types.RemoveSystemLogoDocument,
    "\n  fragment TreatmentSetting on Treatment {\n    id\n    code\n    name\n    series\n    durationMinutes\n    bufferMinutes\n    priceCents\n    equipmentCode\n    roomType\n    department { id label }\n    active\n  }\n": types.TreatmentSettingFragmentDoc,
    "\n  fragment EquipmentSetting on Equipment {\n    id\n    code\n    name\n    count\n    active\n  }\n": types.EquipmentSettingFragmentDoc,
    "\n  fragment RoomSetting on Room {\n    id\n    name\n    type\n    active\n  }\n": types.RoomSettingFragmentDoc,
    "\n  fragment BranchHoursSetting on BranchHours {\n    id\n    weekday\n    opensAt\n    closesAt\n  }\n": types.BranchHoursSettingFragmentDoc,
    "\n  fragment ClosedDaySetting on BranchClosedDay {\n    id\n    date\n    reason\n  }\n": types.ClosedDaySettingFragmentDoc,
    "\n  fragment WorkScheduleSetting on WorkSchedule {\n    id\n    weekday\n    startTime\n    endTime\n    branch { id code }\n  }\n": types.WorkScheduleSettingFragmentDoc,
    "\n  fragment ScheduleExceptionSetting on ScheduleException {\n    id\n    date\n    kind\n    startTime\n    endTime\n    note\n    branch { id code }\n  }\n": types.ScheduleExceptionSettingFragmentDoc,
    "\n  fragment SettingsBranch on Branch {\n    id\n    code\n    name\n    timeZone\n  }\n": types.SettingsBranchFragmentDoc,
    "\n  query AppointmentSettingsPage {\n    appointmentSettings { slotStepMinutes }\n  }\n": types.AppointmentSettingsPageDocument,
    "\n  query SettingsBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...SettingsBranch }\n    }\n  }\n": types.SettingsBranchesDocument,
    "\n  query TreatmentSettings($after: String) {\n    treatments(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TreatmentSetting }\n    }\n  }\n": types.TreatmentSettingsDocument,
    "\n  query EquipmentCodes($after: String) {\n    equipment(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code }\n    }\n  }\n": types.EquipmentCodesDocument,
    "\n  query BranchEquipment($branchId: ID!, $after: String) {\n    equipment(branchId: $branchId, includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...EquipmentSetting }\n    }\n  }\n": types.BranchEquipmentDocument,
    "\n  query BranchRooms($branchId: ID!, $after: String) {\n    rooms(branchId: $branchId, includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...RoomSetting }\n    }\n  }\n": types.BranchRoomsDocument,
    "\n  query BranchHoursSettings($branchId: ID!) {\n    branchHours(branchId: $branchId) { ...BranchHoursSetting }\n  }\n": types.BranchHoursSettingsDocument,
    "\n  query BranchClosedDaySettings($branchId: ID!, $from: LocalDate, $after: String) {\n    branchClosedDays(branchId: $branchId, from: $from, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ClosedDaySetting }\n    }\n  }\n": types.BranchClosedDaySettingsDocument,
    "\n  query ScheduleBeauticians($after: String) {\n    staffMembers(permission: AppointmentsPerformTreatments, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code displayName branch { id code } }\n    }\n  }\n": types.ScheduleBeauticiansDocument,
    "\n  query WorkScheduleSettings($staffId: ID!) {\n    workSchedules(staffId: $staffId) { ...WorkScheduleSetting }\n  }\n": types.WorkScheduleSettingsDocument,
    "\n  query ScheduleExceptionSettings($staffId: ID!, $from: LocalDate, $after: String) {\n    scheduleExceptions(staffId: $staffId, from: $from, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ScheduleExceptionSetting }\n    }\n  }\n": types.ScheduleExceptionSettingsDocument,
    "\n  mutation UpdateAppointmentSettings($input: AppointmentSettingsInput!) {\n    updateAppointmentSettings(input: $input) { slotStepMinutes }\n  }\n": types.UpdateAppointmentSettingsDocument,
    "\n  mutation CreateTreatment($input: TreatmentInput!) {\n    createTreatment(input: $input) { ...TreatmentSetting }\n  }\n": types.CreateTreatmentDocument,
    "\n  mutation UpdateTreatment($id: ID!, $input: TreatmentInput!) {\n    updateTreatment(id: $id, input: $input) { ...TreatmentSetting }\n  }\n": types.UpdateTreatmentDocument,
    "\n  mutation CreateEquipment($branchId: ID!, $input: EquipmentInput!) {\n    createEquipment(branchId: $branchId, input: $input) { ...EquipmentSetting }\n  }\n": types.CreateEquipmentDocument,
    "\n  mutation UpdateEquipment($id: ID!, $input: EquipmentInput!) {\n    updateEquipment(id: $id, input: $input) { ...EquipmentSetting }\n  }\n": types.UpdateEquipmentDocument,
    "\n  mutation CreateRoom($branchId: ID!, $input: RoomInput!) {\n    createRoom(branchId: $branchId, input: $input) { ...RoomSetting }\n  }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: RoomInput!) {\n    updateRoom(id: $id, input: $input) { ...RoomSetting }\n  }\n": types.UpdateRoomDocument,
    "\n  mutation SetBranchHours($branchId: ID!, $days: [BranchHoursInput!]!) {\n    setBranchHours(branchId: $branchId, days: $days) { ...BranchHoursSetting }\n  }\n": types.SetBranchHoursDocument,
    "\n  mutation AddBranchClosedDay($branchId: ID!, $input: BranchClosedDayInput!) {\n    addBranchClosedDay(branchId: $branchId, input: $input) { ...ClosedDaySetting }\n  }\n": types.AddBranchClosedDayDocument,
    "\n  mutation RemoveBranchClosedDay($id: ID!) {\n    removeBranchClosedDay(id: $id)\n  }\n": types.RemoveBranchClosedDayDocument,
    "\n  mutation SetWorkSchedule($staffId: ID!, $branchId: ID!, $days: [WorkScheduleDayInput!]!) {\n    setWorkSchedule(staffId: $staffId, branchId: $branchId, days: $days) { ...WorkScheduleSetting }\n  }\n": types.SetWorkScheduleDocument,
    "\n  mutation AddScheduleException($input: ScheduleExceptionInput!) {\n    addScheduleException(input: $input) { ...ScheduleExceptionSetting }\n  }\n": types.AddScheduleExceptionDocument,
    "\n  mutation RemoveScheduleException($id: ID!) {\n    removeScheduleException(id: $id)\n  }\n": types.RemoveScheduleExceptionDocument,
    "\n  fragment AppointmentBoardRow on Appointment {\n    id\n    status\n    startsAt\n    endsAt\n    note\n    analysisCode\n    attendanceNote\n    verificationNote\n    purchaseNote\n    arrivedAt\n    verifiedAt\n    minutesSinceArrival\n    member { id memberNo displayName phone consultant { id displayName code } }\n    beautician { id displayName code }\n    treatment { id name code }\n    equipment { id name code }\n    room { id name }\n  }\n": types.AppointmentBoardRowFragmentDoc,
    "\n  query ArrivalBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    board: arrivalBoard(branchId: $branchId, date: $date, first: $first, after: $after) {\n      memberCount\n      appointmentCount\n      canVerify\n      now\n      today\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...AppointmentBoardRow } }\n    }\n  }\n": types.ArrivalBoardDocument,
    "\n  query CompletionBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    board: completionBoard(branchId: $branchId, date: $date, first: $first, after: $after) {\n      memberCount\n      appointmentCount\n      canVerify\n      now\n      today\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...AppointmentBoardRow } }\n    }\n  }\n": types.CompletionBoardDocument,
    "\n  fragment AppointmentAttendance on Appointment { id status arrivedAt verifiedAt minutesSinceArrival }\n": types.AppointmentAttendanceFragmentDoc,
    "\n  mutation ArriveAppointment($id: ID!, $verify: Boolean!) {\n    arriveAppointment(id: $id, verify: $verify) { ...AppointmentAttendance }\n  }\n": types.ArriveAppointmentDocument,
    "\n  mutation VerifyAttendance($id: ID!) {\n    verifyAttendance(id: $id) { ...AppointmentAttendance }\n  }\n": types.VerifyAttendanceDocument,
    "\n  mutation MarkNoShow($id: ID!) {\n    markNoShow(id: $id) { ...AppointmentAttendance }\n  }\n": types.MarkNoShowDocument,
    "\n  mutation CompleteAppointment($id: ID!) {\n    completeAppointment(id: $id) { ...AppointmentAttendance }\n  }\n": types.CompleteAppointmentDocument,
    "\n  mutation SetAppointmentNotes($id: ID!, $input: AppointmentNotesInput!) {\n    setAppointmentNotes(id: $id, input: $input) { id attendanceNote verificationNote purchaseNote }\n  }\n": types.SetAppointmentNotesDocument,
    "\n  fragment BookingBranch on Branch { id code name timeZone }\n": types.BookingBranchFragmentDoc,
    "\n  fragment BookingStaff on Staff { id displayName code }\n": types.BookingStaffFragmentDoc,
    "\n  fragment BookingTreatment on Treatment { id code name series durationMinutes }\n": types.BookingTreatmentFragmentDoc,
    "\n  fragment BookingEquipment on Equipment { id code name }\n": types.BookingEquipmentFragmentDoc,
    "\n  fragment BookedAppointment on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    version\n    note\n    offerCode\n    branch { id name timeZone }\n    beautician { ...BookingStaff }\n    equipment { ...BookingEquipment }\n    treatment { id code name }\n  }\n": types.BookedAppointmentFragmentDoc,
    "\n  fragment SuggestedSlotItem on SuggestedSlot {\n    startsAt\n    endsAt\n    beautician { ...BookingStaff }\n    room { id name }\n    equipment { ...BookingEquipment }\n  }\n": types.SuggestedSlotItemFragmentDoc,
    "\n  fragment SlotSuggestionResult on SlotSuggestionPage {\n    hasMore\n    endCursor\n    slots { ...SuggestedSlotItem }\n  }\n": types.SlotSuggestionResultFragmentDoc,
    "\n  query BookingOptions {\n    viewer { id branch { id } }\n    branches(first: 100, includeClosed: false) { nodes { ...BookingBranch } }\n    treatments(first: 100) { nodes { ...BookingTreatment } }\n    treatmentSeries\n  }\n": types.BookingOptionsDocument,
    "\n  query BookingBranchResources($branchId: ID!) {\n    beauticians(branchId: $branchId, first: 100) { nodes { ...BookingStaff } }\n    equipment(branchId: $branchId, first: 100) { nodes { ...BookingEquipment } }\n  }\n": types.BookingBranchResourcesDocument,
    "\n  query BookingSuggestions($input: SlotSuggestionInput!) {\n    suggestSlots(input: $input) { ...SlotSuggestionResult }\n  }\n": types.BookingSuggestionsDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) { ...BookedAppointment }\n  }\n": types.BookAppointmentDocument,
    "\n  mutation UpdateAppointment($id: ID!, $input: UpdateAppointmentInput!) {\n    updateAppointment(id: $id, input: $input) { ...BookedAppointment }\n  }\n": types.UpdateAppointmentDocument,
    "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) { ...BookedAppointment }\n  }\n": types.CancelAppointmentDocument,
    "\n  query ContactBooking($id: ID!) {\n    contactSettings { allowBooking }\n    contactMember(id: $id) { id appointment { ...BookedAppointment ...ContactBookingDetails } }\n  }\n": types.ContactBookingDocument,
    "\n  fragment MemberAppointmentPage on AppointmentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...BookedAppointment } }\n  }\n": types.MemberAppointmentPageFragmentDoc,
    "\n  query MemberAppointments($id: ID!, $after: String) {\n    member(id: $id) { id appointments(first: 20, after: $after) { ...MemberAppointmentPage } }\n  }\n": types.MemberAppointmentsDocument,
    "\n  query MemberBookingPage($id: ID!) {\n    viewer { id branch { id timeZone } }\n    member(id: $id) {\n      id\n      memberNo\n      displayName\n      phone\n      phone2\n      appointments(first: 20) { ...MemberAppointmentPage }\n    }\n  }\n": types.MemberBookingPageDocument,
    "\n  fragment MemberCampaignRow on MemberCampaign {\n    id\n    createdAt\n    campaign { id code name }\n    salesperson { id displayName code }\n    contactMember { id lastContactAt status { id label } lastLog { id note } }\n  }\n": types.MemberCampaignRowFragmentDoc,
    "\n  query MemberBookingCampaigns($id: ID!) {\n    member(id: $id) { id campaigns(first: 30) { nodes { ...MemberCampaignRow } } }\n  }\n": types.MemberBookingCampaignsDocument,
    "\n  fragment CalendarBeautician on Staff { id code displayName }\n": types.CalendarBeauticianFragmentDoc,
    "\n  fragment CalendarBlock on Appointment {\n    id\n    version\n    status\n    startsAt\n    endsAt\n    member { id memberNo displayName }\n    treatment { id name }\n    room { id name }\n    beautician { id }\n  }\n": types.CalendarBlockFragmentDoc,
    "\n  query BranchDay($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    branchDay(branchId: $branchId, date: $date) {\n      date\n      timeZone\n      opensAt\n      closesAt\n      closed\n      beauticians { ...CalendarBeautician }\n      appointments(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...CalendarBlock } }\n      }\n    }\n  }\n": types.BranchDayDocument,
    "\n  mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) {\n    updateAppointment(id: $id, input: $input) { id version startsAt endsAt beautician { id } }\n  }\n": types.MoveAppointmentDocument,
    "\n  query CalendarBookingMembers($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone phone2 isWalkIn } }\n  }\n": types.CalendarBookingMembersDocument,
    "\n  query CalendarBookingTreatments {\n    treatments(first: 100) { nodes { ...BookingTreatment } }\n  }\n": types.CalendarBookingTreatmentsDocument,
    "\n  fragment DayBranch on Branch { id code name timeZone }\n": types.DayBranchFragmentDoc,
    "\n  query AppointmentDayBranches {\n    branches(first: 100) { nodes { ...DayBranch } }\n  }\n": types.AppointmentDayBranchesDocument,
    "\n  query AppointmentDayCounts($branchId: ID!, $date: LocalDate!) {\n    arrivals: arrivalBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount memberCount }\n    completions: completionBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount }\n  }\n": types.AppointmentDayCountsDocument,
    "\n  fragment CampaignOfferChoice on Offer {\n    id\n    code\n    name\n    analysisCode\n  }\n": types.CampaignOfferChoiceFragmentDoc,
    "\n  fragment CampaignListRow on Campaign {\n    id\n    code\n    name\n    offerCode\n    analysisCode\n    memberCount\n    archived\n  }\n": types.CampaignListRowFragmentDoc,
    "\n  query CampaignList($archived: Boolean!, $search: String, $after: String) {\n    campaigns(includeArchived: $archived, search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignListRow }\n    }\n  }\n": types.CampaignListDocument,
    "\n  query CampaignForm($id: ID!) {\n    campaign(id: $id) {\n      id\n      code\n      name\n      details\n      startsOn\n      endsOn\n      archived\n      memberCount\n      offer { ...CampaignOfferChoice }\n    }\n  }\n": types.CampaignFormDocument,
    "\n  query CampaignOffers($after: String) {\n    offers(marketingOnly: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CampaignOfferChoice }\n    }\n  }\n": types.CampaignOffersDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) { id }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) { id }\n  }\n": types.UpdateCampaignDocument,
    "\n  fragment OfferSetting on Offer {\n    id\n    code\n    name\n    altCode\n    analysisCode\n    isMarketing\n    active\n    branchIds\n    memberGroupIds\n    interestGroupIds\n    departmentIds\n    birthdayMonthsBefore\n    birthdayMonthsAfter\n    validFrom\n    validTo\n    perMemberLimit\n    discountType\n    discountBasisPoints\n    fixedPriceCents\n    prepaidExpiryMonths\n  }\n": types.OfferSettingFragmentDoc,
    "\n  query OfferFormChoices {\n    branches(first: 100) { nodes { id code label } }\n    memberGroups(first: 100) { nodes { id name } }\n    interestGroups(first: 100) { nodes { id name } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n": types.OfferFormChoicesDocument,
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
    "\n  fragment AssignableCampaign on Campaign { id code name offerCode analysisCode }\n": types.AssignableCampaignFragmentDoc,
    "\n  fragment AssignBranch on Branch { id code name }\n": types.AssignBranchFragmentDoc,
    "\n  fragment AssignSalesperson on Staff { id code displayName }\n": types.AssignSalespersonFragmentDoc,
    "\n  query AssignPage($selection: ID!) {\n    memberSelection(id: $selection) { id count }\n    branches(first: 100) { nodes { ...AssignBranch } }\n  }\n": types.AssignPageDocument,
    "\n  query AssignCampaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      nodes { ...AssignableCampaign }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AssignCampaignsDocument,
    "\n  query AssignSalespeople($branchId: ID!) {\n    staffMembers(branchId: $branchId, permission: CampaignsReceiveContacts, first: 100) { nodes { ...AssignSalesperson } }\n  }\n": types.AssignSalespeopleDocument,
    "\n  fragment AssignmentPreview on CampaignAssignmentPreview {\n    total alreadyInCampaign toAssign minPerSalesperson maxPerSalesperson\n    outsideBranch { outsideBranch salesperson { ...AssignSalesperson } }\n  }\n": types.AssignmentPreviewFragmentDoc,
    "\n  query AssignPreview($input: CampaignAssignmentInput!) {\n    previewCampaignAssignment(input: $input) { ...AssignmentPreview }\n  }\n": types.AssignPreviewDocument,
    "\n  fragment AssignmentJob on BulkJob { id status total processed error }\n": types.AssignmentJobFragmentDoc,
    "\n  mutation AssignToCampaign($input: CampaignAssignmentInput!) {\n    assignToCampaign(input: $input) { ...AssignmentJob }\n  }\n": types.AssignToCampaignDocument,
    "\n  query AssignmentProgress($id: ID!) {\n    bulkJob(id: $id) { ...AssignmentJob }\n  }\n": types.AssignmentProgressDocument,
    "\n  mutation RetryAssignment($id: ID!) {\n    retryBulkJob(id: $id) { ...AssignmentJob }\n  }\n": types.RetryAssignmentDocument,
    "\n  fragment ContactListRow on ContactMember {\n    id\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName phone phone2 }\n    salesperson { id code displayName }\n    status { id label }\n    lastLog { id note content method { id label } }\n    appointment {\n      id startsAt status note attendanceNote verificationNote purchaseNote verifiedAt\n      branch { id code }\n      verifiedBy { id code displayName }\n    }\n    successfulPurchase\n    sameDayPurchase {\n      date invoiceCents productCents treatmentCents\n      invoices { id number }\n      items { kind code description quantity }\n    }\n  }\n": types.ContactListRowFragmentDoc,
    "\n  query ContactList($filter: ContactFilterInput, $sort: ContactSortInput, $first: Int, $after: String) {\n    contactMembers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...ContactListRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ContactListDocument,
    "\n  query ContactListTotal($filter: ContactFilterInput) {\n    contactMembers(filter: $filter) { totalCount }\n  }\n": types.ContactListTotalDocument,
    "\n  fragment CampaignChoice on Campaign { id code name offerCode analysisCode }\n": types.CampaignChoiceFragmentDoc,
    "\n  fragment StaffChoice on Staff { id code displayName }\n": types.StaffChoiceFragmentDoc,
    "\n  query ContactListOptions {\n    campaigns(first: 100, includeArchived: true) { nodes { ...CampaignChoice } }\n    contactSalespeople(first: 100) { nodes { ...StaffChoice } }\n    contactStatuses(first: 100) { nodes { id label } }\n    contactSettings {\n      invoiceThresholdCents productThresholdCents treatmentThresholdCents\n      showInvoicePurchases showProductPurchases showTreatmentPurchases successRuleEnabled\n    }\n  }\n": types.ContactListOptionsDocument,
    "\n  query ReassignTargets {\n    staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...StaffChoice } }\n  }\n": types.ReassignTargetsDocument,
    "\n  mutation ReassignContactMembers($ids: [ID!]!, $salespersonId: ID!) {\n    reassignContactMembers(ids: $ids, salespersonId: $salespersonId)\n  }\n": types.ReassignContactMembersDocument,
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
    "\n  fragment ContactBookingDetails on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    note\n    attendanceNote\n    verificationNote\n    verifiedAt\n    branch { id code name timeZone }\n    verifiedBy { id displayName code }\n    beautician { id displayName code }\n    treatment { id code name }\n  }\n": types.ContactBookingDetailsFragmentDoc,
    "\n  fragment HomeContactRow on ContactMember {\n    id\n    nextFollowUpAt\n    followUpState\n    createdAt\n    campaign { id code name }\n    member { id memberNo lastName firstName }\n  }\n": types.HomeContactRowFragmentDoc,
    "\n  fragment HomeAppointmentRow on Appointment {\n    id\n    startsAt\n    status\n    branch { id code name timeZone }\n    contactMember { id member { id memberNo lastName firstName } }\n  }\n": types.HomeAppointmentRowFragmentDoc,
    "\n  query SalespersonHome($me: [ID!]) {\n    notContacted: contactMembers(filter: { salespersonIds: $me, quick: NOT_CONTACTED }, sort: { field: ASSIGNED, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    myAppointmentsToday(first: 10) {\n      nodes { ...HomeAppointmentRow }\n      totalCount\n    }\n  }\n": types.SalespersonHomeDocument,
    "\n  query ManagerHome {\n    overdueFollowUpsBySalesperson {\n      salesperson { id code displayName }\n      count\n    }\n    branchArrivalsToday {\n      branch { id code name }\n      date\n      booked\n      arrived\n      verified\n      noShow\n    }\n    activeCampaignProgress(first: 10) {\n      nodes {\n        campaign { id code name endsOn }\n        members\n        contacted\n        booked\n        arrived\n      }\n      totalCount\n    }\n  }\n": types.ManagerHomeDocument,
    "\n  fragment CouponRow on Coupon {\n    id\n    code\n    status\n    validFrom\n    validTo\n    issuedAt\n    redeemedAt\n    discountCents\n    voidReason\n    invoiceId\n    type { id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }\n    member { id memberNo displayName }\n  }\n": types.CouponRowFragmentDoc,
    "\n  query MemberCoupons($memberId: ID!, $statuses: [CouponStatus!], $first: Int!, $after: String) {\n    memberCoupons(memberId: $memberId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      nodes { ...CouponRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MemberCouponsDocument,
    "\n  fragment CouponTypeFields on CouponType {\n    id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents\n    productIds treatmentIds categoryIds departmentIds validDays validFrom validTo active\n  }\n": types.CouponTypeFieldsFragmentDoc,
    "\n  query CouponTypes($activeOnly: Boolean!, $first: Int!) {\n    couponTypes(activeOnly: $activeOnly, first: $first) { nodes { ...CouponTypeFields } }\n  }\n": types.CouponTypesDocument,
    "\n  mutation CreateCouponType($input: CouponTypeInput!) {\n    createCouponType(input: $input) { ...CouponTypeFields }\n  }\n": types.CreateCouponTypeDocument,
    "\n  mutation UpdateCouponType($id: ID!, $input: CouponTypeInput!) {\n    updateCouponType(id: $id, input: $input) { ...CouponTypeFields }\n  }\n": types.UpdateCouponTypeDocument,
    "\n  mutation IssueCoupon($memberId: ID!, $typeId: ID!, $idempotencyKey: String!) {\n    issueCoupon(memberId: $memberId, typeId: $typeId, idempotencyKey: $idempotencyKey) { ...CouponRow }\n  }\n": types.IssueCouponDocument,
    "\n  mutation VoidCoupon($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    voidCoupon(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...CouponRow }\n  }\n": types.VoidCouponDocument,
    "\n  query Coupons($filter: CouponFilterInput, $first: Int!, $after: String) {\n    coupons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { ...CouponRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CouponsDocument,
    "\n  query CouponReport($from: DateTimeISO!, $before: DateTimeISO!) {\n    couponReport(from: $from, before: $before) { type { id code name } issued redeemed expired voided discountCents }\n  }\n": types.CouponReportDocument,
    "\n  query CouponTypeChoices {\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n    productCategories(first: 100, includeInactive: true) { nodes { id code label } }\n  }\n": types.CouponTypeChoicesDocument,
    "\n  mutation IssueCouponsToSelection($selectionId: ID!, $typeId: ID!) {\n    issueCouponsToSelection(selectionId: $selectionId, typeId: $typeId) { id status total processed skipped error }\n  }\n": types.IssueCouponsToSelectionDocument,
    "\n  query CouponIssueJob($id: ID!) {\n    bulkJob(id: $id) { id status total processed skipped error }\n  }\n": types.CouponIssueJobDocument,
    "\n  fragment GiftCategoryRow on GiftCategory {\n    id\n    code\n    name\n    sortOrder\n    active\n  }\n": types.GiftCategoryRowFragmentDoc,
    "\n  fragment GiftRow on Gift {\n    id\n    code\n    name\n    categoryId\n    category { id name }\n    pointsPrice\n    description\n    active\n    stock { onHand branch { id code name } }\n  }\n": types.GiftRowFragmentDoc,
    "\n  query GiftCategories($after: String) {\n    giftCategories(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...GiftCategoryRow }\n    }\n  }\n": types.GiftCategoriesDocument,
    "\n  query Gifts($after: String) {\n    gifts(first: 40, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...GiftRow }\n    }\n  }\n": types.GiftsDocument,
    "\n  query GiftBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name }\n    }\n  }\n": types.GiftBranchesDocument,
    "\n  mutation CreateGiftCategory($input: GiftCategoryInput!) {\n    createGiftCategory(input: $input) { ...GiftCategoryRow }\n  }\n": types.CreateGiftCategoryDocument,
    "\n  mutation UpdateGiftCategory($id: ID!, $input: GiftCategoryInput!) {\n    updateGiftCategory(id: $id, input: $input) { ...GiftCategoryRow }\n  }\n": types.UpdateGiftCategoryDocument,
    "\n  mutation CreateGift($input: GiftInput!) {\n    createGift(input: $input) { ...GiftRow }\n  }\n": types.CreateGiftDocument,
    "\n  mutation UpdateGift($id: ID!, $input: GiftInput!) {\n    updateGift(id: $id, input: $input) { ...GiftRow }\n  }\n": types.UpdateGiftDocument,
    "\n  mutation MoveGiftStock($input: GiftStockMoveInput!) {\n    moveGiftStock(input: $input) { onHand branch { id } }\n  }\n": types.MoveGiftStockDocument,
    "\n  query GiftStockMovements($giftId: ID!, $after: String) {\n    giftStockMovements(giftId: $giftId, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind quantity note createdAt branch { id code name } staff { id displayName } }\n    }\n  }\n": types.GiftStockMovementsDocument,
    "\n  query RedeemableGifts($branchId: ID!, $after: String) {\n    gifts(activeOnly: true, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name pointsPrice category { id name } stockAt(branchId: $branchId) }\n    }\n  }\n": types.RedeemableGiftsDocument,
    "\n  query MemberGiftRedemptions($memberId: ID!, $first: Int!, $after: String) {\n    memberGiftRedemptions(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id quantity points status createdAt cancelledAt gift { id code name } branch { id name } staff { id displayName } }\n    }\n  }\n": types.MemberGiftRedemptionsDocument,
    "\n  mutation RedeemGift($input: RedeemGiftInput!) {\n    redeemGift(input: $input) { id quantity points }\n  }\n": types.RedeemGiftDocument,
    "\n  mutation CancelGiftRedemption($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    cancelGiftRedemption(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status cancelledAt }\n  }\n": types.CancelGiftRedemptionDocument,
    "\n  fragment PointsRuleSetting on PointsRule {\n    id\n    code\n    name\n    active\n    effect\n    multiplierBasisPoints\n    pointsPer100\n    priority\n    branchIds\n    memberGroupIds\n    productIds\n    treatmentIds\n    categoryIds\n    departmentIds\n    weekdays\n    birthdayMonthOnly\n    validFrom\n    validTo\n  }\n": types.PointsRuleSettingFragmentDoc,
    "\n  query PointsRules($after: String) {\n    pointsRules(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsRuleSetting }\n    }\n  }\n": types.PointsRulesDocument,
    "\n  query PointsRuleChoices {\n    branches(first: 100) { nodes { id code label } }\n    memberGroups(first: 100) { nodes { id name } }\n    productCategories(first: 100, includeInactive: true) { nodes { id code label } }\n  }\n": types.PointsRuleChoicesDocument,
    "\n  query PointsRuleItemChoices {\n    products(first: 100) { nodes { id code label } }\n    treatments(first: 100, includeInactive: true) { nodes { id code name } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n": types.PointsRuleItemChoicesDocument,
    "\n  mutation CreatePointsRule($input: PointsRuleInput!) {\n    createPointsRule(input: $input) { ...PointsRuleSetting }\n  }\n": types.CreatePointsRuleDocument,
    "\n  mutation UpdatePointsRule($id: ID!, $input: PointsRuleInput!) {\n    updatePointsRule(id: $id, input: $input) { ...PointsRuleSetting }\n  }\n": types.UpdatePointsRuleDocument,
    "\n  mutation DeletePointsRule($id: ID!) {\n    deletePointsRule(id: $id) { id }\n  }\n": types.DeletePointsRuleDocument,
    "\n  fragment PointsEntryRow on PointsEntry {\n    id\n    kind\n    points\n    balanceAfter\n    reason\n    createdAt\n    staff { id displayName }\n    branch { id name }\n    invoice { id number }\n    gift { id code name }\n    referredMember { id memberNo displayName }\n    expiredLot { id earnedAt points }\n    basis {\n      __typename\n      ... on EarningBasis {\n        levelName\n        levelPointsPer100\n        lines { position code description amountCents pointsPer100 multiplierBasisPoints points rules { code name effect } }\n      }\n      ... on ReferralBasis { shareBasisPoints sourcePoints }\n      ... on ReversalBasis { reversedPoints shortfallPoints lines { position returnedQuantity soldQuantity points } }\n    }\n  }\n": types.PointsEntryRowFragmentDoc,
    "\n  query MemberPoints($memberId: ID!, $first: Int!, $after: String) {\n    memberPoints(memberId: $memberId) {\n      memberId\n      balance\n      earnedTotal\n      rank\n      expiring { expiresAt points }\n    }\n    pointsEntries(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsEntryRow }\n    }\n  }\n": types.MemberPointsDocument,
    "\n  query MorePointsEntries($memberId: ID!, $first: Int!, $after: String) {\n    pointsEntries(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsEntryRow }\n    }\n  }\n": types.MorePointsEntriesDocument,
    "\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) { id points balanceAfter }\n  }\n": types.AdjustPointsDocument,
    "\n  query LoyaltySettingsPage {\n    loyaltySettings { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }\n  }\n": types.LoyaltySettingsPageDocument,
    "\n  mutation UpdateLoyaltySettings($input: LoyaltySettingsInput!) {\n    updateLoyaltySettings(input: $input) { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }\n  }\n": types.UpdateLoyaltySettingsDocument,
    "\n  fragment LevelChangeRow on MemberLevelChange {\n    id reason spendCents createdAt\n    fromGroup { id name upgradeWithinMonths }\n    toGroup { id name upgradeWithinMonths }\n    invoice { id number }\n    staff { id displayName }\n  }\n": types.LevelChangeRowFragmentDoc,
    "\n  query MemberLevelChanges($memberId: ID!, $first: Int!, $after: String) {\n    memberLevelChanges(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      nodes { ...LevelChangeRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MemberLevelChangesDocument,
    "\n  query FormBranches {\n    branches(first: 100) { nodes { id name timeZone } }\n  }\n": types.FormBranchesDocument,
    "\n  query FormMemberGroups {\n    memberGroups(first: 100) { nodes { id name isDeletedGroup } }\n  }\n": types.FormMemberGroupsDocument,
    "\n  query FormInterestGroups {\n    interestGroups(first: 100) { nodes { id name } }\n  }\n": types.FormInterestGroupsDocument,
    "\n  fragment MemberFormCustomField on CustomField {\n    id\n    key\n    label\n    type\n    maxLength\n    options\n    defaultValue\n    required\n  }\n": types.MemberFormCustomFieldFragmentDoc,
    "\n  query FormCustomFields {\n    customFields(first: 100) { nodes { ...MemberFormCustomField } }\n  }\n": types.FormCustomFieldsDocument,
    "\n  fragment MemberSummary on Member {\n    id\n    memberNo\n    displayName\n    phone\n    branch { id name }\n  }\n": types.MemberSummaryFragmentDoc,
    "\n  fragment MemberFormMember on Member {\n    id\n    memberNo\n    lastName\n    firstName\n    englishName\n    displayName\n    gender\n    idCard\n    phone\n    phone2\n    email\n    birthday\n    address\n    remarks\n    isWalkIn\n    branch { id }\n    group { id }\n    consultant { id displayName code }\n    referrer { ...MemberSummary }\n    interestGroups { id }\n    customFieldValues { value field { id } }\n  }\n": types.MemberFormMemberFragmentDoc,
    "\n  query MemberFormData($id: ID!) {\n    member(id: $id) { ...MemberFormMember }\n  }\n": types.MemberFormDataDocument,
    "\n  query Consultants($branchId: ID!) {\n    staffMembers(branchId: $branchId, first: 100) { nodes { id displayName code } }\n  }\n": types.ConsultantsDocument,
    "\n  query DuplicatePhone($phone: String!, $excludeMemberId: ID) {\n    duplicatePhoneMembers(phone: $phone, excludeMemberId: $excludeMemberId, first: 10) {\n      totalCount\n      nodes { ...MemberSummary }\n    }\n  }\n": types.DuplicatePhoneDocument,
    "\n  query ReferrerLookup($term: String!) {\n    quickLookup(term: $term, first: 6) { nodes { ...MemberSummary } }\n  }\n": types.ReferrerLookupDocument,
    "\n  fragment SavedMember on Member {\n    id\n    memberNo\n  }\n": types.SavedMemberFragmentDoc,
    "\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) { ...SavedMember }\n  }\n": types.RegisterMemberDocument,
    "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) { ...SavedMember }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation ConvertWalkIn($id: ID!, $input: RegisterMemberInput!) {\n    convertWalkIn(id: $id, input: $input) { ...SavedMember }\n  }\n": types.ConvertWalkInDocument,
    "\n  mutation CreateWalkIn($input: CreateWalkInInput!) {\n    createWalkIn(input: $input) { ...SavedMember }\n  }\n": types.CreateWalkInDocument,
    "\n  fragment MemberCommentItem on MemberComment {\n    id\n    body\n    createdAt\n    author { displayName }\n  }\n": types.MemberCommentItemFragmentDoc,
    "\n  fragment MemberCommentsPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { ...MemberCommentItem }\n  }\n": types.MemberCommentsPageFragmentDoc,
    "\n  query MoreMemberComments($id: ID!, $after: String) {\n    member(id: $id) { id comments(first: 20, after: $after) { ...MemberCommentsPage } }\n  }\n": types.MoreMemberCommentsDocument,
    "\n  mutation AddMemberComment($memberId: ID!, $body: String!) {\n    addMemberComment(memberId: $memberId, body: $body) { ...MemberCommentItem }\n  }\n": types.AddMemberCommentDocument,
    "\n  fragment MemberHistoryRow on MemberHistoryEntry {\n    id\n    kind\n    at\n    appointment {\n      id status\n      branch { id label timeZone }\n      beautician { id displayName code }\n      treatment { id name }\n    }\n    campaign { id code name }\n    invoice { id number status totalCents branch { id label currency timeZone } }\n    salesReturn { id number totalCents reason branch { id label currency timeZone } }\n    returnedInvoiceId\n    contactLog { id note content method { id label } status { id label } createdBy { id displayName code } }\n    contactMemberId\n    levelChange { ...LevelChangeRow }\n  }\n": types.MemberHistoryRowFragmentDoc,
    "\n  query MemberHistory($memberId: ID!, $first: Int!, $after: String, $kinds: [MemberHistoryKind!]) {\n    memberHistory(memberId: $memberId, first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MemberHistoryRow }\n    }\n  }\n": types.MemberHistoryDocument,
    "\n  fragment MemberProfile on Member {\n    id memberNo lastName firstName englishName displayName gender idCard phone phone2 email birthday address remarks isWalkIn createdAt\n    branch { id name currency }\n    consultant { id displayName code }\n    referrer { id memberNo displayName }\n  }\n": types.MemberProfileFragmentDoc,
    "\n  query MemberPage($id: ID!) {\n    member(id: $id) { ...MemberProfile }\n  }\n": types.MemberPageDocument,
    "\n  fragment MemberLevelDetails on Member {\n    id\n    level { id name discountPercent pointsPer100 topUpBonusPercent upgradeSpendCents upgradeWithinMonths }\n    interestGroups { id name }\n    customFieldValues { value field { id label type } }\n  }\n": types.MemberLevelDetailsFragmentDoc,
    "\n  query MemberPageLevel($id: ID!) {\n    member(id: $id) { ...MemberLevelDetails }\n  }\n": types.MemberPageLevelDocument,
    "\n  query MemberPageComments($id: ID!) {\n    member(id: $id) { id comments(first: 20) { ...MemberCommentsPage } }\n  }\n": types.MemberPageCommentsDocument,
    "\n  fragment MemberAuditEntry on AuditLogEntry {\n    id action at before after\n    actor { id displayName code }\n  }\n": types.MemberAuditEntryFragmentDoc,
    "\n  fragment MemberAuditPage on AuditLogEntryConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...MemberAuditEntry } }\n  }\n": types.MemberAuditPageFragmentDoc,
    "\n  query MemberPageAudit($id: ID!) {\n    member(id: $id) { id auditLog(first: 50) { ...MemberAuditPage } }\n  }\n": types.MemberPageAuditDocument,
    "\n  query MoreMemberAudit($id: ID!, $after: String) {\n    member(id: $id) { id auditLog(first: 50, after: $after) { ...MemberAuditPage } }\n  }\n": types.MoreMemberAuditDocument,
    "\n  fragment MemberCampaignItem on MemberCampaign {\n    campaign { id code name }\n    salesperson { id displayName code }\n  }\n": types.MemberCampaignItemFragmentDoc,
    "\n  query MemberPageCampaigns($id: ID!) {\n    member(id: $id) { id campaigns(first: 50) { totalCount nodes { ...MemberCampaignItem } } }\n  }\n": types.MemberPageCampaignsDocument,
    "\n  mutation DeleteMember($id: ID!) {\n    deleteMember(id: $id) { id memberNo }\n  }\n": types.DeleteMemberDocument,
    "\n  fragment MemberSearchRow on Member {\n    id\n    memberNo\n    displayName\n    phone\n    phone2\n    email\n    isWalkIn\n    createdAt\n    group { id name }\n    branch { id code name }\n  }\n": types.MemberSearchRowFragmentDoc,
    "\n  query MemberSearchPage($filter: MemberFilterInput, $sort: MemberSortInput, $first: Int!, $after: String) {\n    memberSearch(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...MemberSearchRow } }\n    }\n  }\n": types.MemberSearchPageDocument,
    "\n  fragment SearchStaffChoice on Staff { id code displayName }\n": types.SearchStaffChoiceFragmentDoc,
    "\n  fragment SearchCustomField on CustomField { id label type options }\n": types.SearchCustomFieldFragmentDoc,
    "\n  query SearchBranches { branches(first: 100) { nodes { id code name } } }\n": types.SearchBranchesDocument,
    "\n  query SearchGroups { memberGroups(first: 100) { nodes { id name } } }\n": types.SearchGroupsDocument,
    "\n  query SearchCampaigns { campaigns(first: 100, includeArchived: true) { nodes { id code name } } }\n": types.SearchCampaignsDocument,
    "\n  query SearchSalespeople { staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...SearchStaffChoice } } }\n": types.SearchSalespeopleDocument,
    "\n  query SearchManagers { staffMembers(permission: ContactsSupervise, first: 100) { nodes { ...SearchStaffChoice } } }\n": types.SearchManagersDocument,
    "\n  query SearchInterestGroups { interestGroups(first: 100) { nodes { id name } } }\n": types.SearchInterestGroupsDocument,
    "\n  query SearchCustomFields { customFields(first: 100) { nodes { ...SearchCustomField } } }\n": types.SearchCustomFieldsDocument,
    "\n  fragment BulkJobProgress on BulkJob { id status total processed skipped error }\n": types.BulkJobProgressFragmentDoc,
    "\n  mutation SaveMemberSelection($input: MemberSelectionInput!) {\n    saveMemberSelection(input: $input) { id count }\n  }\n": types.SaveMemberSelectionDocument,
    "\n  mutation StartBulkMemberAction($input: BulkMemberActionInput!) {\n    startBulkMemberAction(input: $input) { ...BulkJobProgress }\n  }\n": types.StartBulkMemberActionDocument,
    "\n  query BulkJobProgress($id: ID!) {\n    bulkJob(id: $id) { ...BulkJobProgress }\n  }\n": types.BulkJobProgressDocument,
    "\n  mutation RetryBulkJob($id: ID!) {\n    retryBulkJob(id: $id) { ...BulkJobProgress }\n  }\n": types.RetryBulkJobDocument,
    "\n  fragment StoredValueEntryRow on StoredValueEntry {\n    id\n    kind\n    amountCents\n    paidCents\n    bonusCents\n    balanceAfterCents\n    reason\n    createdAt\n    staff { id displayName }\n    branch { id name }\n    invoice { id number }\n    prepaidSale { id number }\n  }\n": types.StoredValueEntryRowFragmentDoc,
    "\n  fragment AccountPackageRow on MemberPackage {\n    id\n    name\n    kind\n    sessionsTotal\n    sessionsRemaining\n    valueCents\n    remainingCents\n    status\n    validTo\n    expired\n    usable\n    soldAt\n  }\n": types.AccountPackageRowFragmentDoc,
    "\n  fragment AccountInstalmentRow on Instalment {\n    id\n    sequence\n    dueDate\n    amountCents\n    paidCents\n    outstandingCents\n    overdue\n    paidAt\n    prepaidSale { id number }\n  }\n": types.AccountInstalmentRowFragmentDoc,
    "\n  query MemberAccount($memberId: ID!, $first: Int!, $packages: Int!, $coupons: Int!) {\n    member(id: $memberId) { id branch { id currency } }\n    systemSettings { currencyDisplay currencyDecimals }\n    memberAccount(memberId: $memberId) {\n      memberId\n      today\n      storedValue { balanceCents paidInCents bonusInCents }\n      storedValueEntries(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...StoredValueEntryRow }\n      }\n      packages(first: $packages) {\n        totalCount\n        nodes { ...AccountPackageRow }\n      }\n      instalmentsOutstandingCents\n      instalments { ...AccountInstalmentRow }\n      points { memberId balance expiring { expiresAt points } }\n      coupons(first: $coupons, statuses: [ISSUED]) {\n        totalCount\n        nodes { id code validTo type { id name } }\n      }\n    }\n  }\n": types.MemberAccountDocument,
    "\n  query MoreStoredValueEntries($memberId: ID!, $first: Int!, $after: String) {\n    memberAccount(memberId: $memberId) {\n      memberId\n      storedValueEntries(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...StoredValueEntryRow }\n      }\n    }\n  }\n": types.MoreStoredValueEntriesDocument,
    "\n  query AccountPackageLedger($id: ID!, $first: Int!) {\n    memberPackage(id: $id) {\n      id\n      entries(first: $first) {\n        totalCount\n        nodes {\n          id\n          kind\n          sessions\n          valueCents\n          sessionsAfter\n          remainingAfterCents\n          reason\n          createdAt\n          staff { id displayName }\n          treatment { id name }\n          invoice { id number }\n        }\n      }\n    }\n  }\n": types.AccountPackageLedgerDocument,
    "\n  query MemberInstalments($memberId: ID!) {\n    member(id: $memberId) { id branch { id currency } }\n    systemSettings { currencyDisplay currencyDecimals }\n    memberAccount(memberId: $memberId) {\n      memberId\n      today\n      instalmentsOutstandingCents\n      instalments(all: true) { ...AccountInstalmentRow }\n    }\n  }\n": types.MemberInstalmentsDocument,
    "\n  fragment MemberCardRow on MemberCard {\n    id\n    cardNumber\n    status\n    hasPin\n    issuedAt\n    lockedAt\n    reason\n    updatedAt\n    replacedBy { id cardNumber }\n  }\n": types.MemberCardRowFragmentDoc,
    "\n  query MemberCards($memberId: ID!) {\n    memberCards(memberId: $memberId) { ...MemberCardRow }\n  }\n": types.MemberCardsDocument,
    "\n  mutation IssueMemberCard($input: IssueMemberCardInput!) {\n    issueMemberCard(input: $input) { ...MemberCardRow }\n  }\n": types.IssueMemberCardDocument,
    "\n  mutation SetMemberCardPin($input: SetMemberCardPinInput!) {\n    setMemberCardPin(input: $input) { ...MemberCardRow }\n  }\n": types.SetMemberCardPinDocument,
    "\n  mutation LockMemberCard($input: LockMemberCardInput!) {\n    lockMemberCard(input: $input) { ...MemberCardRow }\n  }\n": types.LockMemberCardDocument,
    "\n  mutation UnlockMemberCard($input: UnlockMemberCardInput!) {\n    unlockMemberCard(input: $input) { ...MemberCardRow }\n  }\n": types.UnlockMemberCardDocument,
    "\n  mutation ReplaceMemberCard($input: ReplaceMemberCardInput!) {\n    replaceMemberCard(input: $input) { ...MemberCardRow }\n  }\n": types.ReplaceMemberCardDocument,
    "\n  query PrepaidCounterSetup {\n    viewer { id branch { id currency } }\n    branches(includeClosed: false, first: 100) { nodes { id label currency } }\n    tenderTypes(first: 100) { nodes { id code label kind givesChange } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n": types.PrepaidCounterSetupDocument,
    "\n  fragment InstalmentRow on Instalment {\n    id\n    sequence\n    dueDate\n    amountCents\n    paidCents\n    outstandingCents\n    overdue\n    member { id memberNo displayName }\n    prepaidSale { id number memberPackage { id name } }\n  }\n": types.InstalmentRowFragmentDoc,
    "\n  query PrepaidCounterMember($memberId: ID!, $first: Int!) {\n    memberAccount(memberId: $memberId) { memberId storedValue { balanceCents } }\n    instalments(memberId: $memberId, first: $first) { nodes { ...InstalmentRow } }\n  }\n": types.PrepaidCounterMemberDocument,
    "\n  query PrepaidInstalments($status: InstalmentStatusFilter!, $branchId: ID, $first: Int!, $after: String) {\n    instalments(status: $status, branchId: $branchId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InstalmentRow }\n    }\n  }\n": types.PrepaidInstalmentsDocument,
    "\n  query TopUpQuote($memberId: ID!, $amountCents: Int!) {\n    topUpQuote(memberId: $memberId, amountCents: $amountCents) { paidCents bonusPercent bonusCents totalCents }\n  }\n": types.TopUpQuoteDocument,
    "\n  mutation TopUp($input: TopUpInput!) {\n    topUp(input: $input) { changeCents prepaidSale { id number } entry { id amountCents paidCents bonusCents balanceAfterCents } }\n  }\n": types.TopUpDocument,
    "\n  mutation RefundStoredValue($input: RefundStoredValueInput!) {\n    refundStoredValue(input: $input) { prepaidSale { id number } entry { id amountCents balanceAfterCents } }\n  }\n": types.RefundStoredValueDocument,
    "\n  mutation PayInstalment($input: PayInstalmentInput!) {\n    payInstalment(input: $input) { ...InstalmentRow paidAt }\n  }\n": types.PayInstalmentDocument,
    "\n  fragment PackageTypeFields on PackageType {\n    id\n    code\n    name\n    kind\n    sessions\n    valueCents\n    priceCents\n    validityMonths\n    active\n    treatmentsAny\n    treatments { id code name priceCents }\n  }\n": types.PackageTypeFieldsFragmentDoc,
    "\n  query PackageTypes($active: Boolean, $search: String, $first: Int, $after: String) {\n    packageTypes(active: $active, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PackageTypeFields }\n    }\n  }\n": types.PackageTypesDocument,
    "\n  query PackageValueSuggestion($treatmentIds: [ID!]!) {\n    packageValueSuggestion(treatmentIds: $treatmentIds)\n  }\n": types.PackageValueSuggestionDocument,
    "\n  mutation CreatePackageType($input: PackageTypeInput!) {\n    createPackageType(input: $input) { ...PackageTypeFields }\n  }\n": types.CreatePackageTypeDocument,
    "\n  mutation UpdatePackageType($id: ID!, $input: PackageTypeInput!) {\n    updatePackageType(id: $id, input: $input) { ...PackageTypeFields }\n  }\n": types.UpdatePackageTypeDocument,
    "\n  mutation SetPackageTypeActive($id: ID!, $active: Boolean!) {\n    setPackageTypeActive(id: $id, active: $active) { id active }\n  }\n": types.SetPackageTypeActiveDocument,
    "\n  query PackageTreatmentSearch($search: String, $first: Int) {\n    treatments(search: $search, first: $first) { nodes { id code name priceCents } }\n  }\n": types.PackageTreatmentSearchDocument,
    "\n  query SellPackageSetup {\n    viewer { id branch { id timeZone } }\n    tenderTypes(first: 100) { nodes { id code label kind active } }\n  }\n": types.SellPackageSetupDocument,
    "\n  mutation SellPackage($input: SellPackageInput!) {\n    sellPackage(input: $input) { id name validTo prepaidSale { id number } }\n  }\n": types.SellPackageDocument,
    "\n  query MemberPackageActions($id: ID!) {\n    viewer { id branch { id } }\n    memberPackage(id: $id) { id name kind status sessionsRemaining usable treatmentsAny treatments { id code name } }\n    tenderTypes(first: 100) { nodes { id code label kind active } }\n  }\n": types.MemberPackageActionsDocument,
    "\n  query UsableSessionPackages($memberId: ID!, $treatmentId: ID) {\n    usableMemberPackages(memberId: $memberId, treatmentId: $treatmentId, kind: SESSIONS) { id name sessionsRemaining validTo }\n  }\n": types.UsableSessionPackagesDocument,
    "\n  mutation UseSession($input: UseSessionInput!) {\n    useSession(input: $input) { id sessionsAfter }\n  }\n": types.UseSessionDocument,
    "\n  mutation AddSessions($input: AddSessionsInput!) {\n    addSessions(input: $input) { id sessionsAfter }\n  }\n": types.AddSessionsDocument,
    "\n  mutation RefundPackage($input: RefundPackageInput!) {\n    refundPackage(input: $input) { id number amountCents }\n  }\n": types.RefundPackageDocument,
    "\n  fragment QuickLookupRow on Member { id memberNo displayName phone phone2 isWalkIn branch { id code name } }\n": types.QuickLookupRowFragmentDoc,
    "\n  query QuickLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { ...QuickLookupRow } }\n  }\n": types.QuickLookupDocument,
    "\n  fragment AnalysisStatusCell on ReportStatusCell { statusId count ratio }\n": types.AnalysisStatusCellFragmentDoc,
    "\n  fragment AnalysisOutcomes on AppointmentOutcomes { booked arrived verified noShow cancelled }\n": types.AnalysisOutcomesFragmentDoc,
    "\n  fragment AnalysisSales on CampaignAnalysisSales { bookedContacts successful successRatio invoiceCents productCents treatmentCents }\n": types.AnalysisSalesFragmentDoc,
    "\n  fragment AnalysisStatusColumn on ContactStatus { id key label }\n": types.AnalysisStatusColumnFragmentDoc,
    "\n  fragment AnalysisRow on CampaignAnalysisRow {\n    key code name total\n    cells { ...AnalysisStatusCell }\n    outcomes { ...AnalysisOutcomes }\n    sales { ...AnalysisSales }\n  }\n": types.AnalysisRowFragmentDoc,
    "\n  fragment AnalysisTotals on CampaignAnalysisTotals {\n    total\n    cells { ...AnalysisStatusCell }\n    outcomes { ...AnalysisOutcomes }\n    sales { ...AnalysisSales }\n  }\n": types.AnalysisTotalsFragmentDoc,
    "\n  fragment AnalysisReport on CampaignAnalysis {\n    view\n    columns { ...AnalysisStatusColumn }\n    totals { ...AnalysisTotals }\n    filter { ...ReportAppliedFilterFields contactedFrom contactedTo }\n    successRule { enabled metric thresholdCents }\n    ranBy { ...ReportRanBy }\n    ranAt\n  }\n": types.AnalysisReportFragmentDoc,
    "\n  query CampaignAnalysisReport($view: CampaignAnalysisView!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignAnalysis(view: $view, filter: $filter) {\n      ...AnalysisReport\n      rows(first: $first, after: $after) {\n        nodes { ...AnalysisRow }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.CampaignAnalysisReportDocument,
    "\n  query ContactTrendChart($filter: ReportFilterInput) {\n    contactTrend(filter: $filter) { from to total days { day count } }\n  }\n": types.ContactTrendChartDocument,
    "\n  query ReportExportProgress($id: ID!) {\n    reportExportProgress(id: $id) { id rowsWritten totalRows done }\n  }\n": types.ReportExportProgressDocument,
    "\n  fragment FollowUpTotals on FollowUpStatisticTotals {\n    assigned contacted logs booked attended overdue\n    logsByMethod { methodId count }\n  }\n": types.FollowUpTotalsFragmentDoc,
    "\n  fragment FollowUpRow on FollowUpStatisticRow {\n    salesperson { id code displayName }\n    assigned contacted logs booked attended overdue\n    logsByMethod { methodId count }\n  }\n": types.FollowUpRowFragmentDoc,
    "\n  fragment FollowUpReportHeader on FollowUpStatistics {\n    from to\n    methods { id label }\n    totals { ...FollowUpTotals }\n    filter { ...ReportAppliedFilterFields }\n    ranBy { ...ReportRanBy }\n    ranAt\n  }\n": types.FollowUpReportHeaderFragmentDoc,
    "\n  query FollowUpStatisticsReport($filter: ReportFilterInput, $first: Int!, $after: String) {\n    followUpStatistics(filter: $filter) {\n      ...FollowUpReportHeader\n      rows(first: $first, after: $after) {\n        nodes { ...FollowUpRow }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.FollowUpStatisticsReportDocument,
    "\n  fragment FollowUpDrillMember on ContactMember {\n    id lastContactAt\n    member { id memberNo lastName firstName }\n    campaign { id code name }\n    status { id label }\n    salesperson { id code displayName }\n  }\n": types.FollowUpDrillMemberFragmentDoc,
    "\n  query FollowUpStatisticMembers(\n    $filter: ReportFilterInput, $metric: FollowUpMetric!, $salespersonId: ID, $methodId: ID, $first: Int, $after: String\n  ) {\n    followUpStatisticMembers(filter: $filter, metric: $metric, salespersonId: $salespersonId, methodId: $methodId, first: $first, after: $after) {\n      nodes { ...FollowUpDrillMember }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.FollowUpStatisticMembersDocument,
    "\n  query PointsRanking($filter: LoyaltyBranchesFilter, $first: Int!, $after: String) {\n    pointsRanking(filter: $filter, first: $first, after: $after) {\n      memberCount\n      rows {\n        nodes { rank balance earnedTotal member { id memberNo displayName } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.PointsRankingDocument,
    "\n  query PointsMovements($filter: PointsMovementsFilter, $first: Int!, $after: String) {\n    pointsMovements(filter: $filter) {\n      from\n      to\n      period\n      totals { issued earned referral adjustedIn redeemed expired reversed adjustedOut net }\n      rows(first: $first, after: $after) {\n        nodes { period from to branch { id code name } issued earned referral adjustedIn redeemed expired reversed adjustedOut net }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.PointsMovementsDocument,
    "\n  query PointsLiability($filter: LoyaltyBranchesFilter) {\n    pointsLiability(filter: $filter) {\n      points\n      members\n      asOf\n      byBranch(first: 100) { nodes { branch { id code name } members points } totalCount }\n      byExpiry(first: 100) { nodes { month points } totalCount }\n    }\n  }\n": types.PointsLiabilityDocument,
    "\n  query LoyaltyReportBranches {\n    branches(first: 100) { nodes { id label } }\n  }\n": types.LoyaltyReportBranchesDocument,
    "\n  query PrepaidLiabilityReport($filter: PrepaidLiabilityFilter) {\n    prepaidLiability(filter: $filter) {\n      asOf\n      memberId\n      totals { storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }\n      rows(first: 100) {\n        nodes { branch { id code name } storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }\n        totalCount\n      }\n    }\n  }\n": types.PrepaidLiabilityReportDocument,
    "\n  query PrepaidRevenueReport($filter: PrepaidRevenueFilter, $first: Int!, $after: String) {\n    prepaidRevenue(filter: $filter) {\n      from\n      to\n      period\n      totals { topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents }\n      rows(first: $first, after: $after) {\n        nodes {\n          period from to branch { id code name }\n          topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents\n        }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.PrepaidRevenueReportDocument,
    "\n  fragment ReportAppliedFilterFields on ReportAppliedFilter {\n    branches { id code name }\n    campaigns { id code name }\n    salesGroups { id name }\n    salespeople { id code displayName }\n    memberGroups { id code name }\n  }\n": types.ReportAppliedFilterFieldsFragmentDoc,
    "\n  fragment ReportRanBy on Staff { id code displayName login }\n": types.ReportRanByFragmentDoc,
    "\n  query ReportBranchOptions($after: String) {\n    branches(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n": types.ReportBranchOptionsDocument,
    "\n  query ReportCampaignOptions($after: String) {\n    campaigns(first: 100, after: $after, includeArchived: true) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n": types.ReportCampaignOptionsDocument,
    "\n  query ReportSalesGroupOptions($after: String) {\n    salesGroups(first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } }\n  }\n": types.ReportSalesGroupOptionsDocument,
    "\n  query ReportSalespersonOptions($after: String) {\n    contactSalespeople(first: 100, after: $after) { nodes { id code displayName } pageInfo { hasNextPage endCursor } }\n  }\n": types.ReportSalespersonOptionsDocument,
    "\n  query ReportMemberGroupOptions($after: String) {\n    memberGroups(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n": types.ReportMemberGroupOptionsDocument,
    "\n  fragment SalesFiguresFields on SalesFigures { invoices buyers grossCents returnedCents netCents }\n": types.SalesFiguresFieldsFragmentDoc,
    "\n  query CampaignReturn($days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignReturn(daysAfterContact: $days, filter: $filter) {\n      days\n      totals { ...SalesFiguresFields }\n      filter { ...ReportAppliedFilterFields contactedFrom contactedTo }\n      ranBy { ...ReportRanBy }\n      ranAt\n      rows(first: $first, after: $after) {\n        nodes { campaign { id code name } invoices buyers grossCents returnedCents netCents }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.CampaignReturnDocument,
    "\n  query CampaignReturnInvoices($campaignId: ID!, $days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignReturnInvoices(campaignId: $campaignId, daysAfterContact: $days, filter: $filter, first: $first, after: $after) {\n      nodes { id number businessDate customerName totalCents refundedCents status member { id memberNo displayName } branch { id code } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.CampaignReturnInvoicesDocument,
    "\n  query MemberSalesRanking($filter: SalesStatisticsFilter, $first: Int!, $after: String) {\n    memberSalesRanking(filter: $filter, first: $first, after: $after) {\n      nodes { rank invoices grossCents returnedCents netCents member { id memberNo displayName } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.MemberSalesRankingDocument,
    "\n  query SalesStatistics($grouping: SalesStatisticsGrouping!, $filter: SalesStatisticsFilter, $first: Int, $after: String) {\n    salesStatistics(grouping: $grouping, filter: $filter) {\n      grouping\n      from\n      to\n      branchIds\n      totals { netCents grossCents returnedCents invoiceCount quantity }\n      rows(first: $first, after: $after) {\n        totalCount\n        nodes { key label netCents grossCents returnedCents invoiceCount quantity from to }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.SalesStatisticsDocument,
    "\n  query SalesStatisticsChoices {\n    branches(first: 100) { nodes { id label } }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n": types.SalesStatisticsChoicesDocument,
    "\n  fragment ProductRow on Product {\n    id\n    code\n    barcode\n    label\n    priceCents\n    active\n    lowStockThreshold\n    category { id label }\n    department { id label }\n  }\n": types.ProductRowFragmentDoc,
    "\n  fragment ProductDetail on Product {\n    id\n    code\n    barcode\n    name\n    label\n    translations { zhHK en zhCN th }\n    category { id label }\n    department { id label }\n    priceCents\n    costCents\n    taxRateBasisPoints\n    allowNegativeStock\n    lowStockThreshold\n    active\n  }\n": types.ProductDetailFragmentDoc,
    "\n  query SalesProducts($filter: ProductFilter, $after: String) {\n    products(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      nodes { ...ProductRow }\n    }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n": types.SalesProductsDocument,
    "\n  query SalesProduct($id: ID!, $after: String) {\n    product(id: $id) {\n      ...ProductDetail\n      stockLevels { onHand updatedAt branch { id code label } }\n    }\n    stockMovements(productId: $id, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind quantity reason createdAt branch { id label } counterpartBranch { id label } staff { id displayName } }\n    }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n": types.SalesProductDocument,
    "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) { ...ProductDetail }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) { ...ProductDetail }\n  }\n": types.UpdateProductDocument,
    "\n  fragment CategoryRow on ProductCategory {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    sortOrder\n    active\n  }\n": types.CategoryRowFragmentDoc,
    "\n  fragment DepartmentRow on Department {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    active\n  }\n": types.DepartmentRowFragmentDoc,
    "\n  query SalesCategories($after: String) {\n    productCategories(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CategoryRow }\n    }\n  }\n": types.SalesCategoriesDocument,
    "\n  query SalesDepartments($after: String) {\n    departments(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DepartmentRow }\n    }\n  }\n": types.SalesDepartmentsDocument,
    "\n  query DepartmentChoices($after: String) {\n    departments(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id label }\n    }\n  }\n": types.DepartmentChoicesDocument,
    "\n  mutation CreateProductCategory($input: ProductCategoryInput!) {\n    createProductCategory(input: $input) { ...CategoryRow }\n  }\n": types.CreateProductCategoryDocument,
    "\n  mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) {\n    updateProductCategory(id: $id, input: $input) { ...CategoryRow }\n  }\n": types.UpdateProductCategoryDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) { ...DepartmentRow }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) { ...DepartmentRow }\n  }\n": types.UpdateDepartmentDocument,
    "\n  query QuoteBill($input: BillDraftInput!) {\n    quoteBill(input: $input) {\n      subtotalCents discountCents offerDiscountCents taxCents roundingCents totalCents memberDiscountPercent couponDiscountCents pointsEarned\n      couponCode couponType { name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }\n      lines { couponCovered }\n    }\n  }\n": types.QuoteBillDocument,
    "\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) { id number totalCents changeCents analysisCode offerDiscountCents offer { code name } couponDiscountCents pointsEarned }\n  }\n": types.CheckoutDocument,
    "\n  fragment CheckoutHeldBill on HeldBill {\n    id\n    label\n    customerName\n    note\n    totalCents\n    createdAt\n    ageMinutes\n    heldBy { id displayName }\n    member { ...CheckoutMember }\n    lines { kind itemId code label quantity unitPriceCents lineDiscountCents staffId }\n    offerCode\n    couponCode\n  }\n": types.CheckoutHeldBillFragmentDoc,
    "\n  fragment CheckoutBillOffer on BillOffer {\n    applies\n    failedConditions\n    offer { id code altCode name analysisCode discountType discountBasisPoints fixedPriceCents departmentIds }\n  }\n": types.CheckoutBillOfferFragmentDoc,
    "\n  query CheckoutBillOffers($input: BillDraftInput!) {\n    billOffers(input: $input, first: 100) { nodes { ...CheckoutBillOffer } }\n  }\n": types.CheckoutBillOffersDocument,
    "\n  query CheckoutHeldBills($branchId: ID!, $first: Int!) {\n    heldBills(branchId: $branchId, first: $first) { nodes { ...CheckoutHeldBill } }\n  }\n": types.CheckoutHeldBillsDocument,
    "\n  mutation HoldBill($input: HoldBillInput!) {\n    holdBill(input: $input) { id label }\n  }\n": types.HoldBillDocument,
    "\n  mutation ResumeHeldBill($id: ID!) {\n    resumeHeldBill(id: $id) { ...CheckoutHeldBill }\n  }\n": types.ResumeHeldBillDocument,
    "\n  mutation DiscardHeldBill($id: ID!) {\n    discardHeldBill(id: $id) { id }\n  }\n": types.DiscardHeldBillDocument,
    "\n  fragment CheckoutSellableItem on SellableItem { kind itemId code barcode label priceCents taxRateBasisPoints onHand allowNegativeStock departmentId }\n": types.CheckoutSellableItemFragmentDoc,
    "\n  query CheckoutItemSearch($branchId: ID!, $search: String, $first: Int!) {\n    sellableItems(branchId: $branchId, search: $search, first: $first) { nodes { ...CheckoutSellableItem } }\n  }\n": types.CheckoutItemSearchDocument,
    "\n  query CheckoutItemByCode($branchId: ID!, $code: String!) {\n    sellableItemByCode(branchId: $branchId, code: $code) { ...CheckoutSellableItem }\n  }\n": types.CheckoutItemByCodeDocument,
    "\n  fragment CheckoutMember on Member { id memberNo displayName phone isWalkIn level { id name discountPercent } }\n": types.CheckoutMemberFragmentDoc,
    "\n  query CheckoutMemberLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { ...CheckoutMember } }\n  }\n": types.CheckoutMemberLookupDocument,
    "\n  query CheckoutSetup {\n    branches(includeClosed: false, first: 100) { nodes { id code label currency } }\n    tenderTypes(first: 100) { nodes { id code label kind givesChange } }\n    staffMembers(first: 100) { nodes { id code displayName branch { id } } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n": types.CheckoutSetupDocument,
    "\n  query CheckoutAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      branch { id }\n      member { ...CheckoutMember }\n      beautician { id }\n      treatment { id code }\n      offerCode\n    }\n  }\n": types.CheckoutAppointmentDocument,
    "\n  query CheckoutPrepaid($memberId: ID!) {\n    prepaidAtCheckout(memberId: $memberId) {\n      memberId\n      storedValueCents\n      cardLocked\n      cardHasPin\n      packages { id name kind sessionsRemaining remainingCents validTo treatmentIds }\n    }\n  }\n": types.CheckoutPrepaidDocument,
    "\n  fragment InvoiceListRow on Invoice {\n    id\n    number\n    businessDate\n    issuedAt\n    status\n    totalCents\n    customerName\n    branch { id label currency timeZone }\n    member { id memberNo displayName }\n    cashier { id displayName }\n    payments { id tenderType { id label } }\n  }\n": types.InvoiceListRowFragmentDoc,
    "\n  query Invoices($filter: InvoiceFilter, $first: Int!, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      nodes { ...InvoiceListRow }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n": types.InvoicesDocument,
    "\n  query InvoiceFilterChoices {\n    branches(first: 100) { nodes { id label } }\n    staffMembers(first: 100) { nodes { id code displayName } }\n    tenderTypes(first: 100, includeInactive: true) { nodes { id label } }\n    productCategories(first: 100, includeInactive: true) { nodes { id label } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n": types.InvoiceFilterChoicesDocument,
    "\n  query InvoiceFilterProduct($id: ID!) {\n    product(id: $id) { id code label }\n  }\n": types.InvoiceFilterProductDocument,
    "\n  query InvoiceFilterTreatment($id: ID!) {\n    treatment(id: $id) { id code name }\n  }\n": types.InvoiceFilterTreatmentDocument,
    "\n  query InvoiceFilterMember($id: ID!) {\n    member(id: $id) { id memberNo displayName }\n  }\n": types.InvoiceFilterMemberDocument,
    "\n  fragment InvoiceDetail on Invoice {\n    id\n    number\n    status\n    businessDate\n    issuedAt\n    customerName\n    appointmentId\n    note\n    analysisCode\n    offerDiscountCents\n    offer { id code name }\n    pointsEarned\n    subtotalCents\n    discountCents\n    taxCents\n    roundingCents\n    totalCents\n    changeCents\n    refundedCents\n    voidedAt\n    voidReason\n    voidedBy { id displayName }\n    branch { id label address phone timeZone currency }\n    member { id memberNo displayName phone }\n    cashier { id displayName }\n    lines {\n      id position kind code description quantity unitPriceCents lineDiscountCents memberDiscountCents taxCents totalCents returnedQuantity\n      staff { id displayName }\n      department { id label }\n    }\n    payments { id amountCents tenderedCents reference tenderType { id label } }\n  }\n": types.InvoiceDetailFragmentDoc,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) { ...InvoiceDetail }\n  }\n": types.InvoiceDetailDocument,
    "\n  query InvoiceReceipt($id: ID!) {\n    invoice(id: $id) { ...InvoiceDetail }\n    systemSettings { companyName logoUrl currency currencyDisplay currencyDecimals }\n  }\n": types.InvoiceReceiptDocument,
    "\n  mutation VoidInvoice($id: ID!, $reason: String!) {\n    voidInvoice(id: $id, reason: $reason) { id status voidedAt voidReason voidedBy { id displayName } }\n  }\n": types.VoidInvoiceDocument,
    "\n  query MemberInvoices($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      invoices(first: $first, after: $after) {\n        nodes { ...InvoiceListRow }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n": types.MemberInvoicesDocument,
    "\n  fragment ReturnSummary on SalesReturn {\n    id\n    number\n    totalCents\n    reason\n    createdAt\n    createdBy { id displayName }\n    lines { id quantity amountCents invoiceLine { id code description } }\n    refunds { id amountCents tenderType { id label } }\n  }\n": types.ReturnSummaryFragmentDoc,
    "\n  fragment ReturnInvoice on Invoice {\n    id\n    number\n    status\n    businessDate\n    totalCents\n    refundedCents\n    customerName\n    branch { id label currency }\n    member { id memberNo displayName }\n    lines { id position kind code description quantity totalCents returnedQuantity }\n    payments { id amountCents tenderType { id label } }\n    returns { ...ReturnSummary }\n  }\n": types.ReturnInvoiceFragmentDoc,
    "\n  query ReturnsSetup {\n    tenderTypes(first: 100) { nodes { id code label } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n": types.ReturnsSetupDocument,
    "\n  query ReturnInvoiceByNumber($number: String!) {\n    invoiceByNumber(number: $number) { ...ReturnInvoice }\n  }\n": types.ReturnInvoiceByNumberDocument,
    "\n  query ReturnInvoice($id: ID!) {\n    invoice(id: $id) { ...ReturnInvoice }\n  }\n": types.ReturnInvoiceDocument,
    "\n  query ReturnMemberLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone } }\n  }\n": types.ReturnMemberLookupDocument,
    "\n  query ReturnMemberInvoices($id: ID!, $first: Int!) {\n    member(id: $id) {\n      id\n      invoices(first: $first) { nodes { id number status businessDate totalCents refundedCents branch { id currency } } }\n    }\n  }\n": types.ReturnMemberInvoicesDocument,
    "\n  mutation ReturnSale($input: ReturnSaleInput!) {\n    returnSale(input: $input) {\n      id\n      number\n      totalCents\n      refunds { id tenderType { id label } }\n      invoice { ...ReturnInvoice }\n    }\n  }\n": types.ReturnSaleDocument,
    "\n  query InvoiceReturns($id: ID!) {\n    invoice(id: $id) { id number status refundedCents branch { id currency } returns { ...ReturnSummary } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n": types.InvoiceReturnsDocument,
    "\n  query SalesLowStock($branchId: ID!, $after: String) {\n    lowStock(branchId: $branchId, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      nodes { id code label lowStockThreshold onHand(branchId: $branchId) }\n    }\n  }\n": types.SalesLowStockDocument,
    "\n  query StockProductChoices($after: String) {\n    products(filter: { active: true }, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code label }\n    }\n  }\n": types.StockProductChoicesDocument,
    "\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n": types.ReceiveStockDocument,
    "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n": types.AdjustStockDocument,
    "\n  mutation TransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n": types.TransferStockDocument,
    "\n  query StockBranches($after: String) {\n    branches(includeClosed: false, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code label }\n    }\n  }\n": types.StockBranchesDocument,
    "\n  fragment TenderRow on TenderType {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    kind\n    givesChange\n    sortOrder\n    active\n  }\n": types.TenderRowFragmentDoc,
    "\n  query TenderSettings($after: String) {\n    tenderTypes(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TenderRow }\n    }\n  }\n": types.TenderSettingsDocument,
    "\n  mutation CreateTenderType($input: TenderTypeInput!) {\n    createTenderType(input: $input) { ...TenderRow }\n  }\n": types.CreateTenderTypeDocument,
    "\n  mutation UpdateTenderType($id: ID!, $input: TenderTypeInput!) {\n    updateTenderType(id: $id, input: $input) { ...TenderRow }\n  }\n": types.UpdateTenderTypeDocument,
    "\n  fragment CustomFieldSetting on CustomField {\n    id\n    key\n    label\n    type\n    maxLength\n    options\n    defaultValue\n    required\n    sortOrder\n    active\n  }\n": types.CustomFieldSettingFragmentDoc,
    "\n  fragment MemberLevelSetting on MemberGroup {\n    id\n    code\n    name\n    sortOrder\n    isDeletedGroup\n    discountPercent\n    pointsPer100\n    topUpBonusPercent\n    upgradeSpendCents\n    upgradeWithinMonths\n  }\n": types.MemberLevelSettingFragmentDoc,
    "\n  fragment InterestGroupSetting on InterestGroup {\n    id\n    code\n    name\n  }\n": types.InterestGroupSettingFragmentDoc,
    "\n  fragment NumberSequenceSetting on MemberNumberSequence {\n    id\n    scope\n    prefix\n    digits\n    nextValue\n  }\n": types.NumberSequenceSettingFragmentDoc,
    "\n  query CustomFieldSettings($after: String) {\n    customFields(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CustomFieldSetting }\n    }\n  }\n": types.CustomFieldSettingsDocument,
    "\n  query MemberLevelSettings($after: String) {\n    memberGroups(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MemberLevelSetting }\n    }\n  }\n": types.MemberLevelSettingsDocument,
    "\n  query ViewerCurrency {\n    viewer { id branch { id currency } }\n  }\n": types.ViewerCurrencyDocument,
    "\n  query InterestGroupSettings($after: String) {\n    interestGroups(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InterestGroupSetting }\n    }\n  }\n": types.InterestGroupSettingsDocument,
    "\n  query NumberingBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name }\n    }\n  }\n": types.NumberingBranchesDocument,
    "\n  query NumberSequenceSettings($after: String) {\n    memberNumberSequences(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...NumberSequenceSetting }\n    }\n  }\n": types.NumberSequenceSettingsDocument,
    "\n  mutation CreateCustomField($input: CustomFieldInput!) {\n    createCustomField(input: $input) { ...CustomFieldSetting }\n  }\n": types.CreateCustomFieldDocument,
    "\n  mutation UpdateCustomField($id: ID!, $input: CustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) { ...CustomFieldSetting }\n  }\n": types.UpdateCustomFieldDocument,
    "\n  mutation CreateMemberGroup($input: MemberGroupInput!) {\n    createMemberGroup(input: $input) { ...MemberLevelSetting }\n  }\n": types.CreateMemberGroupDocument,
    "\n  mutation UpdateMemberGroup($id: ID!, $input: MemberGroupInput!) {\n    updateMemberGroup(id: $id, input: $input) { ...MemberLevelSetting }\n  }\n": types.UpdateMemberGroupDocument,
    "\n  mutation CreateInterestGroup($input: InterestGroupInput!) {\n    createInterestGroup(input: $input) { ...InterestGroupSetting }\n  }\n": types.CreateInterestGroupDocument,
    "\n  mutation UpdateInterestGroup($id: ID!, $input: InterestGroupInput!) {\n    updateInterestGroup(id: $id, input: $input) { ...InterestGroupSetting }\n  }\n": types.UpdateInterestGroupDocument,
    "\n  mutation SaveMemberNumberSequence($input: MemberNumberSequenceInput!) {\n    saveMemberNumberSequence(input: $input) { ...NumberSequenceSetting }\n  }\n": types.SaveMemberNumberSequenceDocument,
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
export function graphql(source: "\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      endedSessions\n      staff { id mustChangePassword }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {\n    changeOwnPassword(input: $input) {\n      endedSessions\n      staff { id mustChangePassword }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminBranchRow on Branch {\n    id\n    code\n    name\n    label\n    phone\n    timeZone\n    open\n    closedAt\n    memberCount @include(if: $manage)\n  }\n"): (typeof documents)["\n  fragment AdminBranchRow on Branch {\n    id\n    code\n    name\n    label\n    phone\n    timeZone\n    open\n    closedAt\n    memberCount @include(if: $manage)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminBranchDetail on Branch {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    address\n    phone\n    timeZone\n    open\n    closedAt\n    closedBy { id displayName }\n  }\n"): (typeof documents)["\n  fragment AdminBranchDetail on Branch {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    address\n    phone\n    timeZone\n    open\n    closedAt\n    closedBy { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBranches($after: String, $manage: Boolean!) {\n    branches(first: 100, after: $after, includeClosed: true) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...AdminBranchRow }\n    }\n  }\n"): (typeof documents)["\n  query AdminBranches($after: String, $manage: Boolean!) {\n    branches(first: 100, after: $after, includeClosed: true) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...AdminBranchRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBranch($id: ID!, $manage: Boolean!) {\n    branch(id: $id) {\n      ...AdminBranchDetail\n      memberCount @include(if: $manage)\n      activeStaffCount @include(if: $manage)\n    }\n  }\n"): (typeof documents)["\n  query AdminBranch($id: ID!, $manage: Boolean!) {\n    branch(id: $id) {\n      ...AdminBranchDetail\n      memberCount @include(if: $manage)\n      activeStaffCount @include(if: $manage)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) { ...AdminBranchDetail }\n  }\n"): (typeof documents)["\n  mutation CreateBranch($input: BranchInput!) {\n    createBranch(input: $input) { ...AdminBranchDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) { ...AdminBranchDetail }\n  }\n"): (typeof documents)["\n  mutation UpdateBranch($id: ID!, $input: BranchInput!) {\n    updateBranch(id: $id, input: $input) { ...AdminBranchDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseBranch($id: ID!) {\n    closeBranch(id: $id) { ...AdminBranchDetail }\n  }\n"): (typeof documents)["\n  mutation CloseBranch($id: ID!) {\n    closeBranch(id: $id) { ...AdminBranchDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenBranch($id: ID!) {\n    reopenBranch(id: $id) { ...AdminBranchDetail }\n  }\n"): (typeof documents)["\n  mutation ReopenBranch($id: ID!) {\n    reopenBranch(id: $id) { ...AdminBranchDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationLogRow on OperationLogEntry {\n    id\n    at\n    entityType\n    entityId\n    action\n    address\n    actor { id code displayName }\n    token { id name }\n    changes { field before after }\n  }\n"): (typeof documents)["\n  fragment OperationLogRow on OperationLogEntry {\n    id\n    at\n    entityType\n    entityId\n    action\n    address\n    actor { id code displayName }\n    token { id name }\n    changes { field before after }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationLog($filter: OperationLogFilterInput, $first: Int!, $after: String) {\n    operationLog(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { ...OperationLogRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OperationLog($filter: OperationLogFilterInput, $first: Int!, $after: String) {\n    operationLog(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { ...OperationLogRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationLogCount($filter: OperationLogFilterInput) {\n    operationLog(filter: $filter, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query OperationLogCount($filter: OperationLogFilterInput) {\n    operationLog(filter: $filter, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationLogChoices {\n    operationLogCatalogue { entityTypes actions }\n    staffMembers(first: 100) { nodes { id code displayName } }\n  }\n"): (typeof documents)["\n  query OperationLogChoices {\n    operationLogCatalogue { entityTypes actions }\n    staffMembers(first: 100) { nodes { id code displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOffer($id: ID!) { deleteOffer(id: $id) { id } }\n"): (typeof documents)["\n  mutation DeleteOffer($id: ID!) { deleteOffer(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTreatment($id: ID!) { deleteTreatment(id: $id) { id } }\n"): (typeof documents)["\n  mutation DeleteTreatment($id: ID!) { deleteTreatment(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEquipment($id: ID!) { deleteEquipment(id: $id) { id } }\n"): (typeof documents)["\n  mutation DeleteEquipment($id: ID!) { deleteEquipment(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoom($id: ID!) { deleteRoom(id: $id) { id } }\n"): (typeof documents)["\n  mutation DeleteRoom($id: ID!) { deleteRoom(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContactStatus($id: ID!) { deleteContactStatus(id: $id) { id } }\n"): (typeof documents)["\n  mutation DeleteContactStatus($id: ID!) { deleteContactStatus(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContactMethod($id: ID!) { deleteContactMethod(id: $id) { id } }\n"): (typeof documents)["\n  mutation DeleteContactMethod($id: ID!) { deleteContactMethod(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }\n"): (typeof documents)["\n  mutation DeleteCampaign($id: ID!) { deleteCampaign(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecycleBinRow on RecycleBinItem {\n    id type entityId label deletedAt purgeAt daysUntilPurge\n    deletedBy { id displayName code }\n  }\n"): (typeof documents)["\n  fragment RecycleBinRow on RecycleBinItem {\n    id type entityId label deletedAt purgeAt daysUntilPurge\n    deletedBy { id displayName code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecycleBinItems($type: RecycleBinType, $first: Int!, $after: String) {\n    recycleBinItems(type: $type, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...RecycleBinRow }\n    }\n  }\n"): (typeof documents)["\n  query RecycleBinItems($type: RecycleBinType, $first: Int!, $after: String) {\n    recycleBinItems(type: $type, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...RecycleBinRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRecycleBinItem($id: ID!) {\n    restoreRecycleBinItem(id: $id) { id type entityId label }\n  }\n"): (typeof documents)["\n  mutation RestoreRecycleBinItem($id: ID!) {\n    restoreRecycleBinItem(id: $id) { id type entityId label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurgeRecycleBinItem($id: ID!) {\n    purgeRecycleBinItem(id: $id) { id label }\n  }\n"): (typeof documents)["\n  mutation PurgeRecycleBinItem($id: ID!) {\n    purgeRecycleBinItem(id: $id) { id label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminRoleRow on Role {\n    id\n    key\n    name\n    label\n    builtIn\n    permissions\n    staffCount\n  }\n"): (typeof documents)["\n  fragment AdminRoleRow on Role {\n    id\n    key\n    name\n    label\n    builtIn\n    permissions\n    staffCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminRoleDetail on Role {\n    id\n    key\n    name\n    label\n    builtIn\n    translations { zhHK en zhCN th }\n    permissions\n    staffCount\n  }\n"): (typeof documents)["\n  fragment AdminRoleDetail on Role {\n    id\n    key\n    name\n    label\n    builtIn\n    translations { zhHK en zhCN th }\n    permissions\n    staffCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoles($after: String) {\n    roles(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...AdminRoleRow }\n    }\n  }\n"): (typeof documents)["\n  query AdminRoles($after: String) {\n    roles(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...AdminRoleRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRole($id: ID!) {\n    role(id: $id) { ...AdminRoleDetail }\n  }\n"): (typeof documents)["\n  query AdminRole($id: ID!) {\n    role(id: $id) { ...AdminRoleDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionCatalogue {\n    permissionCatalogue {\n      areas {\n        key\n        name\n        permissions { permission value name description grantable }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PermissionCatalogue {\n    permissionCatalogue {\n      areas {\n        key\n        name\n        permissions { permission value name description grantable }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) { ...AdminRoleDetail }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) { ...AdminRoleDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) { ...AdminRoleDetail }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) { ...AdminRoleDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) { id name }\n  }\n"): (typeof documents)["\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffAdminRow on Staff {\n    id\n    code\n    displayName\n    login\n    active\n    mustChangePassword\n    manageable\n    branch { id name }\n    salesGroup { id name }\n    roles { id key label }\n  }\n"): (typeof documents)["\n  fragment StaffAdminRow on Staff {\n    id\n    code\n    displayName\n    login\n    active\n    mustChangePassword\n    manageable\n    branch { id name }\n    salesGroup { id name }\n    roles { id key label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffAdminDetail on Staff {\n    ...StaffAdminRow\n    memberReach\n    memberBranches { id }\n    passwordSetAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment StaffAdminDetail on Staff {\n    ...StaffAdminRow\n    memberReach\n    memberBranches { id }\n    passwordSetAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAdminList($filter: StaffAdminFilter, $first: Int!, $after: String) {\n    staffAdminList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...StaffAdminRow }\n    }\n  }\n"): (typeof documents)["\n  query StaffAdminList($filter: StaffAdminFilter, $first: Int!, $after: String) {\n    staffAdminList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...StaffAdminRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAdminChoices {\n    branches(first: 100, includeClosed: true) { nodes { id code label open } }\n    salesGroups(first: 100) { nodes { id name } }\n    roles(first: 100) { nodes { id key label } }\n    grantableRoles(first: 100) { nodes { id key label } }\n    systemSettings { passwordMinLength passwordRequireLettersAndDigits passwordRequireMixedCase passwordExpiryDays }\n  }\n"): (typeof documents)["\n  query StaffAdminChoices {\n    branches(first: 100, includeClosed: true) { nodes { id code label open } }\n    salesGroups(first: 100) { nodes { id name } }\n    roles(first: 100) { nodes { id key label } }\n    grantableRoles(first: 100) { nodes { id key label } }\n    systemSettings { passwordMinLength passwordRequireLettersAndDigits passwordRequireMixedCase passwordExpiryDays }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAdminMember($id: ID!) {\n    staffAdminMember(id: $id) { ...StaffAdminDetail }\n    staffApiTokens(staffId: $id, first: 100) {\n      totalCount\n      nodes { id name tokenPrefix createdAt lastUsedAt revokedAt }\n    }\n  }\n"): (typeof documents)["\n  query StaffAdminMember($id: ID!) {\n    staffAdminMember(id: $id) { ...StaffAdminDetail }\n    staffApiTokens(staffId: $id, first: 100) {\n      totalCount\n      nodes { id name tokenPrefix createdAt lastUsedAt revokedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      initialPassword\n      staff { ...StaffAdminDetail }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaff($input: CreateStaffInput!) {\n    createStaff(input: $input) {\n      initialPassword\n      staff { ...StaffAdminDetail }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStaff($id: ID!, $input: StaffInput!) {\n    updateStaff(id: $id, input: $input) { ...StaffAdminDetail }\n  }\n"): (typeof documents)["\n  mutation UpdateStaff($id: ID!, $input: StaffInput!) {\n    updateStaff(id: $id, input: $input) { ...StaffAdminDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      endedSessions\n      revokedTokens\n      staff { ...StaffAdminDetail }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaff($id: ID!) {\n    deactivateStaff(id: $id) {\n      endedSessions\n      revokedTokens\n      staff { ...StaffAdminDetail }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) { ...StaffAdminDetail }\n  }\n"): (typeof documents)["\n  mutation ReactivateStaff($id: ID!) {\n    reactivateStaff(id: $id) { ...StaffAdminDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffPassword($id: ID!, $input: ResetStaffPasswordInput!) {\n    resetStaffPassword(id: $id, input: $input) {\n      initialPassword\n      endedSessions\n      staff { ...StaffAdminDetail }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetStaffPassword($id: ID!, $input: ResetStaffPasswordInput!) {\n    resetStaffPassword(id: $id, input: $input) {\n      initialPassword\n      endedSessions\n      staff { ...StaffAdminDetail }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeStaffApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n"): (typeof documents)["\n  mutation RevokeStaffApiToken($id: ID!) {\n    revokeApiToken(id: $id) { id revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SystemSettingsValues on SystemSettings {\n    companyName\n    defaultLocale\n    currency\n    currencyDisplay\n    currencyDecimals\n    dateFormat\n    defaultTimeZone\n    passwordMinLength\n    passwordRequireLettersAndDigits\n    passwordRequireMixedCase\n    passwordExpiryDays\n    sessionLengthMinutes\n    uploadMaxBytes\n    recycleBinRetentionDays\n    version\n    logoUrl\n    logoMaxBytes\n  }\n"): (typeof documents)["\n  fragment SystemSettingsValues on SystemSettings {\n    companyName\n    defaultLocale\n    currency\n    currencyDisplay\n    currencyDecimals\n    dateFormat\n    defaultTimeZone\n    passwordMinLength\n    passwordRequireLettersAndDigits\n    passwordRequireMixedCase\n    passwordExpiryDays\n    sessionLengthMinutes\n    uploadMaxBytes\n    recycleBinRetentionDays\n    version\n    logoUrl\n    logoMaxBytes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemSettingsPage {\n    systemSettings {\n      ...SystemSettingsValues\n    }\n  }\n"): (typeof documents)["\n  query SystemSettingsPage {\n    systemSettings {\n      ...SystemSettingsValues\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSystemSettings($input: SystemSettingsInput!) {\n    updateSystemSettings(input: $input) {\n      ...SystemSettingsValues\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSystemSettings($input: SystemSettingsInput!) {\n    updateSystemSettings(input: $input) {\n      ...SystemSettingsValues\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSystemLogo {\n    removeSystemLogo {\n      ...SystemSettingsValues\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSystemLogo {\n    removeSystemLogo {\n      ...SystemSettingsValues\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TreatmentSetting on Treatment {\n    id\n    code\n    name\n    series\n    durationMinutes\n    bufferMinutes\n    priceCents\n    equipmentCode\n    roomType\n    department { id label }\n    active\n  }\n"): (typeof documents)["\n  fragment TreatmentSetting on Treatment {\n    id\n    code\n    name\n    series\n    durationMinutes\n    bufferMinutes\n    priceCents\n    equipmentCode\n    roomType\n    department { id label }\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EquipmentSetting on Equipment {\n    id\n    code\n    name\n    count\n    active\n  }\n"): (typeof documents)["\n  fragment EquipmentSetting on Equipment {\n    id\n    code\n    name\n    count\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomSetting on Room {\n    id\n    name\n    type\n    active\n  }\n"): (typeof documents)["\n  fragment RoomSetting on Room {\n    id\n    name\n    type\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BranchHoursSetting on BranchHours {\n    id\n    weekday\n    opensAt\n    closesAt\n  }\n"): (typeof documents)["\n  fragment BranchHoursSetting on BranchHours {\n    id\n    weekday\n    opensAt\n    closesAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClosedDaySetting on BranchClosedDay {\n    id\n    date\n    reason\n  }\n"): (typeof documents)["\n  fragment ClosedDaySetting on BranchClosedDay {\n    id\n    date\n    reason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkScheduleSetting on WorkSchedule {\n    id\n    weekday\n    startTime\n    endTime\n    branch { id code }\n  }\n"): (typeof documents)["\n  fragment WorkScheduleSetting on WorkSchedule {\n    id\n    weekday\n    startTime\n    endTime\n    branch { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleExceptionSetting on ScheduleException {\n    id\n    date\n    kind\n    startTime\n    endTime\n    note\n    branch { id code }\n  }\n"): (typeof documents)["\n  fragment ScheduleExceptionSetting on ScheduleException {\n    id\n    date\n    kind\n    startTime\n    endTime\n    note\n    branch { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SettingsBranch on Branch {\n    id\n    code\n    name\n    timeZone\n  }\n"): (typeof documents)["\n  fragment SettingsBranch on Branch {\n    id\n    code\n    name\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentSettingsPage {\n    appointmentSettings { slotStepMinutes }\n  }\n"): (typeof documents)["\n  query AppointmentSettingsPage {\n    appointmentSettings { slotStepMinutes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...SettingsBranch }\n    }\n  }\n"): (typeof documents)["\n  query SettingsBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...SettingsBranch }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreatmentSettings($after: String) {\n    treatments(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TreatmentSetting }\n    }\n  }\n"): (typeof documents)["\n  query TreatmentSettings($after: String) {\n    treatments(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TreatmentSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EquipmentCodes($after: String) {\n    equipment(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code }\n    }\n  }\n"): (typeof documents)["\n  query EquipmentCodes($after: String) {\n    equipment(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchEquipment($branchId: ID!, $after: String) {\n    equipment(branchId: $branchId, includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...EquipmentSetting }\n    }\n  }\n"): (typeof documents)["\n  query BranchEquipment($branchId: ID!, $after: String) {\n    equipment(branchId: $branchId, includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...EquipmentSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchRooms($branchId: ID!, $after: String) {\n    rooms(branchId: $branchId, includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...RoomSetting }\n    }\n  }\n"): (typeof documents)["\n  query BranchRooms($branchId: ID!, $after: String) {\n    rooms(branchId: $branchId, includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...RoomSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchHoursSettings($branchId: ID!) {\n    branchHours(branchId: $branchId) { ...BranchHoursSetting }\n  }\n"): (typeof documents)["\n  query BranchHoursSettings($branchId: ID!) {\n    branchHours(branchId: $branchId) { ...BranchHoursSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchClosedDaySettings($branchId: ID!, $from: LocalDate, $after: String) {\n    branchClosedDays(branchId: $branchId, from: $from, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ClosedDaySetting }\n    }\n  }\n"): (typeof documents)["\n  query BranchClosedDaySettings($branchId: ID!, $from: LocalDate, $after: String) {\n    branchClosedDays(branchId: $branchId, from: $from, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ClosedDaySetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleBeauticians($after: String) {\n    staffMembers(permission: AppointmentsPerformTreatments, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code displayName branch { id code } }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleBeauticians($after: String) {\n    staffMembers(permission: AppointmentsPerformTreatments, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code displayName branch { id code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkScheduleSettings($staffId: ID!) {\n    workSchedules(staffId: $staffId) { ...WorkScheduleSetting }\n  }\n"): (typeof documents)["\n  query WorkScheduleSettings($staffId: ID!) {\n    workSchedules(staffId: $staffId) { ...WorkScheduleSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleExceptionSettings($staffId: ID!, $from: LocalDate, $after: String) {\n    scheduleExceptions(staffId: $staffId, from: $from, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ScheduleExceptionSetting }\n    }\n  }\n"): (typeof documents)["\n  query ScheduleExceptionSettings($staffId: ID!, $from: LocalDate, $after: String) {\n    scheduleExceptions(staffId: $staffId, from: $from, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ScheduleExceptionSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAppointmentSettings($input: AppointmentSettingsInput!) {\n    updateAppointmentSettings(input: $input) { slotStepMinutes }\n  }\n"): (typeof documents)["\n  mutation UpdateAppointmentSettings($input: AppointmentSettingsInput!) {\n    updateAppointmentSettings(input: $input) { slotStepMinutes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTreatment($input: TreatmentInput!) {\n    createTreatment(input: $input) { ...TreatmentSetting }\n  }\n"): (typeof documents)["\n  mutation CreateTreatment($input: TreatmentInput!) {\n    createTreatment(input: $input) { ...TreatmentSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTreatment($id: ID!, $input: TreatmentInput!) {\n    updateTreatment(id: $id, input: $input) { ...TreatmentSetting }\n  }\n"): (typeof documents)["\n  mutation UpdateTreatment($id: ID!, $input: TreatmentInput!) {\n    updateTreatment(id: $id, input: $input) { ...TreatmentSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEquipment($branchId: ID!, $input: EquipmentInput!) {\n    createEquipment(branchId: $branchId, input: $input) { ...EquipmentSetting }\n  }\n"): (typeof documents)["\n  mutation CreateEquipment($branchId: ID!, $input: EquipmentInput!) {\n    createEquipment(branchId: $branchId, input: $input) { ...EquipmentSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEquipment($id: ID!, $input: EquipmentInput!) {\n    updateEquipment(id: $id, input: $input) { ...EquipmentSetting }\n  }\n"): (typeof documents)["\n  mutation UpdateEquipment($id: ID!, $input: EquipmentInput!) {\n    updateEquipment(id: $id, input: $input) { ...EquipmentSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($branchId: ID!, $input: RoomInput!) {\n    createRoom(branchId: $branchId, input: $input) { ...RoomSetting }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($branchId: ID!, $input: RoomInput!) {\n    createRoom(branchId: $branchId, input: $input) { ...RoomSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($id: ID!, $input: RoomInput!) {\n    updateRoom(id: $id, input: $input) { ...RoomSetting }\n  }\n"): (typeof documents)["\n  mutation UpdateRoom($id: ID!, $input: RoomInput!) {\n    updateRoom(id: $id, input: $input) { ...RoomSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBranchHours($branchId: ID!, $days: [BranchHoursInput!]!) {\n    setBranchHours(branchId: $branchId, days: $days) { ...BranchHoursSetting }\n  }\n"): (typeof documents)["\n  mutation SetBranchHours($branchId: ID!, $days: [BranchHoursInput!]!) {\n    setBranchHours(branchId: $branchId, days: $days) { ...BranchHoursSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBranchClosedDay($branchId: ID!, $input: BranchClosedDayInput!) {\n    addBranchClosedDay(branchId: $branchId, input: $input) { ...ClosedDaySetting }\n  }\n"): (typeof documents)["\n  mutation AddBranchClosedDay($branchId: ID!, $input: BranchClosedDayInput!) {\n    addBranchClosedDay(branchId: $branchId, input: $input) { ...ClosedDaySetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveBranchClosedDay($id: ID!) {\n    removeBranchClosedDay(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveBranchClosedDay($id: ID!) {\n    removeBranchClosedDay(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkSchedule($staffId: ID!, $branchId: ID!, $days: [WorkScheduleDayInput!]!) {\n    setWorkSchedule(staffId: $staffId, branchId: $branchId, days: $days) { ...WorkScheduleSetting }\n  }\n"): (typeof documents)["\n  mutation SetWorkSchedule($staffId: ID!, $branchId: ID!, $days: [WorkScheduleDayInput!]!) {\n    setWorkSchedule(staffId: $staffId, branchId: $branchId, days: $days) { ...WorkScheduleSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddScheduleException($input: ScheduleExceptionInput!) {\n    addScheduleException(input: $input) { ...ScheduleExceptionSetting }\n  }\n"): (typeof documents)["\n  mutation AddScheduleException($input: ScheduleExceptionInput!) {\n    addScheduleException(input: $input) { ...ScheduleExceptionSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveScheduleException($id: ID!) {\n    removeScheduleException(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveScheduleException($id: ID!) {\n    removeScheduleException(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentBoardRow on Appointment {\n    id\n    status\n    startsAt\n    endsAt\n    note\n    analysisCode\n    attendanceNote\n    verificationNote\n    purchaseNote\n    arrivedAt\n    verifiedAt\n    minutesSinceArrival\n    member { id memberNo displayName phone consultant { id displayName code } }\n    beautician { id displayName code }\n    treatment { id name code }\n    equipment { id name code }\n    room { id name }\n  }\n"): (typeof documents)["\n  fragment AppointmentBoardRow on Appointment {\n    id\n    status\n    startsAt\n    endsAt\n    note\n    analysisCode\n    attendanceNote\n    verificationNote\n    purchaseNote\n    arrivedAt\n    verifiedAt\n    minutesSinceArrival\n    member { id memberNo displayName phone consultant { id displayName code } }\n    beautician { id displayName code }\n    treatment { id name code }\n    equipment { id name code }\n    room { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArrivalBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    board: arrivalBoard(branchId: $branchId, date: $date, first: $first, after: $after) {\n      memberCount\n      appointmentCount\n      canVerify\n      now\n      today\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...AppointmentBoardRow } }\n    }\n  }\n"): (typeof documents)["\n  query ArrivalBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    board: arrivalBoard(branchId: $branchId, date: $date, first: $first, after: $after) {\n      memberCount\n      appointmentCount\n      canVerify\n      now\n      today\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...AppointmentBoardRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompletionBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    board: completionBoard(branchId: $branchId, date: $date, first: $first, after: $after) {\n      memberCount\n      appointmentCount\n      canVerify\n      now\n      today\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...AppointmentBoardRow } }\n    }\n  }\n"): (typeof documents)["\n  query CompletionBoard($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    board: completionBoard(branchId: $branchId, date: $date, first: $first, after: $after) {\n      memberCount\n      appointmentCount\n      canVerify\n      now\n      today\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...AppointmentBoardRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentAttendance on Appointment { id status arrivedAt verifiedAt minutesSinceArrival }\n"): (typeof documents)["\n  fragment AppointmentAttendance on Appointment { id status arrivedAt verifiedAt minutesSinceArrival }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArriveAppointment($id: ID!, $verify: Boolean!) {\n    arriveAppointment(id: $id, verify: $verify) { ...AppointmentAttendance }\n  }\n"): (typeof documents)["\n  mutation ArriveAppointment($id: ID!, $verify: Boolean!) {\n    arriveAppointment(id: $id, verify: $verify) { ...AppointmentAttendance }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAttendance($id: ID!) {\n    verifyAttendance(id: $id) { ...AppointmentAttendance }\n  }\n"): (typeof documents)["\n  mutation VerifyAttendance($id: ID!) {\n    verifyAttendance(id: $id) { ...AppointmentAttendance }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoShow($id: ID!) {\n    markNoShow(id: $id) { ...AppointmentAttendance }\n  }\n"): (typeof documents)["\n  mutation MarkNoShow($id: ID!) {\n    markNoShow(id: $id) { ...AppointmentAttendance }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAppointment($id: ID!) {\n    completeAppointment(id: $id) { ...AppointmentAttendance }\n  }\n"): (typeof documents)["\n  mutation CompleteAppointment($id: ID!) {\n    completeAppointment(id: $id) { ...AppointmentAttendance }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAppointmentNotes($id: ID!, $input: AppointmentNotesInput!) {\n    setAppointmentNotes(id: $id, input: $input) { id attendanceNote verificationNote purchaseNote }\n  }\n"): (typeof documents)["\n  mutation SetAppointmentNotes($id: ID!, $input: AppointmentNotesInput!) {\n    setAppointmentNotes(id: $id, input: $input) { id attendanceNote verificationNote purchaseNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingBranch on Branch { id code name timeZone }\n"): (typeof documents)["\n  fragment BookingBranch on Branch { id code name timeZone }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingStaff on Staff { id displayName code }\n"): (typeof documents)["\n  fragment BookingStaff on Staff { id displayName code }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingTreatment on Treatment { id code name series durationMinutes }\n"): (typeof documents)["\n  fragment BookingTreatment on Treatment { id code name series durationMinutes }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingEquipment on Equipment { id code name }\n"): (typeof documents)["\n  fragment BookingEquipment on Equipment { id code name }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookedAppointment on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    version\n    note\n    offerCode\n    branch { id name timeZone }\n    beautician { ...BookingStaff }\n    equipment { ...BookingEquipment }\n    treatment { id code name }\n  }\n"): (typeof documents)["\n  fragment BookedAppointment on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    version\n    note\n    offerCode\n    branch { id name timeZone }\n    beautician { ...BookingStaff }\n    equipment { ...BookingEquipment }\n    treatment { id code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuggestedSlotItem on SuggestedSlot {\n    startsAt\n    endsAt\n    beautician { ...BookingStaff }\n    room { id name }\n    equipment { ...BookingEquipment }\n  }\n"): (typeof documents)["\n  fragment SuggestedSlotItem on SuggestedSlot {\n    startsAt\n    endsAt\n    beautician { ...BookingStaff }\n    room { id name }\n    equipment { ...BookingEquipment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlotSuggestionResult on SlotSuggestionPage {\n    hasMore\n    endCursor\n    slots { ...SuggestedSlotItem }\n  }\n"): (typeof documents)["\n  fragment SlotSuggestionResult on SlotSuggestionPage {\n    hasMore\n    endCursor\n    slots { ...SuggestedSlotItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingOptions {\n    viewer { id branch { id } }\n    branches(first: 100, includeClosed: false) { nodes { ...BookingBranch } }\n    treatments(first: 100) { nodes { ...BookingTreatment } }\n    treatmentSeries\n  }\n"): (typeof documents)["\n  query BookingOptions {\n    viewer { id branch { id } }\n    branches(first: 100, includeClosed: false) { nodes { ...BookingBranch } }\n    treatments(first: 100) { nodes { ...BookingTreatment } }\n    treatmentSeries\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingBranchResources($branchId: ID!) {\n    beauticians(branchId: $branchId, first: 100) { nodes { ...BookingStaff } }\n    equipment(branchId: $branchId, first: 100) { nodes { ...BookingEquipment } }\n  }\n"): (typeof documents)["\n  query BookingBranchResources($branchId: ID!) {\n    beauticians(branchId: $branchId, first: 100) { nodes { ...BookingStaff } }\n    equipment(branchId: $branchId, first: 100) { nodes { ...BookingEquipment } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingSuggestions($input: SlotSuggestionInput!) {\n    suggestSlots(input: $input) { ...SlotSuggestionResult }\n  }\n"): (typeof documents)["\n  query BookingSuggestions($input: SlotSuggestionInput!) {\n    suggestSlots(input: $input) { ...SlotSuggestionResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) { ...BookedAppointment }\n  }\n"): (typeof documents)["\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) { ...BookedAppointment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAppointment($id: ID!, $input: UpdateAppointmentInput!) {\n    updateAppointment(id: $id, input: $input) { ...BookedAppointment }\n  }\n"): (typeof documents)["\n  mutation UpdateAppointment($id: ID!, $input: UpdateAppointmentInput!) {\n    updateAppointment(id: $id, input: $input) { ...BookedAppointment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) { ...BookedAppointment }\n  }\n"): (typeof documents)["\n  mutation CancelAppointment($id: ID!) {\n    cancelAppointment(id: $id) { ...BookedAppointment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactBooking($id: ID!) {\n    contactSettings { allowBooking }\n    contactMember(id: $id) { id appointment { ...BookedAppointment ...ContactBookingDetails } }\n  }\n"): (typeof documents)["\n  query ContactBooking($id: ID!) {\n    contactSettings { allowBooking }\n    contactMember(id: $id) { id appointment { ...BookedAppointment ...ContactBookingDetails } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberAppointmentPage on AppointmentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...BookedAppointment } }\n  }\n"): (typeof documents)["\n  fragment MemberAppointmentPage on AppointmentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...BookedAppointment } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberAppointments($id: ID!, $after: String) {\n    member(id: $id) { id appointments(first: 20, after: $after) { ...MemberAppointmentPage } }\n  }\n"): (typeof documents)["\n  query MemberAppointments($id: ID!, $after: String) {\n    member(id: $id) { id appointments(first: 20, after: $after) { ...MemberAppointmentPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberBookingPage($id: ID!) {\n    viewer { id branch { id timeZone } }\n    member(id: $id) {\n      id\n      memberNo\n      displayName\n      phone\n      phone2\n      appointments(first: 20) { ...MemberAppointmentPage }\n    }\n  }\n"): (typeof documents)["\n  query MemberBookingPage($id: ID!) {\n    viewer { id branch { id timeZone } }\n    member(id: $id) {\n      id\n      memberNo\n      displayName\n      phone\n      phone2\n      appointments(first: 20) { ...MemberAppointmentPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCampaignRow on MemberCampaign {\n    id\n    createdAt\n    campaign { id code name }\n    salesperson { id displayName code }\n    contactMember { id lastContactAt status { id label } lastLog { id note } }\n  }\n"): (typeof documents)["\n  fragment MemberCampaignRow on MemberCampaign {\n    id\n    createdAt\n    campaign { id code name }\n    salesperson { id displayName code }\n    contactMember { id lastContactAt status { id label } lastLog { id note } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberBookingCampaigns($id: ID!) {\n    member(id: $id) { id campaigns(first: 30) { nodes { ...MemberCampaignRow } } }\n  }\n"): (typeof documents)["\n  query MemberBookingCampaigns($id: ID!) {\n    member(id: $id) { id campaigns(first: 30) { nodes { ...MemberCampaignRow } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarBeautician on Staff { id code displayName }\n"): (typeof documents)["\n  fragment CalendarBeautician on Staff { id code displayName }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarBlock on Appointment {\n    id\n    version\n    status\n    startsAt\n    endsAt\n    member { id memberNo displayName }\n    treatment { id name }\n    room { id name }\n    beautician { id }\n  }\n"): (typeof documents)["\n  fragment CalendarBlock on Appointment {\n    id\n    version\n    status\n    startsAt\n    endsAt\n    member { id memberNo displayName }\n    treatment { id name }\n    room { id name }\n    beautician { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchDay($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    branchDay(branchId: $branchId, date: $date) {\n      date\n      timeZone\n      opensAt\n      closesAt\n      closed\n      beauticians { ...CalendarBeautician }\n      appointments(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...CalendarBlock } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchDay($branchId: ID!, $date: LocalDate!, $first: Int, $after: String) {\n    branchDay(branchId: $branchId, date: $date) {\n      date\n      timeZone\n      opensAt\n      closesAt\n      closed\n      beauticians { ...CalendarBeautician }\n      appointments(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { ...CalendarBlock } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) {\n    updateAppointment(id: $id, input: $input) { id version startsAt endsAt beautician { id } }\n  }\n"): (typeof documents)["\n  mutation MoveAppointment($id: ID!, $input: UpdateAppointmentInput!) {\n    updateAppointment(id: $id, input: $input) { id version startsAt endsAt beautician { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarBookingMembers($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone phone2 isWalkIn } }\n  }\n"): (typeof documents)["\n  query CalendarBookingMembers($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone phone2 isWalkIn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarBookingTreatments {\n    treatments(first: 100) { nodes { ...BookingTreatment } }\n  }\n"): (typeof documents)["\n  query CalendarBookingTreatments {\n    treatments(first: 100) { nodes { ...BookingTreatment } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DayBranch on Branch { id code name timeZone }\n"): (typeof documents)["\n  fragment DayBranch on Branch { id code name timeZone }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentDayBranches {\n    branches(first: 100) { nodes { ...DayBranch } }\n  }\n"): (typeof documents)["\n  query AppointmentDayBranches {\n    branches(first: 100) { nodes { ...DayBranch } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentDayCounts($branchId: ID!, $date: LocalDate!) {\n    arrivals: arrivalBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount memberCount }\n    completions: completionBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount }\n  }\n"): (typeof documents)["\n  query AppointmentDayCounts($branchId: ID!, $date: LocalDate!) {\n    arrivals: arrivalBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount memberCount }\n    completions: completionBoard(branchId: $branchId, date: $date, first: 1) { appointmentCount }\n  }\n"];
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
export function graphql(source: "\n  fragment OfferSetting on Offer {\n    id\n    code\n    name\n    altCode\n    analysisCode\n    isMarketing\n    active\n    branchIds\n    memberGroupIds\n    interestGroupIds\n    departmentIds\n    birthdayMonthsBefore\n    birthdayMonthsAfter\n    validFrom\n    validTo\n    perMemberLimit\n    discountType\n    discountBasisPoints\n    fixedPriceCents\n    prepaidExpiryMonths\n  }\n"): (typeof documents)["\n  fragment OfferSetting on Offer {\n    id\n    code\n    name\n    altCode\n    analysisCode\n    isMarketing\n    active\n    branchIds\n    memberGroupIds\n    interestGroupIds\n    departmentIds\n    birthdayMonthsBefore\n    birthdayMonthsAfter\n    validFrom\n    validTo\n    perMemberLimit\n    discountType\n    discountBasisPoints\n    fixedPriceCents\n    prepaidExpiryMonths\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferFormChoices {\n    branches(first: 100) { nodes { id code label } }\n    memberGroups(first: 100) { nodes { id name } }\n    interestGroups(first: 100) { nodes { id name } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n"): (typeof documents)["\n  query OfferFormChoices {\n    branches(first: 100) { nodes { id code label } }\n    memberGroups(first: 100) { nodes { id name } }\n    interestGroups(first: 100) { nodes { id name } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n"];
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
export function graphql(source: "\n  fragment AssignableCampaign on Campaign { id code name offerCode analysisCode }\n"): (typeof documents)["\n  fragment AssignableCampaign on Campaign { id code name offerCode analysisCode }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignBranch on Branch { id code name }\n"): (typeof documents)["\n  fragment AssignBranch on Branch { id code name }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignSalesperson on Staff { id code displayName }\n"): (typeof documents)["\n  fragment AssignSalesperson on Staff { id code displayName }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignPage($selection: ID!) {\n    memberSelection(id: $selection) { id count }\n    branches(first: 100) { nodes { ...AssignBranch } }\n  }\n"): (typeof documents)["\n  query AssignPage($selection: ID!) {\n    memberSelection(id: $selection) { id count }\n    branches(first: 100) { nodes { ...AssignBranch } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignCampaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      nodes { ...AssignableCampaign }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AssignCampaigns($first: Int!, $after: String) {\n    campaigns(first: $first, after: $after) {\n      nodes { ...AssignableCampaign }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignSalespeople($branchId: ID!) {\n    staffMembers(branchId: $branchId, permission: CampaignsReceiveContacts, first: 100) { nodes { ...AssignSalesperson } }\n  }\n"): (typeof documents)["\n  query AssignSalespeople($branchId: ID!) {\n    staffMembers(branchId: $branchId, permission: CampaignsReceiveContacts, first: 100) { nodes { ...AssignSalesperson } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentPreview on CampaignAssignmentPreview {\n    total alreadyInCampaign toAssign minPerSalesperson maxPerSalesperson\n    outsideBranch { outsideBranch salesperson { ...AssignSalesperson } }\n  }\n"): (typeof documents)["\n  fragment AssignmentPreview on CampaignAssignmentPreview {\n    total alreadyInCampaign toAssign minPerSalesperson maxPerSalesperson\n    outsideBranch { outsideBranch salesperson { ...AssignSalesperson } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignPreview($input: CampaignAssignmentInput!) {\n    previewCampaignAssignment(input: $input) { ...AssignmentPreview }\n  }\n"): (typeof documents)["\n  query AssignPreview($input: CampaignAssignmentInput!) {\n    previewCampaignAssignment(input: $input) { ...AssignmentPreview }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentJob on BulkJob { id status total processed error }\n"): (typeof documents)["\n  fragment AssignmentJob on BulkJob { id status total processed error }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignToCampaign($input: CampaignAssignmentInput!) {\n    assignToCampaign(input: $input) { ...AssignmentJob }\n  }\n"): (typeof documents)["\n  mutation AssignToCampaign($input: CampaignAssignmentInput!) {\n    assignToCampaign(input: $input) { ...AssignmentJob }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentProgress($id: ID!) {\n    bulkJob(id: $id) { ...AssignmentJob }\n  }\n"): (typeof documents)["\n  query AssignmentProgress($id: ID!) {\n    bulkJob(id: $id) { ...AssignmentJob }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryAssignment($id: ID!) {\n    retryBulkJob(id: $id) { ...AssignmentJob }\n  }\n"): (typeof documents)["\n  mutation RetryAssignment($id: ID!) {\n    retryBulkJob(id: $id) { ...AssignmentJob }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactListRow on ContactMember {\n    id\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName phone phone2 }\n    salesperson { id code displayName }\n    status { id label }\n    lastLog { id note content method { id label } }\n    appointment {\n      id startsAt status note attendanceNote verificationNote purchaseNote verifiedAt\n      branch { id code }\n      verifiedBy { id code displayName }\n    }\n    successfulPurchase\n    sameDayPurchase {\n      date invoiceCents productCents treatmentCents\n      invoices { id number }\n      items { kind code description quantity }\n    }\n  }\n"): (typeof documents)["\n  fragment ContactListRow on ContactMember {\n    id\n    lastContactAt\n    nextFollowUpAt\n    followUpState\n    campaign { id code name }\n    member { id memberNo lastName firstName phone phone2 }\n    salesperson { id code displayName }\n    status { id label }\n    lastLog { id note content method { id label } }\n    appointment {\n      id startsAt status note attendanceNote verificationNote purchaseNote verifiedAt\n      branch { id code }\n      verifiedBy { id code displayName }\n    }\n    successfulPurchase\n    sameDayPurchase {\n      date invoiceCents productCents treatmentCents\n      invoices { id number }\n      items { kind code description quantity }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ContactListOptions {\n    campaigns(first: 100, includeArchived: true) { nodes { ...CampaignChoice } }\n    contactSalespeople(first: 100) { nodes { ...StaffChoice } }\n    contactStatuses(first: 100) { nodes { id label } }\n    contactSettings {\n      invoiceThresholdCents productThresholdCents treatmentThresholdCents\n      showInvoicePurchases showProductPurchases showTreatmentPurchases successRuleEnabled\n    }\n  }\n"): (typeof documents)["\n  query ContactListOptions {\n    campaigns(first: 100, includeArchived: true) { nodes { ...CampaignChoice } }\n    contactSalespeople(first: 100) { nodes { ...StaffChoice } }\n    contactStatuses(first: 100) { nodes { id label } }\n    contactSettings {\n      invoiceThresholdCents productThresholdCents treatmentThresholdCents\n      showInvoicePurchases showProductPurchases showTreatmentPurchases successRuleEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReassignTargets {\n    staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...StaffChoice } }\n  }\n"): (typeof documents)["\n  query ReassignTargets {\n    staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...StaffChoice } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignContactMembers($ids: [ID!]!, $salespersonId: ID!) {\n    reassignContactMembers(ids: $ids, salespersonId: $salespersonId)\n  }\n"): (typeof documents)["\n  mutation ReassignContactMembers($ids: [ID!]!, $salespersonId: ID!) {\n    reassignContactMembers(ids: $ids, salespersonId: $salespersonId)\n  }\n"];
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
export function graphql(source: "\n  fragment ContactBookingDetails on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    note\n    attendanceNote\n    verificationNote\n    verifiedAt\n    branch { id code name timeZone }\n    verifiedBy { id displayName code }\n    beautician { id displayName code }\n    treatment { id code name }\n  }\n"): (typeof documents)["\n  fragment ContactBookingDetails on Appointment {\n    id\n    startsAt\n    endsAt\n    status\n    note\n    attendanceNote\n    verificationNote\n    verifiedAt\n    branch { id code name timeZone }\n    verifiedBy { id displayName code }\n    beautician { id displayName code }\n    treatment { id code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeContactRow on ContactMember {\n    id\n    nextFollowUpAt\n    followUpState\n    createdAt\n    campaign { id code name }\n    member { id memberNo lastName firstName }\n  }\n"): (typeof documents)["\n  fragment HomeContactRow on ContactMember {\n    id\n    nextFollowUpAt\n    followUpState\n    createdAt\n    campaign { id code name }\n    member { id memberNo lastName firstName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeAppointmentRow on Appointment {\n    id\n    startsAt\n    status\n    branch { id code name timeZone }\n    contactMember { id member { id memberNo lastName firstName } }\n  }\n"): (typeof documents)["\n  fragment HomeAppointmentRow on Appointment {\n    id\n    startsAt\n    status\n    branch { id code name timeZone }\n    contactMember { id member { id memberNo lastName firstName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalespersonHome($me: [ID!]) {\n    notContacted: contactMembers(filter: { salespersonIds: $me, quick: NOT_CONTACTED }, sort: { field: ASSIGNED, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    myAppointmentsToday(first: 10) {\n      nodes { ...HomeAppointmentRow }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SalespersonHome($me: [ID!]) {\n    notContacted: contactMembers(filter: { salespersonIds: $me, quick: NOT_CONTACTED }, sort: { field: ASSIGNED, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    overdue: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_OVERDUE }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    dueToday: contactMembers(filter: { salespersonIds: $me, quick: FOLLOW_UP_DUE_TODAY }, sort: { field: NEXT_FOLLOW_UP, direction: ASC }, first: 5) {\n      nodes { ...HomeContactRow }\n      totalCount\n    }\n    myAppointmentsToday(first: 10) {\n      nodes { ...HomeAppointmentRow }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerHome {\n    overdueFollowUpsBySalesperson {\n      salesperson { id code displayName }\n      count\n    }\n    branchArrivalsToday {\n      branch { id code name }\n      date\n      booked\n      arrived\n      verified\n      noShow\n    }\n    activeCampaignProgress(first: 10) {\n      nodes {\n        campaign { id code name endsOn }\n        members\n        contacted\n        booked\n        arrived\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ManagerHome {\n    overdueFollowUpsBySalesperson {\n      salesperson { id code displayName }\n      count\n    }\n    branchArrivalsToday {\n      branch { id code name }\n      date\n      booked\n      arrived\n      verified\n      noShow\n    }\n    activeCampaignProgress(first: 10) {\n      nodes {\n        campaign { id code name endsOn }\n        members\n        contacted\n        booked\n        arrived\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouponRow on Coupon {\n    id\n    code\n    status\n    validFrom\n    validTo\n    issuedAt\n    redeemedAt\n    discountCents\n    voidReason\n    invoiceId\n    type { id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }\n    member { id memberNo displayName }\n  }\n"): (typeof documents)["\n  fragment CouponRow on Coupon {\n    id\n    code\n    status\n    validFrom\n    validTo\n    issuedAt\n    redeemedAt\n    discountCents\n    voidReason\n    invoiceId\n    type { id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }\n    member { id memberNo displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberCoupons($memberId: ID!, $statuses: [CouponStatus!], $first: Int!, $after: String) {\n    memberCoupons(memberId: $memberId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      nodes { ...CouponRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MemberCoupons($memberId: ID!, $statuses: [CouponStatus!], $first: Int!, $after: String) {\n    memberCoupons(memberId: $memberId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      nodes { ...CouponRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouponTypeFields on CouponType {\n    id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents\n    productIds treatmentIds categoryIds departmentIds validDays validFrom validTo active\n  }\n"): (typeof documents)["\n  fragment CouponTypeFields on CouponType {\n    id code name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents\n    productIds treatmentIds categoryIds departmentIds validDays validFrom validTo active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouponTypes($activeOnly: Boolean!, $first: Int!) {\n    couponTypes(activeOnly: $activeOnly, first: $first) { nodes { ...CouponTypeFields } }\n  }\n"): (typeof documents)["\n  query CouponTypes($activeOnly: Boolean!, $first: Int!) {\n    couponTypes(activeOnly: $activeOnly, first: $first) { nodes { ...CouponTypeFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouponType($input: CouponTypeInput!) {\n    createCouponType(input: $input) { ...CouponTypeFields }\n  }\n"): (typeof documents)["\n  mutation CreateCouponType($input: CouponTypeInput!) {\n    createCouponType(input: $input) { ...CouponTypeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCouponType($id: ID!, $input: CouponTypeInput!) {\n    updateCouponType(id: $id, input: $input) { ...CouponTypeFields }\n  }\n"): (typeof documents)["\n  mutation UpdateCouponType($id: ID!, $input: CouponTypeInput!) {\n    updateCouponType(id: $id, input: $input) { ...CouponTypeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCoupon($memberId: ID!, $typeId: ID!, $idempotencyKey: String!) {\n    issueCoupon(memberId: $memberId, typeId: $typeId, idempotencyKey: $idempotencyKey) { ...CouponRow }\n  }\n"): (typeof documents)["\n  mutation IssueCoupon($memberId: ID!, $typeId: ID!, $idempotencyKey: String!) {\n    issueCoupon(memberId: $memberId, typeId: $typeId, idempotencyKey: $idempotencyKey) { ...CouponRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidCoupon($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    voidCoupon(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...CouponRow }\n  }\n"): (typeof documents)["\n  mutation VoidCoupon($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    voidCoupon(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { ...CouponRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coupons($filter: CouponFilterInput, $first: Int!, $after: String) {\n    coupons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { ...CouponRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Coupons($filter: CouponFilterInput, $first: Int!, $after: String) {\n    coupons(filter: $filter, first: $first, after: $after) {\n      totalCount\n      nodes { ...CouponRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouponReport($from: DateTimeISO!, $before: DateTimeISO!) {\n    couponReport(from: $from, before: $before) { type { id code name } issued redeemed expired voided discountCents }\n  }\n"): (typeof documents)["\n  query CouponReport($from: DateTimeISO!, $before: DateTimeISO!) {\n    couponReport(from: $from, before: $before) { type { id code name } issued redeemed expired voided discountCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouponTypeChoices {\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n    productCategories(first: 100, includeInactive: true) { nodes { id code label } }\n  }\n"): (typeof documents)["\n  query CouponTypeChoices {\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n    productCategories(first: 100, includeInactive: true) { nodes { id code label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCouponsToSelection($selectionId: ID!, $typeId: ID!) {\n    issueCouponsToSelection(selectionId: $selectionId, typeId: $typeId) { id status total processed skipped error }\n  }\n"): (typeof documents)["\n  mutation IssueCouponsToSelection($selectionId: ID!, $typeId: ID!) {\n    issueCouponsToSelection(selectionId: $selectionId, typeId: $typeId) { id status total processed skipped error }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouponIssueJob($id: ID!) {\n    bulkJob(id: $id) { id status total processed skipped error }\n  }\n"): (typeof documents)["\n  query CouponIssueJob($id: ID!) {\n    bulkJob(id: $id) { id status total processed skipped error }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GiftCategoryRow on GiftCategory {\n    id\n    code\n    name\n    sortOrder\n    active\n  }\n"): (typeof documents)["\n  fragment GiftCategoryRow on GiftCategory {\n    id\n    code\n    name\n    sortOrder\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GiftRow on Gift {\n    id\n    code\n    name\n    categoryId\n    category { id name }\n    pointsPrice\n    description\n    active\n    stock { onHand branch { id code name } }\n  }\n"): (typeof documents)["\n  fragment GiftRow on Gift {\n    id\n    code\n    name\n    categoryId\n    category { id name }\n    pointsPrice\n    description\n    active\n    stock { onHand branch { id code name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftCategories($after: String) {\n    giftCategories(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...GiftCategoryRow }\n    }\n  }\n"): (typeof documents)["\n  query GiftCategories($after: String) {\n    giftCategories(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...GiftCategoryRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gifts($after: String) {\n    gifts(first: 40, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...GiftRow }\n    }\n  }\n"): (typeof documents)["\n  query Gifts($after: String) {\n    gifts(first: 40, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...GiftRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name }\n    }\n  }\n"): (typeof documents)["\n  query GiftBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGiftCategory($input: GiftCategoryInput!) {\n    createGiftCategory(input: $input) { ...GiftCategoryRow }\n  }\n"): (typeof documents)["\n  mutation CreateGiftCategory($input: GiftCategoryInput!) {\n    createGiftCategory(input: $input) { ...GiftCategoryRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGiftCategory($id: ID!, $input: GiftCategoryInput!) {\n    updateGiftCategory(id: $id, input: $input) { ...GiftCategoryRow }\n  }\n"): (typeof documents)["\n  mutation UpdateGiftCategory($id: ID!, $input: GiftCategoryInput!) {\n    updateGiftCategory(id: $id, input: $input) { ...GiftCategoryRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGift($input: GiftInput!) {\n    createGift(input: $input) { ...GiftRow }\n  }\n"): (typeof documents)["\n  mutation CreateGift($input: GiftInput!) {\n    createGift(input: $input) { ...GiftRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGift($id: ID!, $input: GiftInput!) {\n    updateGift(id: $id, input: $input) { ...GiftRow }\n  }\n"): (typeof documents)["\n  mutation UpdateGift($id: ID!, $input: GiftInput!) {\n    updateGift(id: $id, input: $input) { ...GiftRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveGiftStock($input: GiftStockMoveInput!) {\n    moveGiftStock(input: $input) { onHand branch { id } }\n  }\n"): (typeof documents)["\n  mutation MoveGiftStock($input: GiftStockMoveInput!) {\n    moveGiftStock(input: $input) { onHand branch { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftStockMovements($giftId: ID!, $after: String) {\n    giftStockMovements(giftId: $giftId, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind quantity note createdAt branch { id code name } staff { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query GiftStockMovements($giftId: ID!, $after: String) {\n    giftStockMovements(giftId: $giftId, first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind quantity note createdAt branch { id code name } staff { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedeemableGifts($branchId: ID!, $after: String) {\n    gifts(activeOnly: true, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name pointsPrice category { id name } stockAt(branchId: $branchId) }\n    }\n  }\n"): (typeof documents)["\n  query RedeemableGifts($branchId: ID!, $after: String) {\n    gifts(activeOnly: true, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name pointsPrice category { id name } stockAt(branchId: $branchId) }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberGiftRedemptions($memberId: ID!, $first: Int!, $after: String) {\n    memberGiftRedemptions(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id quantity points status createdAt cancelledAt gift { id code name } branch { id name } staff { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query MemberGiftRedemptions($memberId: ID!, $first: Int!, $after: String) {\n    memberGiftRedemptions(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id quantity points status createdAt cancelledAt gift { id code name } branch { id name } staff { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemGift($input: RedeemGiftInput!) {\n    redeemGift(input: $input) { id quantity points }\n  }\n"): (typeof documents)["\n  mutation RedeemGift($input: RedeemGiftInput!) {\n    redeemGift(input: $input) { id quantity points }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelGiftRedemption($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    cancelGiftRedemption(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status cancelledAt }\n  }\n"): (typeof documents)["\n  mutation CancelGiftRedemption($id: ID!, $reason: String!, $idempotencyKey: String!) {\n    cancelGiftRedemption(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) { id status cancelledAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointsRuleSetting on PointsRule {\n    id\n    code\n    name\n    active\n    effect\n    multiplierBasisPoints\n    pointsPer100\n    priority\n    branchIds\n    memberGroupIds\n    productIds\n    treatmentIds\n    categoryIds\n    departmentIds\n    weekdays\n    birthdayMonthOnly\n    validFrom\n    validTo\n  }\n"): (typeof documents)["\n  fragment PointsRuleSetting on PointsRule {\n    id\n    code\n    name\n    active\n    effect\n    multiplierBasisPoints\n    pointsPer100\n    priority\n    branchIds\n    memberGroupIds\n    productIds\n    treatmentIds\n    categoryIds\n    departmentIds\n    weekdays\n    birthdayMonthOnly\n    validFrom\n    validTo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRules($after: String) {\n    pointsRules(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsRuleSetting }\n    }\n  }\n"): (typeof documents)["\n  query PointsRules($after: String) {\n    pointsRules(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsRuleSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRuleChoices {\n    branches(first: 100) { nodes { id code label } }\n    memberGroups(first: 100) { nodes { id name } }\n    productCategories(first: 100, includeInactive: true) { nodes { id code label } }\n  }\n"): (typeof documents)["\n  query PointsRuleChoices {\n    branches(first: 100) { nodes { id code label } }\n    memberGroups(first: 100) { nodes { id name } }\n    productCategories(first: 100, includeInactive: true) { nodes { id code label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRuleItemChoices {\n    products(first: 100) { nodes { id code label } }\n    treatments(first: 100, includeInactive: true) { nodes { id code name } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n"): (typeof documents)["\n  query PointsRuleItemChoices {\n    products(first: 100) { nodes { id code label } }\n    treatments(first: 100, includeInactive: true) { nodes { id code name } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePointsRule($input: PointsRuleInput!) {\n    createPointsRule(input: $input) { ...PointsRuleSetting }\n  }\n"): (typeof documents)["\n  mutation CreatePointsRule($input: PointsRuleInput!) {\n    createPointsRule(input: $input) { ...PointsRuleSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePointsRule($id: ID!, $input: PointsRuleInput!) {\n    updatePointsRule(id: $id, input: $input) { ...PointsRuleSetting }\n  }\n"): (typeof documents)["\n  mutation UpdatePointsRule($id: ID!, $input: PointsRuleInput!) {\n    updatePointsRule(id: $id, input: $input) { ...PointsRuleSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePointsRule($id: ID!) {\n    deletePointsRule(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation DeletePointsRule($id: ID!) {\n    deletePointsRule(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointsEntryRow on PointsEntry {\n    id\n    kind\n    points\n    balanceAfter\n    reason\n    createdAt\n    staff { id displayName }\n    branch { id name }\n    invoice { id number }\n    gift { id code name }\n    referredMember { id memberNo displayName }\n    expiredLot { id earnedAt points }\n    basis {\n      __typename\n      ... on EarningBasis {\n        levelName\n        levelPointsPer100\n        lines { position code description amountCents pointsPer100 multiplierBasisPoints points rules { code name effect } }\n      }\n      ... on ReferralBasis { shareBasisPoints sourcePoints }\n      ... on ReversalBasis { reversedPoints shortfallPoints lines { position returnedQuantity soldQuantity points } }\n    }\n  }\n"): (typeof documents)["\n  fragment PointsEntryRow on PointsEntry {\n    id\n    kind\n    points\n    balanceAfter\n    reason\n    createdAt\n    staff { id displayName }\n    branch { id name }\n    invoice { id number }\n    gift { id code name }\n    referredMember { id memberNo displayName }\n    expiredLot { id earnedAt points }\n    basis {\n      __typename\n      ... on EarningBasis {\n        levelName\n        levelPointsPer100\n        lines { position code description amountCents pointsPer100 multiplierBasisPoints points rules { code name effect } }\n      }\n      ... on ReferralBasis { shareBasisPoints sourcePoints }\n      ... on ReversalBasis { reversedPoints shortfallPoints lines { position returnedQuantity soldQuantity points } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPoints($memberId: ID!, $first: Int!, $after: String) {\n    memberPoints(memberId: $memberId) {\n      memberId\n      balance\n      earnedTotal\n      rank\n      expiring { expiresAt points }\n    }\n    pointsEntries(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsEntryRow }\n    }\n  }\n"): (typeof documents)["\n  query MemberPoints($memberId: ID!, $first: Int!, $after: String) {\n    memberPoints(memberId: $memberId) {\n      memberId\n      balance\n      earnedTotal\n      rank\n      expiring { expiresAt points }\n    }\n    pointsEntries(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsEntryRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MorePointsEntries($memberId: ID!, $first: Int!, $after: String) {\n    pointsEntries(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsEntryRow }\n    }\n  }\n"): (typeof documents)["\n  query MorePointsEntries($memberId: ID!, $first: Int!, $after: String) {\n    pointsEntries(memberId: $memberId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PointsEntryRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) { id points balanceAfter }\n  }\n"): (typeof documents)["\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) { id points balanceAfter }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoyaltySettingsPage {\n    loyaltySettings { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }\n  }\n"): (typeof documents)["\n  query LoyaltySettingsPage {\n    loyaltySettings { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLoyaltySettings($input: LoyaltySettingsInput!) {\n    updateLoyaltySettings(input: $input) { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }\n  }\n"): (typeof documents)["\n  mutation UpdateLoyaltySettings($input: LoyaltySettingsInput!) {\n    updateLoyaltySettings(input: $input) { pointsExpiryMonths referralShareBasisPoints referralMonths levelReviewDownwards updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LevelChangeRow on MemberLevelChange {\n    id reason spendCents createdAt\n    fromGroup { id name upgradeWithinMonths }\n    toGroup { id name upgradeWithinMonths }\n    invoice { id number }\n    staff { id displayName }\n  }\n"): (typeof documents)["\n  fragment LevelChangeRow on MemberLevelChange {\n    id reason spendCents createdAt\n    fromGroup { id name upgradeWithinMonths }\n    toGroup { id name upgradeWithinMonths }\n    invoice { id number }\n    staff { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberLevelChanges($memberId: ID!, $first: Int!, $after: String) {\n    memberLevelChanges(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      nodes { ...LevelChangeRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MemberLevelChanges($memberId: ID!, $first: Int!, $after: String) {\n    memberLevelChanges(memberId: $memberId, first: $first, after: $after) {\n      totalCount\n      nodes { ...LevelChangeRow }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormBranches {\n    branches(first: 100) { nodes { id name timeZone } }\n  }\n"): (typeof documents)["\n  query FormBranches {\n    branches(first: 100) { nodes { id name timeZone } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormMemberGroups {\n    memberGroups(first: 100) { nodes { id name isDeletedGroup } }\n  }\n"): (typeof documents)["\n  query FormMemberGroups {\n    memberGroups(first: 100) { nodes { id name isDeletedGroup } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormInterestGroups {\n    interestGroups(first: 100) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query FormInterestGroups {\n    interestGroups(first: 100) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFormCustomField on CustomField {\n    id\n    key\n    label\n    type\n    maxLength\n    options\n    defaultValue\n    required\n  }\n"): (typeof documents)["\n  fragment MemberFormCustomField on CustomField {\n    id\n    key\n    label\n    type\n    maxLength\n    options\n    defaultValue\n    required\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormCustomFields {\n    customFields(first: 100) { nodes { ...MemberFormCustomField } }\n  }\n"): (typeof documents)["\n  query FormCustomFields {\n    customFields(first: 100) { nodes { ...MemberFormCustomField } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberSummary on Member {\n    id\n    memberNo\n    displayName\n    phone\n    branch { id name }\n  }\n"): (typeof documents)["\n  fragment MemberSummary on Member {\n    id\n    memberNo\n    displayName\n    phone\n    branch { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFormMember on Member {\n    id\n    memberNo\n    lastName\n    firstName\n    englishName\n    displayName\n    gender\n    idCard\n    phone\n    phone2\n    email\n    birthday\n    address\n    remarks\n    isWalkIn\n    branch { id }\n    group { id }\n    consultant { id displayName code }\n    referrer { ...MemberSummary }\n    interestGroups { id }\n    customFieldValues { value field { id } }\n  }\n"): (typeof documents)["\n  fragment MemberFormMember on Member {\n    id\n    memberNo\n    lastName\n    firstName\n    englishName\n    displayName\n    gender\n    idCard\n    phone\n    phone2\n    email\n    birthday\n    address\n    remarks\n    isWalkIn\n    branch { id }\n    group { id }\n    consultant { id displayName code }\n    referrer { ...MemberSummary }\n    interestGroups { id }\n    customFieldValues { value field { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFormData($id: ID!) {\n    member(id: $id) { ...MemberFormMember }\n  }\n"): (typeof documents)["\n  query MemberFormData($id: ID!) {\n    member(id: $id) { ...MemberFormMember }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultants($branchId: ID!) {\n    staffMembers(branchId: $branchId, first: 100) { nodes { id displayName code } }\n  }\n"): (typeof documents)["\n  query Consultants($branchId: ID!) {\n    staffMembers(branchId: $branchId, first: 100) { nodes { id displayName code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicatePhone($phone: String!, $excludeMemberId: ID) {\n    duplicatePhoneMembers(phone: $phone, excludeMemberId: $excludeMemberId, first: 10) {\n      totalCount\n      nodes { ...MemberSummary }\n    }\n  }\n"): (typeof documents)["\n  query DuplicatePhone($phone: String!, $excludeMemberId: ID) {\n    duplicatePhoneMembers(phone: $phone, excludeMemberId: $excludeMemberId, first: 10) {\n      totalCount\n      nodes { ...MemberSummary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferrerLookup($term: String!) {\n    quickLookup(term: $term, first: 6) { nodes { ...MemberSummary } }\n  }\n"): (typeof documents)["\n  query ReferrerLookup($term: String!) {\n    quickLookup(term: $term, first: 6) { nodes { ...MemberSummary } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedMember on Member {\n    id\n    memberNo\n  }\n"): (typeof documents)["\n  fragment SavedMember on Member {\n    id\n    memberNo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) { ...SavedMember }\n  }\n"): (typeof documents)["\n  mutation RegisterMember($input: RegisterMemberInput!) {\n    registerMember(input: $input) { ...SavedMember }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) { ...SavedMember }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, input: $input) { ...SavedMember }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertWalkIn($id: ID!, $input: RegisterMemberInput!) {\n    convertWalkIn(id: $id, input: $input) { ...SavedMember }\n  }\n"): (typeof documents)["\n  mutation ConvertWalkIn($id: ID!, $input: RegisterMemberInput!) {\n    convertWalkIn(id: $id, input: $input) { ...SavedMember }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWalkIn($input: CreateWalkInInput!) {\n    createWalkIn(input: $input) { ...SavedMember }\n  }\n"): (typeof documents)["\n  mutation CreateWalkIn($input: CreateWalkInInput!) {\n    createWalkIn(input: $input) { ...SavedMember }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCommentItem on MemberComment {\n    id\n    body\n    createdAt\n    author { displayName }\n  }\n"): (typeof documents)["\n  fragment MemberCommentItem on MemberComment {\n    id\n    body\n    createdAt\n    author { displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCommentsPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { ...MemberCommentItem }\n  }\n"): (typeof documents)["\n  fragment MemberCommentsPage on MemberCommentConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    nodes { ...MemberCommentItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreMemberComments($id: ID!, $after: String) {\n    member(id: $id) { id comments(first: 20, after: $after) { ...MemberCommentsPage } }\n  }\n"): (typeof documents)["\n  query MoreMemberComments($id: ID!, $after: String) {\n    member(id: $id) { id comments(first: 20, after: $after) { ...MemberCommentsPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMemberComment($memberId: ID!, $body: String!) {\n    addMemberComment(memberId: $memberId, body: $body) { ...MemberCommentItem }\n  }\n"): (typeof documents)["\n  mutation AddMemberComment($memberId: ID!, $body: String!) {\n    addMemberComment(memberId: $memberId, body: $body) { ...MemberCommentItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberHistoryRow on MemberHistoryEntry {\n    id\n    kind\n    at\n    appointment {\n      id status\n      branch { id label timeZone }\n      beautician { id displayName code }\n      treatment { id name }\n    }\n    campaign { id code name }\n    invoice { id number status totalCents branch { id label currency timeZone } }\n    salesReturn { id number totalCents reason branch { id label currency timeZone } }\n    returnedInvoiceId\n    contactLog { id note content method { id label } status { id label } createdBy { id displayName code } }\n    contactMemberId\n    levelChange { ...LevelChangeRow }\n  }\n"): (typeof documents)["\n  fragment MemberHistoryRow on MemberHistoryEntry {\n    id\n    kind\n    at\n    appointment {\n      id status\n      branch { id label timeZone }\n      beautician { id displayName code }\n      treatment { id name }\n    }\n    campaign { id code name }\n    invoice { id number status totalCents branch { id label currency timeZone } }\n    salesReturn { id number totalCents reason branch { id label currency timeZone } }\n    returnedInvoiceId\n    contactLog { id note content method { id label } status { id label } createdBy { id displayName code } }\n    contactMemberId\n    levelChange { ...LevelChangeRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHistory($memberId: ID!, $first: Int!, $after: String, $kinds: [MemberHistoryKind!]) {\n    memberHistory(memberId: $memberId, first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MemberHistoryRow }\n    }\n  }\n"): (typeof documents)["\n  query MemberHistory($memberId: ID!, $first: Int!, $after: String, $kinds: [MemberHistoryKind!]) {\n    memberHistory(memberId: $memberId, first: $first, after: $after, kinds: $kinds) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MemberHistoryRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberProfile on Member {\n    id memberNo lastName firstName englishName displayName gender idCard phone phone2 email birthday address remarks isWalkIn createdAt\n    branch { id name currency }\n    consultant { id displayName code }\n    referrer { id memberNo displayName }\n  }\n"): (typeof documents)["\n  fragment MemberProfile on Member {\n    id memberNo lastName firstName englishName displayName gender idCard phone phone2 email birthday address remarks isWalkIn createdAt\n    branch { id name currency }\n    consultant { id displayName code }\n    referrer { id memberNo displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPage($id: ID!) {\n    member(id: $id) { ...MemberProfile }\n  }\n"): (typeof documents)["\n  query MemberPage($id: ID!) {\n    member(id: $id) { ...MemberProfile }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberLevelDetails on Member {\n    id\n    level { id name discountPercent pointsPer100 topUpBonusPercent upgradeSpendCents upgradeWithinMonths }\n    interestGroups { id name }\n    customFieldValues { value field { id label type } }\n  }\n"): (typeof documents)["\n  fragment MemberLevelDetails on Member {\n    id\n    level { id name discountPercent pointsPer100 topUpBonusPercent upgradeSpendCents upgradeWithinMonths }\n    interestGroups { id name }\n    customFieldValues { value field { id label type } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPageLevel($id: ID!) {\n    member(id: $id) { ...MemberLevelDetails }\n  }\n"): (typeof documents)["\n  query MemberPageLevel($id: ID!) {\n    member(id: $id) { ...MemberLevelDetails }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPageComments($id: ID!) {\n    member(id: $id) { id comments(first: 20) { ...MemberCommentsPage } }\n  }\n"): (typeof documents)["\n  query MemberPageComments($id: ID!) {\n    member(id: $id) { id comments(first: 20) { ...MemberCommentsPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberAuditEntry on AuditLogEntry {\n    id action at before after\n    actor { id displayName code }\n  }\n"): (typeof documents)["\n  fragment MemberAuditEntry on AuditLogEntry {\n    id action at before after\n    actor { id displayName code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberAuditPage on AuditLogEntryConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...MemberAuditEntry } }\n  }\n"): (typeof documents)["\n  fragment MemberAuditPage on AuditLogEntryConnection {\n    totalCount\n    pageInfo { hasNextPage endCursor }\n    edges { cursor node { ...MemberAuditEntry } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPageAudit($id: ID!) {\n    member(id: $id) { id auditLog(first: 50) { ...MemberAuditPage } }\n  }\n"): (typeof documents)["\n  query MemberPageAudit($id: ID!) {\n    member(id: $id) { id auditLog(first: 50) { ...MemberAuditPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreMemberAudit($id: ID!, $after: String) {\n    member(id: $id) { id auditLog(first: 50, after: $after) { ...MemberAuditPage } }\n  }\n"): (typeof documents)["\n  query MoreMemberAudit($id: ID!, $after: String) {\n    member(id: $id) { id auditLog(first: 50, after: $after) { ...MemberAuditPage } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCampaignItem on MemberCampaign {\n    campaign { id code name }\n    salesperson { id displayName code }\n  }\n"): (typeof documents)["\n  fragment MemberCampaignItem on MemberCampaign {\n    campaign { id code name }\n    salesperson { id displayName code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPageCampaigns($id: ID!) {\n    member(id: $id) { id campaigns(first: 50) { totalCount nodes { ...MemberCampaignItem } } }\n  }\n"): (typeof documents)["\n  query MemberPageCampaigns($id: ID!) {\n    member(id: $id) { id campaigns(first: 50) { totalCount nodes { ...MemberCampaignItem } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMember($id: ID!) {\n    deleteMember(id: $id) { id memberNo }\n  }\n"): (typeof documents)["\n  mutation DeleteMember($id: ID!) {\n    deleteMember(id: $id) { id memberNo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberSearchRow on Member {\n    id\n    memberNo\n    displayName\n    phone\n    phone2\n    email\n    isWalkIn\n    createdAt\n    group { id name }\n    branch { id code name }\n  }\n"): (typeof documents)["\n  fragment MemberSearchRow on Member {\n    id\n    memberNo\n    displayName\n    phone\n    phone2\n    email\n    isWalkIn\n    createdAt\n    group { id name }\n    branch { id code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberSearchPage($filter: MemberFilterInput, $sort: MemberSortInput, $first: Int!, $after: String) {\n    memberSearch(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...MemberSearchRow } }\n    }\n  }\n"): (typeof documents)["\n  query MemberSearchPage($filter: MemberFilterInput, $sort: MemberSortInput, $first: Int!, $after: String) {\n    memberSearch(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...MemberSearchRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchStaffChoice on Staff { id code displayName }\n"): (typeof documents)["\n  fragment SearchStaffChoice on Staff { id code displayName }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchCustomField on CustomField { id label type options }\n"): (typeof documents)["\n  fragment SearchCustomField on CustomField { id label type options }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchBranches { branches(first: 100) { nodes { id code name } } }\n"): (typeof documents)["\n  query SearchBranches { branches(first: 100) { nodes { id code name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchGroups { memberGroups(first: 100) { nodes { id name } } }\n"): (typeof documents)["\n  query SearchGroups { memberGroups(first: 100) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCampaigns { campaigns(first: 100, includeArchived: true) { nodes { id code name } } }\n"): (typeof documents)["\n  query SearchCampaigns { campaigns(first: 100, includeArchived: true) { nodes { id code name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSalespeople { staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...SearchStaffChoice } } }\n"): (typeof documents)["\n  query SearchSalespeople { staffMembers(permission: CampaignsReceiveContacts, first: 100) { nodes { ...SearchStaffChoice } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchManagers { staffMembers(permission: ContactsSupervise, first: 100) { nodes { ...SearchStaffChoice } } }\n"): (typeof documents)["\n  query SearchManagers { staffMembers(permission: ContactsSupervise, first: 100) { nodes { ...SearchStaffChoice } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchInterestGroups { interestGroups(first: 100) { nodes { id name } } }\n"): (typeof documents)["\n  query SearchInterestGroups { interestGroups(first: 100) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCustomFields { customFields(first: 100) { nodes { ...SearchCustomField } } }\n"): (typeof documents)["\n  query SearchCustomFields { customFields(first: 100) { nodes { ...SearchCustomField } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkJobProgress on BulkJob { id status total processed skipped error }\n"): (typeof documents)["\n  fragment BulkJobProgress on BulkJob { id status total processed skipped error }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMemberSelection($input: MemberSelectionInput!) {\n    saveMemberSelection(input: $input) { id count }\n  }\n"): (typeof documents)["\n  mutation SaveMemberSelection($input: MemberSelectionInput!) {\n    saveMemberSelection(input: $input) { id count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBulkMemberAction($input: BulkMemberActionInput!) {\n    startBulkMemberAction(input: $input) { ...BulkJobProgress }\n  }\n"): (typeof documents)["\n  mutation StartBulkMemberAction($input: BulkMemberActionInput!) {\n    startBulkMemberAction(input: $input) { ...BulkJobProgress }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkJobProgress($id: ID!) {\n    bulkJob(id: $id) { ...BulkJobProgress }\n  }\n"): (typeof documents)["\n  query BulkJobProgress($id: ID!) {\n    bulkJob(id: $id) { ...BulkJobProgress }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryBulkJob($id: ID!) {\n    retryBulkJob(id: $id) { ...BulkJobProgress }\n  }\n"): (typeof documents)["\n  mutation RetryBulkJob($id: ID!) {\n    retryBulkJob(id: $id) { ...BulkJobProgress }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoredValueEntryRow on StoredValueEntry {\n    id\n    kind\n    amountCents\n    paidCents\n    bonusCents\n    balanceAfterCents\n    reason\n    createdAt\n    staff { id displayName }\n    branch { id name }\n    invoice { id number }\n    prepaidSale { id number }\n  }\n"): (typeof documents)["\n  fragment StoredValueEntryRow on StoredValueEntry {\n    id\n    kind\n    amountCents\n    paidCents\n    bonusCents\n    balanceAfterCents\n    reason\n    createdAt\n    staff { id displayName }\n    branch { id name }\n    invoice { id number }\n    prepaidSale { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountPackageRow on MemberPackage {\n    id\n    name\n    kind\n    sessionsTotal\n    sessionsRemaining\n    valueCents\n    remainingCents\n    status\n    validTo\n    expired\n    usable\n    soldAt\n  }\n"): (typeof documents)["\n  fragment AccountPackageRow on MemberPackage {\n    id\n    name\n    kind\n    sessionsTotal\n    sessionsRemaining\n    valueCents\n    remainingCents\n    status\n    validTo\n    expired\n    usable\n    soldAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountInstalmentRow on Instalment {\n    id\n    sequence\n    dueDate\n    amountCents\n    paidCents\n    outstandingCents\n    overdue\n    paidAt\n    prepaidSale { id number }\n  }\n"): (typeof documents)["\n  fragment AccountInstalmentRow on Instalment {\n    id\n    sequence\n    dueDate\n    amountCents\n    paidCents\n    outstandingCents\n    overdue\n    paidAt\n    prepaidSale { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberAccount($memberId: ID!, $first: Int!, $packages: Int!, $coupons: Int!) {\n    member(id: $memberId) { id branch { id currency } }\n    systemSettings { currencyDisplay currencyDecimals }\n    memberAccount(memberId: $memberId) {\n      memberId\n      today\n      storedValue { balanceCents paidInCents bonusInCents }\n      storedValueEntries(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...StoredValueEntryRow }\n      }\n      packages(first: $packages) {\n        totalCount\n        nodes { ...AccountPackageRow }\n      }\n      instalmentsOutstandingCents\n      instalments { ...AccountInstalmentRow }\n      points { memberId balance expiring { expiresAt points } }\n      coupons(first: $coupons, statuses: [ISSUED]) {\n        totalCount\n        nodes { id code validTo type { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberAccount($memberId: ID!, $first: Int!, $packages: Int!, $coupons: Int!) {\n    member(id: $memberId) { id branch { id currency } }\n    systemSettings { currencyDisplay currencyDecimals }\n    memberAccount(memberId: $memberId) {\n      memberId\n      today\n      storedValue { balanceCents paidInCents bonusInCents }\n      storedValueEntries(first: $first) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        nodes { ...StoredValueEntryRow }\n      }\n      packages(first: $packages) {\n        totalCount\n        nodes { ...AccountPackageRow }\n      }\n      instalmentsOutstandingCents\n      instalments { ...AccountInstalmentRow }\n      points { memberId balance expiring { expiresAt points } }\n      coupons(first: $coupons, statuses: [ISSUED]) {\n        totalCount\n        nodes { id code validTo type { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoreStoredValueEntries($memberId: ID!, $first: Int!, $after: String) {\n    memberAccount(memberId: $memberId) {\n      memberId\n      storedValueEntries(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...StoredValueEntryRow }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoreStoredValueEntries($memberId: ID!, $first: Int!, $after: String) {\n    memberAccount(memberId: $memberId) {\n      memberId\n      storedValueEntries(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        nodes { ...StoredValueEntryRow }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPackageLedger($id: ID!, $first: Int!) {\n    memberPackage(id: $id) {\n      id\n      entries(first: $first) {\n        totalCount\n        nodes {\n          id\n          kind\n          sessions\n          valueCents\n          sessionsAfter\n          remainingAfterCents\n          reason\n          createdAt\n          staff { id displayName }\n          treatment { id name }\n          invoice { id number }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountPackageLedger($id: ID!, $first: Int!) {\n    memberPackage(id: $id) {\n      id\n      entries(first: $first) {\n        totalCount\n        nodes {\n          id\n          kind\n          sessions\n          valueCents\n          sessionsAfter\n          remainingAfterCents\n          reason\n          createdAt\n          staff { id displayName }\n          treatment { id name }\n          invoice { id number }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberInstalments($memberId: ID!) {\n    member(id: $memberId) { id branch { id currency } }\n    systemSettings { currencyDisplay currencyDecimals }\n    memberAccount(memberId: $memberId) {\n      memberId\n      today\n      instalmentsOutstandingCents\n      instalments(all: true) { ...AccountInstalmentRow }\n    }\n  }\n"): (typeof documents)["\n  query MemberInstalments($memberId: ID!) {\n    member(id: $memberId) { id branch { id currency } }\n    systemSettings { currencyDisplay currencyDecimals }\n    memberAccount(memberId: $memberId) {\n      memberId\n      today\n      instalmentsOutstandingCents\n      instalments(all: true) { ...AccountInstalmentRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberCardRow on MemberCard {\n    id\n    cardNumber\n    status\n    hasPin\n    issuedAt\n    lockedAt\n    reason\n    updatedAt\n    replacedBy { id cardNumber }\n  }\n"): (typeof documents)["\n  fragment MemberCardRow on MemberCard {\n    id\n    cardNumber\n    status\n    hasPin\n    issuedAt\n    lockedAt\n    reason\n    updatedAt\n    replacedBy { id cardNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberCards($memberId: ID!) {\n    memberCards(memberId: $memberId) { ...MemberCardRow }\n  }\n"): (typeof documents)["\n  query MemberCards($memberId: ID!) {\n    memberCards(memberId: $memberId) { ...MemberCardRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueMemberCard($input: IssueMemberCardInput!) {\n    issueMemberCard(input: $input) { ...MemberCardRow }\n  }\n"): (typeof documents)["\n  mutation IssueMemberCard($input: IssueMemberCardInput!) {\n    issueMemberCard(input: $input) { ...MemberCardRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberCardPin($input: SetMemberCardPinInput!) {\n    setMemberCardPin(input: $input) { ...MemberCardRow }\n  }\n"): (typeof documents)["\n  mutation SetMemberCardPin($input: SetMemberCardPinInput!) {\n    setMemberCardPin(input: $input) { ...MemberCardRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockMemberCard($input: LockMemberCardInput!) {\n    lockMemberCard(input: $input) { ...MemberCardRow }\n  }\n"): (typeof documents)["\n  mutation LockMemberCard($input: LockMemberCardInput!) {\n    lockMemberCard(input: $input) { ...MemberCardRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockMemberCard($input: UnlockMemberCardInput!) {\n    unlockMemberCard(input: $input) { ...MemberCardRow }\n  }\n"): (typeof documents)["\n  mutation UnlockMemberCard($input: UnlockMemberCardInput!) {\n    unlockMemberCard(input: $input) { ...MemberCardRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplaceMemberCard($input: ReplaceMemberCardInput!) {\n    replaceMemberCard(input: $input) { ...MemberCardRow }\n  }\n"): (typeof documents)["\n  mutation ReplaceMemberCard($input: ReplaceMemberCardInput!) {\n    replaceMemberCard(input: $input) { ...MemberCardRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrepaidCounterSetup {\n    viewer { id branch { id currency } }\n    branches(includeClosed: false, first: 100) { nodes { id label currency } }\n    tenderTypes(first: 100) { nodes { id code label kind givesChange } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n"): (typeof documents)["\n  query PrepaidCounterSetup {\n    viewer { id branch { id currency } }\n    branches(includeClosed: false, first: 100) { nodes { id label currency } }\n    tenderTypes(first: 100) { nodes { id code label kind givesChange } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstalmentRow on Instalment {\n    id\n    sequence\n    dueDate\n    amountCents\n    paidCents\n    outstandingCents\n    overdue\n    member { id memberNo displayName }\n    prepaidSale { id number memberPackage { id name } }\n  }\n"): (typeof documents)["\n  fragment InstalmentRow on Instalment {\n    id\n    sequence\n    dueDate\n    amountCents\n    paidCents\n    outstandingCents\n    overdue\n    member { id memberNo displayName }\n    prepaidSale { id number memberPackage { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrepaidCounterMember($memberId: ID!, $first: Int!) {\n    memberAccount(memberId: $memberId) { memberId storedValue { balanceCents } }\n    instalments(memberId: $memberId, first: $first) { nodes { ...InstalmentRow } }\n  }\n"): (typeof documents)["\n  query PrepaidCounterMember($memberId: ID!, $first: Int!) {\n    memberAccount(memberId: $memberId) { memberId storedValue { balanceCents } }\n    instalments(memberId: $memberId, first: $first) { nodes { ...InstalmentRow } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrepaidInstalments($status: InstalmentStatusFilter!, $branchId: ID, $first: Int!, $after: String) {\n    instalments(status: $status, branchId: $branchId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InstalmentRow }\n    }\n  }\n"): (typeof documents)["\n  query PrepaidInstalments($status: InstalmentStatusFilter!, $branchId: ID, $first: Int!, $after: String) {\n    instalments(status: $status, branchId: $branchId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InstalmentRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopUpQuote($memberId: ID!, $amountCents: Int!) {\n    topUpQuote(memberId: $memberId, amountCents: $amountCents) { paidCents bonusPercent bonusCents totalCents }\n  }\n"): (typeof documents)["\n  query TopUpQuote($memberId: ID!, $amountCents: Int!) {\n    topUpQuote(memberId: $memberId, amountCents: $amountCents) { paidCents bonusPercent bonusCents totalCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TopUp($input: TopUpInput!) {\n    topUp(input: $input) { changeCents prepaidSale { id number } entry { id amountCents paidCents bonusCents balanceAfterCents } }\n  }\n"): (typeof documents)["\n  mutation TopUp($input: TopUpInput!) {\n    topUp(input: $input) { changeCents prepaidSale { id number } entry { id amountCents paidCents bonusCents balanceAfterCents } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundStoredValue($input: RefundStoredValueInput!) {\n    refundStoredValue(input: $input) { prepaidSale { id number } entry { id amountCents balanceAfterCents } }\n  }\n"): (typeof documents)["\n  mutation RefundStoredValue($input: RefundStoredValueInput!) {\n    refundStoredValue(input: $input) { prepaidSale { id number } entry { id amountCents balanceAfterCents } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayInstalment($input: PayInstalmentInput!) {\n    payInstalment(input: $input) { ...InstalmentRow paidAt }\n  }\n"): (typeof documents)["\n  mutation PayInstalment($input: PayInstalmentInput!) {\n    payInstalment(input: $input) { ...InstalmentRow paidAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PackageTypeFields on PackageType {\n    id\n    code\n    name\n    kind\n    sessions\n    valueCents\n    priceCents\n    validityMonths\n    active\n    treatmentsAny\n    treatments { id code name priceCents }\n  }\n"): (typeof documents)["\n  fragment PackageTypeFields on PackageType {\n    id\n    code\n    name\n    kind\n    sessions\n    valueCents\n    priceCents\n    validityMonths\n    active\n    treatmentsAny\n    treatments { id code name priceCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PackageTypes($active: Boolean, $search: String, $first: Int, $after: String) {\n    packageTypes(active: $active, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PackageTypeFields }\n    }\n  }\n"): (typeof documents)["\n  query PackageTypes($active: Boolean, $search: String, $first: Int, $after: String) {\n    packageTypes(active: $active, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...PackageTypeFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PackageValueSuggestion($treatmentIds: [ID!]!) {\n    packageValueSuggestion(treatmentIds: $treatmentIds)\n  }\n"): (typeof documents)["\n  query PackageValueSuggestion($treatmentIds: [ID!]!) {\n    packageValueSuggestion(treatmentIds: $treatmentIds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePackageType($input: PackageTypeInput!) {\n    createPackageType(input: $input) { ...PackageTypeFields }\n  }\n"): (typeof documents)["\n  mutation CreatePackageType($input: PackageTypeInput!) {\n    createPackageType(input: $input) { ...PackageTypeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePackageType($id: ID!, $input: PackageTypeInput!) {\n    updatePackageType(id: $id, input: $input) { ...PackageTypeFields }\n  }\n"): (typeof documents)["\n  mutation UpdatePackageType($id: ID!, $input: PackageTypeInput!) {\n    updatePackageType(id: $id, input: $input) { ...PackageTypeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPackageTypeActive($id: ID!, $active: Boolean!) {\n    setPackageTypeActive(id: $id, active: $active) { id active }\n  }\n"): (typeof documents)["\n  mutation SetPackageTypeActive($id: ID!, $active: Boolean!) {\n    setPackageTypeActive(id: $id, active: $active) { id active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PackageTreatmentSearch($search: String, $first: Int) {\n    treatments(search: $search, first: $first) { nodes { id code name priceCents } }\n  }\n"): (typeof documents)["\n  query PackageTreatmentSearch($search: String, $first: Int) {\n    treatments(search: $search, first: $first) { nodes { id code name priceCents } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SellPackageSetup {\n    viewer { id branch { id timeZone } }\n    tenderTypes(first: 100) { nodes { id code label kind active } }\n  }\n"): (typeof documents)["\n  query SellPackageSetup {\n    viewer { id branch { id timeZone } }\n    tenderTypes(first: 100) { nodes { id code label kind active } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SellPackage($input: SellPackageInput!) {\n    sellPackage(input: $input) { id name validTo prepaidSale { id number } }\n  }\n"): (typeof documents)["\n  mutation SellPackage($input: SellPackageInput!) {\n    sellPackage(input: $input) { id name validTo prepaidSale { id number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPackageActions($id: ID!) {\n    viewer { id branch { id } }\n    memberPackage(id: $id) { id name kind status sessionsRemaining usable treatmentsAny treatments { id code name } }\n    tenderTypes(first: 100) { nodes { id code label kind active } }\n  }\n"): (typeof documents)["\n  query MemberPackageActions($id: ID!) {\n    viewer { id branch { id } }\n    memberPackage(id: $id) { id name kind status sessionsRemaining usable treatmentsAny treatments { id code name } }\n    tenderTypes(first: 100) { nodes { id code label kind active } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsableSessionPackages($memberId: ID!, $treatmentId: ID) {\n    usableMemberPackages(memberId: $memberId, treatmentId: $treatmentId, kind: SESSIONS) { id name sessionsRemaining validTo }\n  }\n"): (typeof documents)["\n  query UsableSessionPackages($memberId: ID!, $treatmentId: ID) {\n    usableMemberPackages(memberId: $memberId, treatmentId: $treatmentId, kind: SESSIONS) { id name sessionsRemaining validTo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UseSession($input: UseSessionInput!) {\n    useSession(input: $input) { id sessionsAfter }\n  }\n"): (typeof documents)["\n  mutation UseSession($input: UseSessionInput!) {\n    useSession(input: $input) { id sessionsAfter }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSessions($input: AddSessionsInput!) {\n    addSessions(input: $input) { id sessionsAfter }\n  }\n"): (typeof documents)["\n  mutation AddSessions($input: AddSessionsInput!) {\n    addSessions(input: $input) { id sessionsAfter }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPackage($input: RefundPackageInput!) {\n    refundPackage(input: $input) { id number amountCents }\n  }\n"): (typeof documents)["\n  mutation RefundPackage($input: RefundPackageInput!) {\n    refundPackage(input: $input) { id number amountCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuickLookupRow on Member { id memberNo displayName phone phone2 isWalkIn branch { id code name } }\n"): (typeof documents)["\n  fragment QuickLookupRow on Member { id memberNo displayName phone phone2 isWalkIn branch { id code name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { ...QuickLookupRow } }\n  }\n"): (typeof documents)["\n  query QuickLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { ...QuickLookupRow } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisStatusCell on ReportStatusCell { statusId count ratio }\n"): (typeof documents)["\n  fragment AnalysisStatusCell on ReportStatusCell { statusId count ratio }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisOutcomes on AppointmentOutcomes { booked arrived verified noShow cancelled }\n"): (typeof documents)["\n  fragment AnalysisOutcomes on AppointmentOutcomes { booked arrived verified noShow cancelled }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisSales on CampaignAnalysisSales { bookedContacts successful successRatio invoiceCents productCents treatmentCents }\n"): (typeof documents)["\n  fragment AnalysisSales on CampaignAnalysisSales { bookedContacts successful successRatio invoiceCents productCents treatmentCents }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisStatusColumn on ContactStatus { id key label }\n"): (typeof documents)["\n  fragment AnalysisStatusColumn on ContactStatus { id key label }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisRow on CampaignAnalysisRow {\n    key code name total\n    cells { ...AnalysisStatusCell }\n    outcomes { ...AnalysisOutcomes }\n    sales { ...AnalysisSales }\n  }\n"): (typeof documents)["\n  fragment AnalysisRow on CampaignAnalysisRow {\n    key code name total\n    cells { ...AnalysisStatusCell }\n    outcomes { ...AnalysisOutcomes }\n    sales { ...AnalysisSales }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisTotals on CampaignAnalysisTotals {\n    total\n    cells { ...AnalysisStatusCell }\n    outcomes { ...AnalysisOutcomes }\n    sales { ...AnalysisSales }\n  }\n"): (typeof documents)["\n  fragment AnalysisTotals on CampaignAnalysisTotals {\n    total\n    cells { ...AnalysisStatusCell }\n    outcomes { ...AnalysisOutcomes }\n    sales { ...AnalysisSales }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnalysisReport on CampaignAnalysis {\n    view\n    columns { ...AnalysisStatusColumn }\n    totals { ...AnalysisTotals }\n    filter { ...ReportAppliedFilterFields contactedFrom contactedTo }\n    successRule { enabled metric thresholdCents }\n    ranBy { ...ReportRanBy }\n    ranAt\n  }\n"): (typeof documents)["\n  fragment AnalysisReport on CampaignAnalysis {\n    view\n    columns { ...AnalysisStatusColumn }\n    totals { ...AnalysisTotals }\n    filter { ...ReportAppliedFilterFields contactedFrom contactedTo }\n    successRule { enabled metric thresholdCents }\n    ranBy { ...ReportRanBy }\n    ranAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignAnalysisReport($view: CampaignAnalysisView!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignAnalysis(view: $view, filter: $filter) {\n      ...AnalysisReport\n      rows(first: $first, after: $after) {\n        nodes { ...AnalysisRow }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignAnalysisReport($view: CampaignAnalysisView!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignAnalysis(view: $view, filter: $filter) {\n      ...AnalysisReport\n      rows(first: $first, after: $after) {\n        nodes { ...AnalysisRow }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactTrendChart($filter: ReportFilterInput) {\n    contactTrend(filter: $filter) { from to total days { day count } }\n  }\n"): (typeof documents)["\n  query ContactTrendChart($filter: ReportFilterInput) {\n    contactTrend(filter: $filter) { from to total days { day count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportExportProgress($id: ID!) {\n    reportExportProgress(id: $id) { id rowsWritten totalRows done }\n  }\n"): (typeof documents)["\n  query ReportExportProgress($id: ID!) {\n    reportExportProgress(id: $id) { id rowsWritten totalRows done }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpTotals on FollowUpStatisticTotals {\n    assigned contacted logs booked attended overdue\n    logsByMethod { methodId count }\n  }\n"): (typeof documents)["\n  fragment FollowUpTotals on FollowUpStatisticTotals {\n    assigned contacted logs booked attended overdue\n    logsByMethod { methodId count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpRow on FollowUpStatisticRow {\n    salesperson { id code displayName }\n    assigned contacted logs booked attended overdue\n    logsByMethod { methodId count }\n  }\n"): (typeof documents)["\n  fragment FollowUpRow on FollowUpStatisticRow {\n    salesperson { id code displayName }\n    assigned contacted logs booked attended overdue\n    logsByMethod { methodId count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpReportHeader on FollowUpStatistics {\n    from to\n    methods { id label }\n    totals { ...FollowUpTotals }\n    filter { ...ReportAppliedFilterFields }\n    ranBy { ...ReportRanBy }\n    ranAt\n  }\n"): (typeof documents)["\n  fragment FollowUpReportHeader on FollowUpStatistics {\n    from to\n    methods { id label }\n    totals { ...FollowUpTotals }\n    filter { ...ReportAppliedFilterFields }\n    ranBy { ...ReportRanBy }\n    ranAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpStatisticsReport($filter: ReportFilterInput, $first: Int!, $after: String) {\n    followUpStatistics(filter: $filter) {\n      ...FollowUpReportHeader\n      rows(first: $first, after: $after) {\n        nodes { ...FollowUpRow }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpStatisticsReport($filter: ReportFilterInput, $first: Int!, $after: String) {\n    followUpStatistics(filter: $filter) {\n      ...FollowUpReportHeader\n      rows(first: $first, after: $after) {\n        nodes { ...FollowUpRow }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpDrillMember on ContactMember {\n    id lastContactAt\n    member { id memberNo lastName firstName }\n    campaign { id code name }\n    status { id label }\n    salesperson { id code displayName }\n  }\n"): (typeof documents)["\n  fragment FollowUpDrillMember on ContactMember {\n    id lastContactAt\n    member { id memberNo lastName firstName }\n    campaign { id code name }\n    status { id label }\n    salesperson { id code displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpStatisticMembers(\n    $filter: ReportFilterInput, $metric: FollowUpMetric!, $salespersonId: ID, $methodId: ID, $first: Int, $after: String\n  ) {\n    followUpStatisticMembers(filter: $filter, metric: $metric, salespersonId: $salespersonId, methodId: $methodId, first: $first, after: $after) {\n      nodes { ...FollowUpDrillMember }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FollowUpStatisticMembers(\n    $filter: ReportFilterInput, $metric: FollowUpMetric!, $salespersonId: ID, $methodId: ID, $first: Int, $after: String\n  ) {\n    followUpStatisticMembers(filter: $filter, metric: $metric, salespersonId: $salespersonId, methodId: $methodId, first: $first, after: $after) {\n      nodes { ...FollowUpDrillMember }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRanking($filter: LoyaltyBranchesFilter, $first: Int!, $after: String) {\n    pointsRanking(filter: $filter, first: $first, after: $after) {\n      memberCount\n      rows {\n        nodes { rank balance earnedTotal member { id memberNo displayName } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsRanking($filter: LoyaltyBranchesFilter, $first: Int!, $after: String) {\n    pointsRanking(filter: $filter, first: $first, after: $after) {\n      memberCount\n      rows {\n        nodes { rank balance earnedTotal member { id memberNo displayName } }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsMovements($filter: PointsMovementsFilter, $first: Int!, $after: String) {\n    pointsMovements(filter: $filter) {\n      from\n      to\n      period\n      totals { issued earned referral adjustedIn redeemed expired reversed adjustedOut net }\n      rows(first: $first, after: $after) {\n        nodes { period from to branch { id code name } issued earned referral adjustedIn redeemed expired reversed adjustedOut net }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsMovements($filter: PointsMovementsFilter, $first: Int!, $after: String) {\n    pointsMovements(filter: $filter) {\n      from\n      to\n      period\n      totals { issued earned referral adjustedIn redeemed expired reversed adjustedOut net }\n      rows(first: $first, after: $after) {\n        nodes { period from to branch { id code name } issued earned referral adjustedIn redeemed expired reversed adjustedOut net }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsLiability($filter: LoyaltyBranchesFilter) {\n    pointsLiability(filter: $filter) {\n      points\n      members\n      asOf\n      byBranch(first: 100) { nodes { branch { id code name } members points } totalCount }\n      byExpiry(first: 100) { nodes { month points } totalCount }\n    }\n  }\n"): (typeof documents)["\n  query PointsLiability($filter: LoyaltyBranchesFilter) {\n    pointsLiability(filter: $filter) {\n      points\n      members\n      asOf\n      byBranch(first: 100) { nodes { branch { id code name } members points } totalCount }\n      byExpiry(first: 100) { nodes { month points } totalCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoyaltyReportBranches {\n    branches(first: 100) { nodes { id label } }\n  }\n"): (typeof documents)["\n  query LoyaltyReportBranches {\n    branches(first: 100) { nodes { id label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrepaidLiabilityReport($filter: PrepaidLiabilityFilter) {\n    prepaidLiability(filter: $filter) {\n      asOf\n      memberId\n      totals { storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }\n      rows(first: 100) {\n        nodes { branch { id code name } storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrepaidLiabilityReport($filter: PrepaidLiabilityFilter) {\n    prepaidLiability(filter: $filter) {\n      asOf\n      memberId\n      totals { storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }\n      rows(first: 100) {\n        nodes { branch { id code name } storedValueCents storedValueMembers packages sessionsRemaining valueRemainingCents deferredCents totalCents }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrepaidRevenueReport($filter: PrepaidRevenueFilter, $first: Int!, $after: String) {\n    prepaidRevenue(filter: $filter) {\n      from\n      to\n      period\n      totals { topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents }\n      rows(first: $first, after: $after) {\n        nodes {\n          period from to branch { id code name }\n          topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents\n        }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrepaidRevenueReport($filter: PrepaidRevenueFilter, $first: Int!, $after: String) {\n    prepaidRevenue(filter: $filter) {\n      from\n      to\n      period\n      totals { topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents }\n      rows(first: $first, after: $after) {\n        nodes {\n          period from to branch { id code name }\n          topUpPaidCents topUpBonusCents storedValueSpentCents storedValueRefundedCents packageSalesCents packageRecognisedCents breakageCents packageRefundsCents recognisedTotalCents\n        }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportAppliedFilterFields on ReportAppliedFilter {\n    branches { id code name }\n    campaigns { id code name }\n    salesGroups { id name }\n    salespeople { id code displayName }\n    memberGroups { id code name }\n  }\n"): (typeof documents)["\n  fragment ReportAppliedFilterFields on ReportAppliedFilter {\n    branches { id code name }\n    campaigns { id code name }\n    salesGroups { id name }\n    salespeople { id code displayName }\n    memberGroups { id code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRanBy on Staff { id code displayName login }\n"): (typeof documents)["\n  fragment ReportRanBy on Staff { id code displayName login }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportBranchOptions($after: String) {\n    branches(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query ReportBranchOptions($after: String) {\n    branches(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCampaignOptions($after: String) {\n    campaigns(first: 100, after: $after, includeArchived: true) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query ReportCampaignOptions($after: String) {\n    campaigns(first: 100, after: $after, includeArchived: true) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSalesGroupOptions($after: String) {\n    salesGroups(first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query ReportSalesGroupOptions($after: String) {\n    salesGroups(first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSalespersonOptions($after: String) {\n    contactSalespeople(first: 100, after: $after) { nodes { id code displayName } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query ReportSalespersonOptions($after: String) {\n    contactSalespeople(first: 100, after: $after) { nodes { id code displayName } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportMemberGroupOptions($after: String) {\n    memberGroups(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query ReportMemberGroupOptions($after: String) {\n    memberGroups(first: 100, after: $after) { nodes { id code name } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesFiguresFields on SalesFigures { invoices buyers grossCents returnedCents netCents }\n"): (typeof documents)["\n  fragment SalesFiguresFields on SalesFigures { invoices buyers grossCents returnedCents netCents }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignReturn($days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignReturn(daysAfterContact: $days, filter: $filter) {\n      days\n      totals { ...SalesFiguresFields }\n      filter { ...ReportAppliedFilterFields contactedFrom contactedTo }\n      ranBy { ...ReportRanBy }\n      ranAt\n      rows(first: $first, after: $after) {\n        nodes { campaign { id code name } invoices buyers grossCents returnedCents netCents }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignReturn($days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignReturn(daysAfterContact: $days, filter: $filter) {\n      days\n      totals { ...SalesFiguresFields }\n      filter { ...ReportAppliedFilterFields contactedFrom contactedTo }\n      ranBy { ...ReportRanBy }\n      ranAt\n      rows(first: $first, after: $after) {\n        nodes { campaign { id code name } invoices buyers grossCents returnedCents netCents }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignReturnInvoices($campaignId: ID!, $days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignReturnInvoices(campaignId: $campaignId, daysAfterContact: $days, filter: $filter, first: $first, after: $after) {\n      nodes { id number businessDate customerName totalCents refundedCents status member { id memberNo displayName } branch { id code } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CampaignReturnInvoices($campaignId: ID!, $days: Int!, $filter: ReportFilterInput, $first: Int!, $after: String) {\n    campaignReturnInvoices(campaignId: $campaignId, daysAfterContact: $days, filter: $filter, first: $first, after: $after) {\n      nodes { id number businessDate customerName totalCents refundedCents status member { id memberNo displayName } branch { id code } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberSalesRanking($filter: SalesStatisticsFilter, $first: Int!, $after: String) {\n    memberSalesRanking(filter: $filter, first: $first, after: $after) {\n      nodes { rank invoices grossCents returnedCents netCents member { id memberNo displayName } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MemberSalesRanking($filter: SalesStatisticsFilter, $first: Int!, $after: String) {\n    memberSalesRanking(filter: $filter, first: $first, after: $after) {\n      nodes { rank invoices grossCents returnedCents netCents member { id memberNo displayName } }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesStatistics($grouping: SalesStatisticsGrouping!, $filter: SalesStatisticsFilter, $first: Int, $after: String) {\n    salesStatistics(grouping: $grouping, filter: $filter) {\n      grouping\n      from\n      to\n      branchIds\n      totals { netCents grossCents returnedCents invoiceCount quantity }\n      rows(first: $first, after: $after) {\n        totalCount\n        nodes { key label netCents grossCents returnedCents invoiceCount quantity from to }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalesStatistics($grouping: SalesStatisticsGrouping!, $filter: SalesStatisticsFilter, $first: Int, $after: String) {\n    salesStatistics(grouping: $grouping, filter: $filter) {\n      grouping\n      from\n      to\n      branchIds\n      totals { netCents grossCents returnedCents invoiceCount quantity }\n      rows(first: $first, after: $after) {\n        totalCount\n        nodes { key label netCents grossCents returnedCents invoiceCount quantity from to }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesStatisticsChoices {\n    branches(first: 100) { nodes { id label } }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n"): (typeof documents)["\n  query SalesStatisticsChoices {\n    branches(first: 100) { nodes { id label } }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductRow on Product {\n    id\n    code\n    barcode\n    label\n    priceCents\n    active\n    lowStockThreshold\n    category { id label }\n    department { id label }\n  }\n"): (typeof documents)["\n  fragment ProductRow on Product {\n    id\n    code\n    barcode\n    label\n    priceCents\n    active\n    lowStockThreshold\n    category { id label }\n    department { id label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductDetail on Product {\n    id\n    code\n    barcode\n    name\n    label\n    translations { zhHK en zhCN th }\n    category { id label }\n    department { id label }\n    priceCents\n    costCents\n    taxRateBasisPoints\n    allowNegativeStock\n    lowStockThreshold\n    active\n  }\n"): (typeof documents)["\n  fragment ProductDetail on Product {\n    id\n    code\n    barcode\n    name\n    label\n    translations { zhHK en zhCN th }\n    category { id label }\n    department { id label }\n    priceCents\n    costCents\n    taxRateBasisPoints\n    allowNegativeStock\n    lowStockThreshold\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesProducts($filter: ProductFilter, $after: String) {\n    products(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      nodes { ...ProductRow }\n    }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n"): (typeof documents)["\n  query SalesProducts($filter: ProductFilter, $after: String) {\n    products(filter: $filter, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      nodes { ...ProductRow }\n    }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesProduct($id: ID!, $after: String) {\n    product(id: $id) {\n      ...ProductDetail\n      stockLevels { onHand updatedAt branch { id code label } }\n    }\n    stockMovements(productId: $id, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind quantity reason createdAt branch { id label } counterpartBranch { id label } staff { id displayName } }\n    }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n"): (typeof documents)["\n  query SalesProduct($id: ID!, $after: String) {\n    product(id: $id) {\n      ...ProductDetail\n      stockLevels { onHand updatedAt branch { id code label } }\n    }\n    stockMovements(productId: $id, first: 50, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id kind quantity reason createdAt branch { id label } counterpartBranch { id label } staff { id displayName } }\n    }\n    systemSettings { currency currencyDisplay currencyDecimals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) { ...ProductDetail }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: ProductInput!) {\n    createProduct(input: $input) { ...ProductDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) { ...ProductDetail }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($id: ID!, $input: ProductInput!) {\n    updateProduct(id: $id, input: $input) { ...ProductDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryRow on ProductCategory {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    sortOrder\n    active\n  }\n"): (typeof documents)["\n  fragment CategoryRow on ProductCategory {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    sortOrder\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentRow on Department {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    active\n  }\n"): (typeof documents)["\n  fragment DepartmentRow on Department {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesCategories($after: String) {\n    productCategories(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CategoryRow }\n    }\n  }\n"): (typeof documents)["\n  query SalesCategories($after: String) {\n    productCategories(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CategoryRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesDepartments($after: String) {\n    departments(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DepartmentRow }\n    }\n  }\n"): (typeof documents)["\n  query SalesDepartments($after: String) {\n    departments(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...DepartmentRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentChoices($after: String) {\n    departments(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id label }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentChoices($after: String) {\n    departments(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id label }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProductCategory($input: ProductCategoryInput!) {\n    createProductCategory(input: $input) { ...CategoryRow }\n  }\n"): (typeof documents)["\n  mutation CreateProductCategory($input: ProductCategoryInput!) {\n    createProductCategory(input: $input) { ...CategoryRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) {\n    updateProductCategory(id: $id, input: $input) { ...CategoryRow }\n  }\n"): (typeof documents)["\n  mutation UpdateProductCategory($id: ID!, $input: ProductCategoryInput!) {\n    updateProductCategory(id: $id, input: $input) { ...CategoryRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) { ...DepartmentRow }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) { ...DepartmentRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) { ...DepartmentRow }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) { ...DepartmentRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteBill($input: BillDraftInput!) {\n    quoteBill(input: $input) {\n      subtotalCents discountCents offerDiscountCents taxCents roundingCents totalCents memberDiscountPercent couponDiscountCents pointsEarned\n      couponCode couponType { name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }\n      lines { couponCovered }\n    }\n  }\n"): (typeof documents)["\n  query QuoteBill($input: BillDraftInput!) {\n    quoteBill(input: $input) {\n      subtotalCents discountCents offerDiscountCents taxCents roundingCents totalCents memberDiscountPercent couponDiscountCents pointsEarned\n      couponCode couponType { name discountKind amountCents percentBasisPoints maxDiscountCents minSpendCents }\n      lines { couponCovered }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) { id number totalCents changeCents analysisCode offerDiscountCents offer { code name } couponDiscountCents pointsEarned }\n  }\n"): (typeof documents)["\n  mutation Checkout($input: CheckoutInput!) {\n    checkout(input: $input) { id number totalCents changeCents analysisCode offerDiscountCents offer { code name } couponDiscountCents pointsEarned }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckoutHeldBill on HeldBill {\n    id\n    label\n    customerName\n    note\n    totalCents\n    createdAt\n    ageMinutes\n    heldBy { id displayName }\n    member { ...CheckoutMember }\n    lines { kind itemId code label quantity unitPriceCents lineDiscountCents staffId }\n    offerCode\n    couponCode\n  }\n"): (typeof documents)["\n  fragment CheckoutHeldBill on HeldBill {\n    id\n    label\n    customerName\n    note\n    totalCents\n    createdAt\n    ageMinutes\n    heldBy { id displayName }\n    member { ...CheckoutMember }\n    lines { kind itemId code label quantity unitPriceCents lineDiscountCents staffId }\n    offerCode\n    couponCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckoutBillOffer on BillOffer {\n    applies\n    failedConditions\n    offer { id code altCode name analysisCode discountType discountBasisPoints fixedPriceCents departmentIds }\n  }\n"): (typeof documents)["\n  fragment CheckoutBillOffer on BillOffer {\n    applies\n    failedConditions\n    offer { id code altCode name analysisCode discountType discountBasisPoints fixedPriceCents departmentIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutBillOffers($input: BillDraftInput!) {\n    billOffers(input: $input, first: 100) { nodes { ...CheckoutBillOffer } }\n  }\n"): (typeof documents)["\n  query CheckoutBillOffers($input: BillDraftInput!) {\n    billOffers(input: $input, first: 100) { nodes { ...CheckoutBillOffer } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutHeldBills($branchId: ID!, $first: Int!) {\n    heldBills(branchId: $branchId, first: $first) { nodes { ...CheckoutHeldBill } }\n  }\n"): (typeof documents)["\n  query CheckoutHeldBills($branchId: ID!, $first: Int!) {\n    heldBills(branchId: $branchId, first: $first) { nodes { ...CheckoutHeldBill } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldBill($input: HoldBillInput!) {\n    holdBill(input: $input) { id label }\n  }\n"): (typeof documents)["\n  mutation HoldBill($input: HoldBillInput!) {\n    holdBill(input: $input) { id label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeHeldBill($id: ID!) {\n    resumeHeldBill(id: $id) { ...CheckoutHeldBill }\n  }\n"): (typeof documents)["\n  mutation ResumeHeldBill($id: ID!) {\n    resumeHeldBill(id: $id) { ...CheckoutHeldBill }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardHeldBill($id: ID!) {\n    discardHeldBill(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation DiscardHeldBill($id: ID!) {\n    discardHeldBill(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckoutSellableItem on SellableItem { kind itemId code barcode label priceCents taxRateBasisPoints onHand allowNegativeStock departmentId }\n"): (typeof documents)["\n  fragment CheckoutSellableItem on SellableItem { kind itemId code barcode label priceCents taxRateBasisPoints onHand allowNegativeStock departmentId }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutItemSearch($branchId: ID!, $search: String, $first: Int!) {\n    sellableItems(branchId: $branchId, search: $search, first: $first) { nodes { ...CheckoutSellableItem } }\n  }\n"): (typeof documents)["\n  query CheckoutItemSearch($branchId: ID!, $search: String, $first: Int!) {\n    sellableItems(branchId: $branchId, search: $search, first: $first) { nodes { ...CheckoutSellableItem } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutItemByCode($branchId: ID!, $code: String!) {\n    sellableItemByCode(branchId: $branchId, code: $code) { ...CheckoutSellableItem }\n  }\n"): (typeof documents)["\n  query CheckoutItemByCode($branchId: ID!, $code: String!) {\n    sellableItemByCode(branchId: $branchId, code: $code) { ...CheckoutSellableItem }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckoutMember on Member { id memberNo displayName phone isWalkIn level { id name discountPercent } }\n"): (typeof documents)["\n  fragment CheckoutMember on Member { id memberNo displayName phone isWalkIn level { id name discountPercent } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutMemberLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { ...CheckoutMember } }\n  }\n"): (typeof documents)["\n  query CheckoutMemberLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { ...CheckoutMember } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutSetup {\n    branches(includeClosed: false, first: 100) { nodes { id code label currency } }\n    tenderTypes(first: 100) { nodes { id code label kind givesChange } }\n    staffMembers(first: 100) { nodes { id code displayName branch { id } } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n"): (typeof documents)["\n  query CheckoutSetup {\n    branches(includeClosed: false, first: 100) { nodes { id code label currency } }\n    tenderTypes(first: 100) { nodes { id code label kind givesChange } }\n    staffMembers(first: 100) { nodes { id code displayName branch { id } } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      branch { id }\n      member { ...CheckoutMember }\n      beautician { id }\n      treatment { id code }\n      offerCode\n    }\n  }\n"): (typeof documents)["\n  query CheckoutAppointment($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      branch { id }\n      member { ...CheckoutMember }\n      beautician { id }\n      treatment { id code }\n      offerCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutPrepaid($memberId: ID!) {\n    prepaidAtCheckout(memberId: $memberId) {\n      memberId\n      storedValueCents\n      cardLocked\n      cardHasPin\n      packages { id name kind sessionsRemaining remainingCents validTo treatmentIds }\n    }\n  }\n"): (typeof documents)["\n  query CheckoutPrepaid($memberId: ID!) {\n    prepaidAtCheckout(memberId: $memberId) {\n      memberId\n      storedValueCents\n      cardLocked\n      cardHasPin\n      packages { id name kind sessionsRemaining remainingCents validTo treatmentIds }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceListRow on Invoice {\n    id\n    number\n    businessDate\n    issuedAt\n    status\n    totalCents\n    customerName\n    branch { id label currency timeZone }\n    member { id memberNo displayName }\n    cashier { id displayName }\n    payments { id tenderType { id label } }\n  }\n"): (typeof documents)["\n  fragment InvoiceListRow on Invoice {\n    id\n    number\n    businessDate\n    issuedAt\n    status\n    totalCents\n    customerName\n    branch { id label currency timeZone }\n    member { id memberNo displayName }\n    cashier { id displayName }\n    payments { id tenderType { id label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($filter: InvoiceFilter, $first: Int!, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      nodes { ...InvoiceListRow }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Invoices($filter: InvoiceFilter, $first: Int!, $after: String) {\n    invoices(filter: $filter, first: $first, after: $after) {\n      nodes { ...InvoiceListRow }\n      pageInfo { hasNextPage endCursor }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceFilterChoices {\n    branches(first: 100) { nodes { id label } }\n    staffMembers(first: 100) { nodes { id code displayName } }\n    tenderTypes(first: 100, includeInactive: true) { nodes { id label } }\n    productCategories(first: 100, includeInactive: true) { nodes { id label } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n"): (typeof documents)["\n  query InvoiceFilterChoices {\n    branches(first: 100) { nodes { id label } }\n    staffMembers(first: 100) { nodes { id code displayName } }\n    tenderTypes(first: 100, includeInactive: true) { nodes { id label } }\n    productCategories(first: 100, includeInactive: true) { nodes { id label } }\n    departments(first: 100, includeInactive: true) { nodes { id label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceFilterProduct($id: ID!) {\n    product(id: $id) { id code label }\n  }\n"): (typeof documents)["\n  query InvoiceFilterProduct($id: ID!) {\n    product(id: $id) { id code label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceFilterTreatment($id: ID!) {\n    treatment(id: $id) { id code name }\n  }\n"): (typeof documents)["\n  query InvoiceFilterTreatment($id: ID!) {\n    treatment(id: $id) { id code name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceFilterMember($id: ID!) {\n    member(id: $id) { id memberNo displayName }\n  }\n"): (typeof documents)["\n  query InvoiceFilterMember($id: ID!) {\n    member(id: $id) { id memberNo displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceDetail on Invoice {\n    id\n    number\n    status\n    businessDate\n    issuedAt\n    customerName\n    appointmentId\n    note\n    analysisCode\n    offerDiscountCents\n    offer { id code name }\n    pointsEarned\n    subtotalCents\n    discountCents\n    taxCents\n    roundingCents\n    totalCents\n    changeCents\n    refundedCents\n    voidedAt\n    voidReason\n    voidedBy { id displayName }\n    branch { id label address phone timeZone currency }\n    member { id memberNo displayName phone }\n    cashier { id displayName }\n    lines {\n      id position kind code description quantity unitPriceCents lineDiscountCents memberDiscountCents taxCents totalCents returnedQuantity\n      staff { id displayName }\n      department { id label }\n    }\n    payments { id amountCents tenderedCents reference tenderType { id label } }\n  }\n"): (typeof documents)["\n  fragment InvoiceDetail on Invoice {\n    id\n    number\n    status\n    businessDate\n    issuedAt\n    customerName\n    appointmentId\n    note\n    analysisCode\n    offerDiscountCents\n    offer { id code name }\n    pointsEarned\n    subtotalCents\n    discountCents\n    taxCents\n    roundingCents\n    totalCents\n    changeCents\n    refundedCents\n    voidedAt\n    voidReason\n    voidedBy { id displayName }\n    branch { id label address phone timeZone currency }\n    member { id memberNo displayName phone }\n    cashier { id displayName }\n    lines {\n      id position kind code description quantity unitPriceCents lineDiscountCents memberDiscountCents taxCents totalCents returnedQuantity\n      staff { id displayName }\n      department { id label }\n    }\n    payments { id amountCents tenderedCents reference tenderType { id label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) { ...InvoiceDetail }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) { ...InvoiceDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceReceipt($id: ID!) {\n    invoice(id: $id) { ...InvoiceDetail }\n    systemSettings { companyName logoUrl currency currencyDisplay currencyDecimals }\n  }\n"): (typeof documents)["\n  query InvoiceReceipt($id: ID!) {\n    invoice(id: $id) { ...InvoiceDetail }\n    systemSettings { companyName logoUrl currency currencyDisplay currencyDecimals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidInvoice($id: ID!, $reason: String!) {\n    voidInvoice(id: $id, reason: $reason) { id status voidedAt voidReason voidedBy { id displayName } }\n  }\n"): (typeof documents)["\n  mutation VoidInvoice($id: ID!, $reason: String!) {\n    voidInvoice(id: $id, reason: $reason) { id status voidedAt voidReason voidedBy { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberInvoices($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      invoices(first: $first, after: $after) {\n        nodes { ...InvoiceListRow }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberInvoices($id: ID!, $first: Int!, $after: String) {\n    member(id: $id) {\n      id\n      invoices(first: $first, after: $after) {\n        nodes { ...InvoiceListRow }\n        pageInfo { hasNextPage endCursor }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReturnSummary on SalesReturn {\n    id\n    number\n    totalCents\n    reason\n    createdAt\n    createdBy { id displayName }\n    lines { id quantity amountCents invoiceLine { id code description } }\n    refunds { id amountCents tenderType { id label } }\n  }\n"): (typeof documents)["\n  fragment ReturnSummary on SalesReturn {\n    id\n    number\n    totalCents\n    reason\n    createdAt\n    createdBy { id displayName }\n    lines { id quantity amountCents invoiceLine { id code description } }\n    refunds { id amountCents tenderType { id label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReturnInvoice on Invoice {\n    id\n    number\n    status\n    businessDate\n    totalCents\n    refundedCents\n    customerName\n    branch { id label currency }\n    member { id memberNo displayName }\n    lines { id position kind code description quantity totalCents returnedQuantity }\n    payments { id amountCents tenderType { id label } }\n    returns { ...ReturnSummary }\n  }\n"): (typeof documents)["\n  fragment ReturnInvoice on Invoice {\n    id\n    number\n    status\n    businessDate\n    totalCents\n    refundedCents\n    customerName\n    branch { id label currency }\n    member { id memberNo displayName }\n    lines { id position kind code description quantity totalCents returnedQuantity }\n    payments { id amountCents tenderType { id label } }\n    returns { ...ReturnSummary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnsSetup {\n    tenderTypes(first: 100) { nodes { id code label } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n"): (typeof documents)["\n  query ReturnsSetup {\n    tenderTypes(first: 100) { nodes { id code label } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnInvoiceByNumber($number: String!) {\n    invoiceByNumber(number: $number) { ...ReturnInvoice }\n  }\n"): (typeof documents)["\n  query ReturnInvoiceByNumber($number: String!) {\n    invoiceByNumber(number: $number) { ...ReturnInvoice }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnInvoice($id: ID!) {\n    invoice(id: $id) { ...ReturnInvoice }\n  }\n"): (typeof documents)["\n  query ReturnInvoice($id: ID!) {\n    invoice(id: $id) { ...ReturnInvoice }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnMemberLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone } }\n  }\n"): (typeof documents)["\n  query ReturnMemberLookup($term: String!, $first: Int!) {\n    quickLookup(term: $term, first: $first) { nodes { id memberNo displayName phone } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnMemberInvoices($id: ID!, $first: Int!) {\n    member(id: $id) {\n      id\n      invoices(first: $first) { nodes { id number status businessDate totalCents refundedCents branch { id currency } } }\n    }\n  }\n"): (typeof documents)["\n  query ReturnMemberInvoices($id: ID!, $first: Int!) {\n    member(id: $id) {\n      id\n      invoices(first: $first) { nodes { id number status businessDate totalCents refundedCents branch { id currency } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnSale($input: ReturnSaleInput!) {\n    returnSale(input: $input) {\n      id\n      number\n      totalCents\n      refunds { id tenderType { id label } }\n      invoice { ...ReturnInvoice }\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnSale($input: ReturnSaleInput!) {\n    returnSale(input: $input) {\n      id\n      number\n      totalCents\n      refunds { id tenderType { id label } }\n      invoice { ...ReturnInvoice }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceReturns($id: ID!) {\n    invoice(id: $id) { id number status refundedCents branch { id currency } returns { ...ReturnSummary } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n"): (typeof documents)["\n  query InvoiceReturns($id: ID!) {\n    invoice(id: $id) { id number status refundedCents branch { id currency } returns { ...ReturnSummary } }\n    systemSettings { currencyDisplay currencyDecimals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesLowStock($branchId: ID!, $after: String) {\n    lowStock(branchId: $branchId, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      nodes { id code label lowStockThreshold onHand(branchId: $branchId) }\n    }\n  }\n"): (typeof documents)["\n  query SalesLowStock($branchId: ID!, $after: String) {\n    lowStock(branchId: $branchId, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      totalCount\n      nodes { id code label lowStockThreshold onHand(branchId: $branchId) }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockProductChoices($after: String) {\n    products(filter: { active: true }, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code label }\n    }\n  }\n"): (typeof documents)["\n  query StockProductChoices($after: String) {\n    products(filter: { active: true }, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code label }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n"): (typeof documents)["\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n"): (typeof documents)["\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n"): (typeof documents)["\n  mutation TransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) { id stockLevels { onHand branch { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockBranches($after: String) {\n    branches(includeClosed: false, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code label }\n    }\n  }\n"): (typeof documents)["\n  query StockBranches($after: String) {\n    branches(includeClosed: false, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code label }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TenderRow on TenderType {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    kind\n    givesChange\n    sortOrder\n    active\n  }\n"): (typeof documents)["\n  fragment TenderRow on TenderType {\n    id\n    code\n    name\n    label\n    translations { zhHK en zhCN th }\n    kind\n    givesChange\n    sortOrder\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenderSettings($after: String) {\n    tenderTypes(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TenderRow }\n    }\n  }\n"): (typeof documents)["\n  query TenderSettings($after: String) {\n    tenderTypes(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...TenderRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenderType($input: TenderTypeInput!) {\n    createTenderType(input: $input) { ...TenderRow }\n  }\n"): (typeof documents)["\n  mutation CreateTenderType($input: TenderTypeInput!) {\n    createTenderType(input: $input) { ...TenderRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenderType($id: ID!, $input: TenderTypeInput!) {\n    updateTenderType(id: $id, input: $input) { ...TenderRow }\n  }\n"): (typeof documents)["\n  mutation UpdateTenderType($id: ID!, $input: TenderTypeInput!) {\n    updateTenderType(id: $id, input: $input) { ...TenderRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomFieldSetting on CustomField {\n    id\n    key\n    label\n    type\n    maxLength\n    options\n    defaultValue\n    required\n    sortOrder\n    active\n  }\n"): (typeof documents)["\n  fragment CustomFieldSetting on CustomField {\n    id\n    key\n    label\n    type\n    maxLength\n    options\n    defaultValue\n    required\n    sortOrder\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberLevelSetting on MemberGroup {\n    id\n    code\n    name\n    sortOrder\n    isDeletedGroup\n    discountPercent\n    pointsPer100\n    topUpBonusPercent\n    upgradeSpendCents\n    upgradeWithinMonths\n  }\n"): (typeof documents)["\n  fragment MemberLevelSetting on MemberGroup {\n    id\n    code\n    name\n    sortOrder\n    isDeletedGroup\n    discountPercent\n    pointsPer100\n    topUpBonusPercent\n    upgradeSpendCents\n    upgradeWithinMonths\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterestGroupSetting on InterestGroup {\n    id\n    code\n    name\n  }\n"): (typeof documents)["\n  fragment InterestGroupSetting on InterestGroup {\n    id\n    code\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NumberSequenceSetting on MemberNumberSequence {\n    id\n    scope\n    prefix\n    digits\n    nextValue\n  }\n"): (typeof documents)["\n  fragment NumberSequenceSetting on MemberNumberSequence {\n    id\n    scope\n    prefix\n    digits\n    nextValue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomFieldSettings($after: String) {\n    customFields(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CustomFieldSetting }\n    }\n  }\n"): (typeof documents)["\n  query CustomFieldSettings($after: String) {\n    customFields(includeInactive: true, first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...CustomFieldSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberLevelSettings($after: String) {\n    memberGroups(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MemberLevelSetting }\n    }\n  }\n"): (typeof documents)["\n  query MemberLevelSettings($after: String) {\n    memberGroups(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...MemberLevelSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerCurrency {\n    viewer { id branch { id currency } }\n  }\n"): (typeof documents)["\n  query ViewerCurrency {\n    viewer { id branch { id currency } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InterestGroupSettings($after: String) {\n    interestGroups(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InterestGroupSetting }\n    }\n  }\n"): (typeof documents)["\n  query InterestGroupSettings($after: String) {\n    interestGroups(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InterestGroupSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NumberingBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name }\n    }\n  }\n"): (typeof documents)["\n  query NumberingBranches($after: String) {\n    branches(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { id code name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NumberSequenceSettings($after: String) {\n    memberNumberSequences(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...NumberSequenceSetting }\n    }\n  }\n"): (typeof documents)["\n  query NumberSequenceSettings($after: String) {\n    memberNumberSequences(first: 100, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes { ...NumberSequenceSetting }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomField($input: CustomFieldInput!) {\n    createCustomField(input: $input) { ...CustomFieldSetting }\n  }\n"): (typeof documents)["\n  mutation CreateCustomField($input: CustomFieldInput!) {\n    createCustomField(input: $input) { ...CustomFieldSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomField($id: ID!, $input: CustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) { ...CustomFieldSetting }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomField($id: ID!, $input: CustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) { ...CustomFieldSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMemberGroup($input: MemberGroupInput!) {\n    createMemberGroup(input: $input) { ...MemberLevelSetting }\n  }\n"): (typeof documents)["\n  mutation CreateMemberGroup($input: MemberGroupInput!) {\n    createMemberGroup(input: $input) { ...MemberLevelSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberGroup($id: ID!, $input: MemberGroupInput!) {\n    updateMemberGroup(id: $id, input: $input) { ...MemberLevelSetting }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberGroup($id: ID!, $input: MemberGroupInput!) {\n    updateMemberGroup(id: $id, input: $input) { ...MemberLevelSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInterestGroup($input: InterestGroupInput!) {\n    createInterestGroup(input: $input) { ...InterestGroupSetting }\n  }\n"): (typeof documents)["\n  mutation CreateInterestGroup($input: InterestGroupInput!) {\n    createInterestGroup(input: $input) { ...InterestGroupSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInterestGroup($id: ID!, $input: InterestGroupInput!) {\n    updateInterestGroup(id: $id, input: $input) { ...InterestGroupSetting }\n  }\n"): (typeof documents)["\n  mutation UpdateInterestGroup($id: ID!, $input: InterestGroupInput!) {\n    updateInterestGroup(id: $id, input: $input) { ...InterestGroupSetting }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMemberNumberSequence($input: MemberNumberSequenceInput!) {\n    saveMemberNumberSequence(input: $input) { ...NumberSequenceSetting }\n  }\n"): (typeof documents)["\n  mutation SaveMemberNumberSequence($input: MemberNumberSequenceInput!) {\n    saveMemberNumberSequence(input: $input) { ...NumberSequenceSetting }\n  }\n"];
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