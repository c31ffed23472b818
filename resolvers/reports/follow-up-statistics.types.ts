import { Args, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ContactMethod, Staff } from '../../entities';
import { Connection, PageArgs } from '../../graphql/connection';
import type { FollowUpStatisticsReport } from '../../services/reports/follow-up-statistics.service';
import { ReportAppliedFilter } from './campaign-analysis.types';
import { LocalDate } from '../../graphql/scalars';

export enum FollowUpMetric {
  ASSIGNED = 'ASSIGNED',
  CONTACTED = 'CONTACTED',
  LOGGED = 'LOGGED',
  BOOKED = 'BOOKED',
  ATTENDED = 'ATTENDED',
  OVERDUE = 'OVERDUE',
}

registerEnumType(FollowUpMetric, {
  name: 'FollowUpMetric',
  description: 'A number of 同事跟進的統計, to list the contact members behind it.',
  valuesConfig: {
    ASSIGNED: { description: 'The contact members assigned (now, whatever the period).' },
    CONTACTED: { description: 'Those with at least one contact log dated in the period.' },
    LOGGED: { description: 'Those with at least one contact log dated in the period, of `methodId` when given (the logs and by-method columns).' },
    BOOKED: { description: 'Those with an appointment booked (created) in the period.' },
    ATTENDED: { description: 'Those with an appointment whose attendance was verified in the period.' },
    OVERDUE: { description: 'Those with an open follow-up whose next follow-up is before today.' },
  },
});

@ObjectType('FollowUpMethodCount', { description: 'Contact logs of one method.' })
export class FollowUpMethodCount {
  @Field(() => ID, { description: 'The contact method (one of the report\'s `methods`).' })
  methodId: number;

  @Field(() => Int, { description: 'Contact logs with this method dated in the period.' })
  count: number;
}

@ObjectType('FollowUpStatisticTotals', { description: 'The figures of 同事跟進的統計, for one salesperson or for all of them (總數).' })
export class FollowUpStatisticTotals {
  @Field(() => Int, { description: 'Contact members assigned now (the period does not apply).' })
  assigned: number;

  @Field(() => Int, { description: 'Of those, contacted at least once in the period (a contact log dated in it).' })
  contacted: number;

  @Field(() => Int, { description: 'Contact logs dated in the period on those contact members.' })
  logs: number;

  @Field(() => [FollowUpMethodCount], { description: 'The logs by contact method: one entry per report method, in the methods\' order.' })
  logsByMethod: FollowUpMethodCount[];

  @Field(() => Int, { description: 'Appointments booked from those contact members in the period (by when they were booked).' })
  booked: number;

  @Field(() => Int, { description: 'Appointments from those contact members whose attendance was verified in the period (出席驗證).' })
  attended: number;

  @Field(() => Int, { description: 'Of the contact members, those with an open follow-up whose next follow-up is before today (overdue now).' })
  overdue: number;
}

@ObjectType('FollowUpStatisticRow', { description: 'One salesperson\'s figures in 同事跟進的統計.' })
export class FollowUpStatisticRow extends FollowUpStatisticTotals {
  @Field(() => Staff, { description: 'The responsible salesperson of the contact members counted.' })
  salesperson: Staff;
}

@ObjectType('FollowUpStatisticRowConnection', { description: 'A page of 同事跟進的統計 rows.' })
export class FollowUpStatisticRowConnection extends Connection(FollowUpStatisticRow, 'FollowUpStatisticRow') {}

@ObjectType('FollowUpStatistics', { description: '同事跟進的統計: per responsible salesperson of the visible contact members matching a filter, their follow-up work in a period.' })
export class FollowUpStatistics {
  @Field(() => LocalDate, { description: 'First salon day of the period (YYYY-MM-DD, in the viewer\'s branch time zone).' })
  from: string;

  @Field(() => LocalDate, { description: 'Last salon day of the period (inclusive).' })
  to: string;

  @Field(() => [ContactMethod], { description: 'The by-method columns: the configured contact methods in their order (an inactive one only when the period has logs with it).' })
  methods: ContactMethod[];

  @Field(() => FollowUpStatisticTotals, { description: 'The totals row (總數): every figure summed over the salespeople.' })
  totals: FollowUpStatisticTotals;

  @Field(() => ReportAppliedFilter, { description: 'The filters it ran with (its contact range is the period as given; `from`/`to` are the period used).' })
  filter: ReportAppliedFilter;

  @Field(() => Staff, { description: 'Who ran it (負責人).' })
  ranBy: Staff;

  @Field(() => Date, { description: 'When it ran: "overdue" is relative to this day.' })
  ranAt: Date;

  report: FollowUpStatisticsReport;

  @Field(() => FollowUpStatisticRowConnection, { description: 'The rows: one per salesperson with contact members matching the filter, by staff code.' })
  rows(@Args(() => PageArgs) page: PageArgs): FollowUpStatisticRowConnection {
    return FollowUpStatisticRowConnection.from(this.report.page(page.first, page.after));
  }
}
