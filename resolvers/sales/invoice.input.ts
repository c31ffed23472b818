import { ArrayMaxSize, MaxLength, validate } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { InvoiceStatus } from '../../entities/invoice.entity';
import { InvoiceLineKind } from '../../entities/invoice-line.entity';
import { firstValidationError, IsCalendarDate, IsNotBefore, tooLong, tooMany } from '../../graphql/filter-validation';
import { parseId, parseIds } from '../../graphql/ids';
import { LocalDate } from '../../graphql/scalars';
import { invalidField } from '../../services/errors/domain-error';
import type { InvoiceFilter } from '../../services/sales/invoice-filter';

/** How many branches one filter may name. */
const BRANCHES_MAX = 100;
/** The longest invoice number stored. */
const NUMBER_MAX = 30;
/** The largest amount a filter takes, in cents (what a 32-bit GraphQL Int holds). */
const AMOUNT_MAX = 2_147_483_647;

@InputType('InvoiceFilter', { description: 'The invoice list\'s filters (發票查詢), usable alone or together; an absent filter means "any" the viewer may see.' })
export class InvoiceFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Invoices of one of these branches.' })
  @ArrayMaxSize(BRANCHES_MAX, tooMany(BRANCHES_MAX))
  branchIds?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'First invoice date (發票日期, YYYY-MM-DD in the branch\'s time zone), inclusive.' })
  @IsCalendarDate()
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last invoice date (YYYY-MM-DD), inclusive; not before `from`.' })
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Invoices of this member.' })
  memberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Invoices with at least one line credited to this staff member.' })
  staffId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Invoices paid at least partly by this tender type.' })
  tenderTypeId?: string | null;

  @Field(() => InvoiceStatus, { nullable: true, description: 'Issued or voided invoices only.' })
  status?: InvoiceStatus | null;

  @Field(() => InvoiceLineKind, { nullable: true, description: 'Invoices with at least one line of this kind (product or treatment).' })
  kind?: InvoiceLineKind | null;

  @Field(() => ID, { nullable: true, description: 'Invoices with at least one line selling this product.' })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Invoices with at least one line selling this treatment.' })
  treatmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Invoices with at least one line selling a product of this category.' })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Invoices with at least one line of this department (as recorded at the sale).' })
  departmentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Smallest invoice amount (發票金額), in cents, inclusive.' })
  minTotalCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest invoice amount, in cents, inclusive; not below `minTotalCents`.' })
  maxTotalCents?: number | null;

  @Field(() => String, { nullable: true, description: 'Invoices whose number starts with this text (case ignored), e.g. "TKOSI-007".' })
  @MaxLength(NUMBER_MAX, tooLong(NUMBER_MAX))
  number?: string | null;
}

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined && value !== '';

function amount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > AMOUNT_MAX) throw invalidField(field, 'outOfRange', { min: 0, max: AMOUNT_MAX });
  return value;
}

/** A status as GraphQL resolved it ("ISSUED") or as a download's URL carries the GraphQL name ("Issued"). */
function statusOf(value: string, field: string): InvoiceStatus {
  if ((Object.values(InvoiceStatus) as string[]).includes(value)) return value as InvoiceStatus;
  if (Object.hasOwn(InvoiceStatus, value)) return InvoiceStatus[value as keyof typeof InvoiceStatus];
  throw invalidField(field, 'notAnOption');
}

/** A line kind as GraphQL resolved it ("PRODUCT") or as a download's URL carries it. */
function kindOf(value: string, field: string): InvoiceLineKind {
  if ((Object.values(InvoiceLineKind) as string[]).includes(value)) return value as InvoiceLineKind;
  if (Object.hasOwn(InvoiceLineKind, value)) return InvoiceLineKind[value as keyof typeof InvoiceLineKind];
  throw invalidField(field, 'notAnOption');
}

/**
 * Validates an invoice filter — from GraphQL or from the export's query string, so errors name
 * "filter.<field>" either way — and turns it into the service's filter.
 */
export async function toInvoiceFilter(input: Partial<InvoiceFilterInput> | null | undefined, field = 'filter'): Promise<InvoiceFilter> {
  if (!input) return {};
  if (typeof input !== 'object' || Array.isArray(input)) throw invalidField(field, 'notAnOption');
  const instance = Object.assign(new InvoiceFilterInput(), input);
  const errors = await validate(instance, { skipMissingProperties: true, forbidUnknownValues: false });
  if (errors.length) throw firstValidationError(errors, [field]);
  const filter: InvoiceFilter = {};
  const branchIds = parseIds(input.branchIds, `${field}.branchIds`);
  if (branchIds?.length) filter.branchIds = [...new Set(branchIds)];
  if (present(input.from)) filter.from = input.from;
  if (present(input.to)) filter.to = input.to;
  for (const key of ['memberId', 'staffId', 'tenderTypeId', 'productId', 'treatmentId', 'categoryId', 'departmentId'] as const) {
    const value = input[key];
    if (present(value)) filter[key] = parseId(String(value), `${field}.${key}`);
  }
  if (present(input.status)) filter.status = statusOf(input.status, `${field}.status`);
  if (present(input.kind)) filter.kind = kindOf(input.kind, `${field}.kind`);
  if (present(input.minTotalCents)) filter.minTotalCents = amount(input.minTotalCents, `${field}.minTotalCents`);
  if (present(input.maxTotalCents)) filter.maxTotalCents = amount(input.maxTotalCents, `${field}.maxTotalCents`);
  if (filter.minTotalCents !== undefined && filter.maxTotalCents !== undefined && filter.maxTotalCents < filter.minTotalCents) {
    throw invalidField(`${field}.maxTotalCents`, 'amountRangeReversed');
  }
  if (typeof input.number === 'string' && input.number.trim()) filter.number = input.number;
  return filter;
}
