/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ContactOptionsEditor } from '@/components/contact-settings/contact-options-editor';
import { PresetNotesEditor } from '@/components/contact-settings/preset-notes-editor';
import {
  ContactVisibilityQuery, CreateContactMethodMutation, ReorderContactStatusesMutation, SetContactVisibilityMutation, UpdateContactSettingsMutation,
  UpdateContactStatusMutation,
} from '@/components/contact-settings/contact-settings-documents';
import { ContactVisibilityEditor } from '@/components/contact-settings/contact-visibility-editor';
import { DisplaySettingsForm } from '@/components/contact-settings/display-settings-form';
import { typePolicies } from '@/lib/apollo/type-policies';
import { CONTACT_OPTION_REFUSALS as REFUSED, LONG_NOTE, LONG_TRANSLATION } from '../helpers/contact-option-refusals';
import { renderWithIntl } from './render-with-intl';

function renderWith(mocks: MockedProviderProps['mocks'], ui: ReactElement) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      {ui}
    </MockedProvider>,
  );
}

const translations = (en: string) => ({ __typename: 'LocalisedNames', zhHK: null, en, zhCN: null, th: null }) as const;
const status = (id: string, name: string, en: string, sortOrder: number) => ({
  __typename: 'ContactStatus' as const, id, name, label: name, key: null, sortOrder, active: true, translations: translations(en),
});
const notNotified = status('1', '未通知', 'Not notified', 1);
const booked = status('2', '已預約', 'Booked', 2);

/** The n-th row (from 1) of a settings list, by the order shown. */
const row = (editor: string, n: number) => within(screen.getByTestId(editor)).getAllByRole('row')[n];
const rowText = (section: string, n: number) => row(`${section}-editor`, n).textContent;

describe('contact statuses and methods', () => {
  it('moves a status down in the order the server answers, and the default follows the first active one', async () => {
    renderWith(
      [{ request: { query: ReorderContactStatusesMutation, variables: { ids: ['2', '1'] } }, result: { data: { reorderContactStatuses: [{ ...booked, sortOrder: 1 }, { ...notNotified, sortOrder: 2 }] } } }],
      <ContactOptionsEditor kind="status" rows={[notNotified, booked]} canEdit />,
    );
    expect(within(row('statuses-editor', 1)).getByTestId('status-default')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('move-down-1'));
    });
    await waitFor(() => expect(rowText('statuses', 1)).toContain('已預約'));
    expect(within(row('statuses-editor', 1)).getByTestId('status-default')).toBeTruthy();
    expect(rowText('statuses', 2)).toContain('未通知');
  });

  it('shows the server\'s refusal next to the translation it names, and keeps the form open', async () => {
    renderWith(
      [{
        request: { query: UpdateContactStatusMutation, variables: { id: '2', input: { name: '已預約', translations: { zhHK: null, en: 'Booked!', zhCN: null, th: null } } } },
        result: { errors: [{ message: '「英文名稱」無效：伺服器不接受', extensions: { code: 'BAD_USER_INPUT', field: 'translations.en' } }] },
      }],
      <ContactOptionsEditor kind="status" rows={[notNotified, booked]} canEdit />,
    );
    fireEvent.click(screen.getByTestId('edit-2'));
    fireEvent.change(document.getElementById('member-field-status-translations-en')!, { target: { value: 'Booked!' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('config-save'));
    });
    await waitFor(() => expect(screen.getByTestId('error-status-translations.en').textContent).toBe('「英文名稱」無效：伺服器不接受'));
    expect(screen.getByTestId('config-form')).toBeTruthy();
  });

  it('adds a method at the end of the list', async () => {
    const whatsApp = { __typename: 'ContactMethod', id: '9', name: 'WhatsApp', label: 'WhatsApp', key: null, sortOrder: 2, active: true, translations: translations('WhatsApp') } as const;
    renderWith(
      [{ request: { query: CreateContactMethodMutation, variables: { input: { name: 'WhatsApp', translations: { zhHK: null, en: 'WhatsApp', zhCN: null, th: null } } } }, result: { data: { createContactMethod: whatsApp } } }],
      <ContactOptionsEditor kind="method" rows={[{ ...whatsApp, id: '1', name: '電話', label: '電話', sortOrder: 1 }]} canEdit />,
    );
    fireEvent.click(screen.getByTestId('config-new'));
    fireEvent.change(document.getElementById('member-field-method-name')!, { target: { value: 'WhatsApp' } });
    fireEvent.change(document.getElementById('member-field-method-translations-en')!, { target: { value: 'WhatsApp' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('config-save'));
    });
    await waitFor(() => expect(rowText('methods', 2)).toContain('WhatsApp'));
    expect(screen.getByRole('status').textContent).toBe('已儲存。');
    expect(screen.queryByTestId('config-form')).toBeNull();
  });
});

