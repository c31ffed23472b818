import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';

@ObjectType('ContactTrendDay', { simpleResolvers: true, description: 'Contact logs written for one salon day.' })
export class ContactTrendDay {
  @Field(() => LocalDate, { description: 'The salon day (YYYY-MM-DD, in the viewer\'s branch time zone).' })
  day: string;

  @Field(() => Int, { description: 'Contact logs dated that day on the visible contact members matching the filter.' })
  count: number;
}

@ObjectType('ContactTrend', { description: 'Contacts per day over a range of at most 366 days (the trend chart).' })
export class ContactTrend {
  @Field(() => LocalDate, { description: 'First day of the range.' })
  from: string;

  @Field(() => LocalDate, { description: 'Last day of the range (inclusive).' })
  to: string;

  @Field(() => [ContactTrendDay], { description: 'Every day of the range, oldest first, days without contacts as 0 (bounded by the range).' })
  days: ContactTrendDay[];

  @Field(() => Int, { description: 'Contact logs over the whole range.' })
  total: number;
}
