import { BRITISH_WORDING } from '../british';
import { EN_US } from '../en-US';
import { localEntry } from '../local';

/**
 * English for India: British spelling, and the foods the article's "pulses" and "whole grains" mean on an Indian
 * plate (dal, rajma, chana, roti, paneer). Everything else is the en-US catalogue and messages.
 */
export const EN_IN = localEntry(EN_US, {
  wording: { ...BRITISH_WORDING, 'park a little farther away': 'get off the bus or metro a stop early' },
  topics: {
    protein: (tip) => ({
      names: [...tip.names, 'paneer', 'eggs', 'sprouts'],
      answer:
        'Protein builds and repairs muscle, and keeps you full. A simple habit is a palm-sized serving at every meal, like dal, paneer, eggs, sprouts, curd or chicken. If you have kidney trouble or another health condition, ask your doctor how much suits you.',
    }),
    fiber: (tip) => ({
      text: 'Green vegetables, fruit, whole grains like roti and millets, and pulses like dal, rajma and chana keep you full.',
      names: [...tip.names, 'roti', 'chapati', 'millets', 'rajma', 'chana', 'sabzi'],
      answer:
        'Fibre keeps you full for longer, so it is easier to eat a little less without feeling hungry. Fill your plate with sabzi and fruit, whole wheat roti or millets, and pulses like dal, rajma or chana. Add it a little at a time, and drink water with it.',
    }),
  },
  messages: {
    'day.date': '{weekday}, {day} {month}',
  },
});
