import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Invoice, InvoiceLine, SalesReturn, SalesReturnLine, SalesReturnRefund, Staff, TenderType } from '../../entities';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { invoiceLoadersFor } from '../../services/sales/invoice-loaders.service';
import { salesReturnLoadersFor } from '../../services/sales/sales-return-loaders.service';
import { SalesReturnService } from '../../services/sales/sales-return.service';

@InputType('ReturnLineInput', { description: 'Units of one invoice line to take back.' })
export class ReturnLineInput {
  @Field(() => ID, { description: 'A line of the invoice being returned.' })
  invoiceLineId: string;

  @Field(() => Int, { description: 'Units to take back, at least 1; with earlier returns never more than the line sold (else RETURN_EXCEEDS_SOLD).' })
  quantity: number;
}

@InputType('ReturnSaleInput', { description: 'A return (顧客退貨) of lines of one invoice, refunded by one tender.' })
export class ReturnSaleInput {
  @Field(() => String, { description: 'Chosen by the client per return (e.g. a UUID), at most 100 characters: a retry with the same key and request returns the first return instead of refunding twice.' })
  idempotencyKey: string;

  @Field(() => ID, { description: 'The invoice (issued, not voided, one the caller may read).' })
  invoiceId: string;

  @Field(() => [ReturnLineInput], { description: 'The lines and units coming back; each invoice line at most once.' })
  lines: ReturnLineInput[];

  @Field(() => ID, { description: 'The active tender type the money goes back by.' })
  refundTenderTypeId: string;

  @Field(() => String, { nullable: true, description: 'Why the customer returned it, at most 200 characters.' })
  reason?: string | null;
}

/** Returns: made by staff holding sales.refund; read hanging off the invoices the caller may read. */
@Authorized()
@Resolver(() => SalesReturn)
export class SalesReturnResolver {
  @Authorized(Permission.SalesRefund)
  @Mutation(() => SalesReturn, {
    description:
      'Takes units of an invoice\'s lines back and refunds them by one tender (needs sales.refund); product units go back into the branch\'s stock. ' +
      'A line refunds its total × units returned / units sold, the last units taking the rounding. More than is left to return is RETURN_EXCEEDS_SOLD naming `lines.<n>.quantity`; a voided invoice is ALREADY_VOIDED; audited.',
  })
  async returnSale(@Arg('input', () => ReturnSaleInput, { description: 'The return.' }) input: ReturnSaleInput, @Ctx() context: GraphQLContext): Promise<SalesReturn> {
    return new SalesReturnService(context.ds).returnSale(viewerOf(context), {
      idempotencyKey: input.idempotencyKey,
      invoiceId: parseId(input.invoiceId, 'invoiceId'),
      lines: input.lines.map((line, index) => ({ invoiceLineId: parseId(line.invoiceLineId, `lines.${index}.invoiceLineId`), quantity: line.quantity })),
      refundTenderTypeId: parseId(input.refundTenderTypeId, 'refundTenderTypeId'),
      reason: input.reason,
    });
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice the units came back from; null when the caller may not read it.' })
  invoice(@Root() salesReturn: SalesReturn, @Ctx() context: GraphQLContext): Promise<Invoice | null> {
    return salesReturnLoadersFor(context).invoice.load(salesReturn.invoiceId);
  }

  @FieldResolver(() => [SalesReturnLine], { description: 'The lines taken back, in the order they were given.' })
  lines(@Root() salesReturn: SalesReturn, @Ctx() context: GraphQLContext): Promise<SalesReturnLine[]> {
    return salesReturnLoadersFor(context).lines.load(salesReturn.id);
  }

  @FieldResolver(() => [SalesReturnRefund], { description: 'The money paid back (one tender today).' })
  refunds(@Root() salesReturn: SalesReturn, @Ctx() context: GraphQLContext): Promise<SalesReturnRefund[]> {
    return salesReturnLoadersFor(context).refunds.load(salesReturn.id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who made the return; null for a staff record since removed.' })
  createdBy(@Root() salesReturn: SalesReturn, @Ctx() context: GraphQLContext): Promise<Staff | null> {
    return context.loaders.staff.load(salesReturn.createdById);
  }

  @FieldResolver(() => Branch, { description: 'The branch of the invoice, whose stock the products went back into.' })
  async branch(@Root() salesReturn: SalesReturn, @Ctx() context: GraphQLContext): Promise<Branch> {
    const branch = await context.loaders.branch.load(salesReturn.branchId);
    if (!branch) throw new Error(`branch ${salesReturn.branchId} of sales return ${salesReturn.id} is missing`);
    return branch;
  }
}

@Authorized()
@Resolver(() => SalesReturnLine)
export class SalesReturnLineResolver {
  @FieldResolver(() => InvoiceLine, { description: 'The invoice line the units belong to.' })
  async invoiceLine(@Root() line: SalesReturnLine, @Ctx() context: GraphQLContext): Promise<InvoiceLine> {
    const found = await salesReturnLoadersFor(context).invoiceLine.load(line.invoiceLineId);
    if (!found) throw new Error(`invoice line ${line.invoiceLineId} of sales return line ${line.id} is missing`);
    return found;
  }
}

@Authorized()
@Resolver(() => SalesReturnRefund)
export class SalesReturnRefundResolver {
  @FieldResolver(() => TenderType, { description: 'How the money went back.' })
  async tenderType(@Root() refund: SalesReturnRefund, @Ctx() context: GraphQLContext): Promise<TenderType> {
    const found = await invoiceLoadersFor(context).tenderType.load(refund.tenderTypeId);
    if (!found) throw new Error(`tender type ${refund.tenderTypeId} of refund ${refund.id} is missing`);
    return found;
  }
}

/** An invoice's returns, added to the Invoice type here next to the rest of the returns. */
@Authorized()
@Resolver(() => Invoice)
export class InvoiceReturnsResolver {
  @FieldResolver(() => [SalesReturn], { description: 'Returns (顧客退貨) of this invoice\'s lines, oldest first.' })
  returns(@Root() invoice: Invoice, @Ctx() context: GraphQLContext): Promise<SalesReturn[]> {
    return salesReturnLoadersFor(context).byInvoice.load(invoice.id);
  }
}
