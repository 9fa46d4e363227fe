/**
 * A locale built on another: the same catalogue and messages, with its own words where they differ. Ids and intents
 * never change, so every locale's slot values mean the same things and one handler serves them all.
 */
import type { Catalogue } from './catalogue';
import type { Concern, Exercise, Topic, Variation } from './types';

/** Whole words or phrases as the base locale writes them, and as this one does ("fiber" → "fibre", "elevator" → "lift"). */
export type Wording = Readonly<Record<string, string>>;

/** A change to one entry: fields to set, or a function of the entry (to add to its names). */
export type Change<T> = Partial<T> | ((base: T) => Partial<T>);
export type Changes<T> = { readonly [id: string]: Change<T> };

/** A tip, an FAQ or another topic: what a change to any of them may set. */
export type AnyTopic = Topic & { readonly title?: string; readonly text?: string; readonly question?: string };

/** A message as the translator takes it (a sentence, variants, or plural forms), described here so content needs no i18n. */
export type MessageText = string | readonly string[] | { readonly other: string };
type MessageTable = Readonly<Record<string, MessageText>>;

export interface LocalChanges<M extends MessageTable = MessageTable> {
  readonly wording?: Wording;
  readonly exercises?: Changes<Exercise>;
  /** Tips, FAQs and other topics, by id. */
  readonly topics?: Changes<AnyTopic>;
  readonly concerns?: Changes<Concern>;
  readonly messages?: { readonly [K in keyof M]?: MessageText };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new WeakMap<Wording, RegExp | null>();

/** One pattern for all of a wording's phrases, longest first, made once. */
function patternOf(wording: Wording): RegExp | null {
  let pattern = patterns.get(wording);
  if (pattern === undefined) {
    const phrases = Object.keys(wording).sort((a, b) => b.length - a.length);
    pattern = phrases.length === 0 ? null : new RegExp(`\\b(${phrases.map(escape).join('|')})\\b`, 'gi');
    patterns.set(wording, pattern);
  }
  return pattern;
}

/** Text in this locale's words: each phrase matched as whole words, its capital kept. */
export function reword(text: string, wording: Wording): string {
  const pattern = patternOf(wording);
  if (!pattern) return text;
  return text.replace(pattern, (found) => {
    const local = wording[found.toLowerCase()] ?? found;
    return found[0] === found[0]?.toUpperCase() ? local.charAt(0).toUpperCase() + local.slice(1) : local;
  });
}

/** What people call a thing, in this locale's words first; the base locale's words stay as synonyms. */
function rewordNames(names: readonly string[], wording: Wording): readonly string[] {
  return [...new Set([...names.map((name) => reword(name, wording)), ...names])];
}

/** `items` with the entries named in `changes` changed; a change for an id that is not there is a mistake. */
export function changed<T extends { readonly id: string }>(items: readonly T[], changes: Changes<T> = {}): readonly T[] {
  const missing = Object.keys(changes).filter((id) => !items.some((item) => item.id === id));
  if (missing.length > 0) throw new Error(`no entry to change: ${missing.join(', ')}`);
  return items.map((item) => {
    if (!Object.hasOwn(changes, item.id)) return item;
    const change = changes[item.id]!;
    return { ...item, ...(typeof change === 'function' ? change(item) : change) };
  });
}

function rewordTopic<T extends Topic>(topic: T, wording: Wording): T {
  const words = (text: string) => reword(text, wording);
  return {
    ...topic,
    names: rewordNames(topic.names, wording),
    answer: words(topic.answer),
    ...(topic.leads && { leads: topic.leads.map((each) => ({ ...each, names: rewordNames(each.names, wording), lead: words(each.lead) })) }),
    ...('title' in topic && typeof topic.title === 'string' && { title: words(topic.title) }),
    ...('text' in topic && typeof topic.text === 'string' && { text: words(topic.text) }),
    ...('question' in topic && typeof topic.question === 'string' && { question: words(topic.question) }),
  };
}

function rewordExercise(exercise: Exercise, wording: Wording): Exercise {
  const words = (text: string) => reword(text, wording);
  return {
    ...exercise,
    name: words(exercise.name),
    synonyms: rewordNames(exercise.synonyms, wording),
    muscles: exercise.muscles.map(words),
    summary: words(exercise.summary),
    ...(exercise.pitch !== undefined && { pitch: words(exercise.pitch) }),
    steps: exercise.steps.map(words),
    cues: exercise.cues.map(words),
    caution: words(exercise.caution),
    ...(exercise.cautionOnceCleared !== undefined && { cautionOnceCleared: words(exercise.cautionOnceCleared) }),
    ...(exercise.variations && { variations: exercise.variations.map((variation) => rewordVariation(variation, wording)) }),
  };
}

function rewordVariation(variation: Variation, wording: Wording): Variation {
  const words = (text: string) => reword(text, wording);
  const { taught } = variation;
  return {
    text: words(variation.text),
    ...(variation.names && { names: variation.names }),
    ...(taught && {
      taught: {
        ...taught,
        name: words(taught.name),
        steps: taught.steps.map(words),
        ...(taught.cues && { cues: taught.cues.map(words) }),
        ...(taught.caution !== undefined && { caution: words(taught.caution) }),
      },
    }),
  };
}

/** Topics that live in one list of the catalogue: changes for ids elsewhere are left for the other lists. */
function changedTopics<T extends Topic>(items: readonly T[], changes: Changes<AnyTopic>, wording: Wording): readonly T[] {
  const own = Object.fromEntries(Object.entries(changes).filter(([id]) => items.some((item) => item.id === id))) as Changes<T>;
  return changed(items, own).map((item) => rewordTopic(item, wording));
}

/** The base catalogue in this locale's words, with its own examples where they differ. */
export function localCatalogue(base: Catalogue, changes: LocalChanges): Catalogue {
  const wording = changes.wording ?? {};
  const words = (text: string) => reword(text, wording);
  const topics = changes.topics ?? {};
  const topicIds = new Set([...base.dietTips, ...base.lifestyleTips, ...base.avoid, ...base.faqs, ...base.topics].map((topic) => topic.id));
  const missing = Object.keys(topics).filter((id) => !topicIds.has(id));
  if (missing.length > 0) throw new Error(`no topic to change: ${missing.join(', ')}`);
  return {
    exercises: changed(base.exercises, changes.exercises).map((exercise) => rewordExercise(exercise, wording)),
    dietKey: words(base.dietKey),
    dietTips: changedTopics(base.dietTips, topics, wording),
    lifestyleTips: changedTopics(base.lifestyleTips, topics, wording),
    avoid: changedTopics(base.avoid, topics, wording),
    closingThought: words(base.closingThought),
    faqs: changedTopics(base.faqs, topics, wording),
    topics: changedTopics(base.topics, topics, wording),
    whyItWorks: base.whyItWorks.map(words),
    concerns: changed(base.concerns, changes.concerns).map((concern) => ({
      ...concern,
      names: rewordNames(concern.names, wording),
      ...(concern.inWorkout !== undefined && { inWorkout: words(concern.inWorkout) }),
      ...(concern.answer !== undefined && { answer: words(concern.answer) }),
    })),
    safety: Object.fromEntries(Object.entries(base.safety).map(([kind, answer]) => [kind, words(answer)])) as Catalogue['safety'],
    painBeforeTraining: words(base.painBeforeTraining),
    urgent: { concernIds: base.urgent.concernIds, answer: words(base.urgent.answer), habitual: words(base.urgent.habitual) },
    ...(base.askedIn && { askedIn: base.askedIn }),
  };
}

/** The base messages in this locale's words, with its own phrasing where it differs. */
export function localMessages<M extends MessageTable>(base: M, changes: LocalChanges<M>): { readonly [K in keyof M]: MessageText } {
  const words = (text: string) => reword(text, changes.wording ?? {});
  const reworded = Object.fromEntries(
    Object.entries(base).map(([key, message]) => [
      key,
      typeof message === 'string'
        ? words(message)
        : Array.isArray(message)
          ? message.map(words)
          : Object.fromEntries(Object.entries(message).map(([form, text]) => [form, words(text as string)])),
    ]),
  );
  return { ...reworded, ...changes.messages } as { readonly [K in keyof M]: MessageText };
}

/**
 * A locale made from a base one: its catalogue and messages, in its words, with its own changes. Each is made on first
 * use, so a cold start pays only for the locales its requests are in (a few milliseconds each).
 */
export function localEntry<M extends MessageTable>(base: { readonly messages: M; readonly catalogue: Catalogue }, changes: LocalChanges<M>) {
  let messages: { readonly [K in keyof M]: MessageText } | undefined;
  let catalogue: Catalogue | undefined;
  return {
    get messages() {
      return (messages ??= localMessages(base.messages, changes));
    },
    get catalogue() {
      return (catalogue ??= localCatalogue(base.catalogue, changes));
    },
  };
}
