/** @jest-environment jsdom */
import { InMemoryCache } from '@apollo/client';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { expect } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { CreatePointsRuleMutation } from '@/components/loyalty/points-rules/points-rule-documents';
import { PointsRulesEditor, type PointsRuleRow } from '@/components/loyalty/points-rules/points-rules-editor';
import { typePolicies } from '@/lib/apollo/type-policies';
import { renderWithIntl } from './render-with-intl';

jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), back: jest.fn() }),
}));

function renderWith(mocks: MockedProviderProps['mocks'], ui: ReactElement) {
  renderWithIntl(
    <MockedProvider mocks={mocks} cache={new InMemoryCache({ typePolicies })}>
      {ui}
    </MockedProvider>,
    'en',
  );
}

const type = (name: string, value: string) => fireEvent.change(document.getElementById(`member-field-${name}`)!, { target: { value } });
const bday = {
  __typename: 'PointsRule', id: '1', code: 'BDAY2', name: '生日月份雙倍積分', active: true, effect: 'MULTIPLY', multiplierBasisPoints: 20000, pointsPer100: 0, priority: 0,
  branchIds: null, memberGroupIds: null, productIds: null, treatmentIds: null, categoryIds: null, departmentIds: null, weekdays: null, birthdayMonthOnly: true, validFrom: null, validTo: null,
} as const satisfies PointsRuleRow & { __typename: 'PointsRule' };
const choices = { branches: [{ value: '7', label: 'Tseung Kwan O (TKO)' }], memberGroups: [{ value: '5', label: 'VIP Gold' }], products: [], treatments: [], categories: [], departments: [] };

describe('points rules', () => {
  it('shows each rule\'s effect and conditions', () => {
    renderWith([], <PointsRulesEditor rows={[bday]} canEdit choices={choices} />);
    const row = screen.getByTestId('row-1').textContent;
    expect(row).toContain('× 2');
    expect(row).toContain('birth month');
  });

  it('adds a rule replacing a level\'s rate on weekends, sending what the service takes', async () => {
    const input = {
      code: 'WKND', name: 'Weekend gold', active: true, effect: 'REPLACE', multiplierBasisPoints: null, pointsPer100: 5, priority: 3, branchIds: [], memberGroupIds: ['5'],
      productIds: [], treatmentIds: [], categoryIds: [], departmentIds: [], weekdays: [6, 7], birthdayMonthOnly: false, validFrom: null, validTo: null,
    };
    renderWith(
      [{ request: { query: CreatePointsRuleMutation, variables: { input } }, result: { data: { createPointsRule: { ...bday, ...input, id: '2', multiplierBasisPoints: 10000, weekdays: [6, 7], memberGroupIds: ['5'], branchIds: null, productIds: null, treatmentIds: null, categoryIds: null, departmentIds: null } } } }],
      <PointsRulesEditor rows={[bday]} canEdit choices={choices} />,
    );
    fireEvent.click(screen.getByTestId('config-new'));
    type('code', 'WKND');
    type('name', 'Weekend gold');
    type('effect', 'REPLACE');
    expect(document.getElementById('member-field-factor')).toBeNull();
    type('pointsPer100', '5');
    type('priority', '3');
    fireEvent.click(screen.getByTestId('member-field-weekdays-6'));
    fireEvent.click(screen.getByTestId('member-field-weekdays-7'));
    fireEvent.click(screen.getByTestId('member-field-memberGroupIds-5'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('config-save'));
    });
    await waitFor(() => expect(screen.getByTestId('edit-2')).toBeTruthy());
    expect(screen.getByTestId('row-2').textContent).toContain('5 points per $100 (priority 3)');
  });

  it('refuses what the service refuses, in its words, before sending anything', async () => {
    renderWith([], <PointsRulesEditor rows={[bday]} canEdit choices={choices} />);
    fireEvent.click(screen.getByTestId('config-new'));
    type('code', 'A B');
    type('factor', '');
    type('validFrom', '2026-12-31');
    type('validTo', '2026-12-01');
    await act(async () => {
      fireEvent.click(screen.getByTestId('config-save'));
    });
    expect(screen.getByTestId('error-code').textContent).toContain('must not contain spaces');
    expect(screen.getByTestId('error-name').textContent).toContain('required');
    expect(screen.getByTestId('error-factor').textContent).toContain('required');
    expect(screen.getByTestId('error-validTo').textContent).toBeTruthy();
  });
});
