'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type {
  BookedAppointmentFragment, BookingBranchFragment, BookingOptionsQuery as Options, SlotSuggestionResultFragment as SlotPage, SuggestedSlotItemFragment as SuggestedSlot,
} from '@/graphql/generated/graphql';
import { requestError } from '@/lib/apollo/request-error';
import { BookingCriteriaForm, type CriteriaOptions } from './booking-criteria-form';
import { defaultCriteria, requirementInput, suggestionInput, type BookingCriteria } from './booking-data';
import { BookAppointmentMutation, BookingBranchResourcesQuery, BookingOptionsQuery, BookingSuggestionsQuery } from './booking-documents';
import { BookingReview } from './booking-review';
import { SlotSuggestions } from './slot-suggestions';

/** Who is being booked, as the pages that open the booking flow know them. */
export type BookingMember = { id: string; memberNo: string; displayName: string; phones?: string };

type Props = {
  member: BookingMember;
  /** Booking from this contact member (聯絡會員): the appointment carries its campaign's offer. */
  contactMemberId?: string;
  onBooked?: (appointment: BookedAppointmentFragment) => void;
  onClose?: () => void;
};

type Step = 'criteria' | 'suggestions' | 'review';

/**
 * 新增預約: choose a treatment (or equipment, or minutes) and when, branch and beautician →
 * suggested free slots (更多可用的時間 for more) → review (預約詳情) → confirm. A slot taken
 * meanwhile comes back as CONFLICT: its message is shown and the suggestions are fetched afresh.
 */
export function BookingPanel(props: Props) {
  const t = useTranslations('booking');
  // Read afresh each time the flow opens, as before: branches and treatments change in the settings.
  const options = useQuery(BookingOptionsQuery, { fetchPolicy: 'network-only' });
  const data = options.data;
  const home = data ? (data.branches.nodes.find((b) => b.id === data.viewer.branch.id) ?? data.branches.nodes[0]) : undefined;
  if (data && home) return <BookingFlow {...props} options={data} home={home} />;
  return (
    <div data-testid="booking-panel">
      {options.error ? (
        <p className="alert alert--error" role="alert" data-testid="booking-error">
          {requestError(options.error).message}
        </p>
      ) : (
        <p className="muted">{t('loading')}</p>
      )}
    </div>
  );
}

