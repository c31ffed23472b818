/**
 * Constants shared by the server pages and the client editors: the GraphQL selections they read
 * and write back, and the week order. A plain module, because 'use client' modules export only
 * components to the server, and client code must not pull in the entities (TypeORM).
 */
export const TREATMENT_FIELDS = 'id code name series durationMinutes bufferMinutes priceCents equipmentCode roomType active';
export const EQUIPMENT_FIELDS = 'id code name count active';
export const ROOM_FIELDS = 'id name type active';
export const SCHEDULE_FIELDS = 'id weekday startTime endTime branch { id code }';
export const EXCEPTION_FIELDS = 'id date kind startTime endTime note branch { id code }';

/** Weekday numbers 0 = Sunday … 6 = Saturday, listed Monday first as the salon's week is shown. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
