import DataLoader from 'dataloader';
import { In, type DataSource, type ObjectLiteral } from 'typeorm';
import { Invoice, InvoiceLine, SalesReturn, SalesReturnLine, SalesReturnRefund } from '../../entities';
import { Permission } from '../admin/permission';
import { can, type Viewer } from '../auth/viewer';
import { visibleInvoices } from './invoice-scope.service';

/** Rows of a table grouped by one of their columns, each group in id order. */
function groupedBy<T extends ObjectLiteral & { id: number }>(ds: DataSource, target: new () => T, column: keyof T & string) {
  return new DataLoader<number, T[]>(async (keys) => {
    const rows = await ds.getRepository(target).find({ where: { [column]: In([...keys]) } as never, order: { id: 'ASC' } as never });
    const grouped = new Map<number, T[]>();
    for (const row of rows) grouped.set(row[column] as number, [...(grouped.get(row[column] as number) ?? []), row]);
    return keys.map((key) => grouped.get(key) ?? []);
  });
}

/**
 * The request's loaders for returns and their parts. Returns reach field resolvers only hanging
 * off an invoice the viewer may read or as the result of the viewer's own return, so their lines
 * and refunds are visible with them; the invoice a return points back to goes through the
 * invoice scope again (null for a viewer who may not read it).
 */
export function createSalesReturnLoaders(ds: DataSource, viewer: Viewer | null) {
  return {
    byInvoice: groupedBy(ds, SalesReturn, 'invoiceId'),
    lines: groupedBy(ds, SalesReturnLine, 'salesReturnId'),
    refunds: groupedBy(ds, SalesReturnRefund, 'salesReturnId'),
    invoiceLine: new DataLoader<number, InvoiceLine | null>(async (ids) => {
      const found = new Map((await ds.getRepository(InvoiceLine).findBy({ id: In([...ids]) })).map((line) => [line.id, line]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    invoice: new DataLoader<number, Invoice | null>(async (ids) => {
      if (!viewer || !can(viewer, Permission.SalesView)) return ids.map(() => null);
      const found = new Map((await visibleInvoices(ds, viewer, [...ids])).map((invoice) => [invoice.id, invoice]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type SalesReturnLoaders = ReturnType<typeof createSalesReturnLoaders>;

const perRequest = new WeakMap<object, SalesReturnLoaders>();

/** The return loaders of one request (keyed by its context object), built on first use. */
export function salesReturnLoadersFor(context: { ds: DataSource; viewer: Viewer | null }): SalesReturnLoaders {
  let loaders = perRequest.get(context);
  if (!loaders) {
    loaders = createSalesReturnLoaders(context.ds, context.viewer);
    perRequest.set(context, loaders);
  }
  return loaders;
}