/** The flow once the branches and treatments are known, starting from the viewer's branch. */
function BookingFlow({ member, contactMemberId, onBooked, onClose, options, home }: Props & { options: Options; home: BookingBranchFragment }) {
  const t = useTranslations('booking');
  const client = useApolloClient();
  const [criteria, setCriteria] = useState<BookingCriteria>(() => defaultCriteria(home.id, home.timeZone, new Date()));
  // Read for the branch chosen: while a new branch's load, none are offered rather than the last branch's.
  const resources = useQuery(BookingBranchResourcesQuery, { variables: { branchId: criteria.branchId }, fetchPolicy: 'network-only' });
  const [bookAppointment] = useMutation(BookAppointmentMutation);
  const [step, setStep] = useState<Step>('criteria');
  const [page, setPage] = useState<SlotPage | null>(null);
  const [chosen, setChosen] = useState<SuggestedSlot | null>(null);
  const [pending, setPending] = useState(false);
  const [failed, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  const error = failed ?? (resources.error ? { message: requestError(resources.error).message, field: null } : null);
  const branch = options.branches.nodes.find((b) => b.id === criteria.branchId) ?? home;
  const criteriaOptions: CriteriaOptions = {
    branches: options.branches.nodes,
    treatments: options.treatments.nodes,
    series: options.treatmentSeries,
    beauticians: resources.data?.beauticians.nodes ?? [],
    equipment: resources.data?.equipment.nodes ?? [],
  };

  async function suggest(next: BookingCriteria, after: string | null) {
    setPending(true);
    setError(null);
    try {
      const { data } = await client.query({ query: BookingSuggestionsQuery, variables: { input: suggestionInput(next, after) }, fetchPolicy: 'network-only' });
      if (!data) return;
      const slots = data.suggestSlots;
      setPage((previous) => (after && previous ? { ...slots, slots: [...previous.slots, ...slots.slots] } : slots));
      setStep('suggestions');
    } catch (failure) {
      const refused = requestError(failure);
      setError({ message: refused.message, field: refused.field });
    } finally {
      setPending(false);
    }
  }

  async function confirm(note: string) {
    if (!chosen) return;
    setPending(true);
    setError(null);
    try {
      const { data } = await bookAppointment({
        variables: {
          input: {
            memberId: member.id,
            branchId: criteria.branchId,
            beauticianId: chosen.beautician.id,
            startsAt: chosen.startsAt,
            ...requirementInput(criteria),
            roomId: chosen.room?.id ?? null,
            note: note.trim() || null,
            contactMemberId: contactMemberId ?? null,
          },
        },
      });
      setChosen(null);
      setPage(null);
      setStep('criteria');
      if (data) onBooked?.(data.bookAppointment);
    } catch (failure) {
      const refused = requestError(failure);
      if (refused.code === 'CONFLICT' && refused.field === 'startsAt') {
        // Someone took the slot meanwhile: say so and offer what is free now.
        setConflict(refused.message);
        setChosen(null);
        setPending(false);
        await suggest(criteria, null);
        return;
      }
      setError({ message: refused.message, field: refused.field });
    } finally {
      setPending(false);
    }
  }

  const what = (() => {
    if (criteria.kind === 'treatment') {
      const treatment = options.treatments.nodes.find((x) => x.id === criteria.treatmentId);
      return treatment ? `${treatment.name} (${treatment.code})` : '';
    }
    const minutes = criteria.minutes.trim() ? t('minutesValue', { minutes: Number(criteria.minutes) }) : '';
    if (criteria.kind === 'equipment') {
      const unit = criteriaOptions.equipment.find((x) => x.id === criteria.equipmentId);
      return [unit ? `${unit.name} (${unit.code})` : '', minutes].filter(Boolean).join(', ');
    }
    return minutes;
  })();

  return (
    <div className="form" data-testid="booking-panel">
      <p className="muted" data-testid="booking-member">
        {[`${member.displayName} (${member.memberNo})`, member.phones].filter(Boolean).join(' ')}
      </p>
      {step === 'criteria' ? (
        <>
          <h3 ref={headingRef} tabIndex={-1}>
            {t('criteria.title')}
          </h3>
          <BookingCriteriaForm
            criteria={criteria}
            options={criteriaOptions}
            pending={pending}
            serverError={error}
            onChange={setCriteria}
            onSubmit={(next) => {
              setConflict(null);
              setPage(null);
              void suggest(next, null);
            }}
            onReset={() => {
              setError(null);
              setCriteria(defaultCriteria(home.id, home.timeZone, new Date()));
            }}
            onClose={onClose}
          />
        </>
      ) : null}
      {step === 'suggestions' && page ? (
        <>
          <h3 ref={headingRef} tabIndex={-1}>
            {t('suggestions.title')}
          </h3>
          {conflict ? (
            <p className="alert alert--warning" role="alert" data-testid="booking-conflict">
              {conflict} {t('suggestions.refreshed')}
            </p>
          ) : null}
          <SlotSuggestions
            page={page}
            timeZone={branch.timeZone}
            pending={pending}
            onChoose={(slot) => {
              setChosen(slot);
              setStep('review');
            }}
            onMore={() => void suggest(criteria, page.endCursor)}
            onBack={() => {
              setConflict(null);
              setStep('criteria');
            }}
          />
          {error ? (
            <p className="alert alert--error" role="alert" data-testid="booking-error">
              {error.message}
            </p>
          ) : null}
        </>
      ) : null}
      {step === 'review' && chosen ? (
        <>
          <h3 ref={headingRef} tabIndex={-1}>
            {t('review.title')}
          </h3>
          <BookingReview
            member={member}
            slot={chosen}
            branch={branch}
            what={what}
            pending={pending}
            error={error}
            onConfirm={confirm}
            onCancel={() => {
              setError(null);
              setStep('suggestions');
            }}
          />
        </>
      ) : null}
    </div>
  );
}
