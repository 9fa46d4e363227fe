/** Fitness levels; every dose the skill reads out follows the user's level. */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

/** Strength work tones the back; calorie burners drive the whole-body fat loss. */
export type ExerciseCategory = 'strength' | 'calorie-burner';

/**
 * How much of an exercise to do. Kinds map onto how a coach would say it:
 * "3 sets of 10", "hold 30 seconds, 2 times a side", "25 minutes", "8 rounds of 30 seconds hard, 60 easy",
 * "1,500 extra steps a day".
 */
export type Dose =
  | { readonly kind: 'reps'; readonly sets: number; readonly reps: number; readonly perSide?: boolean; readonly holdSeconds?: number }
  /** `walking`: a carry, walked with the weight held ("Walk, slow and steady… And set it down"), not held still. */
  | { readonly kind: 'hold'; readonly sets: number; readonly seconds: number; readonly perSide?: boolean; readonly walking?: true }
  | { readonly kind: 'minutes'; readonly minutes: number }
  | { readonly kind: 'intervals'; readonly rounds: number; readonly workSeconds: number; readonly restSeconds: number; readonly minutes: number }
  | { readonly kind: 'steps'; readonly extraSteps: number };

export interface Exercise {
  /** Stable id; also the slot value id of ExerciseName in the interaction model. */
  readonly id: string;
  /** Spoken name, used mid-sentence ("the superman", "Romanian deadlifts"). */
  readonly name: string;
  /** Other ways people say it; each becomes a slot synonym. Lowercase. */
  readonly synonyms: readonly string[];
  readonly category: ExerciseCategory;
  /** Muscles worked, spoken as a list ("lower back", "glutes"). */
  readonly muscles: readonly string[];
  /** One or two sentences: why it helps, as the article says it. */
  readonly summary: string;
  /** One short line for a list of options ("HIIT: short bursts of hard work…"); calorie burners have one. */
  readonly pitch?: string;
  /** Numbered steps, one idea per step, each a sentence or two for the ear. */
  readonly steps: readonly string[];
  /** Short form cues a coach calls out mid-set. */
  readonly cues: readonly string[];
  /** The safety caution, one or two sentences. */
  readonly caution: string;
  /**
   * The caution as said mid-workout once a doctor's okay has just been given, where the caution says to check with a
   * doctor first (HIIT's): that part is answered then, and too late at the first round (found by helpers trying the
   * console: "check with your doctor first. Go!" just after the okay).
   */
  readonly cautionOnceCleared?: string;
  /** The summary already warns (good mornings, as the article has it): the caution is not said again after it. */
  readonly summaryWarns?: true;
  /** Named variations ("Romanian", "single-leg") and how they differ, spoken; some are taught with steps of their own. */
  readonly variations?: readonly Variation[];
  readonly dose: { readonly [L in Level]: Dose };
}

/** A variation of an exercise: what it is and how it differs, and, for one people ask to learn by name, its own method. */
export interface Variation {
  /** One or two sentences, opening with its name ("Romanian deadlifts keep your knees softly bent…"). */
  readonly text: string;
  /** What people call one not taught on its own ("swimming"), lowercase: said, its text opens the how-to. */
  readonly names?: readonly string[];
  readonly taught?: TaughtVariation;
}

/**
 * A variation taught on its own ("how do I do a hip thrust"): its steps, and the cues, caution and dose where the
 * exercise's would not fit it. Taught as an exercise of its own, under its own id.
 */
export interface TaughtVariation {
  /** Stable id, unique among exercises and variations: a how-to under way, and what it offers, name it. */
  readonly id: string;
  /** Spoken, mid-sentence ("the hip thrust"). */
  readonly name: string;
  /** What people call it besides the words of its text, lowercase ("rdl"). */
  readonly aliases?: readonly string[];
  readonly steps: readonly string[];
  readonly cues?: readonly string[];
  readonly caution?: string;
  readonly dose?: { readonly [L in Level]: Dose };
}

