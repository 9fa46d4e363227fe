/**
 * The Hindi weekday names as Hinglish speakers write them in Latin script, Monday first: "shanivar" is Saturday. The
 * skill reads a rest day or a day said this way (text/dates.ts), and the console's matcher hears them as Alexa's
 * AMAZON.DATE and AMAZON.DayOfWeek would (scripts/sim/nlu.ts): one list for both.
 */
export const HINGLISH_WEEKDAYS: readonly (readonly string[])[] = [
  ['somvar', 'somwar'],
  ['mangalvar', 'mangalwar'],
  ['budhvar', 'budhwar'],
  ['guruvar', 'guruwar', 'brihaspativar'],
  ['shukravar', 'shukrawar'],
  ['shanivar', 'shaniwar'],
  ['ravivar', 'raviwar', 'itvar'],
];
