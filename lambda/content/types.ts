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
  | { readonly kind: 'hold'; readonly sets: number; readonly seconds: number; readonly perSide?: boolean }
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
  /** Named variations ("Romanian", "single-leg") and how they differ, spoken. */
  readonly variations?: readonly string[];
  readonly dose: { readonly [L in Level]: Dose };
}

export interface Tip {
  readonly id: string;
  /** Two-to-five-word headline ("Eat enough protein"). */
  readonly title: string;
  /** The tip itself, for the ear. */
  readonly text: string;
}

export interface Faq {
  readonly id: FaqId;
  /** The question as a listener would ask it. */
  readonly question: string;
  readonly answer: string;
}

export type FaqId = 'stubborn' | 'spot-reduction' | 'causes' | 'calorie-deficit';

export type DayKind = 'strength' | 'hiit' | 'cardio' | 'rest';

/** One kind of training day in the weekly plan. */
export interface SessionTemplate {
  readonly kind: DayKind;
  /** Spoken label: "a strength day", "a HIIT day". */
  readonly label: string;
  /** Exercise ids done in this session, in order. */
  readonly exerciseIds: readonly string[];
  /** What the session is, in a sentence. */
  readonly description: string;
}
