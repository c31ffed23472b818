import { ApiToken } from './api-token.entity';
import { Branch } from './branch.entity';
import { Member } from './member.entity';
import { MemberGroup } from './member-group.entity';
import { SalesGroup } from './sales-group.entity';
import { Staff } from './staff.entity';

export { ApiToken, Branch, Member, MemberGroup, SalesGroup, Staff };

export const entities = [Branch, SalesGroup, Staff, MemberGroup, Member, ApiToken];
