/**
 * The one registry of locales: each with its messages and its catalogue. The translator, the catalogue lookup, the
 * voice model generator, the console and the tests all derive from it; a new locale is a folder under content/ and
 * one line here (and its model file under scripts/model/).
 */
import type { Catalogue } from './content/catalogue';
import { EN_AU } from './content/en-AU';
import { EN_CA } from './content/en-CA';
import { EN_GB } from './content/en-GB';
import { EN_IN } from './content/en-IN';
import { EN_US } from './content/en-US';
import { HI_IN } from './content/hi-IN';
import { type Messages, type Translator, makeTranslator } from './i18n/translator';

export interface LocaleEntry {
  readonly messages: Messages;
  readonly catalogue: Catalogue;
}

export const LOCALES = {
  'en-US': EN_US,
  'en-IN': EN_IN,
  'en-GB': EN_GB,
  'en-AU': EN_AU,
  'en-CA': EN_CA,
  'hi-IN': HI_IN,
} as const satisfies Readonly<Record<string, LocaleEntry>>;

export type LocaleId = keyof typeof LOCALES;
export const LOCALE_IDS = Object.keys(LOCALES) as LocaleId[];
export const DEFAULT_LOCALE: LocaleId = 'en-US';

function isLocaleId(value: string): value is LocaleId {
  // Own entries only: a locale sent as `constructor` must not find Object.prototype's.
  return Object.hasOwn(LOCALES, value);
}

/** The closest supported locale: exact, then the same language, then the default. */
export function supportedLocale(requested: string | undefined): LocaleId {
  if (requested && isLocaleId(requested)) return requested;
  const language = requested?.split('-')[0];
  return LOCALE_IDS.find((locale) => locale.split('-')[0] === language) ?? DEFAULT_LOCALE;
}

export function catalogueFor(locale: string | undefined): Catalogue {
  return LOCALES[supportedLocale(locale)].catalogue;
}

const firstVariant = () => 0;
const translators = new WeakMap<() => number, Map<LocaleId, Translator>>();

/** The translator for a requested locale: made once per locale and rng, for the life of the container. */
export function translator(requested: string | undefined, rng: () => number = firstVariant): Translator {
  const locale = supportedLocale(requested);
  let byLocale = translators.get(rng);
  if (!byLocale) translators.set(rng, (byLocale = new Map()));
  let made = byLocale.get(locale);
  if (!made) byLocale.set(locale, (made = makeTranslator(locale, LOCALES[locale].messages, rng)));
  return made;
}
