import { notFound } from 'next/navigation';

/** Unknown paths under a locale get the localised not-found page instead of the bare default. */
export default function CatchAll() {
  notFound();
}
