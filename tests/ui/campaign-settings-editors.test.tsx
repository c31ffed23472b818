/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CreateCampaignMutation, CreateOfferMutation, UpdateCampaignMutation, UpdateOfferMutation } from '@/components/campaigns/campaign-documents';
import { CampaignForm } from '@/components/campaigns/campaign-form';
import { BLANK_CAMPAIGN } from '@/components/campaigns/campaign-values';
import { OffersEditor, type OfferRow } from '@/components/campaigns/offers-editor';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

const mockPush = jest.fn();
const mockRefresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push: mockPush, replace: jest.fn(), refresh: mockRefresh, back: jest.fn() }),
}));

beforeEach(() => {
  mockPush.mockReset();
  mockRefresh.mockReset();
});

function renderWith(mocks: MockedProviderProps['mocks'], ui: ReactElement) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      {ui}
    </MockedProvider>,
  );
}

const type = (name: string, value: string) => fireEvent.change(document.getElementById(`member-field-${name}`)!, { target: { value } });
const ap = {
  __typename: 'Offer', id: '1', code: 'AP', name: '生日優惠', altCode: null, analysisCode: 'K11', isMarketing: true, active: true, branchIds: null, memberGroupIds: null,
  interestGroupIds: null, departmentIds: null, birthdayMonthsBefore: 0, birthdayMonthsAfter: 0, validFrom: null, validTo: null, perMemberLimit: 1,
  discountType: 'ITEM_PERCENT', discountBasisPoints: 2000, fixedPriceCents: null, prepaidExpiryMonths: null,
} as const satisfies OfferRow & { __typename: 'Offer' };
const choices = { branches: [{ value: '7', label: 'Tseung Kwan O (TKO)' }, { value: '8', label: 'Mong Kok (MK)' }], memberGroups: [], interestGroups: [], departments: [{ value: '3', label: 'Facial' }] };
const blankInput = {
  altCode: null, analysisCode: null, isMarketing: true, active: true, branchIds: [], memberGroupIds: [], interestGroupIds: [], departmentIds: [], birthdayMonthsBefore: null,
  birthdayMonthsAfter: null, validFrom: null, validTo: null, perMemberLimit: null, discountType: 'INVOICE_PERCENT', discountBasisPoints: 0, fixedPriceCents: null, prepaidExpiryMonths: null,
};

describe('offers', () => {
  it('adds an offer and lists it', async () => {
    renderWith(
      [{
        request: { query: CreateOfferMutation, variables: { input: { ...blankInput, code: 'ROAD', name: '流動車', branchIds: ['8'], discountBasisPoints: 1250 } } },
        result: { data: { createOffer: { ...ap, id: '2', code: 'ROAD', name: '流動車', analysisCode: null } } },
      }],
      <OffersEditor rows={[ap]} canEdit choices={choices} />,
    );
    fireEvent.click(screen.getByTestId('config-new'));
    type('code', 'ROAD');
    type('name', '流動車');
    type('discountPercent', '12.5');
    fireEvent.click(screen.getByTestId('member-field-branchIds-8'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('config-save'));
    });
    await waitFor(() => expect(screen.getByTestId('edit-2')).toBeTruthy());
    expect(screen.getByTestId('offers-editor').textContent).toContain('流動車');
    expect(screen.queryByTestId('config-form')).toBeNull();
  });

  it('refuses what the offer service refuses, in the service\'s words, before sending anything', async () => {
    renderWith([], <OffersEditor rows={[ap]} canEdit choices={choices} />);
    fireEvent.click(screen.getByTestId('config-new'));
    expect(document.getElementById('member-field-fixedPrice')).toBeNull();
    type('discountType', 'FIXED_PRICE');
    expect(document.getElementById('member-field-discountPercent')).toBeNull();
    type('validFrom', '2026-06-30');
    type('validTo', '2026-06-01');
    type('code', 'RO AD');
    await act(async () => {
      fireEvent.click(screen.getByTestId('config-save'));
    });
    expect(screen.getByTestId('error-code').textContent).toBe('「代碼」無效：不可包含空白或 ! @ $ # % ^ & *');
    expect(screen.getByTestId('error-name').textContent).toBe('「名稱」無效：必須輸入');
    expect(screen.getByTestId('error-fixedPrice').textContent).toContain('必須輸入');
    expect(screen.getByTestId('error-validTo').textContent).toContain('不可早於開始日期');
  });

  it('shows each offer\'s discount and conditions in the list', () => {
    renderWith([], <OffersEditor rows={[ap]} canEdit choices={choices} />);
    const row = screen.getByTestId('row-1').textContent;
    expect(row).toContain('項目折扣 20%');
    expect(row).toContain('生日');
  });

  it('shows the server\'s refusal next to the field it names', async () => {
    renderWith(
      [{
        request: {
          query: UpdateOfferMutation,
          variables: { id: '1', input: { ...blankInput, code: 'AP', name: '生日優惠', analysisCode: 'K11', isMarketing: false, birthdayMonthsBefore: 0, birthdayMonthsAfter: 0, perMemberLimit: 1, discountType: 'ITEM_PERCENT', discountBasisPoints: 2000 } },
        },
        result: { errors: [{ message: '「代碼」無效：已被使用', extensions: { code: 'ALREADY_USED', field: 'code' } }] },
      }],
      <OffersEditor rows={[ap]} canEdit choices={choices} />,
    );
    fireEvent.click(screen.getByTestId('edit-1'));
    fireEvent.click(document.getElementById('member-field-isMarketing')!);
    await act(async () => {
      fireEvent.click(screen.getByTestId('config-save'));
    });
    await waitFor(() => expect(screen.getByTestId('error-code').textContent).toBe('「代碼」無效：已被使用'));
  });
});

