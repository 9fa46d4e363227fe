import { EN_US } from '../en-US';
import { localEntry } from '../local';

/** English for Canada: Canadian spelling (fibre, litre; program and mom as in the US), and Canada's pulses. */
export const EN_CA = localEntry(EN_US, {
  wording: { fiber: 'fibre', liter: 'litre', liters: 'litres' },
  topics: {
    fiber: (tip) => ({
      text: 'Green vegetables, fruit, whole grains like oats, and pulses like lentils, chickpeas and beans keep you full.',
      names: [...tip.names, 'oats', 'oatmeal', 'chickpeas'],
      answer:
        'Fibre keeps you full for longer, so it is easier to eat a little less without feeling hungry. Fill up on green vegetables, fruit, whole grains like oats, and pulses like lentils, chickpeas or beans. Add it a little at a time, and drink water with it.',
    }),
    'junk-food': (topic) => ({ names: [...topic.names, 'poutine', 'pop', 'timbits', 'donuts', 'a double double', 'double doubles'] }),
  },
});
