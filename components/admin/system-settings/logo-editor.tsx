'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { useRouter } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { RemoveSystemLogoMutation } from './system-settings-documents';

/** The image types a logo may be (the server checks the bytes themselves). */
const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp';
const LOGO_ENDPOINT = '/api/admin/logo';

/**
 * The company logo: shown to everyone; replaced (PUT /api/admin/logo) or removed at once by staff
 * holding settings.system, apart from the parameters form. A file over the limit is refused here
 * before it is sent, with the server's own wording.
 */
export function LogoEditor({ logoUrl, maxBytes, canEdit }: { logoUrl: string | null; maxBytes: number; canEdit: boolean }) {
  const t = useTranslations('admin.system');
  const issueText = useIssueText();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [current, setCurrent] = useState(logoUrl);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [removeLogo] = useMutation(RemoveSystemLogoMutation);
  const maxKb = Math.floor(maxBytes / 1024);

  async function upload(file: File) {
    setError(null);
    setStatus(null);
    if (file.size > maxBytes) {
      setError(issueText('logo', `fileTooLarge?max=${maxKb}`));
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(LOGO_ENDPOINT, { method: 'PUT', body: file, headers: { 'content-type': file.type || 'application/octet-stream' } });
      const body = (await response.json().catch(() => null)) as { logoVersion?: number; error?: { message: string } } | null;
      if (!response.ok || !body?.logoVersion) {
        setError(body?.error?.message ?? response.statusText);
        return;
      }
      setCurrent(`${LOGO_ENDPOINT}?v=${body.logoVersion}`);
      setStatus(t('logoSaved'));
      router.refresh();
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function remove() {
    setError(null);
    setStatus(null);
    setBusy(true);
    try {
      await removeLogo();
      setCurrent(null);
      setStatus(t('logoRemoved'));
      router.refresh();
    } catch (failure) {
      setError(requestError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="form-section form" data-testid="system-logo">
      <legend>{t('fields.logo')}</legend>
      {current ? (
        // A small image of the tenant's own, served with its own caching; next/image would add nothing.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={current} alt={t('logoAlt')} style={{ maxHeight: 96, maxWidth: '100%', objectFit: 'contain' }} data-testid="system-logo-image" />
      ) : (
        <p className="field__hint">{t('logoNone')}</p>
      )}
      {canEdit ? (
        <>
          <p className="field__hint" id="system-logo-hint">
            {t('logoHint', { max: maxKb })}
          </p>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            hidden
            tabIndex={-1}
            aria-hidden="true"
            data-testid="system-logo-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
            }}
          />
          <div className="button-row">
            <button type="button" className="button button--secondary" aria-describedby="system-logo-hint" disabled={busy} aria-busy={busy} onClick={() => input.current?.click()} data-testid="system-logo-upload">
              {busy ? t('logoUploading') : current ? t('logoReplace') : t('logoChoose')}
            </button>
            {current ? (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void remove()} data-testid="system-logo-remove">
                {t('logoRemove')}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {error ? (
        <p className="alert alert--error" role="alert" data-testid="system-logo-error">
          {error}
        </p>
      ) : null}
      <p role="status" className="field__hint">
        {status ?? ''}
      </p>
    </fieldset>
  );
}
