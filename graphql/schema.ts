import 'reflect-metadata';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApiTokenResolver } from '../resolvers/api-tokens/api-token.resolver';
import { OperationLogResolver } from '../resolvers/admin/operation-log.resolver';
import { RecycleBinResolver } from '../resolvers/admin/recycle-bin.resolver';
import { AppointmentSettingsResolver } from '../resolvers/appointment-resources/appointment-settings.resolver';
import { SlotSuggestionResolver } from '../resolvers/appointments/slot-suggestion.resolver';
import { BranchCalendarResolver } from '../resolvers/appointment-resources/branch-calendar.resolver';
import { EquipmentResolver, RoomResolver } from '../resolvers/appointment-resources/branch-resource.resolver';
import { TreatmentResolver } from '../resolvers/appointment-resources/treatment.resolver';
import { ScheduleExceptionResolver, WorkScheduleResolver } from '../resolvers/appointment-resources/work-schedule.resolver';
import { AppointmentBoardResolver } from '../resolvers/appointments/appointment-board.resolver';
import { BranchDayResolver } from '../resolvers/appointments/branch-day.resolver';
import {
  AppointmentResolver, ContactMemberAppointmentResolver, MemberAppointmentsResolver, MemberCampaignContactResolver,
} from '../resolvers/appointments/appointment.resolver';
import { BookingResolver } from '../resolvers/appointments/booking.resolver';
import { BranchResolver } from '../resolvers/branches/branch.resolver';
import { BranchAdminResolver } from '../resolvers/admin/branch-admin.resolver';
import { StaffAdminResolver } from '../resolvers/admin/staff-admin.resolver';
import { BulkResolver } from '../resolvers/bulk/bulk.resolver';
import { AssignmentBranchReachResolver, CampaignAssignmentResolver } from '../resolvers/contacts/campaign-assignment.resolver';
import { CampaignResolver } from '../resolvers/campaigns/campaign.resolver';
import { ContactMethodResolver, ContactStatusResolver } from '../resolvers/contact-settings/contact-option.resolver';
import { ContactSettingsResolver } from '../resolvers/contact-settings/contact-settings.resolver';
import { ContactVisibilityResolver } from '../resolvers/contact-settings/contact-visibility.resolver';
import { ContactLogResolver, ContactMemberLogsResolver } from '../resolvers/contacts/contact-log.resolver';
import { ContactMemberProfileResolver } from '../resolvers/contacts/contact-member-profile.resolver';
import { ContactMemberResolver } from '../resolvers/contacts/contact-member.resolver';
import { ContactMemberPurchaseResolver } from '../resolvers/contacts/contact-purchase.resolver';
import { HealthResolver } from '../resolvers/health/health.resolver';
import { LookupResolver } from '../resolvers/lookups/lookup.resolver';
import { MemberSearchResolver } from '../resolvers/members/member-search.resolver';
import { MemberAdminResolver } from '../resolvers/members/member-admin.resolver';
import {
  AuditLogEntryResolver, CustomFieldValueResolver, MemberCampaignResolver, MemberCommentResolver, MemberProfileResolver,
} from '../resolvers/members/member-profile.resolver';
import { MemberWriteResolver } from '../resolvers/members/member-write.resolver';
import { MemberResolver } from '../resolvers/members/member.resolver';
import { MemberHistoryResolver } from '../resolvers/members/member-history.resolver';
import { OfferResolver } from '../resolvers/offers/offer.resolver';
import { BillOfferResolver } from '../resolvers/offers/bill-offer.resolver';
import { InvoiceFieldsResolver, InvoiceLineFieldsResolver, InvoicePaymentFieldsResolver, MemberInvoicesResolver } from '../resolvers/sales/invoice-fields.resolver';
import { InvoiceResolver } from '../resolvers/sales/invoice.resolver';
import { StaffAccessFieldsResolver, StaffAccessResolver } from '../resolvers/staff/staff-access.resolver';
import { StaffResolver } from '../resolvers/staff/staff.resolver';
import { RoleResolver, StaffRolesResolver } from '../resolvers/admin/role.resolver';
import { RoleAdminResolver } from '../resolvers/admin/role-admin.resolver';
import { PasswordChangeResolver } from '../resolvers/auth/password-change.resolver';
import { SystemSettingsResolver } from '../resolvers/admin/system-settings.resolver';
import { CampaignAnalysisResolver } from '../resolvers/reports/campaign-analysis.resolver';
import { ReportExportProgressResolver } from '../resolvers/reports/report-export-progress.resolver';
import { FollowUpStatisticsResolver } from '../resolvers/reports/follow-up-statistics.resolver';
import { SalesStatisticsResolver } from '../resolvers/reports/sales-statistics.resolver';
import { CampaignReturnResolver } from '../resolvers/reports/campaign-return.resolver';
import { BranchArrivalsResolver } from '../resolvers/home/branch-arrivals.resolver';
import { CampaignProgressResolver } from '../resolvers/home/campaign-progress.resolver';
import { MyAppointmentsTodayResolver } from '../resolvers/home/my-appointments-today.resolver';
import { OverdueFollowUpsResolver } from '../resolvers/home/overdue-follow-ups.resolver';
import { ViewerResolver } from '../resolvers/viewer/viewer.resolver';
import { CheckoutResolver } from '../resolvers/sales/checkout.resolver';
import { HeldBillResolver } from '../resolvers/sales/held-bill.resolver';
import { SellableItemResolver } from '../resolvers/sales/sellable-item.resolver';
import { TenderTypeResolver } from '../resolvers/sales/tender-type.resolver';
import { ProductResolver } from '../resolvers/sales/product.resolver';
import { DepartmentResolver, ProductCategoryResolver, TreatmentDepartmentResolver } from '../resolvers/sales/catalogue-grouping.resolver';
import { StockLevelResolver, StockResolver } from '../resolvers/sales/stock.resolver';
import { InvoiceReturnsResolver, SalesReturnLineResolver, SalesReturnRefundResolver, SalesReturnResolver } from '../resolvers/sales/sales-return.resolver';
import { LOYALTY_RESOLVERS } from '../resolvers/loyalty';
import { PREPAID_RESOLVERS } from '../resolvers/prepaid';
import { authorizeFields } from './authorized';
import { translatingErrors } from './errors';

