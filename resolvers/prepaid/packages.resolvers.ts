/**
 * Packages (計次 / discount packages): the types managers keep, selling one to a member (at once
 * or on instalments), using a session (計次消費), adding sessions (增加計次), refunding, and the
 * fields of a member's package and its entries. Members and their packages are read through the
 * viewer's member scope, invoices through the sales scope (sales.view).
 */
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Branch, Invoice, MemberPackage, PackageEntry, PackageType, PrepaidSale, Staff, Treatment } from '../../entities';
import { MemberPackageStatus } from '../../entities/member-package.entity';
import { PackageKind } from '../../entities/package-type.entity';
import { Connection, PageArgs } from '../../graphql/connection';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { parseId, parseIds } from '../../graphql/ids';
import { Permission } from '../../services/admin/permission';
import { localDateIn } from '../../services/appointments/arrival-day';
import { can } from '../../services/auth/viewer';
import { PackageSaleService } from '../../services/prepaid/package-sale.service';
import { PackageTypeService } from '../../services/prepaid/package-type.service';
import { PackageUseService } from '../../services/prepaid/package-use.service';
import { invoiceQuery } from '../../services/sales/invoice-scope.service';

@ObjectType('PackageTypeConnection', { description: 'A page of package types, by code.' })
export class PackageTypeConnection extends Connection(PackageType, 'PackageType') {}

@ObjectType('PackageEntryConnection', { description: 'A page of a member package\'s entries, newest first.' })
export class PackageEntryConnection extends Connection(PackageEntry, 'PackageEntry') {}

@InputType('PackageTypeInput', { description: 'A package type: sessions of, or value for, its treatments (none listed: any treatment), at a price, valid some months once sold.' })
export class PackageTypeInput {
  @Field(() => String, { description: 'Unique code, 1–20 characters without spaces (stored in capitals).' })
  code: string;

  @Field(() => String, { description: 'Name, 1–100 characters, e.g. "Facial 10 sessions" or "Member C".' })
  name: string;

  @Field(() => PackageKind, { description: 'Sessions or value.' })
  kind: PackageKind;

  @Field(() => [ID], { nullable: true, description: 'The treatments it pays for (each existing and active); null: any treatment.' })
  treatmentIds?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'SESSIONS: how many sessions, 1–999; required then.' })
  sessions?: number | null;

  @Field(() => Int, { nullable: true, description: 'VALUE: the value it holds, in cents; required then. The editor suggests the treatments\' prices × 10 (packageValueSuggestion).' })
  valueCents?: number | null;

  @Field(() => Int, { description: 'The selling price, in cents (≥ 1); for VALUE below the value (refused naming priceCents).' })
  priceCents: number;

  @Field(() => Int, { description: 'How many months a sold package is valid, 1–120.' })
  validityMonths: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is sold (default true).' })
  active?: boolean | null;
}

@InputType('PackagePaymentInput', { description: 'Money taken for a package by one tender (not stored value or a package).' })
export class PackagePaymentInput {
  @Field(() => ID, { description: 'An active tender type that takes money.' })
  tenderTypeId: string;

  @Field(() => Int, { description: 'Cents taken, at least 1.' })
  amountCents: number;

  @Field(() => String, { nullable: true, description: 'Card slip or transfer reference.' })
  reference?: string | null;
}

@InputType('SellPackageInput', { description: 'A package sold to a member, paid at once or on monthly instalments (分期付款).' })
export class SellPackageInput {
  @Field(() => ID, { description: 'The member (within the viewer\'s member scope).' })
  memberId: string;

  @Field(() => ID, { description: 'The branch selling it (open, within the viewer\'s reach); its calendar dates the sale.' })
  branchId: string;

  @Field(() => ID, { description: 'An active package type; its name, treatments, sessions or value and validity are copied onto the member\'s package.' })
  packageTypeId: string;

  @Field(() => Int, { nullable: true, description: 'The price, in cents; null: the type\'s. For VALUE, below the value.' })
  priceCents?: number | null;

  @Field(() => Int, { nullable: true, description: '1 (default): paid at once; 2–24: monthly instalments, the first due and paid today.' })
  instalmentCount?: number | null;

  @Field(() => [PackagePaymentInput], { description: 'What is paid now: the whole price at once, or exactly the first instalment.' })
  payments: PackagePaymentInput[];

