/**
 * The words that explain a points entry on the member's ledger, from its kind, source documents
 * and basis: every number on the page says where it came from. Pure apart from the translator
 * and formatter it is handed, so the UI test can read it through the panel.
 */
import type { PointsEntryRowFragment } from '@/graphql/generated/graphql';

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Formats = { money: (cents: number) => string; date: (iso: string) => string; number: (n: number) => string };

const times = (basisPoints: number) => String(Math.round(basisPoints / 100) / 100);

export function explainEntry(entry: PointsEntryRowFragment, t: Translate, f: Formats): string[] {
  const invoice = entry.invoice ? t('invoice', { number: entry.invoice.number }) : t('invoiceHidden');
  const basis = entry.basis;
  switch (entry.kind) {
    case 'EARN': {
      if (basis?.__typename !== 'EarningBasis') return [invoice];
      return [
        `${invoice} · ${t('level', { name: basis.levelName, rate: basis.levelPointsPer100 })}`,
        ...basis.lines.map((line) => {
          const rules = line.rules.map((r) => r.name).join(', ');
          const multiplied = line.multiplierBasisPoints !== 10_000 ? t('multiplied', { factor: times(line.multiplierBasisPoints), rules: rules || '—' }) : rules ? t('rulesApplied', { rules }) : '';
          return t('earnLine', { code: line.code, description: line.description, amount: f.money(line.amountCents), rate: line.pointsPer100, multiplied, points: f.number(line.points) });
        }),
      ];
    }
    case 'REFERRAL': {
      const who = entry.referredMember ? `${entry.referredMember.memberNo} ${entry.referredMember.displayName}` : t('memberHidden');
      if (basis?.__typename !== 'ReferralBasis') return [t('referralPlain', { member: who })];
      return [t(entry.points < 0 ? 'referralReversed' : 'referral', { share: basis.shareBasisPoints / 100, source: f.number(basis.sourcePoints), member: who })];
    }
    case 'REVERSE': {
      if (basis?.__typename !== 'ReversalBasis') return [invoice];
      const lines = basis.lines.length
        ? basis.lines.map((line) => t('returnedLine', { position: line.position, returned: line.returnedQuantity, sold: line.soldQuantity, points: f.number(line.points) }))
        : [t('voided', { points: f.number(basis.reversedPoints) })];
      const shortfall = basis.shortfallPoints > 0 ? [t('shortfall', { points: f.number(basis.shortfallPoints) })] : [];
      return [`${invoice} · ${t('reverseOf', { points: f.number(basis.reversedPoints) })}`, ...lines, ...shortfall];
    }
    case 'REDEEM': {
      const gift = entry.gift ? `${entry.gift.name} (${entry.gift.code})` : '—';
      return [t(entry.points < 0 ? 'redeemed' : 'redemptionCancelled', { gift }), ...(entry.reason ? [entry.reason] : [])];
    }
    case 'ADJUST':
      return [t('adjusted', { reason: entry.reason ?? '' })];
    case 'EXPIRE':
      return [entry.expiredLot ? t('expired', { date: f.date(entry.expiredLot.earnedAt), points: f.number(entry.expiredLot.points) }) : t('expiredPlain')];
    default:
      return [];
  }
}
