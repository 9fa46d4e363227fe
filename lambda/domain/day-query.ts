import { type LocalDate, addDays, mondayOf, parseIsoDate, parseIsoWeek } from './calendar';

/** What a spoken date (an AMAZON.DATE slot value) asks about. */
export type DayQuery =
  | { readonly kind: 'day'; readonly date: LocalDate }
  | { readonly kind: 'weekend'; readonly saturday: LocalDate; readonly sunday: LocalDate }
  | { readonly kind: 'week'; readonly monday: LocalDate }
  | { readonly kind: 'unclear' };

/**
 * Reads an AMAZON.DATE value: "2026-11-27" (a day, "friday", "tomorrow"), "2026-W48" (a week),
 * "2026-W48-WE" (a weekend), "PRESENT_REF" (now). No value means today.
 */
export function interpretDate(value: string | undefined, today: LocalDate): DayQuery {
  if (value === undefined || value === '' || value === 'PRESENT_REF') return { kind: 'day', date: today };
  const date = parseIsoDate(value);
  if (date) return { kind: 'day', date };
  const weekend = /^(\d{4}-W\d{2})-WE$/.exec(value);
  const weekOfWeekend = weekend?.[1] ? parseIsoWeek(weekend[1]) : undefined;
  if (weekOfWeekend) {
    const monday = mondayOf(weekOfWeekend);
    return { kind: 'weekend', saturday: addDays(monday, 5), sunday: addDays(monday, 6) };
  }
  const week = parseIsoWeek(value);
  if (week) return { kind: 'week', monday: mondayOf(week) };
  return { kind: 'unclear' };
}
