import type { LocaleId } from '../../lambda/locales';
import { EN_AU_MODEL } from './en-AU';
import { EN_CA_MODEL } from './en-CA';
import { EN_GB_MODEL } from './en-GB';
import { EN_IN_MODEL } from './en-IN';
import { EN_US_MODEL } from './en-US';
import { HI_IN_MODEL } from './hi-IN';
import type { ModelSource } from './types';

/** One model source per locale of the registry: a locale without one does not compile. */
export const MODELS = {
  'en-US': EN_US_MODEL,
  'en-IN': EN_IN_MODEL,
  'en-GB': EN_GB_MODEL,
  'en-AU': EN_AU_MODEL,
  'en-CA': EN_CA_MODEL,
  'hi-IN': HI_IN_MODEL,
} as const satisfies { readonly [L in LocaleId]: ModelSource };
