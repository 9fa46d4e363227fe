/**
 * The en-CA voice model: the en-US model, plus the sports Canadians name when they log ("I went skating",
 * "I played hockey") and a few ways they ask.
 */
import { derivedModel } from './derive';
import { EN_US_MODEL } from './en-US';

export const EN_CA_MODEL = derivedModel(EN_US_MODEL, {
  patterns: {
    WorkoutForDayIntent: ["what's the workout for today eh", "what's on the go today"],
    LogActivityIntent: ['I played {activity} [today|{date}]'],
  },
  activitySynonyms: {
    cardio: ['skating', 'skated', 'hockey', 'cross country skiing', 'snowshoeing', 'paddling', 'canoeing'],
  },
});
