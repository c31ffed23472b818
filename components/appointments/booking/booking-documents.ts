import { graphql } from '@/graphql/generated';

/** The booking flow's and the member appointment book's GraphQL documents; `npm run codegen` types them from the schema. */

/** How many of a member's appointments a page shows; 更多 appends the next page. */
export const MEMBER_APPOINTMENTS_PAGE_SIZE = 20;

export const BookingBranch = graphql(`
  fragment BookingBranch on Branch { id code name timeZone }
`);

export const BookingStaff = graphql(`
  fragment BookingStaff on Staff { id displayName code }
`);

export const BookingTreatment = graphql(`
  fragment BookingTreatment on Treatment { id code name series durationMinutes }
`);

export const BookingEquipment = graphql(`
  fragment BookingEquipment on Equipment { id code name }
`);

/**
 * An appointment as the summary, the appointment book and the editor show it: only what they show,
 * as the book's page of 20 would otherwise cost more than the API allows.
 */
export const BookedAppointment = graphql(`
  fragment BookedAppointment on Appointment {
    id
    startsAt
    endsAt
    status
    version
    note
    offerCode
    branch { id name timeZone }
    beautician { ...BookingStaff }
    equipment { ...BookingEquipment }
    treatment { id code name }
  }
`);

export const SuggestedSlotItem = graphql(`
  fragment SuggestedSlotItem on SuggestedSlot {
    startsAt
    endsAt
    beautician { ...BookingStaff }
    room { id name }
    equipment { ...BookingEquipment }
  }
`);

/** A page of suggestions; 更多可用的時間 appends the next one to those shown. */
export const SlotSuggestionResult = graphql(`
  fragment SlotSuggestionResult on SlotSuggestionPage {
    hasMore
    endCursor
    slots { ...SuggestedSlotItem }
  }
`);

export const BookingOptionsQuery = graphql(`
  query BookingOptions {
    viewer { id branch { id } }
    branches(first: 100, includeClosed: false) { nodes { ...BookingBranch } }
    treatments(first: 100) { nodes { ...BookingTreatment } }
    treatmentSeries
  }
`);

export const BookingBranchResourcesQuery = graphql(`
  query BookingBranchResources($branchId: ID!) {
    beauticians(branchId: $branchId, first: 100) { nodes { ...BookingStaff } }
    equipment(branchId: $branchId, first: 100) { nodes { ...BookingEquipment } }
  }
`);

export const BookingSuggestionsQuery = graphql(`
  query BookingSuggestions($input: SlotSuggestionInput!) {
    suggestSlots(input: $input) { ...SlotSuggestionResult }
  }
`);

export const BookAppointmentMutation = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) { ...BookedAppointment }
  }
`);

export const UpdateAppointmentMutation = graphql(`
  mutation UpdateAppointment($id: ID!, $input: UpdateAppointmentInput!) {
    updateAppointment(id: $id, input: $input) { ...BookedAppointment }
  }
`);

export const CancelAppointmentMutation = graphql(`
  mutation CancelAppointment($id: ID!) {
    cancelAppointment(id: $id) { ...BookedAppointment }
  }
`);

/** The contact page's booking section: whether booking is allowed, and the appointment booked from this contact. */
export const ContactBookingQuery = graphql(`
  query ContactBooking($id: ID!) {
    contactSettings { allowBooking }
    contactMember(id: $id) { id appointment { ...BookedAppointment ...ContactBookingDetails } }
  }
`);

/** A page of a member's appointments, newest first; a page with `after` is appended to those shown (relay-style pagination). */
export const MemberAppointmentPage = graphql(`
  fragment MemberAppointmentPage on AppointmentConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...BookedAppointment } }
  }
`);

export const MemberAppointmentsQuery = graphql(`
  query MemberAppointments($id: ID!, $after: String) {
    member(id: $id) { id appointments(first: 20, after: $after) { ...MemberAppointmentPage } }
  }
`);

/** 預約表 > 會員, with the campaigns in a request of their own: each stays well inside the API's query cost limit. */
export const MemberBookingPageQuery = graphql(`
  query MemberBookingPage($id: ID!) {
    viewer { id branch { id timeZone } }
    member(id: $id) {
      id
      memberNo
      displayName
      phone
      phone2
      appointments(first: 20) { ...MemberAppointmentPage }
    }
  }
`);

/** One of the member's campaigns with its contact status, latest note and salesperson. */
export const MemberCampaignRow = graphql(`
  fragment MemberCampaignRow on MemberCampaign {
    id
    createdAt
    campaign { id code name }
    salesperson { id displayName code }
    contactMember { id lastContactAt status { id label } lastLog { id note } }
  }
`);

export const MemberBookingCampaignsQuery = graphql(`
  query MemberBookingCampaigns($id: ID!) {
    member(id: $id) { id campaigns(first: 30) { nodes { ...MemberCampaignRow } } }
  }
`);
