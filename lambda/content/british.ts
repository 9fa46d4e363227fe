import type { Wording } from './local';

/**
 * Where British spelling and words (also India's and Australia's) differ from the reference en-US text. Speech sounds
 * the same either way; cards and the screen show the words people there write.
 */
export const BRITISH_WORDING: Wording = {
  fiber: 'fibre',
  liter: 'litre',
  liters: 'litres',
  yogurt: 'yoghurt',
  elevator: 'lift',
  'a few inches': 'a few centimetres',
  'park a little farther away': 'park a little further away',
};
