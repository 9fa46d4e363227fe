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
import type { HI_IN } from './content/hi-IN';
import { type Messages, type Translator, makeTranslator } from './i18n/translator';

export interface LocaleEntry {
  readonly messages: Messages;
  readonly catalogue: Catalogue;
}

/**
 * A locale whose content is read when a request first needs it (`loadLocale`). The bundle keeps it as a function
 * V8 only scans, so a cold start in any other locale neither compiles nor builds it: Hindi is a third of the content,
 * and a bundle without it answered a cold content request about 16 ms sooner (Node 22, this project's bench machine).
 */
interface LazyLocale<E extends LocaleEntry> {
  readonly messages: E['messages'];
  readonly catalogue: E['catalogue'];
  load(): Promise<void>;
}

function lazyLocale<E extends LocaleEntry>(name: string, read: () => Promise<E>): LazyLocale<E> {
  let loaded: E | undefined;
  let loading: Promise<void> | undefined;
  const entry = (): E => {
    if (!loaded) throw new Error(`the ${name} content is not loaded: await loadLocale('${name}') first`);
    return loaded;
  };
  return {
    get messages() {
      return entry().messages;
    },
    get catalogue() {
      return entry().catalogue;
    },
    load: () =>
      (loading ??= read().then(
        (content) => {
          loaded = content;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}

export const LOCALES = {
  'en-US': EN_US,
  'en-IN': EN_IN,
  'en-GB': EN_GB,
  'en-AU': EN_AU,
  'en-CA': EN_CA,
  'hi-IN': lazyLocale<typeof HI_IN>('hi-IN', () => import('./content/hi-IN').then((content) => content.HI_IN)),
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

/** Reads the content of the request's locale if it is read lazily; every request awaits this before its answer. */
export async function loadLocale(requested: string | undefined): Promise<void> {
  const entry: LocaleEntry | LazyLocale<LocaleEntry> = LOCALES[supportedLocale(requested)];
  if ('load' in entry) await entry.load();
}

/** Every locale's content: for scripts and tests that use them all. */
export async function loadAllLocales(): Promise<void> {
  await Promise.all(LOCALE_IDS.map(loadLocale));
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
