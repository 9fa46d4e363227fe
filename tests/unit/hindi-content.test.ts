import { describe, expect, it } from 'vitest';
import { answerableTopics } from '../../lambda/content/catalogue';
import { CATALOGUE as EN_US_CATALOGUE } from '../../lambda/content/en-US';
import { MESSAGES as EN_US_MESSAGES } from '../../lambda/content/en-US/messages';
import { HI_IN } from '../../lambda/content/hi-IN';
import { LATIN_WORDS } from '../../lambda/content/hi-IN/latin-words';
import type { Message } from '../../lambda/i18n/translator';
import { translator } from '../../lambda/locales';
import { speakDay, weekdayName } from '../../lambda/text/dates';
import { doseText } from '../../lambda/text/dose';
import { speakClock } from '../../lambda/text/clock';

const { catalogue, messages } = HI_IN;
const texts = (message: Message): readonly string[] => (typeof message === 'string' ? [message] : Array.isArray(message) ? message : Object.values(message));
const placeholders = (message: Message) => [...new Set(texts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])))].sort();

/** Every string the coach says from the catalogue, with where it came from; names and synonyms are what people say. */
function catalogueTexts(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const visit = (where: string, value: unknown): void => {
    if (typeof value === 'string') found.push([where, value]);
    else if (Array.isArray(value)) value.forEach((item, index) => visit(`${where}[${index}]`, item));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!['id', 'intent', 'names', 'heardIn', 'synonyms', 'exerciseId', 'offer', 'list', 'kind', 'category', 'dose', 'concernIds', 'outsideWorkout', 'aliases'].includes(key)) visit(`${where}.${key}`, item);
      }
    }
  };
  visit('catalogue', catalogue);
  return found;
}
const messageTexts = (): Array<[string, string]> => Object.entries(messages).flatMap(([key, message]) => texts(message).map((text) => [key, text] as [string, string]));
const allTexts = () => [...catalogueTexts(), ...messageTexts()];
const latinWords = (text: string) => (text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z]+/g) ?? []).map((word) => word.toLowerCase());

describe('hi-IN messages', () => {
  it('have exactly the keys of en-US, each with the same placeholders', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(EN_US_MESSAGES).sort());
    for (const [key, message] of Object.entries(EN_US_MESSAGES)) {
      // A quarter to is said by the hour to come in Hindi ("पौने 8" is 7:45), by the hour gone in English.
      if (key === 'time.clock.quarterTo') continue;
      expect(placeholders(messages[key as keyof typeof messages]), key).toEqual(placeholders(message));
    }
  });

  it('choose plural forms through Intl.PluralRules for hi-IN, where 0 and 1 are both "one"', () => {
    const t = translator('hi-IN');
    expect(new Intl.PluralRules('hi-IN').select(0)).toBe('one');
    expect(t.t('workout.progress.more', { count: 1 })).toBe('इसके बाद 1 exercise और है.');
    expect(t.t('workout.progress.more', { count: 3 })).toBe('इसके बाद 3 exercise और हैं.');
    expect(t.t('workout.progress.recoveryMore', { count: 2 })).toBe('इसके बाद 2 हिस्से और हैं.');
  });

  it('say days, dates, numbers and lists the Hindi way', () => {
    const t = translator('hi-IN');
    const today = { year: 2026, month: 11, day: 25 };
    expect([1, 2, 3, 4, 5, 6, 7].map((day) => weekdayName(t, day as 1))).toEqual(['सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार']);
    expect(speakDay(t, today, today)).toBe('आज');
    expect(speakDay(t, { year: 2026, month: 11, day: 26 }, today)).toBe('कल');
    expect(speakDay(t, { year: 2026, month: 11, day: 28 }, today)).toBe('शनिवार');
    expect(speakDay(t, { year: 2026, month: 12, day: 8 }, today)).toBe('मंगलवार, 8 दिसंबर');
    expect(t.list(['superman', 'deadlift', 'glute bridge'])).toBe('superman, deadlift, और glute bridge');
    expect(doseText(t, { kind: 'steps', extraSteps: 1500 })).toBe('रोज़ 1,500 कदम ज़्यादा');
    expect(doseText(t, { kind: 'reps', sets: 3, reps: 10, holdSeconds: 2 })).toBe('3 set, हर set में 10 rep, हर rep में 2 सेकंड रुककर');
    // The rounds, then the minutes in all (the session with its warm-up and cool-down); one session done is "किया" (found by a helper, December 5).
    expect(doseText(t, { kind: 'intervals', rounds: 10, minutes: 20, workSeconds: 20, restSeconds: 40 })).toBe('10 round, हर round में 20 सेकंड तेज़ और 40 सेकंड आराम से, कुल 20 मिनट');
    expect(t.t('coach.lookBack.short', { done: 1, planned: 6, count: 1 })).toBe('पिछले हफ़्ते आपने 6 में से 1 session किया.');
    // A quarter past, half past and a quarter to, as Hindi says them (found by a helper trying the console: "शाम 6:30 बजे").
    const said = (hour: number, minute: number) => speakClock(t, { hour, minute });
    expect([said(18, 30), said(7, 15), said(7, 45), said(13, 30), said(14, 30), said(23, 45), said(6, 10)]).toEqual([
      'शाम साढ़े 6 बजे',
      'सुबह सवा 7 बजे',
      'सुबह पौने 8 बजे',
      'दोपहर डेढ़ बजे',
      'दोपहर ढाई बजे',
      'रात पौने 12 बजे',
      'सुबह 6:10 बजे',
    ]);
    expect(t.t('coach.lookBack.short', { done: 3, planned: 6, count: 3 })).toBe('पिछले हफ़्ते आपने 6 में से 3 session किए.');
  });
});