export const resolvers = [
  HealthResolver,
  ...LOYALTY_RESOLVERS,
  ...PREPAID_RESOLVERS,
  ViewerResolver,
  BranchResolver,
  BranchAdminResolver,
  MemberResolver,
  MemberHistoryResolver,
  MemberProfileResolver,
  MemberWriteResolver,
  CustomFieldValueResolver,
  MemberCampaignResolver,
  AuditLogEntryResolver,
  MemberCommentResolver,
  MemberAdminResolver,
  MemberSearchResolver,
  LookupResolver,
  StaffResolver,
  RoleResolver,
  StaffRolesResolver,
  RoleAdminResolver,
  PasswordChangeResolver,
  SystemSettingsResolver,
  StaffAccessResolver,
  StaffAccessFieldsResolver,
  StaffAdminResolver,
  ApiTokenResolver,
  OperationLogResolver,
  RecycleBinResolver,
  InvoiceResolver,
  InvoiceFieldsResolver,
  InvoiceLineFieldsResolver,
  InvoicePaymentFieldsResolver,
  MemberInvoicesResolver,
  BulkResolver,
  CampaignAssignmentResolver,
  AssignmentBranchReachResolver,
  CampaignResolver,
  OfferResolver,
  BillOfferResolver,
  ContactStatusResolver,
  ContactMethodResolver,
  ContactSettingsResolver,
  ContactVisibilityResolver,
  ContactLogResolver,
  ContactMemberLogsResolver,
  ContactMemberResolver,
  ContactMemberPurchaseResolver,
  ContactMemberProfileResolver,
  AppointmentResolver,
  MemberAppointmentsResolver,
  MemberCampaignContactResolver,
  ContactMemberAppointmentResolver,
  BookingResolver,
  AppointmentBoardResolver,
  BranchDayResolver,
  TreatmentResolver,
  EquipmentResolver,
  RoomResolver,
  BranchCalendarResolver,
  WorkScheduleResolver,
  ScheduleExceptionResolver,
  CampaignAnalysisResolver,
  ReportExportProgressResolver,
  FollowUpStatisticsResolver,
  SalesStatisticsResolver,
  CampaignReturnResolver,
  MyAppointmentsTodayResolver,
  OverdueFollowUpsResolver,
  BranchArrivalsResolver,
  CampaignProgressResolver,
  AppointmentSettingsResolver,
  SlotSuggestionResolver,
  CheckoutResolver,
  HeldBillResolver,
  SellableItemResolver,
  TenderTypeResolver,
  ProductResolver,
  ProductCategoryResolver,
  DepartmentResolver,
  TreatmentDepartmentResolver,
  StockResolver,
  StockLevelResolver,
  SalesReturnResolver,
  SalesReturnLineResolver,
  SalesReturnRefundResolver,
  InvoiceReturnsResolver,
] as const;

// Module-level, not globalThis: after hot reload the new resolver classes need a new schema.
let schema: Promise<GraphQLSchema> | undefined;

/** TypeGraphQL has no option for the root types' descriptions. */
function describeRootTypes(built: GraphQLSchema): GraphQLSchema {
  const query = built.getQueryType();
  const mutation = built.getMutationType();
  if (query) query.description = 'Reads. Everything but `health` needs a signed-in session or an API token.';
  if (mutation) mutation.description = 'Changes. Every mutation needs a signed-in session or an API token.';
  return built;
}

/** Every resolver's errors translated for the client (see translatingErrors). */
function translateResolverErrors(built: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) field.resolve = translatingErrors(field.resolve);
    }
  }
  return built;
}

/** The schema, built once per module instance. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  }).then(describeRootTypes).then(authorizeFields).then(translateResolverErrors);
  return schema;
}
