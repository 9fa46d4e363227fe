import { HINGLISH_WEEKDAYS } from '../content/hi-IN/weekdays';
import { type LocalDate, WEEKDAYS, type Weekday, daysBetween, weekdayOf } from '../domain/calendar';
import type { Translator } from '../i18n/translator';

// 2024-01-01 was a Monday: day `weekday` of that week names the weekday in any locale.
const A_MONDAY = Date.UTC(2024, 0, 1);

function nameIn(locale: string, weekday: Weekday): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(A_MONDAY + (weekday - 1) * 86_400_000));
}

export function weekdayName(t: Translator, weekday: Weekday): string {
  return nameIn(t.locale, weekday);
}

/** The weekday a spoken name means, in the locale's words or in English (Hindi speakers often say "Saturday"), or in Hinglish. */
export function weekdayNamed(t: Translator, spoken: string | undefined): Weekday | undefined {
  const said = spoken?.trim().toLowerCase();
  return WEEKDAYS.find((weekday) => [t.locale, 'en-US'].some((locale) => nameIn(locale, weekday).toLowerCase() === said) || (t.locale === 'hi-IN' && HINGLISH_WEEKDAYS[weekday - 1]?.includes(said ?? '')));
}

/** Words that ask for a day off when said with a weekday ("have Sundays off", "रविवार को छुट्टी"). */
const OFF_WORDS = new Set(['off', 'rest', 'छुट्टी', 'chhutti', 'आराम', 'aaram']);

/** The weekday a day off is asked for in what was said ("I'd like to have Sundays off"), if one is. */
export function weekdayOffAsked(t: Translator, spoken: string | undefined): Weekday | undefined {
  const words = spoken?.toLowerCase().split(/\s+/) ?? [];
  if (!words.some((word) => OFF_WORDS.has(word))) return undefined;
  for (const word of words) {
    const day = weekdayNamed(t, word) ?? weekdayNamed(t, word.replace(/s$/, ''));
    if (day) return day;
  }
  return undefined;
}

/**
 * The weekday picked in a short answer to "which day?" ("let's go with Sunday", "the Sunday one", "I'll take Wednesday"),
 * if that is all it says: "let's not do Wednesday", "I want to train on Wednesday" and "I'm free on Wednesday" pick no rest
 * day (found in review: each set it).
 */
export function weekdayPickedIn(t: Translator, spoken: string | undefined): Weekday | undefined {
  const picked = DAY_PICKED.exec(spoken?.trim().toLowerCase().replace(/[,.!?]/g, '') ?? '');
  const day = picked?.[1];
  return day === undefined ? undefined : (weekdayNamed(t, day) ?? weekdayNamed(t, day.replace(/s$/, '')));
}
const DAY_PICKED =
  /^(?:(?:okay|ok|yeah|yes|um|so|hmm|well)\s+)*(?:(?:let's|lets|i'll|ill|i will|i'd|id|i would|we'll)\s+)?(?:go with|take|pick|choose|have|make it|say|like|prefer)?\s*(?:the\s+)?(\S+?)(?:\s+(?:one|please|then|for me|is fine|is good|works|i guess|i think))*$/;

/** "Today", "Tomorrow", "On Friday", or "On Friday, December 4" for days further out. */
export function speakDay(t: Translator, date: LocalDate, today: LocalDate): string {
  const offset = daysBetween(today, date);
  if (offset === 0) return t.t('day.today');
  if (offset === 1) return t.t('day.tomorrow');
  if (offset === -1) return t.t('day.yesterday');
  if (offset > 1 && offset < 7) return t.t('day.weekday', { weekday: weekdayName(t, weekdayOf(date)) });
  return speakDate(t, date);
}

/** The same inside a sentence ("Nothing logged for yesterday"): "today", "yesterday", "Monday", or the date. */
export function speakDayInSentence(t: Translator, date: LocalDate, today: LocalDate): string {
  const offset = daysBetween(today, date);
  if (offset === 0) return t.t('day.today.inSentence');
  if (offset === -1) return t.t('day.yesterday.inSentence');
  if (offset < 0 && offset > -7) return weekdayName(t, weekdayOf(date));
  return speakDate(t, date);
}

/** "today", "yesterday", "on Thursday", "on Monday, November 2": a day gone by, said to fit after a verb. */
export function dayPhrase(t: Translator, date: LocalDate, today: LocalDate): string {
  const offset = daysBetween(today, date);
  if (offset === 0) return t.t('day.phrase.today');
  if (offset === -1) return t.t('day.phrase.yesterday');
  return t.t('day.phrase.on', { day: speakDayInSentence(t, date, today) });
}

/** "Monday, November 30": a day named in full, whenever it is. */
export function speakDate(t: Translator, date: LocalDate): string {
  const month = new Intl.DateTimeFormat(t.locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
  return t.t('day.date', { weekday: weekdayName(t, weekdayOf(date)), month, day: date.day });
}
