/**
 * Bad inputs that each appointment-resource editor and the API must refuse with the same message
 * (zh-HK), because both check them with the service's own schema
 * (services/appointment-resources/resource-input.schema.ts): the UI test types them into the
 * editor, the integration test sends them to the API.
 */
export const RESOURCE_REFUSALS = {
  treatmentDuration: { field: 'durationMinutes', message: '「護理時間（分鐘）」無效：必須介乎 5 至 600' },
  equipmentCount: { field: 'count', message: '「數量」無效：必須介乎 1 至 999' },
  roomType: { field: 'type', message: '「類型」無效：必須輸入' },
  closedDayReason: { field: 'reason', message: '「原因」無效：最多 100 字元' },
  exceptionEnd: { field: 'endTime', message: '「結束時間」無效：必須遲於開始時間' },
  hoursClose: { field: 'closesAt', message: '「結束營業時間」無效：必須遲於開始時間' },
  scheduleOverlap: { field: 'startTime', message: '「開始時間」無效：同一天的工作時間重疊' },
  slotStep: { field: 'slotStepMinutes', message: '「時段間隔（分鐘）」無效：必須介乎 5 至 120' },
} as const;

/** A reason one character over the closed day's 100. */
export const LONG_REASON = '休'.repeat(101);
