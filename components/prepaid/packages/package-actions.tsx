'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { FormField } from '@/components/members/form/form-field';
import { parseMoneyToCents } from '@/components/settings/money';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import { TreatmentPicker, type PickedTreatment } from '@/components/prepaid/package-types/treatment-picker';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { addSessionsSchema, refundPackageSchema } from '@/services/prepaid/package-use-input.schema';
import { AddSessionsMutation, MemberPackageActionsQuery, RefundPackageMutation, UseSessionMutation } from './package-documents';

/** Which of the actions the viewer's permissions allow (the page reads them on the server): prepaid.useSessions, prepaid.addSessions, prepaid.refund. */
export type PackageActionPermissions = { useSessions: boolean; addSessions: boolean; refund: boolean };

type Action = 'use' | 'add' | 'refund';

const MONEY_KINDS = new Set(['CASH', 'CARD', 'BANK_TRANSFER', 'OTHER']);

/**
 * What staff do with one of a member's packages: use a session (計次消費, choosing among the
 * treatments it covers), add sessions with a reason (增加計次), refund it with the money paid back.
 * Each shows only with its permission; each submission carries its own idempotency key.
 */
export function PackageActions({
  memberPackageId,
  kind,
  memberId,
  allowed,
  onDone,
}: {
  memberPackageId: string;
  kind: 'SESSIONS' | 'VALUE';
  memberId: string;
  allowed: PackageActionPermissions;
  onDone?: () => void;
}) {
  const t = useTranslations('prepaid.packages.actions');
  const issueText = useIssueText();
  const id = useId();
  const [open, setOpen] = useState<Action | null>(null);
  const [treatmentId, setTreatmentId] = useState('');
  const [treatmentSearch, setTreatmentSearch] = useState('');
  const [anyPick, setAnyPick] = useState<PickedTreatment[]>([]);
  const [sessions, setSessions] = useState('1');
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState('');
  const [tenderTypeId, setTenderTypeId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const key = useRef(crypto.randomUUID());
  const read = useQuery(MemberPackageActionsQuery, { variables: { id: memberPackageId }, skip: !open });
  const [spendSession, using] = useMutation(UseSessionMutation);
  const [add, adding] = useMutation(AddSessionsMutation);
  const [refund, refunding] = useMutation(RefundPackageMutation);
  const pkg = read.data?.memberPackage ?? null;
  const branchId = read.data?.viewer.branch.id ?? null;
  const tenders = (read.data?.tenderTypes.nodes ?? []).filter((tender) => tender.active && MONEY_KINDS.has(tender.kind));
  const covered = (pkg?.treatments ?? []).filter((tr) => `${tr.code} ${tr.name}`.toLowerCase().includes(treatmentSearch.trim().toLowerCase()));

  const actions: Action[] = [
    ...(allowed.useSessions && kind === 'SESSIONS' ? (['use'] as const) : []),
    ...(allowed.addSessions && kind === 'SESSIONS' ? (['add'] as const) : []),
    ...(allowed.refund ? (['refund'] as const) : []),
  ];
  if (actions.length === 0) return null;

  function toggle(action: Action) {
    setOpen(open === action ? null : action);
    setErrors({});
    setStatus(null);
  }

  function failed(failure: unknown) {
    const error = requestError(failure);
    if (error.field) setErrors({ [error.field]: error.message });
    else setStatus({ kind: 'error', text: error.message });
  }

  function done(text: string) {
    key.current = crypto.randomUUID();
    setOpen(null);
    setReason('');
    setStatus({ kind: 'success', text });
    void read.refetch();
    onDone?.();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!branchId) return;
    setErrors({});
    try {
      if (open === 'use') {
        if (!treatmentId) return setErrors({ treatmentId: issueText('treatmentId', 'required') });
        const { data } = await spendSession({ variables: { input: { memberPackageId, treatmentId, branchId, idempotencyKey: key.current } } });
        done(t('used', { left: data?.useSession.sessionsAfter ?? 0 }));
      } else if (open === 'add') {
        const checked = addSessionsSchema.safeParse({ sessions, reason });
        if (!checked.success) return setErrors(issuesOf(checked.error.issues));
        const { data } = await add({ variables: { input: { memberPackageId, sessions: checked.data.sessions, reason: checked.data.reason, idempotencyKey: key.current } } });
        done(t('added', { left: data?.addSessions.sessionsAfter ?? 0 }));
      } else if (open === 'refund') {
        const checked = refundPackageSchema.safeParse({ amountCents: amount.trim() === '' ? null : (parseMoneyToCents(amount.trim()) ?? Number.NaN), tenderTypeId: Number(tenderTypeId) || 0, reason });
        if (!checked.success) return setErrors(issuesOf(checked.error.issues));
        const { data } = await refund({ variables: { input: { memberPackageId, branchId, amountCents: checked.data.amountCents, tenderTypeId: String(checked.data.tenderTypeId), reason: checked.data.reason, idempotencyKey: key.current } } });
        done(t('refunded', { number: data?.refundPackage.number ?? '' }));
      }
    } catch (failure) {
      failed(failure);
    }
  }

  function issuesOf(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) {
    const found: Record<string, string> = {};
    for (const issue of issues) found[issue.path.map(String).join('.')] ??= issueText(issue.path.map(String).join('.'), issue.message);
    return found;
  }

  const busy = using.loading || adding.loading || refunding.loading;

  return (
    <div className="package-actions" data-testid="package-actions" data-member={memberId}>
      <div className="button-row">
        {actions.map((action) => (
          <button key={action} type="button" className="button button--secondary" aria-expanded={open === action} onClick={() => toggle(action)} data-testid={`package-action-${action}`}>
            {t(`open.${action}`)}
          </button>
        ))}
      </div>
      <StatusMessage status={status} />
      {open ? (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-${open}`}>
          <h3 id={`${id}-${open}`}>{t(`title.${open}`, { name: pkg?.name ?? '' })}</h3>
          {errors.memberPackageId ? <p className="alert alert--error" role="alert">{errors.memberPackageId}</p> : null}
          {open === 'use' ? (
            <>
              {pkg && !pkg.treatmentsAny ? (
                <div className="field">
                  <label htmlFor={`${id}-tsearch`}>{t('findTreatment')}</label>
                  <input id={`${id}-tsearch`} className="input" type="search" value={treatmentSearch} onChange={(event) => setTreatmentSearch(event.target.value)} />
                </div>
              ) : null}
              {pkg?.treatmentsAny ? (
                <TreatmentPicker single label={t('treatment')} value={anyPick} onChange={(next) => { setAnyPick(next); setTreatmentId(next[0]?.id ?? ''); }} error={errors.treatmentId} testId="package-use-any-treatment" />
              ) : (
              <FormField name="treatmentId" label={t('treatment')} required error={errors.treatmentId}>
                {(control) => (
                    <select {...control} className="input" value={treatmentId} onChange={(event) => setTreatmentId(event.target.value)} data-testid="package-use-treatment">
                      <option value="">{t('chooseTreatment')}</option>
                      {covered.map((tr) => (
                        <option key={tr.id} value={tr.id}>
                          {tr.name} ({tr.code})
                        </option>
                      ))}
                    </select>
                )}
              </FormField>
              )}
            </>
          ) : null}
          {open === 'add' ? (
            <FormField name="sessions" label={t('sessions')} required error={errors.sessions}>
              {(control) => <input {...control} className="input" inputMode="numeric" value={sessions} onChange={(event) => setSessions(event.target.value)} data-testid="package-add-sessions" />}
            </FormField>
          ) : null}
          {open === 'refund' ? (
            <>
              <FormField name="amountCents" label={t('refundAmount')} required error={errors.amountCents}>
                {(control) => <input {...control} className="input" inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} data-testid="package-refund-amount" />}
              </FormField>
              <FormField name="tenderTypeId" label={t('tender')} required error={errors.tenderTypeId}>
                {(control) => (
                  <select {...control} className="input" value={tenderTypeId} onChange={(event) => setTenderTypeId(event.target.value)} data-testid="package-refund-tender">
                    <option value="">{t('chooseTender')}</option>
                    {tenders.map((tender) => (
                      <option key={tender.id} value={tender.id}>
                        {tender.label}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            </>
          ) : null}
          {open !== 'use' ? (
            <FormField name="reason" label={t('reason')} required error={errors.reason}>
              {(control) => <input {...control} className="input" value={reason} onChange={(event) => setReason(event.target.value)} data-testid="package-action-reason" />}
            </FormField>
          ) : null}
          <button type="submit" className={`button ${open === 'refund' ? 'button--danger' : 'button--primary'}`} disabled={busy || !branchId} aria-busy={busy} data-testid="package-action-submit">
            {t(`submit.${open}`)}
          </button>
        </form>
      ) : null}
    </div>
  );
}
