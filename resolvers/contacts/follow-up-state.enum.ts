import { registerEnumType } from 'type-graphql';

/** The GraphQL face of services/contacts/follow-up-state.ts's states (seed 004). */
export enum FollowUpStateEnum {
  NOT_FOLLOWED = 'NOT_FOLLOWED',
  FOLLOWING = 'FOLLOWING',
  DUE_TODAY = 'DUE_TODAY',
  OVERDUE = 'OVERDUE',
  CLOSED = 'CLOSED',
}

registerEnumType(FollowUpStateEnum, {
  name: 'FollowUpState',
  description: 'Where a contact member\'s follow-up is (seed 004); days are the salon\'s, in the viewer\'s branch time zone.',
  valuesConfig: {
    NOT_FOLLOWED: { description: 'No next follow-up date set (未跟進).' },
    FOLLOWING: { description: 'A next follow-up date after today (跟進中).' },
    DUE_TODAY: { description: 'The next follow-up is due today (今日到期).' },
    OVERDUE: { description: 'The next follow-up date has passed (已逾期).' },
    CLOSED: { description: 'The follow-up was ended with a closing note (已完成跟進).' },
  },
});
