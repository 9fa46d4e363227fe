/**
 * The en-CA voice model: the en-US model, plus the sports Canadians name when they log ("I went skating",
 * "I played hockey") and a few ways they ask.
 */
import { SPARE_ENGLISH_TAILS, derivedModel, trimmedTails } from './derive';
import { EN_US_MODEL } from './en-US';

export const EN_CA_MODEL = derivedModel(EN_US_MODEL, {
  patterns: {
    HealthConcernIntent: ['I have {concern} should I be doing these eh'],
    SetRestDayIntent: [`I'd like {day} to be my rest day since I have hockey that night`],
    ThanksIntent: [`thanks eh`, `thanks a bunch eh`],
    TopicIntent: [`how much {topic} should I (drink|eat|get) eh`, `is {topic} once a week gonna wreck my progress`, 'how much {topic} is too much', 'is {topic} really that bad', 'can I still (grab|have) a {topic} (every morning|every day|now and then)'],
    ExerciseListIntent: ['what exercises are in the program'],
    DeleteDataIntent: ['erase all my (info|data)'],
    FinishedTodayIntent: ['mark today (complete|done)'],
    TooEasyIntent: ['this is (way|) too easy for me eh'],
    EndWorkoutIntent: [`I've got to run [and drive the kids to hockey] so end the workout here`, 'stop the workout I (gotta|have to) (head out|go|run)'],
    'AMAZON.YesIntent': ['(yeah for sure|for sure|yeah you bet|you bet)'],
    'AMAZON.PauseIntent': ['hold on [eh] I (gotta|have to) (run to|go to) the washroom', '(hold on|one sec) [eh]'],
    WorkoutForDayIntent: ["what's the workout for today eh", "what's on the go today"],
    LogActivityIntent: ['I went for a {minutes} minute {activity} [at the rink]', 'I played {activity} [today|{date}]'],
  },
  // Room for the base to grow: tails no English tuning or development utterance matches (SPARE_ENGLISH_TAILS).
  baseSamples: trimmedTails(EN_US_MODEL, SPARE_ENGLISH_TAILS, 40),
  activitySynonyms: {
    cardio: ['skating', 'skated', 'skate', 'hockey', 'cross country skiing', 'snowshoeing', 'paddling', 'canoeing'],
  },
});