describe('display settings', () => {
  const settings = {
    __typename: 'ContactSettings', showMemberRemarks: true, showComments: true, allowBooking: true, attendanceVerification: true, showProductPurchases: true,
    showTreatmentPurchases: true, showInvoicePurchases: true, invoiceThresholdCents: 500000, productThresholdCents: 150000, treatmentThresholdCents: 100000,
    successRuleEnabled: true, successMetric: 'TREATMENT', successThresholdCents: 100000,
  } as const;

  it('saves the form as the settings input (no cache fields) and shows what the server kept', async () => {
    const { __typename, ...input } = settings;
    renderWith(
      [{
        request: { query: UpdateContactSettingsMutation, variables: { input: { ...input, showComments: false, invoiceThresholdCents: 420000 } } },
        result: { data: { updateContactSettings: { __typename, ...input, showComments: false, invoiceThresholdCents: 420000 } } },
      }],
      <DisplaySettingsForm settings={settings} canEdit />,
    );
    fireEvent.click(screen.getByTestId('setting-showComments'));
    fireEvent.change(document.getElementById('member-field-invoiceThresholdCents')!, { target: { value: '4200' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('display-settings-save'));
    });
    await waitFor(() => expect(screen.getByTestId('display-settings-message').textContent).toBe('已儲存。'));
    expect((screen.getByTestId('setting-showComments') as HTMLInputElement).checked).toBe(false);
  });
});

describe('contact visibility', () => {
  const branch = { __typename: 'Branch', id: '1', code: 'TKO', name: '將軍澳' } as const;
  const staff = [
    { __typename: 'Staff', id: '7', code: 'IS007', displayName: 'Apple', branch },
    { __typename: 'Staff', id: '3', code: 'IS003', displayName: 'Candy', branch },
  ];
  const rule = { __typename: 'ContactVisibility', ownBranch: false, otherBranches: false, all: false, isDefault: true, staff: [] } as const;

  it('loads the chosen staff member\'s rule and saves the change', async () => {
    renderWith(
      [
        { request: { query: ContactVisibilityQuery, variables: { staffId: '7' } }, result: { data: { contactVisibility: rule } } },
        {
          request: { query: SetContactVisibilityMutation, variables: { staffId: '7', input: { ownBranch: false, otherBranches: false, all: false, staffIds: ['3'] } } },
          result: { data: { setContactVisibility: { ...rule, isDefault: false, staff: [{ __typename: 'Staff', id: '3' }] } } },
        },
      ],
      <ContactVisibilityEditor staff={staff} canEdit />,
    );
    await act(async () => {
      fireEvent.change(screen.getByTestId('visibility-staff'), { target: { value: '7' } });
    });
    await waitFor(() => expect(screen.getByTestId('visibility-default')).toBeTruthy());
    fireEvent.click(screen.getByTestId('visibility-staff-IS003'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('visibility-confirm'));
    });
    await waitFor(() => expect(screen.getByTestId('visibility-saved').textContent).toBe('已儲存。'));
    expect(screen.queryByTestId('visibility-default')).toBeNull();
    expect((screen.getByTestId('visibility-staff-IS003') as HTMLInputElement).checked).toBe(true);
  });

  it('says why a rule could not be loaded', async () => {
    renderWith(
      [{ request: { query: ContactVisibilityQuery, variables: { staffId: '3' } }, result: { errors: [{ message: '找不到員工。', extensions: { code: 'NOT_FOUND' } }] } }],
      <ContactVisibilityEditor staff={staff} canEdit />,
    );
    await act(async () => {
      fireEvent.change(screen.getByTestId('visibility-staff'), { target: { value: '3' } });
    });
    await waitFor(() => expect(screen.getByTestId('visibility-error').textContent).toBe('找不到員工。'));
    expect(screen.queryByTestId('visibility-form')).toBeNull();
  });
});

// Each editor checks with its service's schema: nothing is sent (no mocks), and the message is the
// one the API answers for the same input (tests/integration/contact-settings.test.ts).
describe('contact settings editors refuse in the API\'s words before sending', () => {
  const click = (testId: string) =>
    act(async () => {
      fireEvent.click(screen.getByTestId(testId));
    });

  it('a status translation too long', async () => {
    renderWith([], <ContactOptionsEditor kind="status" rows={[notNotified, booked]} canEdit />);
    await click('edit-2');
    fireEvent.change(document.getElementById('member-field-status-translations-th')!, { target: { value: LONG_TRANSLATION } });
    await click('config-save');
    expect(screen.getByTestId('error-status-translations.th').textContent).toBe(REFUSED.statusTranslation.message);
  });

  it('a method without a name', async () => {
    renderWith([], <ContactOptionsEditor kind="method" rows={[]} canEdit />);
    await click('config-new');
    fireEvent.change(document.getElementById('member-field-method-name')!, { target: { value: ' ' } });
    await click('config-save');
    expect(screen.getByTestId('error-method-name').textContent).toBe(REFUSED.methodName.message);
  });

  it('a preset note too long', async () => {
    renderWith([], <PresetNotesEditor rows={[]} canEdit />);
    await click('config-new');
    fireEvent.change(document.getElementById('member-field-preset-note-text')!, { target: { value: LONG_NOTE } });
    await click('config-save');
    expect(screen.getByTestId('error-preset-note-text').textContent).toBe(REFUSED.noteText.message);
  });
});
