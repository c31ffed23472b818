import { getTranslations } from 'next-intl/server';

/** Why a contact-campaign settings page cannot be changed by this viewer. */
export async function ReadOnlyNotice() {
  const t = await getTranslations('contactSettings');
  return (
    <p className="alert alert--info" data-testid="settings-read-only">
      {t('managersOnly')}
    </p>
  );
}
