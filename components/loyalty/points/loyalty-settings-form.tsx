'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import type { LoyaltySettingsPageQuery } from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { loyaltySettingsSchema, POINTS_LIMITS } from '@/services/loyalty/points-input.schema';
import { issueMessage } from '@/services/validation/schema-issues';
import { UpdateLoyaltySettingsMutation } from './points-documents';

type Settings = LoyaltySettingsPageQuery['loyaltySettings'];

const text = (n: number | null) => (n === null ? '' : String(n));

/**
 * The loyalty settings (loyalty.manage): how many months earned points live (empty: never), the
 * referrer's share in percent and for how many months after the referred member joined (empty:
 * always), and whether levels are also reviewed downwards each month. The form checks with the
 * server's schema; the share is typed in percent and sent in basis points.
 */
export function LoyaltySettingsForm({ initial }: { initial: Settings }) {
  const t = useTranslations('loyalty.points.settings');
  const issueText = useIssueText();
  const [expiry, setExpiry] = useState(text(initial.pointsExpiryMonths));
  const [share, setShare] = useState(String(initial.referralShareBasisPoints / 100));
  const [months, setMonths] = useState(text(initial.referralMonths));
  const [review, setReview] = useState(initial.levelReviewDownwards);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [save, { loading }] = useMutation(UpdateLoyaltySettingsMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const sharePercent = share.trim() === '' ? 0 : Number(share);
    const input = {
      pointsExpiryMonths: expiry.trim() === '' ? null : Number(expiry),
      referralShareBasisPoints: Number.isFinite(sharePercent) ? Math.round(sharePercent * 100) : NaN,
      referralMonths: months.trim() === '' ? null : Number(months),
      levelReviewDownwards: review,
    };
    const checked = loyaltySettingsSchema.safeParse(input);
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) found[issue.path.map(String).join('.')] ??= issueText(issue.path.map(String).join('.'), issue.message);
      // The share is typed in percent: its range is stated in percent, not in the basis points sent.
      if (found.referralShareBasisPoints) found.referralShareBasisPoints = issueText('referralShareBasisPoints', issueMessage('outOfRange', { min: 0, max: POINTS_LIMITS.shareBasisPoints / 100 }));
      setErrors(found);
      return;
    }
    setErrors({});
    try {
      await save({ variables: { input: checked.data } });
      setStatus({ kind: 'success', text: t('saved') });
    } catch (failure) {
      const error = requestError(failure);
      if (error.field) setErrors({ [error.field]: error.message });
      else setStatus({ kind: 'error', text: error.message });
    }
  }

  return (
    <form className="form card" onSubmit={(event) => void submit(event)} data-testid="loyalty-settings-form" noValidate>
      <FormField name="pointsExpiryMonths" label={t('pointsExpiryMonths')} hint={t('pointsExpiryMonthsHint')} error={errors.pointsExpiryMonths}>
        {(control) => (
          <input {...control} className="input" type="number" inputMode="numeric" min={1} max={POINTS_LIMITS.expiryMonths} value={expiry} onChange={(event) => setExpiry(event.target.value)} data-testid="settings-expiry-months" />
        )}
      </FormField>
      <FormField name="referralShareBasisPoints" label={t('referralShare')} hint={t('referralShareHint')} error={errors.referralShareBasisPoints}>
        {(control) => (
          <input {...control} className="input" type="number" inputMode="decimal" min={0} max={100} step="0.01" value={share} onChange={(event) => setShare(event.target.value)} data-testid="settings-referral-share" />
        )}
      </FormField>
      <FormField name="referralMonths" label={t('referralMonths')} hint={t('referralMonthsHint')} error={errors.referralMonths}>
        {(control) => (
          <input {...control} className="input" type="number" inputMode="numeric" min={1} max={POINTS_LIMITS.referralMonths} value={months} onChange={(event) => setMonths(event.target.value)} data-testid="settings-referral-months" />
        )}
      </FormField>
      <div className="field">
        <label>
          <input type="checkbox" checked={review} onChange={(event) => setReview(event.target.checked)} data-testid="settings-review-downwards" /> {t('levelReviewDownwards')}
        </label>
      </div>
      <StatusMessage status={status} testId="loyalty-settings-status" />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading} data-testid="loyalty-settings-save">
          {t('save')}
        </button>
      </div>
    </form>
  );
}
