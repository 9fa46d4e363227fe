import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../lambda/content/en-US/exercises';
import { FAQS } from '../../lambda/content/en-US/faq';
import { WHY_IT_WORKS } from '../../lambda/content/en-US/intro';
import { AVOID, CLOSING_THOUGHT, DIET_KEY, DIET_TIPS, LIFESTYLE_TIPS } from '../../lambda/content/en-US/tips';
import { type Dose, type Exercise, type Faq, LEVELS, type Tip } from '../../lambda/content/types';

const exercises: readonly Exercise[] = EXERCISES;
const faqs: readonly Faq[] = FAQS;
const tipLists: Record<string, readonly Tip[]> = { DIET_TIPS, LIFESTYLE_TIPS, AVOID };

const KEBAB = /^[a-z]+(-[a-z]+)*$/;
const SYNONYM = /^[a-z']+( [a-z']+)*$/;
const FORBIDDEN_CHARS = /[&<>/–—×()]/;
const ABBREVIATIONS = /\b(e\.g|i\.e|etc)\b\.?/i;
const SPOT_REDUCTION_PROMISES = [
  /lose fat from your (lower )?back by/i,
  /\b(burn|burns|burning|melt|melts|blast|blasts|torch|torches)( away)? (your )?(lower )?back fat/i,
  /\btarget(ed|ing)? fat loss/i,
  /\bspot reduction (works|is possible)/i,
];

function words(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

function sentences(text: string): number {
  return text.split(/[.!?](?:\s+|$)/).filter((part) => part.trim() !== '').length;
}

/** Every string in the catalogue, with where it came from, so failures name the offending text. */
function allTexts(): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  const visit = (where: string, value: unknown): void => {
    if (typeof value === 'string') texts.push([where, value]);
    else if (Array.isArray(value)) value.forEach((item, index) => visit(`${where}[${index}]`, item));
    else if (value && typeof value === 'object') {
      // `names` are what people say to ask about a subject ("targeted fat loss"), not what the coach says.
      for (const [key, item] of Object.entries(value)) if (key !== 'names' && key !== 'heardIn') visit(`${where}.${key}`, item);
    }
  };
  visit('EXERCISES', EXERCISES);
  visit('FAQS', FAQS);
  visit('WHY_IT_WORKS', WHY_IT_WORKS);
  visit('tips', tipLists);
  visit('DIET_KEY', DIET_KEY);
  visit('CLOSING_THOUGHT', CLOSING_THOUGHT);
  return texts;
}

/** Numbers that must not fall from beginner to advanced, and those that must not rise (rest). */
function difficulty(dose: Dose): { up: number[]; down: number[] } {
  switch (dose.kind) {
    case 'reps':
      return { up: [dose.sets, dose.reps, dose.holdSeconds ?? 0, dose.sets * dose.reps], down: [] };
    case 'hold':
      return { up: [dose.sets, dose.seconds, dose.sets * dose.seconds], down: [] };
    case 'minutes':
      return { up: [dose.minutes], down: [] };
    case 'intervals':
      return { up: [dose.rounds, dose.workSeconds, dose.minutes], down: [dose.restSeconds] };
    case 'steps':
      return { up: [dose.extraSteps], down: [] };
  }
}

