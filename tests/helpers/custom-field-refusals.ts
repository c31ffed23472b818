/**
 * Bad custom field definitions that the custom fields editor and the API must refuse with the same
 * message (zh-HK), because both check them with the service's own schema
 * (services/custom-fields/custom-field-input.schema.ts).
 */
export const CUSTOM_FIELD_REFUSALS = {
  key: { field: 'key', message: '「識別碼」無效：只可使用英文字母、數字及「_」，並以字母開頭' },
  options: { field: 'options', message: '「選項」無效：選項欄位最少要有一個選項' },
  defaultValue: { field: 'defaultValue', message: '「預設值」無效：不是數字' },
} as const;
