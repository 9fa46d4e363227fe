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

/** A time as people say it, on a 12-hour clock with the part of the day: "7 AM", "6:30 PM". */
export function speakClock(t: Translator, time: ClockTime): string {
  const hour = time.hour % 12 === 0 ? 12 : time.hour % 12;
  const clock = time.minute === 0 ? String(hour) : `${hour}:${String(time.minute).padStart(2, '0')}`;
  return t.t(`time.${partOfDay(time.hour)}`, { clock });
}
