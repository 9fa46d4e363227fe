import type { Faq } from '../types';

export const FAQS = [
  {
    id: 'stubborn',
    question: 'Why is lower back fat so hard to lose?',
    answer:
      'Mostly, it is genetics. Your genes decide where fat leaves first and where it leaves last. You cannot burn fat from one spot. It comes off slowly from your whole body, with a calorie deficit and exercise.',
  },
  {
    id: 'spot-reduction',
    question: 'Can I lose lower back fat with targeted exercises?',
    answer:
      'No. Spot reduction does not work. You can tone your lower back muscles, and a toned back shows as your overall fat drops. Fat loss happens across your whole body, with a calorie deficit, regular exercise and good nutrition.',
  },
  {
    id: 'causes',
    question: 'Why does fat build up on my lower back?',
    answer:
      'Poor diet, sitting a lot, stress, bad sleep and genetics. Over time, these can lead your body to store fat around the lower back.',
  },
  {
    id: 'calorie-deficit',
    question: 'What is a calorie deficit?',
    answer:
      'It means burning more calories than you take in. Then fat slowly comes off your whole body. Start small: eat protein and fiber, watch portions, drink water, and move more. Do not crash diet, because eating too little costs you muscle.',
  },
] as const satisfies readonly Faq[];
