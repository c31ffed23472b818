/** @jest-environment jsdom */
import { expect } from '@jest/globals';
import type { MockedProviderProps } from '@apollo/client/testing/react';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { LoyaltySettingsForm } from '@/components/loyalty/points/loyalty-settings-form';
import { UpdateLoyaltySettingsMutation } from '@/components/loyalty/points/points-documents';
import { MockedApollo, type Call } from './apollo-responders';
import { messages, renderWithIntl } from './render-with-intl';

const INITIAL = { __typename: 'LoyaltySettings' as const, pointsExpiryMonths: 24, referralShareBasisPoints: 1_000, referralMonths: 12, levelReviewDownwards: true, updatedAt: '2026-12-01T02:00:00.000Z' };

/** The API's save: answers the settings sent, or refuses naming a field as the server does. */
function api(calls: Call[], refuse?: { field: string; message: string }): MockedProviderProps['mocks'] {
  return [
    {
      request: { query: UpdateLoyaltySettingsMutation, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables: Record<string, any>) => {
        calls.push({ operation: 'UpdateLoyaltySettings', variables });
        if (refuse) return { errors: [new GraphQLError(refuse.message, { extensions: { code: 'BAD_USER_INPUT', field: refuse.field } })] };
        return { data: { updateLoyaltySettings: { ...INITIAL, ...variables.input, updatedAt: '2026-12-07T02:00:00.000Z' } } };
      },
    },
  ];
}

const saves = (calls: Call[]) => calls.map((c) => c.variables.input);
const field = (name: RegExp) => screen.getByRole('spinbutton', { name });

describe('LoyaltySettingsForm', () => {
  it('shows the settings, sends the share in basis points and empty months as never, and says it saved', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={api(calls)}><LoyaltySettingsForm initial={INITIAL} /></MockedApollo>, 'en');
    expect(field(/^Points expire after/)).toHaveValue(24);
    expect(field(/^Referrer's share/)).toHaveValue(10);
    expect(field(/^Referral share for/)).toHaveValue(12);
    expect(screen.getByRole('checkbox', { name: 'Review member levels downwards once a month' })).toBeChecked();
    expect(field(/^Points expire after/)).toHaveAccessibleDescription('Empty: points never expire.');

    fireEvent.change(field(/^Points expire after/), { target: { value: '' } });
    fireEvent.change(field(/^Referrer's share/), { target: { value: '12.5' } });
    fireEvent.change(field(/^Referral share for/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('status')).textContent).toBe('Settings saved.');
    expect(saves(calls)).toEqual([{ pointsExpiryMonths: null, referralShareBasisPoints: 1_250, referralMonths: null, levelReviewDownwards: false }]);
  });

  it('refuses out-of-range values next to their fields, in the page\'s language, without sending', async () => {
    const calls: Call[] = [];
    const errors = messages['zh-HK'].errors;
    const t = messages['zh-HK'].loyalty.points.settings;
    renderWithIntl(<MockedApollo mocks={api(calls)}><LoyaltySettingsForm initial={INITIAL} /></MockedApollo>);
    fireEvent.change(field(new RegExp(`^${t.pointsExpiryMonths.replace(/[()（）]/g, '.')}`)), { target: { value: '0' } });
    fireEvent.change(field(new RegExp(`^${t.referralMonths.replace(/[()（）]/g, '.')}`)), { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: t.save }));

    const expiry = await screen.findByTestId('error-pointsExpiryMonths');
    expect(expiry.textContent).toBe(`「${errors.fields.pointsExpiryMonths}」無效：必須介乎 1 至 120`);
    expect(screen.getByTestId('error-referralMonths').textContent).toBe(`「${errors.fields.referralMonths}」無效：必須介乎 1 至 120`);
    expect(screen.getByTestId('settings-expiry-months')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('error-referralShareBasisPoints')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('states the share\'s range in percent, as it is typed', async () => {
    const calls: Call[] = [];
    renderWithIntl(<MockedApollo mocks={api(calls)}><LoyaltySettingsForm initial={INITIAL} /></MockedApollo>, 'en');
    fireEvent.change(field(/^Referrer's share/), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('error-referralShareBasisPoints')).textContent).toBe('"referral share" is invalid: must be between 0 and 100');
    expect(calls).toEqual([]);
  });

  it('shows the server\'s refusal next to the field it names', async () => {
    const calls: Call[] = [];
    const message = '"referral months" is invalid: must be between 1 and 120';
    renderWithIntl(<MockedApollo mocks={api(calls, { field: 'referralMonths', message })}><LoyaltySettingsForm initial={INITIAL} /></MockedApollo>, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('error-referralMonths')).textContent).toBe(message);
    expect(screen.queryByRole('status')).toBeNull();
    expect(saves(calls)).toEqual([{ pointsExpiryMonths: 24, referralShareBasisPoints: 1_000, referralMonths: 12, levelReviewDownwards: true }]);
  });
});
