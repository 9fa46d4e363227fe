import type { Catalogue } from '../catalogue';
import { EXERCISES } from './exercises';
import { FAQS } from './faq';
import { WHY_IT_WORKS } from './intro';
import { MESSAGES } from './messages';
import { CONCERNS, PAIN_BEFORE_TRAINING, SAFETY, URGENT_ANSWER, URGENT_HABITUAL, URGENT_CONCERNS } from './safety';
import { AVOID, CLOSING_THOUGHT, DIET_KEY, DIET_TIPS, LIFESTYLE_TIPS } from './tips';
import { ASKED_IN, TOPICS } from './topics';

/** The article's knowledge in US English: the reference catalogue. */
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
  askedIn: ASKED_IN,
};

export const EN_US = { messages: MESSAGES, catalogue: CATALOGUE } as const;
