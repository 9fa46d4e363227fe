/** The article's opening: why the coach trains the whole body, not just the lower back. */
export const WHY_IT_WORKS: readonly string[] = [
  'You cannot lose fat from just one area. In a calorie deficit, fat comes off slowly from your whole body, and your genes decide where it leaves first.',
  'As your body fat drops, your muscle shape shows more. So when you tone your lower back, it looks firmer and fitter as the fat comes off.',
  'The gym alone is not enough. You also need a good diet, regular exercise, proper sleep, and plenty of daily activity.',
];
