import type { Tip } from '../types';

/** The one idea every diet tip serves. */
export const DIET_KEY = 'The key to losing fat is a calorie deficit: burning more calories than you eat.';

export const DIET_TIPS = [
  { id: 'protein', title: 'Eat enough protein', text: 'It builds and repairs muscle, and curbs hunger.' },
  {
    id: 'fiber',
    title: 'Fill up on fiber',
    text: 'Green vegetables, fruit, whole grains, and pulses like lentils keep you full.',
  },
  { id: 'portions', title: 'Watch your portions', text: 'Eat only what you need.' },
  { id: 'water', title: 'Drink plenty of water', text: 'Thirst can feel like hunger, and water helps your metabolism.' },
] as const satisfies readonly Tip[];

/** Posture is worded soundly: slouching strains the back; it does not add fat, as the article loosely says. */
export const LIFESTYLE_TIPS = [
  {
    id: 'sleep',
    title: 'Get enough sleep',
    text: 'Short sleep raises stress hormones like cortisol, linked to more belly and back fat.',
  },
  { id: 'stress', title: 'Keep stress low', text: 'Meditation, yoga and deep breathing all help.' },
  { id: 'be-regular', title: 'Be regular', text: 'A little exercise every day beats a lot now and then.' },
  {
    id: 'progress-slowly',
    title: 'Progress slowly',
    text: 'In strength training, add weight or difficulty a little at a time.',
  },
  { id: 'posture', title: 'Mind your posture', text: 'Sit and stand tall. Slouching for long hours strains your lower back.' },
] as const satisfies readonly Tip[];

export const AVOID = [
  {
    id: 'wrong-form',
    title: 'Poor exercise form',
    text: 'Wrong form can hurt you, especially in moves that load your lower back.',
  },
  { id: 'no-rest', title: 'Training without rest', text: 'Hard training with no rest days leads to tiredness and injury.' },
  {
    id: 'only-lower-back',
    title: 'Only working your back',
    text: 'Back exercises alone will not remove back fat. Diet and overall fat loss matter.',
  },
  { id: 'eating-too-little', title: 'Eating too little', text: 'Very low-calorie diets cost you muscle. Aim for a modest deficit.' },
] as const satisfies readonly Tip[];

export const CLOSING_THOUGHT =
  'Stick with good food, exercise and sleep, and your lower back fat will slowly come down along with the rest. It is not magic, but discipline and consistency work.';
