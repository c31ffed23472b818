import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { MemberBookingEntry } from '@/components/appointments/booking/member-booking-entry';
import { MemberGiftRedemptions } from '@/components/loyalty/gifts/member-gift-redemptions';
import { MemberPointsPanel } from '@/components/loyalty/points/member-points-panel';
import { MemberCoupons } from '@/components/loyalty/coupons/member-coupons';
import { PageHeader } from '@/components/page-header';
import { MemberAccountTab } from '@/components/prepaid/account/member-account-tab';
import { accountPermissionsFor } from '@/components/prepaid/account/account-permissions';
import { CommentsPanel } from '@/components/members/profile/comments-panel';
import { HistoryTabs } from '@/components/members/profile/history-tabs';
import { MemberActions } from '@/components/members/profile/member-actions';
import { MemberHistory } from '@/components/members/history/member-history';
import { LevelHistory } from '@/components/member-levels/level-history';
import { LEVEL_HISTORY_PAGE_SIZE, MemberLevelChangesQuery } from '@/components/member-levels/level-history-documents';
import { MEMBER_HISTORY_PAGE_SIZE, MemberHistoryQuery } from '@/components/members/history/member-history-documents';
import {
  MemberPageAuditQuery, MemberPageCampaignsQuery, MemberPageCommentsQuery, MemberPageLevelQuery, MemberPageQuery,
} from '@/components/members/profile/member-page-documents';
import { MEMBER_INVOICES_PAGE_SIZE, MemberInvoicesQuery } from '@/components/sales/invoices/invoice-documents';
import { MemberInvoices } from '@/components/sales/invoices/member-invoices';
import { Link } from '@/i18n/navigation';
import { can } from '@/services/auth/viewer';
import { Permission } from '@/services/admin/permission';
import { requireViewer } from '../../require-viewer';
import { serverQuery } from '../../server-apollo';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'members.profile' });
  return { title: t('title') };
}