/** What an answer offers next, as a yes/no question ("Want to hear how to do the superman?"). */
export type FollowUp =
  | { readonly offer: 'howTo'; readonly exerciseId: string }
  | { readonly offer: 'tips'; readonly list: TipList }
  | { readonly offer: 'plan' }
  | { readonly offer: 'today' }
  /** Today's workout, started on a yes. */
  | { readonly offer: 'start' }
  | { readonly offer: 'burners' };

export type TipList = 'diet' | 'lifestyle' | 'avoid';

/**
 * Something people ask about by name ("how much water", "is sleep important", "tell me about genetics").
 * Its `id` is the slot value id of TopicName; its `names` are what people call it: the first is the slot value, the
 * rest its synonyms (lowercase, no two topics or exercises sharing one).
 */
export interface Topic {
  readonly id: string;
  readonly names: readonly string[];
  /**
   * Things the topic answers for, each asked about by names of its own ("sugar" of carbs, "roti" of fibre, "lemon" said
   * of water): said first, the direct answer to what was asked ("Sugar is fine in small amounts"), then the topic's
   * answer. A name counts said whole or inside the words asked with ("raat ko roti"); none is another topic's name.
   */
  readonly leads?: readonly TopicLead[];
  /** Two or three short sentences for the ear, faithful to the article (the sound version where it is loose). */
  readonly answer: string;
  readonly followUp?: FollowUp;
  /** Its answer says what the not-medical-advice notice says ("where does your advice come from"): not said twice. */
  readonly saysNotice?: true;
}

/** What one thing a topic answers for gets first, when asked about by one of `names`. */
export interface TopicLead {
  readonly names: readonly string[];
  readonly lead: string;
  /** The lead is the whole answer, in place of the topic's ("vegetarian" of protein: its foods are not the topic's). */
  readonly alone?: true;
}

/** One tip of a list: read as part of its list, and answered on its own when asked about by name. */
export interface Tip extends Topic {
  /** Two-to-five-word headline ("Eat enough protein"). */
  readonly title: string;
  /** The tip as its list reads it, for the ear. */
  readonly text: string;
}

/** A question people ask in many words; it has its own intent, and is a topic too ("tell me about spot reduction"). */
export interface Faq extends Topic {
  /** The intent whose samples ask it. */
  readonly intent: string;
  /** The question as a listener would ask it. */
  readonly question: string;
}

/** What kind of health worry was said: each gets its own short, safe answer. */
export type ConcernKind = 'effort' | 'pain' | 'nerve' | 'injury' | 'condition' | 'age' | 'pregnancy' | 'period' | 'unwell' | 'medicine' | 'medical-advice';

/** A pain, injury, condition or medicine people mention ("my knee", "sciatica", "diabetes"); slot values of ConcernName. */
export interface Concern {
  readonly id: string;
  readonly kind: ConcernKind;
  /** First is the slot value, the rest synonyms; lowercase. */
  readonly names: readonly string[];
  /**
   * Words that say it inside a longer phrase an open slot took ("I feel like I'm going to collapse", "I'm in agony"),
   * read by the skill but never slot values: each English model is at its budget, and Alexa sends such words as heard.
   */
  readonly heardIn?: readonly string[];
  /** Its own answer, instead of its kind's (making oneself sick is no condition to ask a doctor about training with). */
  readonly answer?: string;
  /** The effort of a hard round only in a workout: said with none under way, it is this concern ("out of breath"). */
  readonly outsideWorkout?: string;
  /** Said mid-workout, this answer, and the workout goes on (soreness from an earlier workout). */
  readonly inWorkout?: string;
  /** No pain: said to "does it still hurt?", a no ("not really pain, just tight"), and the workout goes on. */
  readonly notPain?: true;
  /** A medicine taken for a condition exercise can change (insulin, a blood thinner): workouts wait for a doctor's okay, as for the condition. */
  readonly checkFirst?: true;
  /** Training stops for the day, as after a warning sign: a workout under way ends, and none starts until tomorrow (sharp pain). */
  readonly stopsToday?: true;
}

export type DayKind = 'strength' | 'hiit' | 'cardio' | 'rest';
