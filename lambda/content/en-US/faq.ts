import type { Faq } from '../types';

export const FAQS = [
  {
    id: 'stubborn',
    intent: 'StubbornFatIntent',
    question: 'Why is lower back fat so hard to lose?',
    names: [
      'stubborn fat',
      'stubborn back fat',
      'stubborn lower back fat',
      'resistant fat',
      'hard to lose fat',
      'last bit of fat',
    ],
    answer:
      'Mostly, it is genetics. Your genes decide where fat leaves first and where it leaves last. You cannot burn fat from one spot. It comes off slowly from your whole body, with a calorie deficit and exercise.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'spot-reduction',
    intent: 'SpotReductionIntent',
    question: 'Can I lose lower back fat with targeted exercises?',
    names: [
      'spot reduction',
      'spot reducing',
      'spot reduce back fat',
      'spot training',
      'spot train',
      'spot treat',
      'spot fat loss',
      'targeted fat loss',
      'targeted exercises',
      'losing fat from one area',
      'burning fat in one spot',
      'fat loss in one area',
    ],
    answer:
      'No. Spot reduction does not work. You can tone your lower back muscles, and a toned back shows as your overall fat drops. Fat loss happens across your whole body, with a calorie deficit, regular exercise and good nutrition.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'causes',
    intent: 'FatCausesIntent',
    question: 'Why does fat build up on my lower back?',
    names: [
      'causes of back fat',
      'back fat causes',
      'causes',
      'causes of lower back fat',
      'cause of back fat',
      'reasons for back fat',
      'fat storage',
      'fat accumulation',
      'fat build up',
    ],
    answer:
      'Poor diet, sitting a lot, stress, bad sleep and genetics. Over time, these can lead your body to store fat around the lower back.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'calorie-deficit',
    intent: 'CalorieDeficitIntent',
    question: 'What is a calorie deficit?',
    names: [
      'calorie deficit',
      'caloric deficit',
      'calories',
      'counting calories',
      'calorie counting',
      'calorie intake',
      'eating less',
      'energy balance',
    ],
    answer:
      'A calorie deficit means burning more calories than you take in. Then fat slowly comes off your whole body. Start small: eat protein and fiber, watch portions, drink water, and move more. Do not crash diet, because eating too little costs you muscle.',
    followUp: { offer: 'tips', list: 'diet' },
  },
] as const satisfies readonly Faq[];
