/**
 * Bad member levels that the member levels editor and the API must refuse with the same message
 * (zh-HK), because both check them with the service's own schema
 * (services/member-levels/member-level-input.schema.ts).
 */
export const MEMBER_LEVEL_REFUSALS = {
  discountPercent: { field: 'discountPercent', message: '「折扣 %」無效：必須介乎 0 至 100' },
  upgradeWithinMonths: { field: 'upgradeWithinMonths', message: '「升級計算月數」無效：必須介乎 1 至 120' },
} as const;
