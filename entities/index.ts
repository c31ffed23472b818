import { Appointment } from './appointment.entity';
import { AppointmentSettings } from './appointment-settings.entity';
import { BranchClosedDay } from './branch-closed-day.entity';
import { BranchHours } from './branch-hours.entity';
import { Equipment } from './equipment.entity';
import { Room } from './room.entity';
import { ScheduleException } from './schedule-exception.entity';
import { Treatment } from './treatment.entity';
import { WorkSchedule } from './work-schedule.entity';
import { ApiToken } from './api-token.entity';
import { SignInRateLimit } from './sign-in-rate-limit.entity';
import { StaffSession } from './staff-session.entity';
import { AuditLog } from './audit-log.entity';
import { Branch } from './branch.entity';
import { BulkJob } from './bulk-job.entity';
import { Campaign } from './campaign.entity';
import { CampaignMember } from './campaign-member.entity';
import { ContactLog } from './contact-log.entity';
import { ContactMethod } from './contact-method.entity';
import { ContactSettings } from './contact-settings.entity';
import { ContactStatus } from './contact-status.entity';
import { ContactVisibility } from './contact-visibility.entity';
import { Offer } from './offer.entity';
import { OfferMemberUse } from './offer-member-use.entity';
import { LoyaltySettings } from './loyalty-settings.entity';
import { PointsEntry } from './points-entry.entity';
import { PointsLot } from './points-lot.entity';
import { MemberPoints } from './member-points.entity';
import { PointsRule } from './points-rule.entity';
import { MemberLevelChange } from './member-level-change.entity';
import { GiftCategory } from './gift-category.entity';
import { Gift } from './gift.entity';
import { GiftStockLevel } from './gift-stock-level.entity';
import { GiftStockMovement } from './gift-stock-movement.entity';
import { GiftRedemption } from './gift-redemption.entity';
import { CouponType } from './coupon-type.entity';
import { Coupon } from './coupon.entity';
import { PresetNote } from './preset-note.entity';
import { CustomField } from './custom-field.entity';
import { InterestGroup } from './interest-group.entity';
import { Member } from './member.entity';
import { MemberComment } from './member-comment.entity';
import { MemberCustomValue } from './member-custom-value.entity';
import { MemberGroup } from './member-group.entity';
import { MemberInterest } from './member-interest.entity';
import { MemberNumberSequence } from './member-number-sequence.entity';
import { MemberSelection } from './member-selection.entity';
import { SalesGroup } from './sales-group.entity';
import { RecycleBinItem } from './recycle-bin-item.entity';
import { Role } from './role.entity';
import { Staff } from './staff.entity';
import { SystemLogo, SystemSettings } from './system-settings.entity';

import { Department } from './department.entity';
import { DocumentSequence } from './document-sequence.entity';
import { HeldBill } from './held-bill.entity';
import { IdempotencyKey } from './idempotency-key.entity';
import { Invoice } from './invoice.entity';
import { InvoiceLine } from './invoice-line.entity';
import { InvoicePayment } from './invoice-payment.entity';
import { Product } from './product.entity';
import { ProductCategory } from './product-category.entity';
import { SalesReturn } from './sales-return.entity';
import { SalesReturnLine } from './sales-return-line.entity';
import { SalesReturnRefund } from './sales-return-refund.entity';
import { StockLevel } from './stock-level.entity';
import { StockMovement } from './stock-movement.entity';
import { TenderType } from './tender-type.entity';
import { MemberCard } from './member-card.entity';
import { StoredValueAccount } from './stored-value-account.entity';
import { StoredValueEntry } from './stored-value-entry.entity';
import { PackageType } from './package-type.entity';
import { MemberPackage } from './member-package.entity';
import { PackageEntry } from './package-entry.entity';
import { PrepaidSale } from './prepaid-sale.entity';
import { PrepaidPayment } from './prepaid-payment.entity';
import { Instalment } from './instalment.entity';
export {
  Appointment,
  AppointmentSettings,
  BranchClosedDay,
  BranchHours,
  Equipment,
  Room,
  ScheduleException,
  Treatment,
  WorkSchedule,
  ApiToken,
  AuditLog,
  SignInRateLimit,
  StaffSession,
  Branch,
  BulkJob,
  Campaign,
  CampaignMember,
  ContactLog,
  ContactMethod,
  ContactSettings,
  ContactStatus,
  ContactVisibility,
  CustomField,
  InterestGroup,
  Member,
  MemberComment,
  MemberCustomValue,
  MemberGroup,
  MemberInterest,
  MemberNumberSequence,
  MemberSelection,
  Offer,
  OfferMemberUse,
  LoyaltySettings,
  PointsEntry,
  PointsLot,
  MemberPoints,
  PointsRule,
  MemberLevelChange,
  GiftCategory,
  Gift,
  GiftStockLevel,
  GiftStockMovement,
  GiftRedemption,
  CouponType,
  Coupon,
  PresetNote,
  Role,
  SalesGroup,
  Staff,
  SystemLogo,
  SystemSettings,
  RecycleBinItem,
  Department,
  DocumentSequence,
  HeldBill,
  IdempotencyKey,
  Invoice,
  InvoiceLine,
  InvoicePayment,
  Product,
  ProductCategory,
  SalesReturn,
  SalesReturnLine,
  SalesReturnRefund,
  StockLevel,
  StockMovement,
  TenderType,
  MemberCard,
  StoredValueAccount,
  StoredValueEntry,
  PackageType,
  MemberPackage,
  PackageEntry,
  PrepaidSale,
  PrepaidPayment,
  Instalment,
};

export const entities = [
  Branch,
  SalesGroup,
  Role,
  Staff,
  MemberGroup,
  Member,
  ApiToken,
  StaffSession,
  SignInRateLimit,
  InterestGroup,
  MemberInterest,
  MemberNumberSequence,
  CustomField,
  MemberCustomValue,
  MemberComment,
  AuditLog,
  Offer,
  OfferMemberUse,
  LoyaltySettings,
  PointsEntry,
  PointsLot,
  MemberPoints,
  PointsRule,
  MemberLevelChange,
  GiftCategory,
  Gift,
  GiftStockLevel,
  GiftStockMovement,
  GiftRedemption,
  CouponType,
  Coupon,
  Campaign,
  ContactStatus,
  ContactMethod,
  PresetNote,
  CampaignMember,
  ContactLog,
  ContactSettings,
  ContactVisibility,
  MemberSelection,
  BulkJob,
  Treatment,
  Equipment,
  Room,
  BranchHours,
  BranchClosedDay,
  WorkSchedule,
  ScheduleException,
  Appointment,
  AppointmentSettings,
  SystemSettings,
  SystemLogo,
  RecycleBinItem,
  Department,
  ProductCategory,
  Product,
  StockLevel,
  StockMovement,
  TenderType,
  DocumentSequence,
  Invoice,
  InvoiceLine,
  InvoicePayment,
  HeldBill,
  SalesReturn,
  SalesReturnLine,
  SalesReturnRefund,
  IdempotencyKey,
  MemberCard,
  StoredValueAccount,
  StoredValueEntry,
  PackageType,
  MemberPackage,
  PackageEntry,
  PrepaidSale,
  PrepaidPayment,
  Instalment,
];
