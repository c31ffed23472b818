/**
 * Bad inputs that the contact settings editors and the API must refuse with the same message
 * (zh-HK), because both check them with the service's own schema
 * (services/contact-settings/contact-option-input.schema.ts): the UI test types them into the
 * editor, the integration test sends them to the API.
 */
export const LONG_TRANSLATION = 'ท'.repeat(101);
export const LONG_NOTE = '備'.repeat(501);

export const CONTACT_OPTION_REFUSALS = {
  statusTranslation: { field: 'translations.th', message: '「泰文名稱」無效：最多 100 字元' },
  methodName: { field: 'name', message: '「名稱」無效：必須輸入' },
  noteText: { field: 'text', message: '「備註」無效：最多 500 字元' },
} as const;