  @Field(() => String, { description: 'A key unique to this sale: a retry with the same key sells once.' })
  idempotencyKey: string;
}

@InputType('UseSessionInput', { description: 'One session of a member\'s session package used for a treatment (計次消費).' })
export class UseSessionInput {
  @Field(() => ID, { description: 'The member\'s session package.' })
  memberPackageId: string;

  @Field(() => ID, { description: 'The treatment given; the package must cover it.' })
  treatmentId: string;

  @Field(() => ID, { nullable: true, description: 'The appointment it was given at (from the completion board); a package pays an appointment once.' })
  appointmentId?: string | null;

  @Field(() => ID, { description: 'The branch where it was given.' })
  branchId: string;

  @Field(() => String, { description: 'A key unique to this use: a retry with the same key uses one session.' })
  idempotencyKey: string;
}

@InputType('AddSessionsInput', { description: 'Sessions added to a member\'s session package by hand (增加計次).' })
export class AddSessionsInput {
  @Field(() => ID, { description: 'The member\'s session package (not refunded).' })
  memberPackageId: string;

  @Field(() => Int, { description: 'Sessions to add, 1–999.' })
  sessions: number;

  @Field(() => String, { description: 'Why (required, at most 200 characters); shown on the package\'s entries.' })
  reason: string;

  @Field(() => String, { description: 'A key unique to this addition: a retry with the same key adds once.' })
  idempotencyKey: string;
}

@InputType('RefundPackageInput', { description: 'A member\'s package refunded: what is left is closed and money paid back.' })
export class RefundPackageInput {
  @Field(() => ID, { description: 'The member\'s package (not refunded already).' })
  memberPackageId: string;

  @Field(() => ID, { description: 'The branch paying back (open, within the viewer\'s reach).' })
  branchId: string;

  @Field(() => Int, { description: 'Money paid back, in cents: 0 up to what was paid for the package.' })
  amountCents: number;

  @Field(() => ID, { description: 'The tender the money is paid back by (one that takes money).' })
  tenderTypeId: string;

  @Field(() => String, { description: 'Why (required, at most 200 characters).' })
  reason: string;

  @Field(() => String, { description: 'A key unique to this refund: a retry with the same key refunds once.' })
  idempotencyKey: string;
}

const idList = (ids: number[] | null) => ids?.map(String) ?? null;

/** Per-request loaders of a package's and its entries' parts, made once per GraphQL context. */
function packageLoaders(context: GraphQLContext) {
  const { ds, viewer } = context;
  const mapped = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  };
  return {
    treatments: new DataLoader<number, Treatment | null>(async (ids) => mapped(ids, await ds.getRepository(Treatment).findBy({ id: In([...ids]) }))),
    prepaidSale: new DataLoader<number, PrepaidSale | null>(async (ids) => mapped(ids, await ds.getRepository(PrepaidSale).findBy({ id: In([...ids]) }))),
    invoice: new DataLoader<number, Invoice | null>(async (ids) =>
      mapped(ids, viewer && can(viewer, Permission.SalesView) ? await invoiceQuery(ds, viewer).andWhere('i.id IN (:...packageInvoiceIds)', { packageInvoiceIds: [...ids] }).getMany() : []),
    ),
  };
}

const loadersOf = new WeakMap<GraphQLContext, ReturnType<typeof packageLoaders>>();
const partsOf = (context: GraphQLContext) => {
  let loaders = loadersOf.get(context);
  if (!loaders) loadersOf.set(context, (loaders = packageLoaders(context)));
  return loaders;
};

async function treatmentsOf(ids: number[] | null, context: GraphQLContext): Promise<Treatment[]> {
  if (!ids) return [];
  const rows = await partsOf(context).treatments.loadMany(ids);
  return rows.filter((row): row is Treatment => row instanceof Treatment);
}

/** The package's branch's calendar day: a package is usable through its validTo there. */
async function todayAt(pkg: MemberPackage, { loaders }: GraphQLContext): Promise<string> {
  const branch = await loaders.branch.load(pkg.branchId);
  return localDateIn(new Date(), branch?.timeZone ?? 'UTC');
}

