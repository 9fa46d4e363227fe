import type { ClockTime } from '../domain/reminder-schedule';
import type { Translator } from '../i18n/translator';

/** The part of the day an hour is in, as each language says a time: "7 AM", "सुबह 7 बजे". */
function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' | 'night' | 'lateNight' {
  if (hour < 5) return 'lateNight';
  if (hour < 12) return 'morning';
  if (hour < 16) return 'afternoon';
  if (hour < 20) return 'evening';
  return 'night';
}

/**
 * A quarter past, half past or a quarter to, as the language says it: "6:30" in English, "साढ़े 6" in Hindi, which says
 * "सवा 7" and "पौने 8", and half past one and two in words of their own, "डेढ़" and "ढाई" (found by a helper trying
 * the console in Hindi: "शाम 6:30 बजे" read as digits).
 */
function quarterOf(t: Translator, hour: number, minute: number): string | undefined {
  const next = (hour % 12) + 1;
  if (minute === 15) return t.t('time.clock.quarterPast', { hour });
  if (minute === 30) return t.t(hour === 1 ? 'time.clock.half.1' : hour === 2 ? 'time.clock.half.2' : 'time.clock.half', { hour });
  if (minute === 45) return t.t('time.clock.quarterTo', { hour, next });
  return undefined;
}

/** A time as people say it, on a 12-hour clock with the part of the day: "7 AM", "6:30 PM". */
export function speakClock(t: Translator, time: ClockTime): string {
  const hour = time.hour % 12 === 0 ? 12 : time.hour % 12;
  const clock = time.minute === 0 ? String(hour) : (quarterOf(t, hour, time.minute) ?? `${hour}:${String(time.minute).padStart(2, '0')}`);
  return t.t(`time.${partOfDay(time.hour)}`, { clock });
}
