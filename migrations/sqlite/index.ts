import { Foundation1764000000000 } from './1764000000000-foundation';
import { MembersSearchAndCare1764100000000 } from './1764100000000-members-search-and-care';
import { MemberSearchCoveringIndexes1764200000011 } from './1764200000011-member-search-covering-indexes';
import { ContactCampaigns1764300000000 } from './1764300000000-contact-campaigns';
import { Appointments1764400000000 } from './1764400000000-appointments';
import { Reports1764500000000 } from './1764500000000-reports';
import { SignInAndSessions1765200000000 } from './1765200000000-sign-in-and-sessions';
import { JobsSurviveFaults1765300000000 } from './1765300000000-jobs-survive-faults';
import { RolesAndPermissions1765400000000 } from './1765400000000-roles-and-permissions';
import { SystemSettings1765410000000 } from './1765410000000-system-settings';
import { OperationLog1765420000000 } from './1765420000000-operation-log';
import { BranchAdministration1765430000000 } from './1765430000000-branch-administration';
import { RecycleBin1765440000000 } from './1765440000000-recycle-bin';
import { Cashier1765500000000 } from './1765500000000-cashier';
import { InvoiceListIndexes1765510000000 } from './1765510000000-invoice-list-indexes';
import { SalesMeetCampaigns1765600000000 } from './1765600000000-sales-meet-campaigns';
import { SalesStatisticsIndex1765610000000 } from './1765610000000-sales-statistics-index';
import { Loyalty1765700000000 } from './1765700000000-loyalty';
import { PointsRank1765710000000 } from './1765710000000-points-rank';
import { PointsLotIndex1765720000000 } from './1765720000000-points-lot-index';
import { Prepaid1765800000000 } from './1765800000000-prepaid';
import { AnalysisIndexes1766100000000 } from './1766100000000-analysis-indexes';
import { StaffStatistics1766100000001 } from './1766100000001-staff-statistics';

/** Every SQLite migration, oldest first. Keep in step with ../mysql/index.ts. */
export const sqliteMigrations = [Foundation1764000000000, MembersSearchAndCare1764100000000, MemberSearchCoveringIndexes1764200000011, ContactCampaigns1764300000000, Appointments1764400000000, Reports1764500000000, SignInAndSessions1765200000000, JobsSurviveFaults1765300000000, RolesAndPermissions1765400000000, SystemSettings1765410000000, OperationLog1765420000000, BranchAdministration1765430000000, RecycleBin1765440000000, Cashier1765500000000, InvoiceListIndexes1765510000000, SalesMeetCampaigns1765600000000, SalesStatisticsIndex1765610000000, Loyalty1765700000000, PointsRank1765710000000, PointsLotIndex1765720000000, Prepaid1765800000000, AnalysisIndexes1766100000000, StaffStatistics1766100000001];