/** Package types: every signed-in staff member may read them (the sell form); managers change them (prepaid.manage). */
@Authorized()
@Resolver(() => PackageType)
export class PackageTypeResolver {
  @FieldResolver(() => Boolean, { description: 'True when it pays for any treatment (no treatments linked).' })
  treatmentsAny(@Root() type: PackageType): boolean {
    return type.treatmentIds === null;
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'The linked treatments\' ids; null: any treatment.' })
  treatmentIds(@Root() type: PackageType): string[] | null {
    return idList(type.treatmentIds);
  }

  @FieldResolver(() => [Treatment], { description: 'The linked treatments (a small list, at most 300); empty when it pays for any treatment.' })
  treatments(@Root() type: PackageType, @Ctx() context: GraphQLContext): Promise<Treatment[]> {
    return treatmentsOf(type.treatmentIds, context);
  }

  @Query(() => PackageTypeConnection, { description: 'Package types by code.' })
  async packageTypes(
    @Arg('active', () => Boolean, { nullable: true, description: 'true: only those sold; false: only those no longer sold; null: all.' }) active: boolean | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of the code or name.' }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<PackageTypeConnection> {
    return PackageTypeConnection.from(await new PackageTypeService(ds).list({ active, search }, page));
  }

  @Query(() => PackageType, { nullable: true, description: 'One package type; null when there is none with this id.' })
  packageType(@Arg('id', () => ID, { description: 'The type.' }) id: string, @Ctx() { ds }: GraphQLContext): Promise<PackageType | null> {
    return new PackageTypeService(ds).get(parseId(id, 'id'));
  }

  @Query(() => Int, { description: 'The value the editor suggests for a discount package (`003_*`): the treatments\' prices added up, times ten, in cents; 0 for none.' })
  packageValueSuggestion(@Arg('treatmentIds', () => [ID], { description: 'The chosen treatments.' }) treatmentIds: string[], @Ctx() { ds }: GraphQLContext): Promise<number> {
    return new PackageTypeService(ds).valueSuggestion(parseIds(treatmentIds, 'treatmentIds') ?? []);
  }

  @Authorized(Permission.PrepaidManage)
  @Mutation(() => PackageType, { description: 'Creates a package type (prepaid.manage). Audited.' })
  createPackageType(@Arg('input', () => PackageTypeInput, { description: 'The type.' }) input: PackageTypeInput, @Ctx() context: GraphQLContext): Promise<PackageType> {
    return new PackageTypeService(context.ds).create(viewerOf(context), input);
  }

  @Authorized(Permission.PrepaidManage)
  @Mutation(() => PackageType, { description: 'Replaces a package type (prepaid.manage); packages already sold keep what they were sold with. Audited.' })
  updatePackageType(
    @Arg('id', () => ID, { description: 'The type.' }) id: string,
    @Arg('input', () => PackageTypeInput, { description: 'The whole new type.' }) input: PackageTypeInput,
    @Ctx() context: GraphQLContext,
  ): Promise<PackageType> {
    return new PackageTypeService(context.ds).update(viewerOf(context), parseId(id, 'id'), input);
  }

  @Authorized(Permission.PrepaidManage)
  @Mutation(() => PackageType, { description: 'Stops (active false) or resumes selling a package type (prepaid.manage); packages sold are unaffected. Audited.' })
  setPackageTypeActive(
    @Arg('id', () => ID, { description: 'The type.' }) id: string,
    @Arg('active', () => Boolean, { description: 'Whether it is sold.' }) active: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<PackageType> {
    return new PackageTypeService(context.ds).setActive(viewerOf(context), parseId(id, 'id'), active);
  }
}

/** A member's package: read only through the viewer's member scope (the queries below and the account tab). */
@Authorized()
@Resolver(() => MemberPackage)
export class MemberPackageResolver {
  @FieldResolver(() => Boolean, { description: 'True when it pays for any treatment.' })
  treatmentsAny(@Root() pkg: MemberPackage): boolean {
    return pkg.treatmentIds === null;
  }

  @FieldResolver(() => [ID], { nullable: true, description: 'The treatments it pays for, as sold; null: any treatment.' })
  treatmentIds(@Root() pkg: MemberPackage): string[] | null {
    return idList(pkg.treatmentIds);
  }

