import { graphql } from '@/graphql/generated';

/** The booking settings pages' GraphQL documents (預約設定); `npm run codegen` types them from the schema. */

export const TreatmentSetting = graphql(`
  fragment TreatmentSetting on Treatment {
    id
    code
    name
    series
    durationMinutes
    bufferMinutes
    priceCents
    equipmentCode
    roomType
    department { id label }
    active
  }
`);

export const EquipmentSetting = graphql(`
  fragment EquipmentSetting on Equipment {
    id
    code
    name
    count
    active
  }
`);

export const RoomSetting = graphql(`
  fragment RoomSetting on Room {
    id
    name
    type
    active
  }
`);

export const BranchHoursSetting = graphql(`
  fragment BranchHoursSetting on BranchHours {
    id
    weekday
    opensAt
    closesAt
  }
`);

export const ClosedDaySetting = graphql(`
  fragment ClosedDaySetting on BranchClosedDay {
    id
    date
    reason
  }
`);

export const WorkScheduleSetting = graphql(`
  fragment WorkScheduleSetting on WorkSchedule {
    id
    weekday
    startTime
    endTime
    branch { id code }
  }
`);

export const ScheduleExceptionSetting = graphql(`
  fragment ScheduleExceptionSetting on ScheduleException {
    id
    date
    kind
    startTime
    endTime
    note
    branch { id code }
  }
`);

export const SettingsBranch = graphql(`
  fragment SettingsBranch on Branch {
    id
    code
    name
    timeZone
  }
`);

export const AppointmentSettingsQuery = graphql(`
  query AppointmentSettingsPage {
    appointmentSettings { slotStepMinutes }
  }
`);

/** Server-only lists, read a page of 100 at a time until the end (`nodes`: no client cache to page). */
export const SettingsBranchesQuery = graphql(`
  query SettingsBranches($after: String) {
    branches(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...SettingsBranch }
    }
  }
`);

export const TreatmentSettingsQuery = graphql(`
  query TreatmentSettings($after: String) {
    treatments(includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...TreatmentSetting }
    }
  }
`);

export const EquipmentCodesQuery = graphql(`
  query EquipmentCodes($after: String) {
    equipment(includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id code }
    }
  }
`);

export const BranchEquipmentQuery = graphql(`
  query BranchEquipment($branchId: ID!, $after: String) {
    equipment(branchId: $branchId, includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...EquipmentSetting }
    }
  }
`);

export const BranchRoomsQuery = graphql(`
  query BranchRooms($branchId: ID!, $after: String) {
    rooms(branchId: $branchId, includeInactive: true, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...RoomSetting }
    }
  }
`);

export const BranchHoursQuery = graphql(`
  query BranchHoursSettings($branchId: ID!) {
    branchHours(branchId: $branchId) { ...BranchHoursSetting }
  }
`);

export const BranchClosedDaysQuery = graphql(`
  query BranchClosedDaySettings($branchId: ID!, $from: LocalDate, $after: String) {
    branchClosedDays(branchId: $branchId, from: $from, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...ClosedDaySetting }
    }
  }
`);

export const ScheduleBeauticiansQuery = graphql(`
  query ScheduleBeauticians($after: String) {
    staffMembers(permission: AppointmentsPerformTreatments, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id code displayName branch { id code } }
    }
  }
`);

export const WorkSchedulesQuery = graphql(`
  query WorkScheduleSettings($staffId: ID!) {
    workSchedules(staffId: $staffId) { ...WorkScheduleSetting }
  }
`);

export const ScheduleExceptionsQuery = graphql(`
  query ScheduleExceptionSettings($staffId: ID!, $from: LocalDate, $after: String) {
    scheduleExceptions(staffId: $staffId, from: $from, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...ScheduleExceptionSetting }
    }
  }
`);

export const UpdateAppointmentSettingsMutation = graphql(`
  mutation UpdateAppointmentSettings($input: AppointmentSettingsInput!) {
    updateAppointmentSettings(input: $input) { slotStepMinutes }
  }
`);

export const CreateTreatmentMutation = graphql(`
  mutation CreateTreatment($input: TreatmentInput!) {
    createTreatment(input: $input) { ...TreatmentSetting }
  }
`);

export const UpdateTreatmentMutation = graphql(`
  mutation UpdateTreatment($id: ID!, $input: TreatmentInput!) {
    updateTreatment(id: $id, input: $input) { ...TreatmentSetting }
  }
`);

export const CreateEquipmentMutation = graphql(`
  mutation CreateEquipment($branchId: ID!, $input: EquipmentInput!) {
    createEquipment(branchId: $branchId, input: $input) { ...EquipmentSetting }
  }
`);

export const UpdateEquipmentMutation = graphql(`
  mutation UpdateEquipment($id: ID!, $input: EquipmentInput!) {
    updateEquipment(id: $id, input: $input) { ...EquipmentSetting }
  }
`);

export const CreateRoomMutation = graphql(`
  mutation CreateRoom($branchId: ID!, $input: RoomInput!) {
    createRoom(branchId: $branchId, input: $input) { ...RoomSetting }
  }
`);

export const UpdateRoomMutation = graphql(`
  mutation UpdateRoom($id: ID!, $input: RoomInput!) {
    updateRoom(id: $id, input: $input) { ...RoomSetting }
  }
`);

export const SetBranchHoursMutation = graphql(`
  mutation SetBranchHours($branchId: ID!, $days: [BranchHoursInput!]!) {
    setBranchHours(branchId: $branchId, days: $days) { ...BranchHoursSetting }
  }
`);

export const AddBranchClosedDayMutation = graphql(`
  mutation AddBranchClosedDay($branchId: ID!, $input: BranchClosedDayInput!) {
    addBranchClosedDay(branchId: $branchId, input: $input) { ...ClosedDaySetting }
  }
`);

export const RemoveBranchClosedDayMutation = graphql(`
  mutation RemoveBranchClosedDay($id: ID!) {
    removeBranchClosedDay(id: $id)
  }
`);

export const SetWorkScheduleMutation = graphql(`
  mutation SetWorkSchedule($staffId: ID!, $branchId: ID!, $days: [WorkScheduleDayInput!]!) {
    setWorkSchedule(staffId: $staffId, branchId: $branchId, days: $days) { ...WorkScheduleSetting }
  }
`);

export const AddScheduleExceptionMutation = graphql(`
  mutation AddScheduleException($input: ScheduleExceptionInput!) {
    addScheduleException(input: $input) { ...ScheduleExceptionSetting }
  }
`);

export const RemoveScheduleExceptionMutation = graphql(`
  mutation RemoveScheduleException($id: ID!) {
    removeScheduleException(id: $id)
  }
`);
