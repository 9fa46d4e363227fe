import { BRITISH_WORDING } from '../british';
import { EN_US } from '../en-US';
import { localEntry } from '../local';

/** English for Australia: British spelling, everyday words, and legumes and wholegrains as Australians say them. */
export const EN_AU = localEntry(EN_US, {
  wording: { ...BRITISH_WORDING, mom: 'mum', 'call nine one one': 'call triple zero', 'call or text nine eight eight': 'call Lifeline on thirteen eleven fourteen' },
  topics: {
    protein: {
      answer:
        'Protein builds and repairs muscle, and keeps you full. A simple habit is a palm-sized serving at every meal, like eggs, fish, chicken, lean meat or legumes. A protein shake is fine on days when meals fall short, but it burns no fat by itself. If you have kidney trouble or another health condition, ask your doctor how much suits you.',
    },
    'junk-food': (topic) => ({ names: [...topic.names, ...['maccas', 'hot chips', 'a meat pie', 'meat pies', 'lollies', 'a sausage roll']] }),
    // Worn out, in Australia (found in a second review, December 5: "I'm stuffed" mid-workout was "say next to carry on").
    'day-off': (topic) => ({ names: [...topic.names, 'stuffed', 'absolutely stuffed', 'totally stuffed'] }),
    fiber: (tip) => ({
      text: 'Green vegetables, fruit, wholegrains, and legumes like lentils and chickpeas keep you full.',
      names: [...tip.names, 'wholegrains', 'legumes', 'chickpeas', 'oats'],
      answer:
        'Fibre keeps you full for longer, so it is easier to eat a little less without feeling hungry. Fill up on green vegetables, fruit, wholegrain bread or oats, and legumes like lentils or chickpeas. Add it a little at a time, and drink water with it.',
    }),
  },
  concerns: {
    // "Crook" alone is feeling unwell; a crook back is back pain.
    unwell: (concern) => ({ names: [...concern.names, 'feeling crook', 'feeling a bit crook', 'crook', 'a bit crook'] }),
    'back-pain': (concern) => ({ names: [...concern.names, "my back's a bit crook", "back's a bit crook", "my back's crook", 'crook back', 'a crook back'] }),
    // Found by a helper trying the console: mid-HIIT, "I'm rooted" got "I don't know that one yet"; "gonna chuck" is vomiting.
    effort: (concern) => ({ names: [...concern.names, 'rooted', 'buggered', 'absolutely rooted', 'completely buggered'] }),
    'warning-signs': (concern) => ({ names: [...concern.names, 'gonna chuck', 'going to chuck', 'about to chuck'] }),
  },
  messages: {
    'day.date': '{weekday} {day} {month}',
    'noThanks': 'No worries.',
  },
});