  @FieldResolver(() => [Treatment], { description: 'The treatments it pays for, as sold; empty when it pays for any treatment.' })
  treatments(@Root() pkg: MemberPackage, @Ctx() context: GraphQLContext): Promise<Treatment[]> {
    return treatmentsOf(pkg.treatmentIds, context);
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'The branch that sold it.' })
  branch(@Root() pkg: MemberPackage, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> {
    return loaders.branch.load(pkg.branchId);
  }

  @FieldResolver(() => Boolean, { description: 'True when it is past its last valid day (in its branch\'s calendar).' })
  async expired(@Root() pkg: MemberPackage, @Ctx() context: GraphQLContext): Promise<boolean> {
    return pkg.validTo < (await todayAt(pkg, context));
  }

  @FieldResolver(() => Boolean, { description: 'True when it can pay today: not refunded, not expired, and sessions or value left.' })
  async usable(@Root() pkg: MemberPackage, @Ctx() context: GraphQLContext): Promise<boolean> {
    const left = pkg.kind === PackageKind.SESSIONS ? pkg.sessionsRemaining : pkg.remainingCents;
    return pkg.status === MemberPackageStatus.ACTIVE && left > 0 && pkg.validTo >= (await todayAt(pkg, context));
  }

  @FieldResolver(() => PrepaidSale, { nullable: true, description: 'The prepaid sale (預付單) that sold it, with its number.' })
  prepaidSale(@Root() pkg: MemberPackage, @Ctx() context: GraphQLContext): Promise<PrepaidSale | null> {
    return partsOf(context).prepaidSale.load(pkg.prepaidSaleId);
  }

  @FieldResolver(() => PackageEntryConnection, { description: 'What moved it (sale, uses, added sessions, reversals, expiry, refund), newest first.' })
  async entries(@Root() pkg: MemberPackage, @Args(() => PageArgs) page: PageArgs, @Ctx() { ds }: GraphQLContext): Promise<PackageEntryConnection> {
    return PackageEntryConnection.from(await new PackageUseService(ds).entries(pkg.id, page));
  }

  @Query(() => MemberPackage, { nullable: true, description: 'A member\'s package; NOT_FOUND naming memberId when the viewer may not see its member; null when there is none.' })
  memberPackage(@Arg('id', () => ID, { description: 'The package.' }) id: string, @Ctx() context: GraphQLContext): Promise<MemberPackage | null> {
    return new PackageUseService(context.ds).memberPackage(viewerOf(context), parseId(id, 'id'));
  }

  @Query(() => [MemberPackage], {
    description: 'A member\'s packages that can pay today (not refunded, not expired, something left), newest first; with treatmentId only those covering it. A member holds a handful, so a plain list. The member must be in the viewer\'s member scope.',
  })
  async usableMemberPackages(
    @Arg('memberId', () => ID, { description: 'The member.' }) memberId: string,
    @Arg('treatmentId', () => ID, { nullable: true, description: 'Only packages covering this treatment.' }) treatmentId: string | null,
    @Arg('kind', () => PackageKind, { nullable: true, description: 'Only packages of this kind.' }) kind: PackageKind | null,
    @Ctx() context: GraphQLContext,
  ): Promise<MemberPackage[]> {
    const viewer = viewerOf(context);
    const branch = await context.loaders.branch.load(viewer.branchId);
    const today = localDateIn(new Date(), branch?.timeZone ?? 'UTC');
    return new PackageUseService(context.ds).memberPackages(
      viewer,
      parseId(memberId, 'memberId'),
      { usableOnly: true, kind, treatmentId: treatmentId === null ? null : parseId(treatmentId, 'treatmentId') },
      today,
    );
  }

  @Authorized(Permission.PrepaidSellPackages)
  @Mutation(() => MemberPackage, {
    description: 'Sells a package to a member (prepaid.sellPackages): one prepaid sale (預付單) with its payments and, on instalments, its schedule (first paid now), and the member\'s package. Returns the package (its prepaidSale has the number). Idempotent by key; audited.',
  })
  sellPackage(@Arg('input', () => SellPackageInput, { description: 'The sale.' }) input: SellPackageInput, @Ctx() context: GraphQLContext): Promise<MemberPackage> {
    return new PackageSaleService(context.ds).sell(viewerOf(context), {
      ...input,
      memberId: parseId(input.memberId, 'memberId'),
      branchId: parseId(input.branchId, 'branchId'),
      packageTypeId: parseId(input.packageTypeId, 'packageTypeId'),
      payments: input.payments.map((p, i) => ({ ...p, tenderTypeId: parseId(p.tenderTypeId, `payments.${i}.tenderTypeId`) })),
    });
  }

  @Authorized(Permission.PrepaidUseSessions)
  @Mutation(() => PackageEntry, {
    description: 'Uses one session of a member\'s session package (prepaid.useSessions). Refused while her card is locked (CARD_LOCKED), and when the package is expired, used up or refunded (PACKAGE_NOT_USABLE naming memberPackageId) or does not cover the treatment (naming treatmentId). Idempotent by key; audited.',
  })
  useSession(@Arg('input', () => UseSessionInput, { description: 'The use.' }) input: UseSessionInput, @Ctx() context: GraphQLContext): Promise<PackageEntry> {
    return new PackageUseService(context.ds).useSession(viewerOf(context), {
      memberPackageId: parseId(input.memberPackageId, 'memberPackageId'),
      treatmentId: parseId(input.treatmentId, 'treatmentId'),
      appointmentId: input.appointmentId ? parseId(input.appointmentId, 'appointmentId') : null,
      branchId: parseId(input.branchId, 'branchId'),
      idempotencyKey: input.idempotencyKey,
    });
  }

  @Authorized(Permission.PrepaidAddSessions)
  @Mutation(() => PackageEntry, { description: 'Adds sessions to a member\'s session package with a reason (增加計次, prepaid.addSessions). Idempotent by key; audited.' })
  addSessions(@Arg('input', () => AddSessionsInput, { description: 'The addition.' }) input: AddSessionsInput, @Ctx() context: GraphQLContext): Promise<PackageEntry> {
    return new PackageUseService(context.ds).addSessions(viewerOf(context), { ...input, memberPackageId: parseId(input.memberPackageId, 'memberPackageId') });
  }

  @Authorized(Permission.PrepaidRefund)
  @Mutation(() => PrepaidSale, {
    description: 'Refunds a member\'s package (prepaid.refund): what is left is closed without revenue; returns the refund\'s prepaid sale (kind PKG_REFUND, negative amount) with the money paid back. Idempotent by key; audited.',
  })
  refundPackage(@Arg('input', () => RefundPackageInput, { description: 'The refund.' }) input: RefundPackageInput, @Ctx() context: GraphQLContext): Promise<PrepaidSale> {
    return new PackageUseService(context.ds).refund(viewerOf(context), {
      ...input,
      memberPackageId: parseId(input.memberPackageId, 'memberPackageId'),
      branchId: parseId(input.branchId, 'branchId'),
      tenderTypeId: parseId(input.tenderTypeId, 'tenderTypeId'),
    });
  }
}

