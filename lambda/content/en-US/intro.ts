/** The article's opening: why the coach trains the whole body, not just the lower back. */
export const WHY_IT_WORKS: readonly string[] = [
  'You cannot lose fat from one spot. In a calorie deficit, fat comes off your whole body, in an order your genes decide.',
  'As fat drops, toned muscle shows. So a strong lower back looks firmer as the fat comes off.',
  'The gym alone is not enough. Diet, regular exercise, sleep and daily activity all count.',
];
