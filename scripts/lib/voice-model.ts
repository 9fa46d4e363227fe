import { EN_US_CATALOGUE } from '../../lambda/content/catalogue';
import { LEVELS } from '../../lambda/content/types';
import { ACTIVITIES } from '../../lambda/store/progress-store';
import { ACTIVITY_SYNONYMS, BUILT_IN_INTENTS, CUSTOM_INTENTS, INVOCATION_NAME, LEVEL_SYNONYMS, PROGRESS_INTENTS, WORKOUT_INTENTS } from '../model/en-US';

export const MODEL_PATH = 'skill-package/interactionModels/custom/en-US.json';

/** The slot value Alexa hears for an exercise: its id in words ("suitcase-carry" is "suitcase carry"). */
export function exerciseValueName(id: string): string {
  return id.replace(/-/g, ' ');
}

/** The en-US interaction model: intents from scripts/model, slot values from the content catalogue. */
export function buildInteractionModel() {
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        intents: [...CUSTOM_INTENTS, ...PROGRESS_INTENTS, ...WORKOUT_INTENTS, ...BUILT_IN_INTENTS].map((intent) => ({
          name: intent.name,
          ...(intent.slots && { slots: intent.slots.map((slot) => ({ name: slot.name, type: slot.type, samples: [] })) }),
          samples: [...intent.samples],
        })),
        types: [
          {
            name: 'ExerciseName',
            values: EN_US_CATALOGUE.exercises.map((exercise) => ({
              id: exercise.id,
              name: { value: exerciseValueName(exercise.id), synonyms: [...exercise.synonyms] },
            })),
          },
          {
            name: 'ActivityName',
            values: ACTIVITIES.map((id) => ({ id, name: { value: id, synonyms: ACTIVITY_SYNONYMS[id].filter((synonym) => synonym !== id) } })),
          },
          {
            name: 'LevelName',
            values: LEVELS.map((id) => ({ id, name: { value: id, synonyms: [...LEVEL_SYNONYMS[id]] } })),
          },
        ],
      },
    },
  };
}

export function renderInteractionModel(): string {
  return `${JSON.stringify(buildInteractionModel(), null, 2)}\n`;
}
