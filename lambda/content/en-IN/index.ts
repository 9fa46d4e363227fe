import { BRITISH_WORDING } from '../british';
import { EN_US } from '../en-US';
import { localEntry } from '../local';

/**
 * English for India: British spelling, and the foods the article's "pulses" and "whole grains" mean on an Indian
 * plate (dal, rajma, chana, roti, paneer). Everything else is the en-US catalogue and messages.
 */
export const EN_IN = localEntry(EN_US, {
  // 112 is India's one number for every emergency, an ambulance too: "112, or 108 for an ambulance", said twice, took the
  // urgent answer with the workout stopped to 35 seconds (found December 7).
  wording: { ...BRITISH_WORDING, 'park a little farther away': 'get off the bus or metro a stop early', 'call nine one one': 'call one one two', 'call or text nine eight eight': 'call Tele MANAS free on one four four one six' },
  topics: {
    protein: (tip) => ({
      // Found by a helper trying the console as an Indian user: "is dal enough protein" got the fibre answer.
      names: [...tip.names, 'paneer', 'eggs', 'sprouts', 'curd', 'dahi', 'protein in dal', 'enough protein in dal'],
      leads: tip.leads?.map((lead) => ({
        ...lead,
        lead: 'As a vegetarian, you can get plenty: dal, paneer, curd, sprouts, soya and milk. Aim for a palm-sized serving at every meal. A protein shake is fine on days when meals fall short, but it burns no fat by itself.',
      })),
      answer:
        'Protein builds and repairs muscle, and keeps you full. A simple habit is a palm-sized serving at every meal, like dal, paneer, eggs, sprouts, curd or chicken. A protein shake is fine on days when meals fall short, but it burns no fat by itself. If you have kidney trouble or another health condition, ask your doctor how much suits you.',
    }),
    fiber: (tip) => ({
      text: 'Green vegetables, fruit, whole grains like roti and millets, and pulses like dal, rajma and chana keep you full.',
      // "Roti at night": roti, said with when, which "rotis" of portions (how many) would tie with alone (found by a helper
      // trying the console: "I don't know that one yet").
      names: [...tip.names, 'roti', 'chapati', 'millets', 'rajma', 'chana', 'sabzi', 'roti at night', 'chapati at night', 'roti for dinner'],
      leads: [...(tip.leads ?? []), { names: ['roti', 'chapati'], lead: 'Roti is fine, at night too: what matters is how many.' }],
      answer:
        'Fibre keeps you full for longer, so it is easier to eat a little less without feeling hungry. Fill your plate with sabzi and fruit, whole wheat roti or millets, and pulses like dal, rajma or chana. Add it a little at a time, and drink water with it.',
    }),
    // Rice and ghee are what a plate in India holds too much of: the portions answer, said with them.
    portions: (tip) => ({
      names: [...tip.names, 'rice', 'white rice', 'ghee', 'oil'],
      // Found by a helper trying the console as an Indian user: "is rice at night bad" never heard whether it could.
      leads: [
        { names: ['rice', 'white rice'], lead: 'Rice is fine, at dinner too, in a sensible portion.' },
        { names: ['ghee'], lead: 'A little ghee is fine.' },
        { names: ['oil'], lead: 'A little oil is fine.' },
      ],
      answer:
        'Eat only what you need, not extra. Use a smaller plate, take one helping of rice or roti instead of going back for seconds, keep ghee and oil to a spoonful, and eat slowly so you notice when you are full. Smaller portions are the simplest way to stay in a calorie deficit.',
    }),
    // Rice alone is the portions answer here (above); bread and potatoes stay carbs.
    carbs: (topic) => ({
      names: [...topic.names.filter((name) => name !== 'rice' && name !== 'white rice'), 'rice or roti', 'roti or rice', 'maida'],
      leads: [
        // Both asked of together: neither is better by much; the portion is what counts (found by a helper trying the console).
        { names: ['rice or roti', 'roti or rice'], lead: 'Both are fine, at night too: what matters is how much. Whole wheat roti has a little more fibre.' },
        ...(topic.leads?.map((lead) => ({ ...lead, names: lead.names.filter((name) => name !== 'rice' && name !== 'white rice') })) ?? []),
      ],
    }),
    'junk-food': (topic) => ({
      names: [...topic.names, 'namkeen', 'mithai', 'samosa', 'samosas', 'pakoras', 'bhujia', 'biscuits', 'chai with sugar', 'sweet chai'],
      leads: [{ names: ['chai with sugar', 'sweet chai'], lead: 'Chai is fine: keep the sugar to a spoon, or less.' }],
    }),
    // Found in a blind batch of things people in India say (December 5): whole questions, said as the topic.
    'results-time': (topic) => ({ names: [...topic.names, 'how long it will take to reduce back fat', 'how long it will take to lose back fat', 'how much time it will take to reduce back fat'] }),
    plateau: (topic) => ({ names: [...topic.names, 'my weight is not reducing', 'weight is not reducing', 'my weight is stuck'] }),
    'home-workout': (topic) => ({ names: [...topic.names, 'without gym', 'without going to gym', 'without going to the gym'] }),
  },
  // Pain said in Hinglish (found by a helper trying the console: "meri kamar mein dard hai" and "back mein pain ho raha hai"
  // reached the fallback, mid-workout too, and the workout went on). Never "kamar" alone, which is only the waist.
  concerns: {
    'lower-back-pain': (concern) => ({ names: [...concern.names, 'kamar dard', 'kamar mein dard', 'kamar me dard', 'kamar mein pain'] }),
    'back-pain': (concern) => ({ names: [...concern.names, 'back mein pain', 'back me pain', 'back mein dard', 'peeth mein dard', 'peeth dard'] }),
    'knee-pain': (concern) => ({ names: [...concern.names, 'ghutne mein dard', 'ghutno mein dard', 'ghutne me dard', 'ghutne ka dard'] }),
    // Found by a helper trying the console mid-HIIT in Indian English (December 7): the fallback, and the rounds ran on.
    // Never "chakkar" alone: it is a lap or a round too ("10 chakkar of the park": found in review, the urgent answer).
    dizziness: (concern) => ({ names: [...concern.names, 'chakkar aa raha hai', 'chakkar aa rahe hain', 'sar ghoom raha hai'] }),
  },
  messages: {
    'day.date': '{weekday}, {day} {month}',
  },
});
