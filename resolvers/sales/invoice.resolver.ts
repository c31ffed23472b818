import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Invoice } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { invoicesPage } from '../../services/sales/invoice-list.service';
import { findVisibleInvoice, findVisibleInvoiceByNumber } from '../../services/sales/invoice-scope.service';
import { InvoiceFilterInput, toInvoiceFilter } from './invoice.input';

@ObjectType('InvoiceConnection', { description: 'A page of invoices, newest first.' })
export class InvoiceConnection extends Connection(Invoice, 'Invoice') {}

/** 發票查詢: invoices for those who hold sales.view, within their member scope (invoiceQuery). */
@Authorized(Permission.SalesView)
@Resolver(() => Invoice)
export class InvoiceResolver {
  @Query(() => InvoiceConnection, {
    description:
      'The invoice list, newest first (issued, then id): invoices of branches in the viewer\'s member scope whose member, if any, she may open. Needs sales.view.',
  })
  async invoices(
    @Arg('filter', () => InvoiceFilterInput, { nullable: true, description: 'Which invoices; all the viewer may see when absent.' }) filter: InvoiceFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<InvoiceConnection> {
    const parsed = await toInvoiceFilter(filter);
    return InvoiceConnection.from(await invoicesPage(context.ds, viewerOf(context), parsed, { first: page.first, after: page.after ?? null }));
  }

  @Query(() => Invoice, { nullable: true, description: 'One invoice; NOT_FOUND when it does not exist or the viewer may not see it. Needs sales.view.' })
  invoice(@Arg('id', () => ID, { description: 'The invoice\'s id.' }) id: string, @Ctx() context: GraphQLContext): Promise<Invoice> {
    return findVisibleInvoice(context.ds, viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => Invoice, {
    nullable: true,
    description: 'The invoice with this number (as printed on the receipt, case ignored); null when none the viewer may see has it. Needs sales.view.',
  })
  invoiceByNumber(@Arg('number', () => String, { description: 'The invoice number, e.g. "TKOSI-00726".' }) number: string, @Ctx() context: GraphQLContext): Promise<Invoice | null> {
    return findVisibleInvoiceByNumber(context.ds, viewerOf(context), number);
  }
}
