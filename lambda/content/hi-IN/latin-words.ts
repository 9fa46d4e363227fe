/**
 * The only words hi-IN speech may write in Latin script. Amazon asks Hindi skills to write Hindi in Devanagari and
 * English words in Latin script: its one bilingual voice then says "workout" and "deadlift" the way Indians say them,
 * and reads the Devanagari as Hindi (a transliteration such as वर्कआउट is read with Hindi sounds instead). So the
 * English that people in India use for fitness stays English, and everything else is Hindi. Words long at home in
 * Hindi (डॉक्टर, मिनट, सेकंड, बेंच, फ़ोन, हार्मोन) are written in Devanagari like any Hindi word.
 *
 * A word outside this list in a hi-IN message or catalogue text is an English leak (tests/skill/hindi.test.ts).
 * Slot names and synonyms are what people say, in both scripts, and are not held to it.
 */
export const LATIN_WORDS: ReadonlySet<string> = new Set([
  // The skill and the wake word.
  ...['alexa', 'back', 'coach'],
  // India's mental health helpline, by its own name.
  ...['tele', 'manas'],
  // The exercises, their variations and the words a gym uses for them.
  ...['superman', 'extension', 'deadlift', 'romanian', 'single', 'leg', 'suitcase', 'carry', 'bent', 'over', 'row', 'one', 'arm'],
  ...['resistance', 'band', 'pull', 'apart', 'glute', 'bridge', 'hip', 'thrust', 'hinge', 'side', 'plank', 'lift', 'jackknife', 'crunches', 'carbs', 'keto'],
  ...['good', 'morning', 'barbell', 'bar', 'dumbbell', 'squat', 'hiit', 'cardio', 'walking', 'running', 'jogging', 'cycling', 'swimming'],
  ...['foam', 'rolling', 'roller', 'stretch', 'stretching', 'warm', 'cool', 'up', 'down'],
  // How a session is counted and coached.
  ...['workout', 'exercise', 'strength', 'training', 'session', 'set', 'rep', 'round', 'step', 'form', 'tone', 'gym', 'fitness'],
  ...['plan', 'level', 'beginner', 'intermediate', 'advanced', 'progress', 'tip', 'tips'],
  // The body and nutrition words the article's readers use in English.
  ...['core', 'glutes', 'hamstrings', 'posture', 'calorie', 'deficit', 'metabolism', 'cortisol', 'genes', 'protein', 'fiber'],
  ...['diet', 'crash', 'supplement', 'spot', 'reduction'],
  // What the user can say to the skill: the two commands that have no everyday Hindi word.
  ...['skip', 'undo'],
]);
