/** Whole minutes in an AMAZON.DURATION value ("PT30M", "PT1H30M", "PT45S"); undefined for anything else. */
export function minutesOf(isoDuration: string | undefined): number | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(isoDuration ?? '');
  if (!match || isoDuration === 'P' || isoDuration?.endsWith('T')) return undefined;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(days) * 1440 + Number(hours) * 60 + Number(minutes) + Number(seconds) / 60;
  return Number.isFinite(total) ? Math.round(total) : undefined;
}

/** A whole number from an AMAZON.NUMBER value ("2000"); undefined for anything else. */
export function wholeNumberOf(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}
