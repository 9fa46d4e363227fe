import type { MESSAGES } from '../content/en-US/messages';

/** en-US is the reference: every locale has every one of its keys, or it does not compile. */
export type MessageKey = keyof typeof MESSAGES;
/** Forms chosen by `{count}` through Intl.PluralRules; `other` is required, as every language has it. */
export type PluralMessage = { readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string } & { readonly other: string };
/** A sentence, a set of variants to pick from, or plural forms. */
export type Message = string | readonly string[] | PluralMessage;
export type Messages = { readonly [K in MessageKey]: Message };
export type Vars = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly locale: string;
  /** The message for `key` with `{name}` placeholders filled; variants are picked with the injected rng. */
  t(key: MessageKey, vars?: Vars): string;
  /** "a, b, and c" in the locale's way. */
  list(items: readonly string[]): string;
  /** A number as the locale writes it ("1,500"). */
  number(value: number): string;
}

/**
 * A translator for one locale. The Intl formatters (whose first use loads locale data, a cold-start cost) are made
 * only when a list, a plural or a large number is spoken.
 */
export function makeTranslator(locale: string, messages: Messages, rng: () => number): Translator {
  let listFormat: Intl.ListFormat | undefined;
  let numberFormat: Intl.NumberFormat | undefined;
  let pluralRules: Intl.PluralRules | undefined;
  // Alexa reads plain digits in every language; only numbers with digit groups ("1,500") need the locale's format.
  const number = (value: number) =>
    Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : (numberFormat ??= new Intl.NumberFormat(locale)).format(value);
  const pick = (message: Message, vars: Vars): string => {
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message[Math.floor(rng() * message.length)] ?? message[0] ?? '';
    const forms = message as PluralMessage;
    const category = (pluralRules ??= new Intl.PluralRules(locale)).select(Number(vars.count ?? 0));
    return forms[category as keyof PluralMessage] ?? forms.other;
  };
  return {
    locale,
    t(key, vars = {}) {
      return pick(messages[key], vars).replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = vars[name];
        return value === undefined ? '' : typeof value === 'number' ? number(value) : value;
      });
    },
    list: (items) => (listFormat ??= new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items),
    number,
  };
}
