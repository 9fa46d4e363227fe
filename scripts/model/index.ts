import type { LocaleId } from '../../lambda/locales';
import { EN_US_MODEL } from './en-US';
import type { ModelSource } from './types';

/** One model source per locale of the registry: a locale without one does not compile. */
export const MODELS = {
  'en-US': EN_US_MODEL,
} as const satisfies { readonly [L in LocaleId]: ModelSource };