describe('the campaign form', () => {
  it('creates a campaign and goes back to the list', async () => {
    renderWith(
      [{
        request: { query: CreateCampaignMutation, variables: { input: { code: 'Julybirth', name: '7月生日', details: null, offerId: '1', startsOn: null, endsOn: null, archived: false } } },
        result: { data: { createCampaign: { __typename: 'Campaign', id: '5' } } },
      }],
      <CampaignForm campaignId={null} initial={BLANK_CAMPAIGN} offers={[ap]} canEdit />,
    );
    type('code', 'Julybirth');
    type('name', '7月生日');
    fireEvent.change(document.getElementById('member-field-offerId')!, { target: { value: '1' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('campaign-save'));
    });
    await waitFor(() => expect(mockPush).toHaveBeenCalledWith('/contacts/campaigns'));
    expect(mockRefresh).toHaveBeenCalled();
  });

  it('refuses what the service refuses, in the service\'s words, before sending anything', async () => {
    // No mocks: a request would fail the test with "no more mocked responses".
    renderWith([], <CampaignForm campaignId={null} initial={BLANK_CAMPAIGN} offers={[ap]} canEdit />);
    fireEvent.change(document.getElementById('member-field-startsOn')!, { target: { value: '2020-06-02' } });
    fireEvent.change(document.getElementById('member-field-endsOn')!, { target: { value: '2020-06-01' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('campaign-save'));
    });
    expect(screen.getByTestId('error-code').textContent).toBe('「代碼」無效：必須輸入');
    expect(screen.getByTestId('error-name').textContent).toBe('「名稱」無效：必須輸入');
    expect(screen.getByTestId('error-endsOn').textContent).toBe('「結束日期」無效：不可早於開始日期');
    type('code', 'Julybirth');
    expect(screen.queryByTestId('error-code')).toBeNull();
    expect(mockPush).not.toHaveBeenCalled();
  });

  it('shows the server\'s refusal next to the field it names and stays', async () => {
    const initial = { ...BLANK_CAMPAIGN, code: 'Junebirth', name: '6月生日' };
    renderWith(
      [{
        request: { query: UpdateCampaignMutation, variables: { id: '5', input: { code: 'Junebirth', name: '6月生日', details: null, offerId: null, startsOn: null, endsOn: null, archived: false } } },
        result: { errors: [{ message: '「代碼」無效：已被使用', extensions: { code: 'ALREADY_USED', field: 'input.code' } }] },
      }],
      <CampaignForm campaignId="5" initial={initial} offers={[ap]} canEdit />,
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId('campaign-save'));
    });
    await waitFor(() => expect(screen.getByTestId('error-code').textContent).toBe('「代碼」無效：已被使用'));
    expect(mockPush).not.toHaveBeenCalled();
  });
});
