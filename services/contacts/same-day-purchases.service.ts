import { In, type EntityManager } from 'typeorm';
import { Appointment, Branch, CampaignMember, Invoice, InvoiceLine, SalesReturnLine } from '../../entities';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { lockForUpdate } from '../../db/dialect';
import { localDateIn } from '../appointments/arrival-day';
import { amountsDiffer, sameDayAmounts, type DayInvoiceSums, type DayRefundSums } from './same-day-amounts';
import { FALLBACK_TIME_ZONE } from './contact-list.service';

/** A datetime as a raw select returns it (SQLite: 'YYYY-MM-DD HH:MM:SS.SSS' in UTC; MySQL: a Date). */
function rawDate(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(`${String(value).replace(' ', 'T')}Z`);
}

/**
 * Recomputes the same-day purchase columns (sameDayInvoiceCents / ProductCents / TreatmentCents)
 * of the member's contacts: for a contact with a booked appointment, the member's issued invoices
 * (any branch) of the appointment's day in its branch's time zone, net of returns; NULL when
 * there is none, or when the contact has no booking. Call it inside the transaction that changed
 * the member's invoices (checkout, void, return: `dates` = the invoices' business days) or a
 * contact's booking (book, move, cancel: the appointment's days before and after). Contacts booked
 * on other days are left alone, so a checkout of a member with no contact that day costs one read.
 *
 * The member's contact rows are locked first: two transactions refreshing one member take turns,
 * and the second reads the first's committed invoices (READ COMMITTED), so neither sum is lost.
 */
export async function refreshSameDayPurchases(manager: EntityManager, memberId: number | null | undefined, dates: readonly string[]): Promise<void> {
  if (!memberId) return;
  const contacts = await lockForUpdate(
    manager.getRepository(CampaignMember).createQueryBuilder('cm')
      .select(['cm.id', 'cm.appointmentId', 'cm.sameDayInvoiceCents', 'cm.sameDayProductCents', 'cm.sameDayTreatmentCents'])
      .where('cm.memberId = :memberId', { memberId })
      .orderBy('cm.id'),
  ).getMany();
  if (!contacts.length) return;

  const appointmentIds = [...new Set(contacts.flatMap((c) => (c.appointmentId ? [c.appointmentId] : [])))];
  const dayOf = new Map<number, string>();
  if (appointmentIds.length) {
    const rows = await manager.getRepository(Appointment).createQueryBuilder('a')
      .leftJoin(Branch, 'b', 'b.id = a.branchId')
      .select('a.id', 'id').addSelect('a.startsAt', 'startsAt').addSelect('b.timeZone', 'timeZone')
      .where({ id: In(appointmentIds) })
      .getRawMany<{ id: number | string; startsAt: unknown; timeZone: string | null }>();
    for (const row of rows) dayOf.set(Number(row.id), localDateIn(rawDate(row.startsAt), row.timeZone || FALLBACK_TIME_ZONE));
  }

  const wanted = new Set(dates);
  const stale = (c: CampaignMember) => c.sameDayInvoiceCents !== null || c.sameDayProductCents !== null || c.sameDayTreatmentCents !== null;
  const targets = contacts.filter((c) => {
    const day = c.appointmentId ? dayOf.get(c.appointmentId) : undefined;
    return day ? wanted.has(day) : stale(c);
  });
  if (!targets.length) return;

  const days = [...new Set(targets.flatMap((c) => (c.appointmentId && dayOf.has(c.appointmentId) ? [dayOf.get(c.appointmentId)!] : [])))];
  const amounts = days.length ? sameDayAmounts(...(await readDaySums(manager, memberId, days))) : new Map();
  for (const contact of targets) {
    const day = contact.appointmentId ? dayOf.get(contact.appointmentId) : undefined;
    const fresh = day ? amounts.get(day) : undefined;
    const stored = { invoiceCents: contact.sameDayInvoiceCents, productCents: contact.sameDayProductCents, treatmentCents: contact.sameDayTreatmentCents };
    if (!amountsDiffer(stored, fresh)) continue;
    await manager.update(CampaignMember, { id: contact.id }, {
      sameDayInvoiceCents: fresh?.invoiceCents ?? null,
      sameDayProductCents: fresh?.productCents ?? null,
      sameDayTreatmentCents: fresh?.treatmentCents ?? null,
    });
  }
}

/** The member's issued invoices of `days` summed per day, and their refunds per day and line kind ((memberId, businessDate) index). */
async function readDaySums(manager: EntityManager, memberId: number, days: string[]): Promise<[DayInvoiceSums[], DayRefundSums[]]> {
  const invoiceRows = await manager.getRepository(Invoice).createQueryBuilder('i')
    .select('i.businessDate', 'day')
    .addSelect('SUM(i.totalCents - i.refundedCents)', 'invoiceCents').addSelect('SUM(i.productCents)', 'productCents').addSelect('SUM(i.treatmentCents)', 'treatmentCents')
    .where('i.memberId = :memberId AND i.status = :issued AND i.businessDate IN (:...days)', { memberId, issued: InvoiceStatus.ISSUED, days })
    .groupBy('i.businessDate')
    .getRawMany<{ day: string; invoiceCents: unknown; productCents: unknown; treatmentCents: unknown }>();
  if (!invoiceRows.length) return [[], []];
  // Only treatment and product amounts need the lines: the invoice's net is on the invoice.
  const refundRows = await manager.getRepository(SalesReturnLine).createQueryBuilder('srl')
    .innerJoin(InvoiceLine, 'il', 'il.id = srl.invoiceLineId')
    .innerJoin(Invoice, 'i', 'i.id = il.invoiceId')
    .select('i.businessDate', 'day').addSelect('il.kind', 'kind').addSelect('SUM(srl.amountCents)', 'refundCents')
    .where('i.memberId = :memberId AND i.status = :issued AND i.businessDate IN (:...days)', { memberId, issued: InvoiceStatus.ISSUED, days })
    .groupBy('i.businessDate').addGroupBy('il.kind')
    .getRawMany<{ day: string; kind: 'PRODUCT' | 'TREATMENT'; refundCents: unknown }>();
  return [
    invoiceRows.map((r) => ({ day: r.day, invoiceCents: Number(r.invoiceCents), productCents: Number(r.productCents), treatmentCents: Number(r.treatmentCents) })),
    refundRows.map((r) => ({ day: r.day, kind: r.kind, refundCents: Number(r.refundCents) })),
  ];
}