/** One change of a member's package, with who, where, for which treatment and on which invoice. */
@Authorized()
@Resolver(() => PackageEntry)
export class PackageEntryResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Who made the change; null for the scheduled expiry.' })
  staff(@Root() entry: PackageEntry, @Ctx() { loaders }: GraphQLContext): Promise<Staff | null> | null {
    return entry.staffId === null ? null : loaders.staff.load(entry.staffId);
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'The branch where it happened; null for expiry.' })
  branch(@Root() entry: PackageEntry, @Ctx() { loaders }: GraphQLContext): Promise<Branch | null> | null {
    return entry.branchId === null ? null : loaders.branch.load(entry.branchId);
  }

  @FieldResolver(() => Treatment, { nullable: true, description: 'The treatment a use paid for.' })
  treatment(@Root() entry: PackageEntry, @Ctx() context: GraphQLContext): Promise<Treatment | null> | null {
    return entry.treatmentId === null ? null : partsOf(context).treatments.load(entry.treatmentId);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'The invoice a use (or its reversal) was on; null without sales.view or outside the viewer\'s sales scope.' })
  invoice(@Root() entry: PackageEntry, @Ctx() context: GraphQLContext): Promise<Invoice | null> | null {
    return entry.invoiceId === null ? null : partsOf(context).invoice.load(entry.invoiceId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The appointment a use from the completion board was for.' })
  appointmentId(@Root() entry: PackageEntry): string | null {
    return entry.appointmentId === null ? null : String(entry.appointmentId);
  }
}

/** Resolvers of this prepaid capability. */
export const PACKAGES_RESOLVERS: Array<new (...args: never[]) => object> = [PackageTypeResolver, MemberPackageResolver, PackageEntryResolver];
