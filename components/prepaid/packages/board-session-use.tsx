'use client';

import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { requestError } from '@/lib/apollo/request-error';
import { UsableSessionPackagesQuery, UseSessionMutation } from './package-documents';

type Props = { appointmentId: string; memberId: string; treatmentId: string; branchId: string; memberName: string; buttonClassName: string };

/**
 * 計次消費 from the completion board: the member's session packages covering the visit's
 * treatment (usable today), one chosen, and one session used for the appointment. A package pays
 * an appointment once; the server says so if it is pressed again.
 */
export function BoardSessionUse({ appointmentId, memberId, treatmentId, branchId, memberName, buttonClassName }: Props) {
  const t = useTranslations('prepaid.packages.board');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const key = useRef(crypto.randomUUID());
  const [load, packages] = useLazyQuery(UsableSessionPackagesQuery, { fetchPolicy: 'no-cache' });
  const [spendSession, using] = useMutation(UseSessionMutation);
  const list = packages.data?.usableMemberPackages ?? [];

  async function start() {
    setOpen(true);
    setMessage(null);
    const { data } = await load({ variables: { memberId, treatmentId } });
    setChosen(data?.usableMemberPackages[0]?.id ?? '');
  }

  async function confirm() {
    if (!chosen) return;
    try {
      const { data } = await spendSession({ variables: { input: { memberPackageId: chosen, treatmentId, appointmentId, branchId, idempotencyKey: key.current } } });
      key.current = crypto.randomUUID();
      setOpen(false);
      setMessage({ kind: 'success', text: t('used', { left: data?.useSession.sessionsAfter ?? 0 }) });
    } catch (failure) {
      setMessage({ kind: 'error', text: requestError(failure).message });
    }
  }

  return (
    <span className="board-session-use" data-testid="board-session-use">
      {open ? (
        packages.loading ? (
          <span className="muted">{t('loading')}</span>
        ) : list.length === 0 ? (
          <span className="muted" data-testid="board-session-none">{t('none')}</span>
        ) : (
          <span role="group" aria-labelledby={`${id}-label`}>
            <label id={`${id}-label`} htmlFor={`${id}-package`} className="visually-hidden">
              {t('package', { name: memberName })}
            </label>
            <select id={`${id}-package`} className="input" value={chosen} onChange={(event) => setChosen(event.target.value)} data-testid="board-session-package">
              {list.map((pkg) => (
                <option key={pkg.id} value={pkg.id}>
                  {t('option', { name: pkg.name, left: pkg.sessionsRemaining, validTo: pkg.validTo })}
                </option>
              ))}
            </select>
            <button type="button" className={`button button--primary ${buttonClassName}`} disabled={using.loading || !chosen} onClick={() => void confirm()} data-testid="board-session-confirm">
              {t('confirm')}
            </button>
            <button type="button" className={`button button--secondary ${buttonClassName}`} onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </span>
        )
      ) : (
        <button type="button" className={`button button--secondary ${buttonClassName}`} onClick={() => void start()} aria-label={t('useNamed', { name: memberName })} data-testid="board-use-session">
          {t('use')}
        </button>
      )}
      {message ? (
        <span className={message.kind === 'error' ? 'field-error' : 'muted'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="board-session-message">
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
