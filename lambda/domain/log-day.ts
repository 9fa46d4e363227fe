import { type LocalDate, addDays, daysBetween, formatIsoDate, formatIsoWeek, isoWeekOf, parseIsoDate } from './calendar';

/** How far back a log may be dated ("I ran on Monday"): a week, so a log lands in this week or the last. */
export const LOG_DAYS_BACK = 7;

/** The day a log said with a date is for, or why it cannot be logged. */
export type LogDay =
  | { readonly kind: 'day'; readonly date: LocalDate }
  | { readonly kind: 'future' }
  | { readonly kind: 'tooLongAgo' }
  | { readonly kind: 'unclear' };

/**
 * The day an AMAZON.DATE value names for something already done. No value is today. Alexa resolves a bare weekday
 * ("on Monday") to its next occurrence, so a date two to seven days ahead is that weekday's last occurrence; tomorrow
 * is the future. A day of the month ("on the 20th") resolves ahead too, into next month: it is this month's, when that
 * is past; a month and day ("on December 3rd") resolves into next year: this year's, when past. A week, a month or a
 * weekend names no one day.
 */
export function logDay(value: string | undefined, today: LocalDate): LogDay {
  if (value === undefined || value === '' || value === 'PRESENT_REF') return { kind: 'day', date: today };
  const date = parseIsoDate(value);
  if (!date) return { kind: 'unclear' };
  const ahead = daysBetween(today, date);
  if (ahead >= 2 && ahead <= 7) return { kind: 'day', date: addDays(date, -7) };
  // "On the 20th", said on the 24th, arrives as next month's 20th: for something done, this month's.
  const monthBefore = ahead > 7 && ahead <= 31 ? sameDayMonthBefore(date) : undefined;
  if (monthBefore && daysBetween(today, monthBefore) <= 0) return logDay(formatIsoDate(monthBefore), today);
  // "On the third of December", said on the 5th, arrives as next year's: for something done, this year's.
  const yearBefore = ahead > 31 && ahead <= 366 ? parseIsoDate(`${date.year - 1}-${formatIsoDate(date).slice(5)}`) : undefined;
  if (yearBefore && daysBetween(today, yearBefore) <= 0) return logDay(formatIsoDate(yearBefore), today);
  if (ahead > 0) return { kind: 'future' };
  return -ahead > LOG_DAYS_BACK ? { kind: 'tooLongAgo' } : { kind: 'day', date };
}

/** Languages with one word for yesterday and tomorrow (Hindi कल). */
const SAME_WORD_BOTH_WAYS: ReadonlySet<string> = new Set(['hi']);

/**
 * A date said of something done, in a language whose कल names the days either side of today: Alexa resolves it ahead,
 * and done, it is behind ("कल को मैंने योग किया", "kal kya kiya": found by trying the console as an Indian user). Only
 * tomorrow: परसों is a day two ahead as a weekday said then is, and that weekday a week back is the one meant (found
 * in review: "budhvar ko maine walk kiya" on a Monday went to Saturday); the answer says the day it took.
 */
export function dayGoneBy(locale: string, value: string | undefined, today: LocalDate): string | undefined {
  if (value === undefined || !SAME_WORD_BOTH_WAYS.has(locale.split('-')[0] ?? '')) return value;
  const date = parseIsoDate(value);
  return date && daysBetween(today, date) === 1 ? formatIsoDate(addDays(today, -1)) : value;
}

/** The same day of the month before, when that month has it (never the 31st of a 30-day month). */
function sameDayMonthBefore(date: LocalDate): LocalDate | undefined {
  const year = date.month === 1 ? date.year - 1 : date.year;
  const month = date.month === 1 ? 12 : date.month - 1;
  return parseIsoDate(`${year}-${String(month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`);
}

/**
 * The ISO weeks a write made around `today` (in UTC) could reach in any time zone: a log dated up to LOG_DAYS_BACK
 * days back, a workout place for today. A deletion keeps a tombstone on each, so a late write cannot bring data back.
 */
export function reachableWeeks(today: LocalDate): string[] {
  const weeks = new Set<string>();
  for (let offset = -(LOG_DAYS_BACK + 1); offset <= 1; offset++) weeks.add(formatIsoWeek(isoWeekOf(addDays(today, offset))));
  return [...weeks];
}