export default async function MemberPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale);
  if (!/^\d+$/.test(id)) notFound();
  const [{ member }, { member: extra }, { member: comments }, { member: audit }, { member: campaigns }, invoices, { memberHistory }, { memberLevelChanges }] = await Promise.all([
    serverQuery(MemberPageQuery, { id }),
    serverQuery(MemberPageLevelQuery, { id }),
    serverQuery(MemberPageCommentsQuery, { id }),
    serverQuery(MemberPageAuditQuery, { id }),
    serverQuery(MemberPageCampaignsQuery, { id }),
    // 消費記錄 only for those who may see sales.
    can(viewer, Permission.SalesView) ? serverQuery(MemberInvoicesQuery, { id, first: MEMBER_INVOICES_PAGE_SIZE, after: null }) : null,
    serverQuery(MemberHistoryQuery, { memberId: id, first: MEMBER_HISTORY_PAGE_SIZE, after: null, kinds: null }),
    serverQuery(MemberLevelChangesQuery, { memberId: id, first: LEVEL_HISTORY_PAGE_SIZE, after: null }),
  ]);
  const t = await getTranslations('members.profile');
  const label = await getTranslations('members.form.label');
  const common = await getTranslations('common');
  const format = await getFormatter();

  const name = member.displayName.trim() || member.phone || member.memberNo;
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency: member.branch.currency, maximumFractionDigits: 0 });
  const { level, interestGroups, customFieldValues } = extra;
  const detail = (key: string, value: ReactNode, testId?: string) => (
    <div className="detail">
      <dt>{label.has(key) ? label(key) : t(key)}</dt>
      <dd data-testid={testId}>{value ?? common('notAvailable')}</dd>
    </div>
  );

  return (
    <>
      <PageHeader title={t('nameWithTitle', { name, gender: member.gender })}>
        <p className="member-header__meta">
          <span className="member-no" data-testid="member-no">
            {member.memberNo}
          </span>
          {member.isWalkIn ? (
            <span className="tag tag--warning" data-testid="walk-in-badge">
              {t('walkInBadge')}
            </span>
          ) : null}
          <span className="tag" data-testid="member-level">
            {level.name}
          </span>
          {member.englishName ? <span className="muted">{member.englishName}</span> : null}
        </p>
        <MemberActions
          memberId={member.id}
          memberNo={member.memberNo}
          name={name}
          isWalkIn={member.isWalkIn}
          canDelete={can(viewer, Permission.MembersDelete)}
        />
      </PageHeader>

      <div className="profile-grid">
        <section className="card profile-section" aria-labelledby="details-title">
          <h2 id="details-title">{t('details')}</h2>
          <dl className="details" data-testid="member-details">
            {detail('phone', [member.phone, member.phone2].filter(Boolean).join(', ') || null, 'member-phones')}
            {detail('email', member.email)}
            {detail('idCard', member.idCard)}
            {detail('gender', t(`gender.${member.gender}`))}
            {detail('birthday', member.birthday ? format.dateTime(new Date(`${member.birthday}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) : null)}
            {detail('address', member.address)}
            {detail('branchId', member.branch.name, 'member-branch')}
            {detail('consultantId', member.consultant ? `${member.consultant.displayName} (${member.consultant.code})` : null)}
            {detail(
              'referrerId',
              member.referrer ? (
                <Link href={`/members/${member.referrer.id}`} data-testid="member-referrer">
                  {member.referrer.memberNo} {member.referrer.displayName}
                </Link>
              ) : null,
            )}
            {detail('joined', format.dateTime(new Date(member.createdAt), { dateStyle: 'long' }), 'member-joined')}
            {detail(
              'interestGroupIds',
              interestGroups.length ? (
                <ul className="tag-list">
                  {interestGroups.map((group) => (
                    <li key={group.id} className="tag">
                      {group.name}
                    </li>
                  ))}
                </ul>
              ) : null,
            )}
          </dl>
        </section>

        <section className="card profile-section" aria-labelledby="level-title" data-testid="member-level-rules">
          <h2 id="level-title">{t('level.title')}</h2>
          <p className="level-name">{level.name}</p>
          <ul className="rule-list">
            <li>{t('level.discount', { percent: level.discountPercent })}</li>
            <li>{t('level.points', { points: level.pointsPer100 })}</li>
            <li>{t('level.topUp', { percent: level.topUpBonusPercent })}</li>
            <li>
              {level.upgradeSpendCents == null
                ? t('level.noUpgrade')
                : t('level.upgrade', { amount: money(level.upgradeSpendCents), months: level.upgradeWithinMonths })}
            </li>
          </ul>
          <LevelHistory memberId={member.id} initial={memberLevelChanges} currency={member.branch.currency} />
          {customFieldValues.length > 0 ? (
            <>
              <h2>{t('customFields')}</h2>
              <dl className="details" data-testid="member-custom-fields">
                {customFieldValues.map(({ field, value }) => (
                  <div className="detail" key={field.id}>
                    <dt>{field.label}</dt>
                    <dd>{value || common('notAvailable')}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          <h2>{t('remarks')}</h2>
          <p className="remarks" data-testid="member-remarks">
            {member.remarks || <span className="muted">{common('notAvailable')}</span>}
          </p>
        </section>
      </div>

      <MemberBookingEntry member={{ id: member.id, memberNo: member.memberNo, displayName: name, phones: [member.phone, member.phone2].filter(Boolean).join(', ') }} />
      <MemberAccountTab memberId={member.id} allowed={accountPermissionsFor((permission) => can(viewer, permission))} />
      <MemberPointsPanel memberId={member.id} currency={member.branch.currency} />
      <MemberGiftRedemptions memberId={member.id} branchId={String(viewer.branchId)} canRedeem={can(viewer, Permission.LoyaltyRedeemGifts)} />
      <MemberCoupons memberId={member.id} canIssue={can(viewer, Permission.LoyaltyIssueCoupons)} canVoid={can(viewer, Permission.LoyaltyVoidCoupons)} />
      <CommentsPanel memberId={member.id} initial={comments.comments} />
      {invoices ? <MemberInvoices memberId={member.id} initial={invoices.member.invoices} /> : null}
      <MemberHistory memberId={member.id} initial={memberHistory} canSeeSales={can(viewer, Permission.SalesView)} currency={member.branch.currency} />
      <HistoryTabs campaigns={campaigns.campaigns} audit={audit} />
    </>
  );
}