describe('the hi-IN catalogue', () => {
  it('has the same ids as en-US: the slot values and intents mean the same in every locale', () => {
    const ids = (of: typeof catalogue) => ({
      exercises: of.exercises.map((exercise) => [exercise.id, exercise.category]),
      dietTips: of.dietTips.map((tip) => tip.id),
      lifestyleTips: of.lifestyleTips.map((tip) => tip.id),
      avoid: of.avoid.map((tip) => tip.id),
      faqs: of.faqs.map((faq) => [faq.id, faq.intent]),
      topics: of.topics.map((topic) => topic.id),
      concerns: of.concerns.map((concern) => [concern.id, concern.kind]),
      safety: Object.keys(of.safety).sort(),
      urgent: of.urgent.concernIds,
    });
    expect(ids(catalogue)).toEqual(ids(EN_US_CATALOGUE));
    expect(catalogue.exercises.map((exercise) => exercise.dose)).toEqual(EN_US_CATALOGUE.exercises.map((exercise) => exercise.dose));
  });

  it('follows each answer with the same offer as en-US', () => {
    const followUps = (of: typeof catalogue) => answerableTopics(of).map((topic) => [topic.id, topic.followUp]);
    expect(followUps(catalogue)).toEqual(followUps(EN_US_CATALOGUE));
  });

  it('names every exercise, topic and concern in both scripts, lowercase and without punctuation', () => {
    const named = [
      ...catalogue.exercises.map((exercise) => [exercise.id, exercise.synonyms] as const),
      ...answerableTopics(catalogue).map((topic) => [topic.id, topic.names] as const),
      // A concern no name says (what a doctor said to do, heard by its own slot) has none.
      ...catalogue.concerns.filter((concern) => concern.names.length > 0).map((concern) => [concern.id, concern.names] as const),
    ];
    for (const [id, names] of named) {
      for (const name of names) expect(name, id).toMatch(/^[a-z\p{Script=Devanagari}]+( [a-z\p{Script=Devanagari}]+)*$/u);
      expect(names.some((name) => /\p{Script=Devanagari}/u.test(name)), `${id} has a Devanagari name`).toBe(true);
      expect(names.some((name) => /^[a-z ]+$/.test(name)), `${id} has a Latin name`).toBe(true);
    }
  });

  it('never gives one name to two topics, nor to two exercises or concerns', () => {
    for (const names of [
      answerableTopics(catalogue).flatMap((topic) => topic.names),
      catalogue.exercises.flatMap((exercise) => [exercise.id.replace(/-/g, ' '), ...exercise.synonyms]),
      catalogue.concerns.flatMap((concern) => concern.names),
    ]) {
      expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    }
  });

  it('says spot reduction does not work, and never promises it', () => {
    expect(catalogue.faqs.find((faq) => faq.id === 'spot-reduction')?.answer).toMatch(/^नहीं\. Spot reduction काम नहीं करता\./);
    for (const [where, text] of allTexts()) {
      // A statement about losing fat from one place is always a denial; the FAQ's question may ask it.
      if (/एक जगह से|सिर्फ़ कमर की exercise से/.test(text) && !text.endsWith('?')) expect(text, where).toMatch(/नहीं/);
    }
  });

  it('sends health questions to a doctor or physiotherapist, and emergencies to 112', () => {
    for (const kind of ['pain', 'injury', 'medical-advice'] as const) expect(catalogue.safety[kind], kind).toContain('डॉक्टर या फ़िज़ियोथेरेपिस्ट');
    for (const kind of ['condition', 'pregnancy', 'medicine'] as const) expect(catalogue.safety[kind], kind).toContain('डॉक्टर');
    expect(catalogue.urgent.answer).toMatch(/आज ही डॉक्टर.*112/);
  });
});

describe('every hi-IN message and catalogue text', () => {
  it.each(allTexts())('%s is Hindi, with English only in the allowed words', (_, text) => {
    expect(latinWords(text).filter((word) => !LATIN_WORDS.has(word))).toEqual([]);
    // Everything else is Hindi; a text of allowed words alone (a screen label such as "Warm-up") needs no Devanagari.
    const rest = text.replace(/\{\w+\}|[A-Za-z]+/g, '');
    if (/\p{L}/u.test(rest)) expect(rest).toMatch(/^[\p{Script=Devanagari}\s\d,.:·!?'-]+$/u);
  });

  it.each(allTexts())('%s is plain text for the ear, with "." as the full stop as Amazon asks of Hindi', (_, text) => {
    expect(text).not.toMatch(/[।॥&<>/–—×()]/);
    expect(text.trim()).toBe(text);
    expect(text).not.toMatch(/\s{2}|\s[.,?!]/);
  });

  it('uses every allowed English word somewhere, so the list stays the words the skill says', () => {
    const used = new Set(allTexts().flatMap(([, text]) => latinWords(text)));
    expect([...LATIN_WORDS].filter((word) => !used.has(word))).toEqual([]);
  });
});
