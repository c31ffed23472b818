/**
 * The demo's points (積分): the loyalty settings the demo runs on (points expire after 12 months,
 * a referrer earns 10 % of what the member he referred earns in her first 12 months), the points
 * rules (double points in the birth month for every branch, and a promotion week), a referred
 * member, and the points of every issued demo invoice booked through the same earning function
 * and ledger as a checkout — so each demo member's ledger explains itself like a real one.
 * Runs inside the demo seed's transaction, after the demo sales.
 */
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { Invoice, InvoiceLine, LoyaltySettings, Member, MemberGroup, PointsRule, Product } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { PointsRuleEffect } from '../../entities/points-rule.entity';
import { pointsEarning } from '../loyalty/points-earning';
import { bookEarning } from '../loyalty/points-earning.service';

/** The promotion week of the demo: the week before Christmas 2026 (Hong Kong dates, inclusive). */
export const DEMO_PROMOTION_WEEK = { from: '2026-12-19', to: '2026-12-25' } as const;

export const DEMO_POINTS_RULES = [
  { code: 'BDAY2', name: '生日月份雙倍積分', effect: PointsRuleEffect.MULTIPLY, multiplierBasisPoints: 20_000, birthdayMonthOnly: true },
  { code: 'XMAS15', name: '聖誕積分週 ×1.5', effect: PointsRuleEffect.MULTIPLY, multiplierBasisPoints: 15_000, validFrom: DEMO_PROMOTION_WEEK.from, validTo: DEMO_PROMOTION_WEEK.to },
] as const;

/**
 * The member of the demo sales who joined last is the referred one (her purchases fall in her
 * referral period), referred by the first member of her branch; null when the demo has no sales.
 */
async function referDemoMember(m: EntityManager): Promise<void> {
  const buyers = await m
    .createQueryBuilder(Member, 'mb')
    .where('mb.id IN (SELECT i.memberId FROM invoices i WHERE i.memberId IS NOT NULL)')
    .orderBy('mb.createdAt', 'DESC')
    .addOrderBy('mb.id', 'DESC')
    .getMany();
  const referred = buyers[0];
  if (!referred) return;
  const referrer = await m.findOne(Member, { where: { branchId: referred.branchId, id: Not(referred.id), deletedAt: IsNull() }, order: { id: 'ASC' } });
  // Her row keeps its seeded updatedAt, so a reset reloads the same rows.
  if (referrer) await m.update(Member, { id: referred.id }, { referrerId: referrer.id, updatedAt: referred.updatedAt });
}

export async function seedDemoEarning(m: EntityManager): Promise<void> {
  await m.save(LoyaltySettings, { id: 1, pointsExpiryMonths: 12, referralShareBasisPoints: 1_000, referralMonths: 12, levelReviewDownwards: false, levelReviewedAt: null });
  await m.insert(PointsRule, DEMO_POINTS_RULES.map((rule) => ({ ...rule, active: true })));
  await referDemoMember(m);

  // What earning reads per sale (rules, levels, product categories), read once for all the demo's sales.
  const rules = await m.findBy(PointsRule, { active: true });
  const levels = new Map((await m.find(MemberGroup)).map((g) => [g.id, g]));
  const categoryOf = new Map((await m.find(Product, { select: { id: true, categoryId: true } })).map((p) => [p.id, p.categoryId]));
  const members = new Map((await m.find(Member)).map((mb) => [mb.id, mb]));
  const invoices = await m.find(Invoice, { where: { status: InvoiceStatus.ISSUED, memberId: Not(IsNull()) }, order: { issuedAt: 'ASC', id: 'ASC' } });
  const linesOf = new Map<number, InvoiceLine[]>();
  for (const line of await m.find(InvoiceLine, { where: { invoiceId: In(invoices.map((i) => i.id)) }, order: { invoiceId: 'ASC', position: 'ASC' } })) {
    linesOf.set(line.invoiceId, [...(linesOf.get(line.invoiceId) ?? []), line]);
  }
  for (const invoice of invoices) {
    const member = members.get(invoice.memberId!);
    if (!member) continue;
    const lines = linesOf.get(invoice.id) ?? [];
    const level = levels.get(member.groupId);
    const earning = pointsEarning(
      lines.map((l) => ({
        position: l.position, code: l.code, description: l.description, kind: l.kind, itemId: (l.productId ?? l.treatmentId)!,
        categoryId: l.productId === null ? null : (categoryOf.get(l.productId) ?? null), departmentId: l.departmentId, totalCents: l.totalCents,
      })),
      rules,
      { branchId: invoice.branchId, localDate: invoice.businessDate, level: { id: member.groupId, name: level?.name ?? '', pointsPer100: level?.pointsPer100 ?? 0 }, birthMonth: member.birthMonth },
    );
    if (earning.points === 0) continue;
    for (const [i, line] of lines.entries()) if (earning.linePoints[i]) await m.update(InvoiceLine, { id: line.id }, { pointsEarned: earning.linePoints[i] });
    await m.update(Invoice, { id: invoice.id }, { pointsEarned: earning.points });
    await bookEarning(m, { id: invoice.id, branchId: invoice.branchId, member }, earning, { staffId: invoice.cashierId, at: invoice.issuedAt });
  }
}
