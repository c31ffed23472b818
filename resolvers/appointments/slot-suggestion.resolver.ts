import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { Equipment, Room, Staff } from '../../entities';
import type { GraphQLContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { DEFAULT_SLOTS_PER_PAGE, MAX_RANGE_DAYS, MAX_SLOTS_PER_PAGE, searchSlots } from '../../services/appointments/slot-search.service';
import { LocalDate } from '../../graphql/scalars';

@InputType('SlotSuggestionInput', {
  description: 'What to book and when: a treatment, or equipment (and minutes), or minutes; days, daily window, weekdays, branch and beautician.',
})
export class SlotSuggestionInput {
  @Field(() => ID, { description: 'The branch to book at.' })
  branchId: string;

  @Field(() => ID, { nullable: true, description: 'The treatment: its duration, buffer, room type and equipment decide. Not together with equipmentId or minutes.' })
  treatmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Equipment to book without a treatment; one unit must be free. Lasts `minutes`, 60 when not given.' })
  equipmentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'How long, in minutes (5–720), without a treatment.' })
  minutes?: number | null;

  @Field(() => LocalDate, { description: 'First day, YYYY-MM-DD, in the branch\'s time zone.' })
  fromDate: string;

  @Field(() => LocalDate, { description: `Last day (inclusive), YYYY-MM-DD; at most ${MAX_RANGE_DAYS} days from the first.` })
  toDate: string;

  @Field(() => String, { nullable: true, description: 'Earliest start of the day, HH:MM (branch time); 00:00 when not given.' })
  windowStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Latest end of the day, HH:MM (branch time, 24:00 for midnight); 24:00 when not given.' })
  windowEnd?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Preferred weekdays, 0 = Sunday … 6 = Saturday; empty or not given = any day.' })
  weekdays?: number[] | null;

  @Field(() => ID, { nullable: true, description: 'One beautician; not given = any beautician of the branch.' })
  beauticianId?: string | null;

  @Field(() => Int, { nullable: true, description: `How many slots to return (1–${MAX_SLOTS_PER_PAGE}); ${DEFAULT_SLOTS_PER_PAGE} when not given.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor ("more times"): `endCursor` of the previous page.' })
  after?: string | null;
}

@ObjectType('SuggestedSlot', { description: 'A free time: start, end, the beautician, and the room and equipment it would hold.' })
export class SuggestedSlot {
  @Field(() => Date, { description: 'Start of the treatment.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End of the treatment (the buffer after it is not included).' })
  endsAt: Date;

  beauticianId: number;
  roomId: number | null;
  equipmentId: number | null;
}

@ObjectType('SlotSuggestionPage', { description: 'Free slots, earliest first and then by beautician, with "more times" paging.' })
export class SlotSuggestionPage {
  @Field(() => [SuggestedSlot], { description: 'The slots of this page.' })
  slots: SuggestedSlot[];

  @Field(() => Boolean, { description: 'Whether more free slots follow in the range.' })
  hasMore: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next slots; null when the page is empty.' })
  endCursor: string | null;
}

const optionalId = (value: string | null | undefined, field: string) => (value == null ? null : parseId(value, field));

/** Slot suggestions for booking: any signed-in staff member may search (they reveal no member data). */
@Authorized()
@Resolver(() => SuggestedSlot)
export class SlotSuggestionResolver {
  @Query(() => SlotSuggestionPage, { description: 'Free slots at a branch for a treatment, equipment or a number of minutes.' })
  async suggestSlots(
    @Arg('input', () => SlotSuggestionInput, { description: 'What to book, when and with whom.' }) input: SlotSuggestionInput,
    @Ctx() { ds }: GraphQLContext,
  ): Promise<SlotSuggestionPage> {
    const page = await searchSlots(
      ds,
      {
        branchId: parseId(input.branchId, 'branchId'),
        treatmentId: optionalId(input.treatmentId, 'treatmentId'),
        equipmentId: optionalId(input.equipmentId, 'equipmentId'),
        minutes: input.minutes,
        fromDate: input.fromDate,
        toDate: input.toDate,
        windowStart: input.windowStart,
        windowEnd: input.windowEnd,
        weekdays: input.weekdays,
        beauticianId: optionalId(input.beauticianId, 'beauticianId'),
        first: input.first,
        after: input.after,
      },
      new Date(),
    );
    return Object.assign(new SlotSuggestionPage(), {
      slots: page.slots.map((s) => Object.assign(new SuggestedSlot(), s)),
      hasMore: page.hasMore,
      endCursor: page.endCursor,
    });
  }

  @FieldResolver(() => Staff, { description: 'The beautician.' })
  async beautician(@Root() slot: SuggestedSlot, @Ctx() { loaders }: GraphQLContext): Promise<Staff> {
    const staff = await loaders.staff.load(slot.beauticianId);
    if (!staff) throw new Error(`Beautician ${slot.beauticianId} vanished`);
    return staff;
  }

  @FieldResolver(() => Room, { nullable: true, description: 'The room it would hold (the free room of the needed type with the lowest id); null when none is needed.' })
  async room(@Root() slot: SuggestedSlot, @Ctx() { loaders }: GraphQLContext): Promise<Room | null> {
    return slot.roomId == null ? null : loaders.room.load(slot.roomId);
  }

  @FieldResolver(() => Equipment, { nullable: true, description: 'The equipment one unit of which it would hold; null when none is needed.' })
  async equipment(@Root() slot: SuggestedSlot, @Ctx() { loaders }: GraphQLContext): Promise<Equipment | null> {
    return slot.equipmentId == null ? null : loaders.equipment.load(slot.equipmentId);
  }
}
