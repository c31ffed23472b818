'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { GraphQLRequestError, graphqlFetch } from '@/lib/graphql-fetch';
import { BookingCriteriaForm, type CriteriaOptions } from './booking-criteria-form';
import {
  BOOK_APPOINTMENT, BOOKING_OPTIONS_QUERY, BRANCH_RESOURCES_QUERY, defaultCriteria, requirementInput, SUGGEST_SLOTS_QUERY, suggestionInput,
  type BookedAppointment, type BookingCriteria, type BookingMember, type BranchOption, type EquipmentOption, type SlotPage, type StaffOption,
  type SuggestedSlot, type TreatmentOption,
} from './booking-data';
import { BookingReview } from './booking-review';
import { SlotSuggestions } from './slot-suggestions';

type Props = {
  member: BookingMember;
  /** Booking from this contact member (聯絡會員): the appointment carries its campaign's offer. */
  contactMemberId?: string;
  onBooked?: (appointment: BookedAppointment) => void;
  onClose?: () => void;
};

type Step = 'criteria' | 'suggestions' | 'review';

type Options = {
  viewer: { branch: { id: string } };
  branches: { nodes: BranchOption[] };
  treatments: { nodes: TreatmentOption[] };
  treatmentSeries: string[];
};

type Resources = { beauticians: { nodes: StaffOption[] }; equipment: { nodes: EquipmentOption[] } };

const message = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * 新增預約: choose a treatment (or equipment, or minutes) and when, branch and beautician →
 * suggested free slots (更多可用的時間 for more) → review (預約詳情) → confirm. A slot taken
 * meanwhile comes back as CONFLICT: its message is shown and the suggestions are fetched afresh.
 */
export function BookingPanel({ member, contactMemberId, onBooked, onClose }: Props) {
  const t = useTranslations('booking');
  const locale = useLocale();
  const [options, setOptions] = useState<Options | null>(null);
  // Keyed by branch, so a branch change shows no stale beauticians while the new ones load.
  const [loadedResources, setResources] = useState<{ branchId: string; data: Resources } | null>(null);
  const [criteria, setCriteria] = useState<BookingCriteria | null>(null);
  const [step, setStep] = useState<Step>('criteria');
  const [page, setPage] = useState<SlotPage | null>(null);
  const [chosen, setChosen] = useState<SuggestedSlot | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    graphqlFetch<Options>(BOOKING_OPTIONS_QUERY, {}, locale)
      .then((loaded) => {
        if (!live) return;
        setOptions(loaded);
        const branch = loaded.branches.nodes.find((b) => b.id === loaded.viewer.branch.id) ?? loaded.branches.nodes[0];
        if (branch) setCriteria(defaultCriteria(branch.id, branch.timeZone, new Date()));
      })
      .catch((failure) => live && setError({ message: message(failure), field: null }));
    return () => {
      live = false;
    };
  }, [locale]);

  const branchId = criteria?.branchId;
  useEffect(() => {
    if (!branchId) return;
    let live = true;
    graphqlFetch<Resources>(BRANCH_RESOURCES_QUERY, { branchId }, locale)
      .then((loaded) => live && setResources({ branchId, data: loaded }))
      .catch((failure) => live && setError({ message: message(failure), field: null }));
    return () => {
      live = false;
    };
  }, [branchId, locale]);

  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  if (!options || !criteria) {
    return (
      <div data-testid="booking-panel">
        {error ? (
          <p className="alert alert--error" role="alert" data-testid="booking-error">
            {error.message}
          </p>
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </div>
    );
  }

  const resources = loadedResources?.branchId === criteria.branchId ? loadedResources.data : null;
  const branch = options.branches.nodes.find((b) => b.id === criteria.branchId) ?? options.branches.nodes[0];
  const criteriaOptions: CriteriaOptions = {
    branches: options.branches.nodes,
    treatments: options.treatments.nodes,
    series: options.treatmentSeries,
    beauticians: resources?.beauticians.nodes ?? [],
    equipment: resources?.equipment.nodes ?? [],
  };

  async function suggest(next: BookingCriteria, after: string | null) {
    setPending(true);
    setError(null);
    try {
      const result = await graphqlFetch<{ suggestSlots: SlotPage }>(SUGGEST_SLOTS_QUERY, { input: suggestionInput(next, after) }, locale);
      const slots = result.suggestSlots;
      setPage((previous) => (after && previous ? { ...slots, slots: [...previous.slots, ...slots.slots] } : slots));
      setStep('suggestions');
    } catch (failure) {
      setError({ message: message(failure), field: failure instanceof GraphQLRequestError ? failure.field : null });
    } finally {
      setPending(false);
    }
  }

  async function confirm(note: string) {
    if (!chosen || !criteria) return;
    setPending(true);
    setError(null);
    try {
      const result = await graphqlFetch<{ bookAppointment: BookedAppointment }>(
        BOOK_APPOINTMENT,
        {
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
        locale,
      );
      setChosen(null);
      setPage(null);
      setStep('criteria');
      onBooked?.(result.bookAppointment);
    } catch (failure) {
      if (failure instanceof GraphQLRequestError && failure.code === 'CONFLICT' && failure.field === 'startsAt') {
        // Someone took the slot meanwhile: say so and offer what is free now.
        setConflict(failure.message);
        setChosen(null);
        setPending(false);
        await suggest(criteria, null);
        return;
      }
      setError({ message: message(failure), field: failure instanceof GraphQLRequestError ? failure.field : null });
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
              setCriteria(defaultCriteria(options.viewer.branch.id, branch.timeZone, new Date()));
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
            error={error?.message ?? null}
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
