/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** A calendar date with no time and no zone: the user's "today" once the zone is applied. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const UTC = 'UTC';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for an IANA zone this runtime knows ("Europe/Berlin"); false for garbage. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date at `now` in `timeZone` (an unknown zone counts as UTC). */
export function localDate(now: Date, timeZone: string): LocalDate {
  const formatter = isValidTimeZone(timeZone) ? formatterFor(timeZone) : formatterFor(UTC);
  const parts = formatter.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** The hour of the day (0 to 23) at `now` in `timeZone` (an unknown zone counts as UTC). */
export function localHour(now: Date, timeZone: string): number {
  const zone = isValidTimeZone(timeZone) ? timeZone : UTC;
  let formatter = hourFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' });
    hourFormatters.set(zone, formatter);
  }
  return Number(formatter.formatToParts(now).find((part) => part.type === 'hour')?.value ?? 0) % 24;
}

/** Days since 1970-01-01 for a calendar date; pure arithmetic, so no zone or DST can shift it. */
function dayNumber(date: LocalDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

function fromDayNumber(days: number): LocalDate {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function weekdayOf(date: LocalDate): Weekday {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7 + 1) as Weekday;
}

export function formatIsoDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function parseIsoDate(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = fromDayNumber(dayNumber(date));
  return roundTrip.month === date.month && roundTrip.day === date.day ? date : undefined;
}

/** ISO-8601 week (weeks start Monday; week 1 holds the year's first Thursday). */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

export function isoWeekOf(date: LocalDate): IsoWeek {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const firstOfYear = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1 };
}

/** "2026-W48": the sort-key form of a week. */
export function formatIsoWeek(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

export function parseIsoWeek(text: string): IsoWeek | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(text);
  if (!match) return undefined;
  const week = { year: Number(match[1]), week: Number(match[2]) };
  if (week.week < 1) return undefined;
  const { year } = isoWeekOf(mondayOf(week));
  return year === week.year ? week : undefined;
}

export function mondayOf(week: IsoWeek): LocalDate {
  // January 4th is always in week 1.
  const jan4 = { year: week.year, month: 1, day: 4 };
  return addDays(jan4, 1 - weekdayOf(jan4) + (week.week - 1) * 7);
}

export function previousWeek(week: IsoWeek): IsoWeek {
  return isoWeekOf(addDays(mondayOf(week), -7));
}
