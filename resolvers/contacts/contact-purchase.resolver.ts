import DataLoader from 'dataloader';
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { CampaignMember, Invoice } from '../../entities';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { localDateIn } from '../../services/appointments/arrival-day';
import { FALLBACK_TIME_ZONE } from '../../services/contacts/contact-list.service';
import { dayPurchases, type DayPurchases, type PurchaseKey } from '../../services/contacts/contact-purchases.service';
import { successFlag, type SuccessSettings } from '../../services/contacts/success-rule';

@ObjectType('ContactPurchasedItem', { description: 'A product or treatment bought on the booked visit\'s day, returned units left out.' })
export class ContactPurchasedItem {
  @Field(() => InvoiceLineKind, { description: 'Product (購買產品) or treatment (購買護理).' })
  kind: InvoiceLineKind;

  @Field(() => String, { description: 'The item\'s code at the sale, e.g. "00011".' })
  code: string;

  @Field(() => String, { description: 'The item\'s name at the sale.' })
  description: string;

  @Field(() => Int, { description: 'Units bought and not returned.' })
  quantity: number;
}

@ObjectType('ContactSameDayPurchase', {
  description:
    'What the member bought on the day of the visit booked from the contact (當日購買紀錄): her issued invoices of that day, any branch, net of returns. The amounts are the contact\'s; the invoices and items are shown only to viewers who may read those invoices (sales.view and scope).',
})
export class ContactSameDayPurchase {
  @Field(() => String, { description: 'The visit\'s day (發票日期), YYYY-MM-DD in the appointment branch\'s time zone.' })
  date: string;

  @Field(() => Int, { description: 'Invoice amount (發票金額) of the day, net of refunds, in cents.' })
  invoiceCents: number;

  @Field(() => Int, { description: 'Product amount (產品金額) of the day, net of returned products, in cents.' })
  productCents: number;

  @Field(() => Int, { description: 'Treatment amount (護理金額) of the day, net of returned treatments, in cents.' })
  treatmentCents: number;

  @Field(() => [Invoice], { description: 'The day\'s issued invoices (發票編號) the viewer may read, oldest first; empty without sales.view.' })
  invoices: Invoice[];

  @Field(() => [ContactPurchasedItem], { description: 'Products (購買產品) and treatments (購買護理) bought and not returned, in invoice and line order; empty without sales.view.' })
  items: ContactPurchasedItem[];
}

// Per request: a page's rows share one read of their days' invoices.
const purchaseLoaders = new WeakMap<GraphQLContext, DataLoader<PurchaseKey, DayPurchases, string>>();

function purchaseLoader(context: GraphQLContext): DataLoader<PurchaseKey, DayPurchases, string> {
  let loader = purchaseLoaders.get(context);
  if (!loader) {
    loader = new DataLoader((keys) => dayPurchases(context.ds, viewerOf(context), keys), { cacheKeyFn: (k) => `${k.memberId}|${k.day}` });
    purchaseLoaders.set(context, loader);
  }
  return loader;
}

type SettingsEntry = { promise: Promise<SuccessSettings | null>; value?: SuccessSettings | null };

// Per request: the rule read once and kept resolved, so each row's flag is computed without an await.
const successRules = new WeakMap<GraphQLContext, SettingsEntry>();

function successSettings(context: GraphQLContext): SettingsEntry {
  let entry = successRules.get(context);
  if (!entry) {
    const created: SettingsEntry = {
      promise: context.loaders.contactSettings.load(1).then((settings) => {
        created.value = settings && { successRuleEnabled: settings.successRuleEnabled, successMetric: settings.successMetric, successThresholdCents: settings.successThresholdCents };
        return created.value;
      }),
    };
    entry = created;
    successRules.set(context, entry);
  }
  return entry;
}

/** The contact list's purchase block (成功購買 … 購買備註) on each contact. */
@Authorized()
@Resolver(() => CampaignMember)
export class ContactMemberPurchaseResolver {
  @FieldResolver(() => ContactSameDayPurchase, {
    nullable: true,
    description: 'Same-day purchases of the visit booked from this contact; null when not booked or the member has no issued invoice that day.',
  })
  async sameDayPurchase(@Root() row: CampaignMember, @Ctx() context: GraphQLContext): Promise<ContactSameDayPurchase | null> {
    if (!row.appointmentId || row.sameDayInvoiceCents === null) return null;
    const appointment = await context.loaders.appointment.load(row.appointmentId);
    if (!appointment) return null;
    const branch = await context.loaders.branch.load(appointment.branchId);
    const date = localDateIn(appointment.startsAt, branch?.timeZone || FALLBACK_TIME_ZONE);
    const bought = await purchaseLoader(context).load({ memberId: row.memberId, day: date });
    return {
      date,
      invoiceCents: row.sameDayInvoiceCents,
      productCents: row.sameDayProductCents ?? 0,
      treatmentCents: row.sameDayTreatmentCents ?? 0,
      invoices: bought.invoices,
      items: bought.items as ContactPurchasedItem[],
    };
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Successful purchase (成功購買) under the contact settings\' rule: booked and the chosen same-day amount at least the threshold; null while the rule is off.',
  })
  successfulPurchase(@Root() row: CampaignMember, @Ctx() context: GraphQLContext): boolean | null | Promise<boolean | null> {
    const flag = (settings: SuccessSettings | null) =>
      settings &&
      successFlag(settings, {
        booked: row.bookedAt !== null,
        sameDayInvoiceCents: row.sameDayInvoiceCents,
        sameDayProductCents: row.sameDayProductCents,
        sameDayTreatmentCents: row.sameDayTreatmentCents,
      });
    const rule = successSettings(context);
    return rule.value !== undefined ? flag(rule.value) : rule.promise.then(flag);
  }
}
