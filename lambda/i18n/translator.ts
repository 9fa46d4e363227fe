import { EN_US } from './en-US';

export type MessageKey = keyof typeof EN_US;
/** A locale file: every key of en-US, each a sentence or a set of variants to pick from. */
export type Messages = { readonly [K in MessageKey]: string | readonly string[] };
export type Vars = Readonly<Record<string, string | number>>;

const LOCALES: Readonly<Record<string, Messages>> = { 'en-US': EN_US };
export const DEFAULT_LOCALE = 'en-US';

export interface Translator {
  readonly locale: string;
  /** The message for `key` with `{name}` placeholders filled; variants are picked with the injected rng. */
  t(key: MessageKey, vars?: Vars): string;
  /** "a, b, and c" in the locale's way. */
  list(items: readonly string[]): string;
  /** A number as the locale writes it ("1,500"). */
  number(value: number): string;
}

/** Picks the closest supported locale: exact, then same language, then the default. */
export function supportedLocale(requested: string | undefined): string {
  // Own entries only: a locale sent as `constructor` must not find Object.prototype's.
  if (requested && Object.hasOwn(LOCALES, requested)) return requested;
  const language = requested?.split('-')[0];
  return Object.keys(LOCALES).find((locale) => locale.split('-')[0] === language) ?? DEFAULT_LOCALE;
}

const firstVariant = () => 0;
const translators = new WeakMap<() => number, Map<string, Translator>>();

/**
 * The translator for a locale: made once per locale and rng, for the life of the container. The Intl formatters
 * (whose first use loads locale data, a cold-start cost) are made only when a list or a large number is spoken.
 */
export function translator(requestedLocale: string | undefined, rng: () => number = firstVariant): Translator {
  const locale = supportedLocale(requestedLocale);
  let byLocale = translators.get(rng);
  if (!byLocale) translators.set(rng, (byLocale = new Map()));
  let made = byLocale.get(locale);
  if (!made) byLocale.set(locale, (made = makeTranslator(locale, rng)));
  return made;
}

function makeTranslator(locale: string, rng: () => number): Translator {
  const messages = LOCALES[locale] ?? EN_US;
  let listFormat: Intl.ListFormat | undefined;
  let numberFormat: Intl.NumberFormat | undefined;
  // Alexa reads plain digits in every language; only numbers with digit groups ("1,500") need the locale's format.
  const number = (value: number) =>
    Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : (numberFormat ??= new Intl.NumberFormat(locale)).format(value);
  return {
    locale,
    t(key, vars = {}) {
      const message = messages[key];
      const text = typeof message === 'string' ? message : (message[Math.floor(rng() * message.length)] ?? message[0] ?? '');
      return text.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = vars[name];
        return value === undefined ? '' : typeof value === 'number' ? number(value) : value;
      });
    },
    list: (items) => (listFormat ??= new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items),
    number,
  };
}
