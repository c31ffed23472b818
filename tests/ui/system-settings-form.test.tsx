/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { LogoEditor } from '@/components/admin/system-settings/logo-editor';
import { SystemSettingsForm } from '@/components/admin/system-settings/system-settings-form';
import { UpdateSystemSettingsMutation } from '@/components/admin/system-settings/system-settings-documents';
import type { SystemSettingsValuesFragment } from '@/graphql/generated/graphql';
import { SYSTEM_DEFAULTS } from '@/services/admin/system-settings.schema';
import { renderWithIntl } from './render-with-intl';

const mockRefresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: mockRefresh, back: jest.fn() }),
}));

const settings: SystemSettingsValuesFragment = {
  ...SYSTEM_DEFAULTS,
  companyName: 'Glow',
  version: 3,
  logoUrl: null,
  logoMaxBytes: 65535,
};
const input = { ...SYSTEM_DEFAULTS, companyName: 'Glow' };

const control = (name: string) => document.getElementById(`member-field-${name}`) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(control(name), { target: { value } });
const save = () =>
  act(async () => {
    fireEvent.click(screen.getByTestId('system-settings-save'));
  });

function renderForm(mocks: MockedProviderProps['mocks'] = [], canEdit = true) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache()}>
      <SystemSettingsForm initial={settings} canEdit={canEdit} />
    </MockedProvider>,
    'en',
  );
}

it('refuses a bad value with the API\'s wording before sending anything', async () => {
  const sent = jest.fn();
  renderForm([{ request: { query: UpdateSystemSettingsMutation, variables: () => true }, result: () => (sent(), { data: null }) }]);
  type('sessionLengthMinutes', '10');
  type('currency', 'HK$');
  await save();
  await waitFor(() => expect(screen.getByTestId('error-sessionLengthMinutes').textContent).toBe('"Session length (minutes)" is invalid: must be between 15 and 10080'));
  expect(screen.getByTestId('error-currency').textContent).toBe('"Currency" is invalid: not a currency code (ISO 4217, e.g. HKD)');
  type('sessionLengthMinutes', '');
  await save();
  await waitFor(() => expect(screen.getByTestId('error-sessionLengthMinutes').textContent).toBe('"Session length (minutes)" is invalid: not a number'));
  expect(sent).not.toHaveBeenCalled();
});

it('saves the whole form, normalised, with "never" for an empty expiry, and says so', async () => {
  const saved = { ...input, companyName: 'Glow Beauty', currency: 'MOP', passwordExpiryDays: null, sessionLengthMinutes: 60 };
  renderForm([
    {
      request: { query: UpdateSystemSettingsMutation, variables: { input: saved } },
      result: { data: { updateSystemSettings: { __typename: 'SystemSettings', ...settings, ...saved, version: 4 } } },
    },
  ]);
  type('companyName', '  Glow Beauty ');
  type('currency', 'mop');
  type('sessionLengthMinutes', '60');
  type('passwordExpiryDays', '');
  await save();
  await waitFor(() => expect(screen.getByTestId('system-settings-status').textContent).toBe('Saved.'));
  expect(mockRefresh).toHaveBeenCalled();
  expect(control('companyName').value).toBe('Glow Beauty');
});

it('shows the server\'s refusal next to the field it names', async () => {
  renderForm([
    {
      request: { query: UpdateSystemSettingsMutation, variables: () => true },
      result: { errors: [new GraphQLError('"Default time zone" is invalid: not an IANA time zone, e.g. Asia/Hong_Kong', { extensions: { code: 'BAD_USER_INPUT', field: 'defaultTimeZone' } })] },
    },
  ]);
  await save();
  await waitFor(() => expect(screen.getByTestId('error-defaultTimeZone').textContent).toBe('"Default time zone" is invalid: not an IANA time zone, e.g. Asia/Hong_Kong'));
});

it('is read-only without the permission', () => {
  renderForm([], false);
  expect(control('companyName').matches(':disabled')).toBe(true);
  expect(screen.queryByTestId('system-settings-save')).toBeNull();
});

it('refuses a logo over the limit before uploading it', async () => {
  const upload = jest.fn();
  globalThis.fetch = upload as never;
  renderWithIntl(
    <MockedProvider mocks={[]} cache={new InMemoryCache()}>
      <LogoEditor logoUrl={null} maxBytes={20_480} canEdit />
    </MockedProvider>,
    'zh-HK',
  );
  const file = new File([new Uint8Array(20_481)], 'logo.png', { type: 'image/png' });
  await act(async () => {
    fireEvent.change(screen.getByTestId('system-logo-input'), { target: { files: [file] } });
  });
  expect(screen.getByTestId('system-logo-error').textContent).toBe('「標誌」無效：最多 20 KB');
  expect(upload).not.toHaveBeenCalled();
});
