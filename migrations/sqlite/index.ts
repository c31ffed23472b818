import { Foundation1764000000000 } from './1764000000000-foundation';
import { MembersSearchAndCare1764100000000 } from './1764100000000-members-search-and-care';
import { MemberSearchCoveringIndexes1764200000011 } from './1764200000011-member-search-covering-indexes';
import { ContactCampaigns1764300000000 } from './1764300000000-contact-campaigns';
import { Appointments1764400000000 } from './1764400000000-appointments';
import { Reports1764500000000 } from './1764500000000-reports';
import { SignInAndSessions1765200000000 } from './1765200000000-sign-in-and-sessions';
import { JobsSurviveFaults1765300000000 } from './1765300000000-jobs-survive-faults';

/** Every SQLite migration, oldest first. Keep in step with ../mysql/index.ts. */
export const sqliteMigrations = [Foundation1764000000000, MembersSearchAndCare1764100000000, MemberSearchCoveringIndexes1764200000011, ContactCampaigns1764300000000, Appointments1764400000000, Reports1764500000000, SignInAndSessions1765200000000, JobsSurviveFaults1765300000000];
