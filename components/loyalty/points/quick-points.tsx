'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import { QuickLookupQuery } from '@/components/quick-lookup-documents';
import { FormField } from '@/components/members/form/form-field';
import { StatusMessage, type Status } from '@/components/ui/status-message';
import type { QuickLookupRowFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { requestError } from '@/lib/apollo/request-error';
import { useIssueText } from '@/lib/forms/issue-text';
import { adjustPointsSchema, POINTS_LIMITS } from '@/services/loyalty/points-input.schema';
import { AdjustPointsMutation, MemberPointsQuery } from './points-documents';

type Direction = 'add' | 'deduct';

/**
 * 快速積分: find the member by member number, card number or phone (the front desk's quick
 * lookup, within the viewer's member scope), see her balance, and add or deduct points with a
 * reason. Each submission carries its own idempotency key, so a double tap adjusts once.
 */
export function QuickPoints() {
  const t = useTranslations('loyalty.points.quick');
  const format = useFormatter();
  const client = useApolloClient();
  const issueText = useIssueText();
  const id = useId();
  const [term, setTerm] = useState('');
  const [matches, setMatches] = useState<QuickLookupRowFragment[] | null>(null);
  const [member, setMember] = useState<QuickLookupRowFragment | null>(null);
  const [balance, setBalance] = useState<number | null>(null);
  const [direction, setDirection] = useState<Direction>('add');
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [adjust, { loading }] = useMutation(AdjustPointsMutation);
  const key = useRef(crypto.randomUUID());

  async function readBalance(memberId: string) {
    const { data } = await client.query({ query: MemberPointsQuery, variables: { memberId, first: 1, after: null }, fetchPolicy: 'no-cache' });
    setBalance(data?.memberPoints.balance ?? null);
  }

  async function find(event: FormEvent) {
    event.preventDefault();
    if (!term.trim()) return;
    setBusy(true);
    setStatus(null);
    try {
      const { data } = await client.query({ query: QuickLookupQuery, variables: { term: term.trim(), first: 10 }, fetchPolicy: 'no-cache' });
      const found = data?.quickLookup.nodes ?? [];
      if (found.length === 1) await choose(found[0]);
      else {
        setMatches(found);
        if (found.length === 0) setStatus({ kind: 'error', text: t('noMatch', { term: term.trim() }) });
      }
    } catch (failure) {
      setStatus({ kind: 'error', text: requestError(failure).message });
    }
    setBusy(false);
  }

  async function choose(found: QuickLookupRowFragment) {
    setMatches(null);
    setMember(found);
    setBalance(null);
    setErrors({});
    await readBalance(found.id);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!member) return;
    setStatus(null);
    const amount = points.trim() === '' ? null : Number(points) * (direction === 'deduct' ? -1 : 1);
    const checked = adjustPointsSchema.safeParse({ points: amount, reason });
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) found[issue.path.map(String).join('.')] ??= issueText(issue.path.map(String).join('.'), issue.message);
      setErrors(found);
      return;
    }
    setErrors({});
    try {
      const { data } = await adjust({ variables: { input: { memberId: member.id, points: checked.data.points, reason: checked.data.reason, idempotencyKey: key.current } } });
      key.current = crypto.randomUUID();
      setBalance(data?.adjustPoints.balanceAfter ?? null);
      setPoints('');
      setReason('');
      setStatus({ kind: 'success', text: t(checked.data.points > 0 ? 'added' : 'deducted', { points: format.number(Math.abs(checked.data.points)), balance: format.number(data?.adjustPoints.balanceAfter ?? 0) }) });
    } catch (failure) {
      const error = requestError(failure);
      if (error.field === 'points' || error.field === 'reason') setErrors({ [error.field]: error.message });
      else setStatus({ kind: 'error', text: error.message });
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="quick-points">
      <h2 id={`${id}-title`} className="visually-hidden">{t('title')}</h2>
      <form className="form" role="search" onSubmit={(event) => void find(event)}>
        <div className="field">
          <label htmlFor={`${id}-term`}>{t('find')}</label>
          <div className="button-row">
            <input id={`${id}-term`} className="input" value={term} onChange={(event) => setTerm(event.target.value)} placeholder={t('findHint')} data-testid="quick-points-term" />
            <button type="submit" className="button button--secondary" disabled={busy} aria-busy={busy} data-testid="quick-points-find">
              {t('findButton')}
            </button>
          </div>
        </div>
      </form>
      {matches && matches.length > 0 ? (
        <ul aria-label={t('matches')} data-testid="quick-points-matches">
          {matches.map((m) => (
            <li key={m.id}>
              <button type="button" className="button button--secondary" onClick={() => void choose(m)} data-testid="quick-points-match">
                {m.memberNo} {m.displayName} {m.phone ?? ''} · {m.branch.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <StatusMessage status={status} testId="quick-points-status" />
      {member ? (
        <form className="form" onSubmit={(event) => void submit(event)} data-testid="quick-points-form" noValidate>
          <p>
            <Link href={`/members/${member.id}`} data-testid="quick-points-member">
              {member.memberNo} {member.displayName}
            </Link>{' '}
            · {t('balance')}{' '}
            <strong data-testid="quick-points-balance">{balance === null ? '…' : format.number(balance)}</strong>
          </p>
          <fieldset className="field">
            <legend>{t('direction')}</legend>
            <label>
              <input type="radio" name={`${id}-direction`} checked={direction === 'add'} onChange={() => setDirection('add')} data-testid="quick-points-add" /> {t('add')}
            </label>{' '}
            <label>
              <input type="radio" name={`${id}-direction`} checked={direction === 'deduct'} onChange={() => setDirection('deduct')} data-testid="quick-points-deduct" /> {t('deduct')}
            </label>
          </fieldset>
          <FormField name="points" label={t('points')} required error={errors.points}>
            {(control) => (
              <input {...control} className="input" inputMode="numeric" type="number" min={1} max={POINTS_LIMITS.adjustPoints} value={points} onChange={(event) => setPoints(event.target.value)} data-testid="quick-points-points" />
            )}
          </FormField>
          <FormField name="reason" label={t('reason')} required error={errors.reason}>
            {(control) => <input {...control} className="input" maxLength={POINTS_LIMITS.reason} value={reason} onChange={(event) => setReason(event.target.value)} data-testid="quick-points-reason" />}
          </FormField>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading} data-testid="quick-points-submit">
              {direction === 'add' ? t('submitAdd') : t('submitDeduct')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
