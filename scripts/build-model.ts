import { writeFileSync } from 'node:fs';
import { MODEL_PATH, renderInteractionModel } from './lib/voice-model';

writeFileSync(MODEL_PATH, renderInteractionModel());
console.log(`wrote ${MODEL_PATH}`);
