/**
 * The Hindi weekday names as Hinglish speakers write them in Latin script, Monday first: "shanivar" is Saturday, as is
 * "shanivaar", the long vowel written out. The skill reads a rest day or a day said this way (text/dates.ts), and the
 * console's matcher hears them as Alexa's AMAZON.DATE and AMAZON.DayOfWeek would (scripts/sim/nlu.ts): one list for both.
 */
export const HINGLISH_WEEKDAYS: readonly (readonly string[])[] = [
  ['somvar', 'somwar', 'somvaar', 'somwaar'],
  ['mangalvar', 'mangalwar', 'mangalvaar', 'mangalwaar'],
  ['budhvar', 'budhwar', 'budhvaar', 'budhwaar'],
  ['guruvar', 'guruwar', 'guruvaar', 'guruwaar', 'brihaspativar', 'brihaspativaar'],
  ['shukravar', 'shukrawar', 'shukravaar', 'shukrawaar'],
  ['shanivar', 'shaniwar', 'shanivaar', 'shaniwaar'],
  ['ravivar', 'raviwar', 'ravivaar', 'raviwaar', 'itvar', 'itwar', 'itvaar', 'itwaar'],
];
