/**
 * Bad numbering rules that the numbering editor and the API must refuse with the same message
 * (zh-HK), because both check them with the service's own schema
 * (services/numbering/number-sequence-input.schema.ts).
 */
export const NUMBERING_REFUSALS = {
  prefix: { field: 'prefix', message: '「前綴」無效：只可使用英文字母、數字及「-」' },
  digits: { field: 'digits', message: '「位數」無效：必須介乎 1 至 10' },
} as const;
