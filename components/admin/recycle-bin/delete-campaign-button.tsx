'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { DeleteCampaignMutation } from './delete-documents';

/**
 * Moves a campaign nobody was assigned to into the recycle bin, after asking; back to the campaign
 * list when done. A campaign with contact members is refused by the API, saying to archive it.
 */
export function DeleteCampaignButton({ campaignId, label }: { campaignId: string; label: string }) {
  const t = useTranslations('admin.recycleBin.delete');
  const router = useRouter();
  const [run] = useMutation(DeleteCampaignMutation);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      await run({ variables: { id: campaignId } });
      router.push('/contacts/campaigns');
      router.refresh();
    } catch (failure) {
      setError(requestError(failure).message);
      setPending(false);
      setConfirming(false);
    }
  }

  return (
    <div data-testid="campaign-delete">
      {error ? (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      ) : null}
      {confirming ? (
        <span className="button-row confirm-inline" role="alertdialog" aria-label={t('confirm')}>
          <span>{t('confirm')}</span>
          <button type="button" className="button button--danger" onClick={() => void remove()} disabled={pending} data-testid="campaign-delete-yes">
            {t('label')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={pending}>
            {t('cancel')}
          </button>
        </span>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)} aria-label={`${t('label')} ${label}`} data-testid="campaign-delete-button">
          {t('label')}
        </button>
      )}
    </div>
  );
}
