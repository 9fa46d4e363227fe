import { BRITISH_WORDING } from '../british';
import { EN_US } from '../en-US';
import { localEntry } from '../local';

/** English for the United Kingdom: British spelling and words, and the fibre and protein foods of a British plate. */
export const EN_GB = localEntry(EN_US, {
  wording: { ...BRITISH_WORDING, mom: 'mum', 'call nine one one': 'call nine nine nine', 'call or text nine eight eight': 'call Samaritans free on one one six, one two three' },
  topics: {
    protein: {
      answer:
        'Protein builds and repairs muscle, and keeps you full. A simple habit is a palm-sized serving at every meal, like eggs, fish, chicken, beans or lentils. A protein shake is fine on days when meals fall short, but it burns no fat by itself. If you have kidney trouble or another health condition, ask your doctor how much suits you.',
    },
    // Found by a helper trying the console as a night-shift nurse (December 7): "what about brews, I live on tea and
    // biscuits" was "I don't know that one yet".
    'tea-coffee': (topic) => ({ names: [...topic.names, 'brews', 'a brew', 'cuppa', 'a cuppa', 'tea and biscuits'] }),
    'junk-food': (topic) => ({ names: [...topic.names, ...['crisps', 'a takeaway', 'takeaways', 'chippy', 'fish and chips', 'biscuits', 'a kebab']] }),
    fiber: (tip) => ({
      text: 'Green vegetables, fruit, wholemeal bread and porridge oats, and pulses like lentils and chickpeas keep you full.',
      names: [...tip.names, 'wholemeal bread', 'porridge', 'chickpeas'],
      answer:
        'Fibre keeps you full for longer, so it is easier to eat a little less without feeling hungry. Fill up on green vegetables, fruit, wholemeal bread or porridge, and pulses like lentils, chickpeas or beans. Add it a little at a time, and drink water with it.',
    }),
  },
  messages: {
    'day.date': '{weekday} {day} {month}',
    'thanks': ["You're welcome.", 'Any time.', 'Cheers, happy to help.'],
  },
});
