/**
 * The en-IN voice model: the en-US model, plus the way people in India say things in English ("what is today's
 * workout", "how to do superman exercise", "I did my walking"), and the sports and practices they name.
 */
import { derivedModel } from './derive';
import { EN_US_MODEL } from './en-US';

const EXERCISE_WORD = '[exercise|workout|pose]';

export const EN_IN_MODEL = derivedModel(EN_US_MODEL, {
  patterns: {
    WorkoutForDayIntent: [
      "what is today's (workout|exercise|plan)",
      '(tell me|say|give me) my (workout|exercise|exercises) for (today|{date})',
      '(which|what) (workout|exercise|exercises) (for today|today|I should do today|should I do today)',
      "(today's|today) what (workout|exercise)",
      'what (workout|exercise) I have to do [today|{date}]',
    ],
    WeeklyPlanIntent: ['(tell me|give me|what is) the (full|complete|whole) (week plan|week schedule|weekly schedule|weekly plan)', 'week plan'],
    ExerciseHowToIntent: [
      `how to do {exercise} ${EXERCISE_WORD} [properly|correctly]`,
      `(what is|tell me) the (correct|right|proper) way to do [the] {exercise} ${EXERCISE_WORD}`,
      `(explain|teach me|tell me) {exercise} ${EXERCISE_WORD} [steps]`,
      '{exercise} (exercise|pose) steps',
    ],
    TopicIntent: ['is {topic} good for (health|weight loss)', 'how much {topic} (to eat|to drink|to take) [daily|per day]'],
    FinishedTodayIntent: ["(I have done|I have completed|I have finished|completed) (today's|my) (workout|exercise) [for today]", "today's (workout|exercise) (completed|finished|over)"],
    LogActivityIntent: ['(today|just now) I did {activity}', 'I have done {activity} [today|{date}]', 'I did {activity} for {duration}'],
    WeeklyProgressIntent: ['(how is|show|tell me) my progress [this week]', 'what is my progress [this week]'],
    SpotReductionIntent: ['can I reduce fat only from my (back|lower back)'],
  },
  activitySynonyms: {
    cardio: ['badminton', 'cricket', 'skipping', 'skipping rope', 'football'],
    walk: ['morning walk', 'evening walk'],
    stretch: ['pranayama', 'surya namaskar'],
  },
  sessionSynonyms: { stretch: ['pranayama'] },
});
