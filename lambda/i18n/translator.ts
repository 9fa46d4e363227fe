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

export function translator(requestedLocale: string | undefined, rng: () => number = () => 0): Translator {
  const locale = supportedLocale(requestedLocale);
  const messages = LOCALES[locale] ?? EN_US;
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const numberFormat = new Intl.NumberFormat(locale);
  return {
    locale,
    t(key, vars = {}) {
      const message = messages[key];
      const text = typeof message === 'string' ? message : (message[Math.floor(rng() * message.length)] ?? message[0] ?? '');
      return text.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = vars[name];
        return value === undefined ? '' : typeof value === 'number' ? numberFormat.format(value) : value;
      });
    },
    list: (items) => listFormat.format(items),
    number: (value) => numberFormat.format(value),
  };
}