describe('exercise catalogue', () => {
  it('holds the article’s ten moves under their stable ids', () => {
    expect(exercises.map((exercise) => [exercise.id, exercise.category])).toEqual([
      ['superman', 'strength'],
      ['deadlift', 'strength'],
      ['suitcase-carry', 'strength'],
      ['bent-over-row', 'strength'],
      ['glute-bridge', 'strength'],
      ['side-plank', 'strength'],
      ['good-morning', 'strength'],
      ['hiit', 'calorie-burner'],
      ['cardio', 'calorie-burner'],
      ['walking', 'calorie-burner'],
    ]);
  });

  it('has unique kebab-case ids', () => {
    const ids = exercises.map((exercise) => exercise.id);
    for (const id of ids) expect(id).toMatch(KEBAB);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe('synonyms', () => {
    const owners = new Map<string, string>();
    for (const exercise of exercises) {
      for (const synonym of exercise.synonyms) owners.set(synonym, owners.has(synonym) ? 'duplicate' : exercise.id);
    }

    it.each(exercises.map((exercise) => [exercise.id, exercise] as const))('%s: lowercase words, no hyphens or punctuation', (_, exercise) => {
      expect(exercise.synonyms.length).toBeGreaterThanOrEqual(5);
      for (const synonym of exercise.synonyms) expect(synonym).toMatch(SYNONYM);
    });

    it('are unique within and across exercises', () => {
      const all = exercises.flatMap((exercise) => exercise.synonyms);
      expect(all.filter((synonym, index) => all.indexOf(synonym) !== index)).toEqual([]);
    });

    it('never repeat a slot value itself, nor another exercise’s spoken name', () => {
      for (const exercise of exercises) {
        for (const other of exercises) {
          const slotValue = other.id.replaceAll('-', ' ');
          for (const synonym of exercise.synonyms) {
            expect(synonym, `${exercise.id} synonym`).not.toBe(other.id);
            expect(synonym, `${exercise.id} synonym`).not.toBe(slotValue);
            if (other !== exercise) {
              expect(synonym, `${exercise.id} synonym`).not.toBe(other.name.toLowerCase().replace(/^the /, ''));
            }
          }
        }
      }
    });
  });

  describe.each(exercises.map((exercise) => [exercise.id, exercise] as const))('%s', (_, exercise) => {
    it('has 3 to 6 short steps, 2 to 4 short cues, a summary and a caution', () => {
      expect(exercise.steps.length).toBeGreaterThanOrEqual(3);
      expect(exercise.steps.length).toBeLessThanOrEqual(6);
      for (const step of exercise.steps) {
        expect(words(step), step).toBeLessThanOrEqual(30);
        expect(sentences(step), step).toBeLessThanOrEqual(2);
      }
      expect(exercise.cues.length).toBeGreaterThanOrEqual(2);
      expect(exercise.cues.length).toBeLessThanOrEqual(4);
      for (const cue of exercise.cues) expect(words(cue), cue).toBeLessThanOrEqual(10);
      for (const text of [exercise.summary, exercise.caution]) {
        expect(words(text), text).toBeGreaterThan(0);
        expect(sentences(text), text).toBeLessThanOrEqual(2);
        expect(words(text), text).toBeLessThanOrEqual(40);
      }
      expect(exercise.muscles.length).toBeGreaterThan(0);
      for (const { text, taught } of exercise.variations ?? []) {
        expect(words(text), text).toBeLessThanOrEqual(35);
        if (!taught) continue;
        expect(taught.steps.length, taught.id).toBeGreaterThanOrEqual(3);
        expect(taught.steps.length, taught.id).toBeLessThanOrEqual(6);
        for (const step of taught.steps) {
          expect(words(step), step).toBeLessThanOrEqual(30);
          expect(sentences(step), step).toBeLessThanOrEqual(2);
        }
        for (const cue of taught.cues ?? []) expect(words(cue), cue).toBeLessThanOrEqual(10);
        if (taught.caution !== undefined) expect(sentences(taught.caution), taught.caution).toBeLessThanOrEqual(2);
      }
    });

    it('has a dose for every level that never gets easier from beginner to advanced', () => {
      const doses = LEVELS.map((level) => exercise.dose[level]);
      for (const dose of doses) expect(dose.kind).toBe(doses[0]?.kind);
      for (let i = 1; i < doses.length; i++) {
        const easier = difficulty(doses[i - 1]!);
        const harder = difficulty(doses[i]!);
        easier.up.forEach((value, k) => expect(harder.up[k]).toBeGreaterThanOrEqual(value));
        easier.down.forEach((value, k) => expect(harder.down[k]).toBeLessThanOrEqual(value));
      }
      expect(difficulty(exercise.dose.advanced).up).not.toEqual(difficulty(exercise.dose.beginner).up);
    });
  });

  it('fits every HIIT interval block inside the session minutes', () => {
    for (const exercise of exercises) {
      for (const level of LEVELS) {
        const dose = exercise.dose[level];
        if (dose.kind !== 'intervals') continue;
        expect(dose.rounds * (dose.workSeconds + dose.restSeconds)).toBeLessThanOrEqual(dose.minutes * 60);
        expect(dose.minutes).toBeGreaterThanOrEqual(20);
        expect(dose.minutes).toBeLessThanOrEqual(30);
      }
    }
  });

  it('keeps the superman hold at the article’s 2 seconds', () => {
    const superman = exercises.find((exercise) => exercise.id === 'superman');
    for (const level of LEVELS) expect(superman?.dose[level]).toMatchObject({ kind: 'reps', holdSeconds: 2 });
  });
});

describe('tips', () => {
  it('have unique kebab-case ids across all lists', () => {
    const ids = Object.values(tipLists).flatMap((tips) => tips.map((tip) => tip.id));
    for (const id of ids) expect(id).toMatch(KEBAB);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(Object.entries(tipLists))('%s: short titles and texts, and the whole list fits one answer', (_, tips) => {
    let total = 0;
    for (const tip of tips) {
      expect(words(tip.title), tip.title).toBeGreaterThanOrEqual(2);
      expect(words(tip.title), tip.title).toBeLessThanOrEqual(5);
      expect(sentences(tip.text), tip.text).toBeLessThanOrEqual(2);
      expect(words(tip.text), tip.text).toBeLessThanOrEqual(16);
      total += words(tip.title) + words(tip.text);
    }
    expect(total).toBeLessThanOrEqual(75);
  });

  it('states the calorie deficit and the closing thought briefly', () => {
    expect(sentences(DIET_KEY)).toBe(1);
    expect(DIET_KEY).toMatch(/calorie deficit/);
    expect(CLOSING_THOUGHT).toMatch(/not magic/);
    expect(words(CLOSING_THOUGHT)).toBeLessThanOrEqual(40);
  });
});

describe('FAQs', () => {
  it('answer the four questions with 2 to 4 sentences under 60 words', () => {
    expect(faqs.map((faq) => faq.id)).toEqual(['stubborn', 'spot-reduction', 'causes', 'calorie-deficit']);
    for (const faq of faqs) {
      expect(sentences(faq.answer), faq.answer).toBeGreaterThanOrEqual(2);
      expect(sentences(faq.answer), faq.answer).toBeLessThanOrEqual(4);
      expect(words(faq.answer), faq.answer).toBeLessThan(60);
    }
  });

  it('say plainly that spot reduction does not work', () => {
    expect(faqs.find((faq) => faq.id === 'spot-reduction')?.answer).toMatch(/^No\. Spot reduction does not work\./);
  });
});

describe('why it works', () => {
  it('gives the article’s three opening points, one or two sentences each', () => {
    expect(WHY_IT_WORKS).toHaveLength(3);
    for (const point of WHY_IT_WORKS) expect(sentences(point), point).toBeLessThanOrEqual(2);
  });
});

describe('every text, written for the ear', () => {
  it.each(allTexts())('%s is plain text with no symbols or abbreviations', (_, text) => {
    expect(text).not.toMatch(FORBIDDEN_CHARS);
    expect(text).not.toMatch(ABBREVIATIONS);
    expect(text.trim()).toBe(text);
    expect(text).not.toMatch(/\s{2}/);
  });

  it('never promises spot reduction', () => {
    for (const [where, text] of allTexts()) {
      for (const promise of SPOT_REDUCTION_PROMISES) expect(text, where).not.toMatch(promise);
    }
  });
});
