import { Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Department, Invoice, InvoiceLine, InvoicePayment, Member, Offer, Staff, TenderType } from '../../entities';
import { PageArgs } from '../../graphql/connection';
import type { GraphQLContext } from '../../graphql/context';
import { Permission } from '../../services/admin/permission';
import { invoiceLoadersFor } from '../../services/sales/invoice-loaders.service';
import { invoiceCursor } from '../../services/sales/invoice-list.service';
import { InvoiceConnection } from './invoice.resolver';

/** An invoice's parts. Invoices arrive here only through the scoped reads, so their parts are visible with them. */
@Authorized()
@Resolver(() => Invoice)
export class InvoiceFieldsResolver {
  @FieldResolver(() => Branch, { description: 'The branch that issued the invoice.' })
  async branch(@Root() invoice: Invoice, @Ctx() { loaders }: GraphQLContext): Promise<Branch> {
    return (await loaders.branch.load(invoice.branchId))!;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member who bought; null for a walk-in (see `customerName`) or when the viewer may not open the member.' })
  member(@Root() invoice: Invoice, @Ctx() { loaders }: GraphQLContext): Promise<Member | null> | null {
    return invoice.memberId === null ? null : loaders.member.load(invoice.memberId);
  }

  @FieldResolver(() => Staff, { description: 'Who took the payment (收銀員).' })
  async cashier(@Root() invoice: Invoice, @Ctx() { loaders }: GraphQLContext): Promise<Staff> {
    return (await loaders.staff.load(invoice.cashierId))!;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The appointment (visit) this invoice pays for; null when none.' })
  appointmentId(@Root() invoice: Invoice): string | null {
    return invoice.appointmentId === null ? null : String(invoice.appointmentId);
  }

  @FieldResolver(() => Offer, { nullable: true, description: 'The offer (優惠) the invoice was priced under; null when none, or when the offer was deleted since (its analysisCode stays).' })
  offer(@Root() invoice: Invoice, @Ctx() context: GraphQLContext): Promise<Offer | null> | null {
    return invoice.offerId === null ? null : invoiceLoadersFor(context).offer.load(invoice.offerId);
  }

  @FieldResolver(() => [InvoiceLine], { description: 'The lines, in their order on the invoice.' })
  lines(@Root() invoice: Invoice, @Ctx() context: GraphQLContext): Promise<InvoiceLine[]> {
    return invoiceLoadersFor(context).lines.load(invoice.id);
  }

  @FieldResolver(() => [InvoicePayment], { description: 'The payments (split payments are several), in the order they were taken.' })
  payments(@Root() invoice: Invoice, @Ctx() context: GraphQLContext): Promise<InvoicePayment[]> {
    return invoiceLoadersFor(context).payments.load(invoice.id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who voided the invoice; null while issued.' })
  voidedBy(@Root() invoice: Invoice, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return invoice.voidedById === null ? null : loaders.staff.load(invoice.voidedById);
  }
}

@Authorized()
@Resolver(() => InvoiceLine)
export class InvoiceLineFieldsResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'The staff member credited for this line (commission); null when none.' })
  staff(@Root() line: InvoiceLine, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return line.staffId === null ? null : loaders.staff.load(line.staffId);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The item\'s department at the time of sale; null when it had none.' })
  department(@Root() line: InvoiceLine, @Ctx() context: GraphQLContext): Promise<Department | null> | null {
    return line.departmentId === null ? null : invoiceLoadersFor(context).department.load(line.departmentId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The product sold; null on a treatment line.' })
  productId(@Root() line: InvoiceLine): string | null {
    return line.productId === null ? null : String(line.productId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The treatment sold; null on a product line.' })
  treatmentId(@Root() line: InvoiceLine): string | null {
    return line.treatmentId === null ? null : String(line.treatmentId);
  }
}

@Authorized()
@Resolver(() => InvoicePayment)
export class InvoicePaymentFieldsResolver {
  @FieldResolver(() => TenderType, { description: 'How it was paid.' })
  async tenderType(@Root() payment: InvoicePayment, @Ctx() context: GraphQLContext): Promise<TenderType> {
    return (await invoiceLoadersFor(context).tenderType.load(payment.tenderTypeId))!;
  }
}

/** 會員 > 消費記錄: a member's invoices. */
@Authorized(Permission.SalesView)
@Resolver(() => Member)
export class MemberInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, {
    description: 'The member\'s invoices in branches of the viewer\'s member scope, newest first (issued, then id); empty when the viewer may not open the member. Needs sales.view.',
  })
  async invoices(@Root() member: Member, @Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphQLContext): Promise<InvoiceConnection> {
    const loaders = invoiceLoadersFor(context).memberInvoices;
    const result = await loaders.page(member, { first: page.first, after: page.after ?? null });
    return InvoiceConnection.from({ ...result, cursorOf: invoiceCursor, totalCount: () => loaders.count(member) });
  }
}
