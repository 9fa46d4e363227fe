import { EXERCISES } from './en-US/exercises';
import { FAQS } from './en-US/faq';
import { WHY_IT_WORKS } from './en-US/intro';
import { AVOID, CLOSING_THOUGHT, DIET_KEY, DIET_TIPS, LIFESTYLE_TIPS } from './en-US/tips';
import type { Exercise, Faq, FaqId, Tip } from './types';

/** The article's knowledge in one locale: the one source every answer and the voice model draw from. */
export interface Catalogue {
  readonly exercises: readonly Exercise[];
  readonly dietKey: string;
  readonly dietTips: readonly Tip[];
  readonly lifestyleTips: readonly Tip[];
  readonly avoid: readonly Tip[];
  readonly closingThought: string;
  readonly faqs: readonly Faq[];
  readonly whyItWorks: readonly string[];
}

export const EN_US_CATALOGUE: Catalogue = {
  exercises: EXERCISES,
  dietKey: DIET_KEY,
  dietTips: DIET_TIPS,
  lifestyleTips: LIFESTYLE_TIPS,
  avoid: AVOID,
  closingThought: CLOSING_THOUGHT,
  faqs: FAQS,
  whyItWorks: WHY_IT_WORKS,
};

const CATALOGUES: Readonly<Record<string, Catalogue>> = { 'en-US': EN_US_CATALOGUE };

/** `locale` is one the translator already settled on (see supportedLocale). */
export function catalogueFor(locale: string): Catalogue {
  return CATALOGUES[locale] ?? EN_US_CATALOGUE;
}

export function findExercise(catalogue: Catalogue, id: string | undefined): Exercise | undefined {
  return id === undefined ? undefined : catalogue.exercises.find((exercise) => exercise.id === id);
}

export function findFaq(catalogue: Catalogue, id: FaqId): Faq {
  const faq = catalogue.faqs.find((entry) => entry.id === id);
  if (!faq) throw new Error(`FAQ ${id} is missing from the catalogue`);
  return faq;
}
