import type { Catalogue } from '../catalogue';
import { URGENT_CONCERNS } from '../en-US/safety';
import { EXERCISES } from './exercises';
import { FAQS } from './faq';
import { WHY_IT_WORKS } from './intro';
import { MESSAGES } from './messages';
import { CONCERNS, PAIN_BEFORE_TRAINING, SAFETY, URGENT_ANSWER, URGENT_HABITUAL } from './safety';
import { AVOID, CLOSING_THOUGHT, DIET_KEY, DIET_TIPS, LIFESTYLE_TIPS } from './tips';
import { TOPICS } from './topics';

/**
 * The article's knowledge in Hindi, as Amazon asks Hindi skills to write it: Hindi words in Devanagari, English words
 * in Latin script, so the one bilingual voice says each the way Indians do ("आज का workout क्या है"), and "." as the
 * full stop. Latin script is kept to the fitness words people say in English, listed in latin-words.ts.
 */
export const CATALOGUE: Catalogue = {
  exercises: EXERCISES,
  dietKey: DIET_KEY,
  dietTips: DIET_TIPS,
  lifestyleTips: LIFESTYLE_TIPS,
  avoid: AVOID,
  closingThought: CLOSING_THOUGHT,
  faqs: FAQS,
  topics: TOPICS,
  whyItWorks: WHY_IT_WORKS,
  concerns: CONCERNS,
  safety: SAFETY,
  painBeforeTraining: PAIN_BEFORE_TRAINING,
  urgent: { concernIds: URGENT_CONCERNS, answer: URGENT_ANSWER, habitual: URGENT_HABITUAL },
};

export const HI_IN = { messages: MESSAGES, catalogue: CATALOGUE } as const;
