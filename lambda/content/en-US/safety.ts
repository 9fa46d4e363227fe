import type { Concern, ConcernKind } from '../types';

/** Where to find help now, for thoughts of ending one's life and for feeling low alike. */
const FIND_HELP =
  "I'm really sorry you're feeling this way. You don't have to carry it alone: talk to someone you trust, or your doctor. If you're thinking about hurting yourself or ending your life, call or text nine eight eight, any time. If you're in danger right now, call nine one one.";

/**
 * Health worries people mention, as slot values of ConcernName (first name) and their synonyms. Each kind gets one
 * short, safe answer: the coach never diagnoses, and never prescribes exercise for a pain, injury or condition.
 * Soreness is kind 'pain' because the pain answer tells normal next-day soreness apart from pain that needs a doctor.
 */
export const CONCERNS = [
  // Pains and symptoms.
  { id: 'pain', kind: 'pain', names: ['pain', 'aches and pains', 'ache', 'aches', 'hurting', 'discomfort', 'a lot of pain', 'so much pain', 'in pain', 'twinge', 'twinges', 'niggle',
      // Pain in an arm has no part of its own: with a sweat it is the heart's warning sign (found trying the console in
      // Indian English, December 5: "my left arm is hurting and I'm sweating" was out of scope). Named, a sample holds it.
      'my arm hurts', 'my left arm hurts', 'my arm is hurting', 'my left arm is hurting', 'arm pain', 'pain in my arm', 'pain in my left arm'],
    // "It's pinching in my lower back" (found by a helper: heard as a level change).
    heardIn: ['pinching', 'pinches', "it's pinching",
      // Found by helpers trying the console (December 7): "can I skip this, it bothers my knees" read the deadlift's steps
      // mid-workout; "got a catch in my back" was out of scope.
      'bothers my', 'bothering my', "it's bothering me", 'it bothers me', 'a catch', 'spasming', 'spasm', 'spasms'] },
  {
    id: 'back-pain',
    kind: 'pain',
    names: ['back pain', 'backache', 'back ache', 'sore back', 'bad back', 'back problem', 'back problems', 'upper back pain', 'my back',
      // Found by a helper trying the console mid-workout (December 3): said the moment it happens.
      'my back just went', 'my back went', "my back's gone", 'my back gave out', 'my back just gave out',
      // Found by a helper trying the console in en-AU (December 5): the fallback.
      "back's playing up", 'my back is playing up'],
  },
  {
    id: 'lower-back-pain',
    kind: 'pain',
    names: ['lower back pain', 'low back pain', 'lower backache', 'lower back ache', 'lumbar pain', 'sore lower back', 'waist pain', 'lower back', 'lumbar area', 'bottom of my back', 'lower spine', 'tailbone', 'low back', 'my low back', 'my lower back'],
  },
  {
    id: 'knee-pain',
    kind: 'pain',
    names: ['knee pain', 'knee', 'knees', 'bad knees', 'sore knees', 'sore knee', 'knee ache', 'knee problem', 'knee problems', 'kneecap', 'kneecaps'],
  },
  {
    id: 'neck-pain',
    kind: 'pain',
    names: ['neck pain', 'neck', 'stiff neck', 'sore neck', 'neck ache', 'neck problem', 'cervical pain', 'cervical'],
  },
  {
    id: 'shoulder-pain',
    kind: 'pain',
    names: ['shoulder pain', 'shoulder', 'shoulders', 'sore shoulder', 'shoulder ache', 'shoulder problem', 'frozen shoulder'],
  },
  { id: 'hip-pain', kind: 'pain', names: ['hip pain', 'hip', 'hips', 'sore hip', 'hip ache', 'hip problem', 'bad hip', 'groin'] },
  { id: 'wrist-pain', kind: 'pain', names: ['wrist pain', 'wrist', 'wrists', 'sore wrist', 'wrist ache', 'weak wrists'] },
  { id: 'ankle-pain', kind: 'pain', names: ['ankle pain', 'ankle', 'foot', 'feet', 'foot pain', 'heel pain', 'sore ankle', 'sore feet', 'plantar fasciitis', 'achilles'] },
  { id: 'joint-pain', kind: 'pain', names: ['joint pain', 'sore joints', 'joint ache', 'achy joints', 'stiff joints', 'joints', 'sore elbow'] },
  {
    id: 'chest-pain',
    kind: 'pain',
    names: ['chest pain', 'chest', 'chest tightness', 'tight chest', 'pain in my chest', 'chest pressure', 'heart pain', 'tightness in my chest', 'chest pains', 'chest feels tight', "feels like there's an elephant sitting on my chest", 'elephant sitting on my chest', 'pressure in my chest', 'my chest hurts'],
    // Happening now, not had before (found by a helper: "I'm having a heart attack" got the condition's answer).
    heardIn: ['having a heart attack', 'a heart attack right now'],
  },
  {
    id: 'dizziness',
    kind: 'pain',
    names: ['dizziness', 'dizzy', 'giddy', 'giddiness', 'feeling dizzy', 'lightheaded', 'light headed', 'lightheadedness', 'vertigo', 'head spinning', 'the room is spinning', 'room spinning', 'woozy', 'dizzy spell', 'the whole room is tilting', 'room is tilting', "the room's spinning", "my head's swimming", 'my head is swimming', 'head swimming', "everything's spinning", 'everything is spinning',
      // Found by a helper trying the console mid-workout (December 3, second round).
      'my head is spinning', 'head is spinning', "my head's spinning",
      // Found by a helper trying the console mid-workout (December 5): the fallback.
      'room is spinning', "head's spinning", 'kinda lightheaded', 'feel dizzy', 'feel lightheaded', 'feel kinda lightheaded'],
  },
  {
    id: 'fainting',
    kind: 'pain',
    names: ['fainting', 'faint', 'feeling faint', 'fainted', 'passing out', 'passed out', 'blacking out', 'blackout', 'going to faint', 'about to faint', 'pass out', 'about to pass out', 'black out', 'about to black out', 'blacked out', 'almost blacked out', 'seeing spots', "i'm seeing spots", 'gonna pass out', "i'm gonna pass out", 'going to pass out', "i'm going to pass out", 'collapsed', 'i collapsed', "everything's going black", 'everything is going black'],
    // Found by a helper trying the console for safety (December 5): "I feel like I'm going to collapse" was out of scope.
    heardIn: ['collapse', 'going to collapse', 'gonna collapse', 'about to collapse', 'everything went black', 'everything went dark', 'my vision went black', 'my vision went dark',
      // Found by a helper trying the console mid-HIIT (December 5): "I don't know that one yet. Say next to carry on".
      // Only as symptoms are said: "I want to see stars tonight", "I see spots on my skin" and "tunnel vision about losing
      // fat" are no warning sign (found in review: each ended the session).
      'seeing stars', "i'm seeing stars", 'seeing black spots', 'everything going black', 'everything goes black', 'vision is going black', 'vision going black', 'greying out', 'graying out'],
  },
  {
    id: 'breathlessness',
    kind: 'pain',
    names: ['shortness of breath', 'short of breath', 'breathless', 'breathlessness', 'catch my breath', 'get my breath', 'breathe properly', 'trouble breathing', 'difficulty breathing', 'breathe', "can't breathe", 'cannot breathe', 'gasping for air', 'gasping', "can't get my breath", "i can't catch my breath", "can't catch my breath", "can't get enough air", "i can't get enough air", "can't get a full breath"],
    heardIn: ['having an asthma attack', 'having a bad asthma attack'],
  },
  {
    // What a hard set or a HIIT round is meant to feel like, said mid-workout ("I'm out of breath", "my glutes are
    // burning"): tried as a user, it was a warning sign that stopped the workout for the day. Not being able to catch
    // a breath, a racing or fluttering heart, and burning pain stay warning signs and pain.
    // Named after pain of every kind ("a burning pain in my knee" is pain), and never inside another question ("fat
    // burning"): only a whole report is effort (see named.ts).
    id: 'effort',
    kind: 'effort',
    names: [
      'burning', 'the burn', 'a burn', 'muscle burn', 'burning muscles', 'muscles are burning', 'my muscles are burning', 'legs are burning', 'my legs are burning',
      'arms are burning', 'my arms are burning', 'glutes are burning', 'my glutes are burning', 'hamstrings are burning', 'my hamstrings are burning',
      'thighs are burning', 'my thighs are burning', 'quads are burning', 'my quads are burning', 'abs are burning', 'my abs are burning',
      'shoulders are burning', 'my shoulders are burning', 'core is burning', 'my core is burning',
      'legs are on fire', 'my legs are on fire', 'arms are on fire', 'my arms are on fire', 'my glutes are on fire', 'my muscles are on fire',
      'wobbly legs', 'my legs feel wobbly', 'my legs feel like jelly', 'legs feel like jelly',
    ],
  },
  {
    // Out of breath, a pounding heart: the effort of a hard round in a workout; with none under way ("my heart is
    // pounding while I rest", "I get out of breath on the stairs"), a warning sign, as before.
    id: 'effort-breath',
    kind: 'effort',
    outsideWorkout: 'breathlessness',
    names: [
      'out of breath', 'so out of breath', 'winded', 'breathing hard', 'breathing so hard', 'breathing heavy', 'breathing heavily', 'puffed', 'puffed out',
      'puffing', 'huffing and puffing', 'panting',
      'my heart is pounding', 'heart is pounding', "heart's pounding", "my heart's pounding", 'pounding heart', 'heart is beating fast', 'heart beating fast',
      'heart is beating really fast', 'my heart is beating fast', 'heart beats so fast', 'my heart rate is high', 'heart rate is so high',
    ],
  },
  {
    id: 'palpitations',
    kind: 'pain',
    names: ['palpitations', 'heart palpitations', 'racing heart', 'pounding heart', 'irregular heartbeat', 'my heart is racing', 'heart racing', "my heart's racing", 'heart skipping beats', 'my heart is skipping beats', 'my heart is fluttering', "my heart's fluttering", 'heart fluttering', 'heart is racing', "heart's racing", "my heart's pounding like crazy", 'heart keeps skipping', 'my heart keeps skipping', 'my heart is doing this fluttery thing', "heart's going a million miles an hour", "my heart's pounding out of my chest", "heart's pounding out of my chest", 'my heart is pounding out of my chest', 'my heart is beating very fast', 'heart is beating very fast', 'my heart is beating so fast',
      // Found by a helper trying the console (December 3, fourth round).
      "my heart's going crazy", 'my heart is going crazy', "heart's going crazy", "my heart's going mad", 'my heart is going mad', "heart's going mad"],
  },
  {
    // Signs that something is wrong inside, said most often after a workout ("went swimming and passed blood"). No bare
    // "blood" or "sick": "blood pressure" and "sick of this" are not these.
    id: 'warning-signs',
    kind: 'pain',
    names: ['vomiting', 'vomited', 'vomit', 'threw up', 'throwing up', 'throw up', 'puked', 'puke', 'puking', 'passed blood', 'passing blood', 'peeing blood', 'blood in my urine', 'blood in my pee', 'blood in my stool', 'coughing up blood', 'coughed up blood', 'blurred vision', 'blurry vision', 'vision is blurry', 'vision went blurry', 'double vision',
      // Found by a helper trying the console (December 3, fourth round): mid-workout these got "say next to carry on".
      'gonna hurl', 'going to hurl', 'gonna throw up', 'going to throw up', 'gonna be sick', 'going to be sick', 'feel like throwing up', 'about to throw up',
      // A cold sweat, or an aching jaw, in a workout can be the heart (found by sending a blind set of health phrasings
      // through the skill, December 4: "I'm all sweaty and clammy and my jaw aches" got the answer for pain). Not
      // "clammy" alone: palms go clammy with nerves (found in review).
      'cold sweat', 'cold sweats', 'a cold sweat', 'jaw aches', 'my jaw aches', 'jaw pain', 'pain in my jaw', 'my jaw hurts',
      'weak all of a sudden', 'really weak all of a sudden', 'suddenly weak', 'sudden weakness', 'weak on one side', 'slurred speech', 'face drooping',
      // Found by a helper trying the console mid-workout (December 3): "my left arm feels numb" got "say next to carry
      // on". An arm or hand gone numb in a workout can be the heart: it is a warning sign, not the nerve answer.
      'my arm feels numb', 'my arm is numb', 'my left arm feels numb', 'my left arm is numb', 'left arm is numb', 'numb left arm', 'numb arm',
      "my arm's gone numb", 'my arm has gone numb', 'my arm went numb', 'my hand is numb', 'my hand feels numb', 'my left hand is numb',
      'my left hand feels numb', 'numb hand', 'pins and needles in my arm', 'tingling in my arm', 'my arm is tingling', 'my left arm is tingling', 'my arm tingles', 'my left arm tingles',
      // Found in review: pain or numbness in the jaw or face mid-workout can be the heart too.
      'my jaw hurts', 'jaw pain', 'pain in my jaw', 'my face feels numb', 'my face is numb', 'numbness in my arm', 'numbness in my left arm',
      // Found by helpers trying the console as a pregnant user and a diabetic one (December 3): bleeding got the pain
      // answer ("resume when it feels right"), and low sugar or shaking and sweating mid-workout was out of scope.
      // The words after "I'm" and "I feel", which the carriers leave the slot (found in review: "I'm shaking" was a topic).
      'bleeding', 'vaginal bleeding', 'spotting', 'my sugar is low', 'low sugar', 'low blood sugar', 'hypo', 'shaky and sweaty', 'sweating and shaking',
      'cold sweat', 'blood sugar is low', 'my blood sugar is low', 'pregnant and spotting', 'pregnant and bleeding'],
    // Found by a helper trying the console for safety (December 5): out of scope, or a question about a condition.
    heardIn: ['having a stroke', 'having a seizure', 'having a fit', 'suddenly confused', 'confused', 'hit my head', 'banged my head', 'bumped my head', 'sugar is dropping', 'my sugar is dropping', 'sugar dropping', 'going hypo',
      // Found in review (December 5): en-IN "my sugar is going low" mid-workout got the answer for diabetes.
      'sugar is going low', 'sugar going low', 'sugar has gone low', 'sugar has dropped', 'sugar went low', 'shaking and sweating'],
  },
  {
    id: 'cramp',
    kind: 'pain',
    names: ['cramp', 'cramps', 'muscle cramp', 'leg cramp', 'calf cramp', 'muscle spasm', 'spasm', 'back spasm', 'charley horse', 'side stitch', 'stitch in my side', 'cramping up', 'cramping', 'my calf just locked up', 'locked up into a knot',
      // Found by sending a blind set of health phrasings through the skill (December 4): "I have a stitch in my side",
      // heard as "I have a {concern} in my side", was out of scope.
      'stitch', 'a stitch', 'a side stitch'],
  },
  {
    id: 'sharp-pain',
    kind: 'pain',
    // Found by a helper trying the console: mid-set, it paused to "resume when it feels right".
    stopsToday: true,
    names: ['sharp pain', 'shooting pain', 'stabbing pain', 'sudden pain', 'severe pain', 'burning pain', 'sudden sharp pain', 'sharp pains'],
    // Found by a helper trying the console for safety (December 5): out of scope.
    heardIn: ['agony', 'in agony', 'excruciating', 'crack in my back', 'heard a crack', 'something cracked', 'heard a snap', 'something snapped',
      // Found by a helper trying the console (December 7): "felt something go in my back" mid-workout was out of scope.
      'felt something go', 'something went in my', 'felt something give'],
  },
  {
    id: 'numbness',
    // Found by a helper trying the console: "my legs feel numb after deadlifts" got the pain answer, which ends
    // "mild soreness a day after training is normal". Numbness is its own answer.
    kind: 'nerve',
    names: ['numbness', 'numb', 'going numb', 'tingling', 'pins and needles', 'numb legs', 'numb feet', 'leg weakness', 'weak legs', 'feel my legs', 'feel my feet', 'numb toes', 'legs feel weak', 'my legs feel weak', 'my legs feel weak and wobbly', 'legs are weak', 'my legs are weak', 'legs are going numb', 'my legs are going numb', 'fingers are going cold', 'my fingers are going numb',
      // Found by a helper trying the console (December 3): a part of the body gone numb, said plainly.
      'my leg feels numb', 'my leg is numb', 'leg feels numb', 'numb leg', 'my foot feels numb', 'my foot is numb', 'numb foot', 'my leg is tingling', 'my foot is tingling', 'my leg tingles', 'my legs tingle', 'my foot tingles', 'my feet tingle', 'pins and needles in my leg',
      // Found by sending a blind set of health phrasings through the skill (December 4): out of scope, or a topic.
      'tingly', 'go tingly', 'going tingly', 'prickly', 'cold and prickly', 'going cold and prickly'],
    // Losing control of the bladder or bowels can be a nerve emergency (found by a helper: out of scope).
    heardIn: ['lost control of my bladder', 'lost control of my bowels', "can't control my bladder", "can't control my bowels", 'wet myself'],
  },
  {
    id: 'soreness',
    kind: 'pain',
    names: [
      'soreness',
      'muscle soreness',
      'sore muscles',
      'doms',
      'delayed onset muscle soreness',
      'sore',
      'stiffness',
      'stiff muscles',
      'body ache',
      'stiff',
      'so stiff',
      'achy',
      'muscles are sore',
      'my muscles are sore',
      'sore from yesterday',
      'still sore',
      'body is aching',
      'my body is aching',
      'aching all over',
      'bit sore',
      'a bit sore',
    ],
    // Tried as a user: "I'm really sore from yesterday" mid-workout paused it with "stop the move that hurts".
    inWorkout:
      'Muscles that ache a day or two after a workout are normal, and settle on their own. Go gently today: fewer reps, or a lighter weight. If a move brings sharp pain, or pain in a joint, stop, and say it hurts.',
  },
  {
    // Found by a helper trying the console: "not really pain, just tight" after "does it still hurt?" was heard as a
    // level change. A tight muscle is no reason to stop, but worth easing into; pain still is.
    id: 'tightness',
    kind: 'pain',
    names: ['tight', 'just tight', 'a bit tight', 'feels tight', 'tightness', 'tight muscles', 'tight hamstrings', 'tight hips', 'feels a bit tight', 'kind of tight', 'my back is tight', "my back's tight"],
    inWorkout:
      "A tight feeling is common. Move slowly, keep the range small, and breathe. Stretch after your workout. If it turns into pain, stop, and say it hurts.",
    // Told with no workout under way ("my lower back is a little stiff", found by a helper trying the console as an
    // office worker: the answer for pain). Stiffness is no reason to rest; pain, or stiffness that lasts, is a doctor's.
    answer:
      "Stiffness is common, more so after sitting a long time or first thing in the morning, and gentle movement usually eases it. Warm up slowly, and keep your moves small and smooth at first. If it hurts, is sharp, or lasts more than a few days, see a doctor or a physiotherapist.",
    notPain: true,
  },

  // Injuries.
  {
    id: 'sciatica',
    kind: 'injury',
    names: ['sciatica', 'sciatic pain', 'sciatic nerve pain', 'sciatic nerve', 'pinched nerve', 'nerve pain', 'trapped nerve', 'pain shoots down my leg', 'pain shooting down my leg', 'burning down my leg', 'shooting pain down my leg', 'shooting pain down the back of my leg'],
  },
  {
    id: 'slipped-disc',
    kind: 'injury',
    names: ['slipped disc', 'slip disc', 'slipped disk', 'slip disk', 'disc problem', 'disc problems', 'disc injury', 'slipped a disc', 'slipped my disc'],
  },
  {
    id: 'herniated-disc',
    kind: 'injury',
    names: ['herniated disc', 'herniated disk', 'disc herniation', 'prolapsed disc', 'disc prolapse'],
  },
  { id: 'bulging-disc', kind: 'injury', names: ['bulging disc', 'bulging disk', 'disc bulge', 'disk bulge'] },
  {
    id: 'sprain',
    kind: 'injury',
    names: ['sprain', 'sprained ankle', 'twisted ankle', 'sprained wrist', 'ligament injury', 'torn ligament', 'sprained my ankle', 'rolled my ankle', 'twisted my ankle', 'sprained my wrist', 'sprained my back', 'rolled ankle'],
  },
  {
    id: 'pulled-muscle',
    kind: 'injury',
    names: ['pulled muscle', 'muscle strain', 'strained muscle', 'muscle pull', 'torn muscle', 'back strain', 'pulled back', 'pulled a muscle', 'strained a muscle', 'tweaked my back', 'strained my back', 'pulled my back', 'strained calf', 'pulled hamstring', 'pulled something', 'tweaked something'],
  },
  { id: 'hernia', kind: 'injury', names: ['hernia', 'inguinal hernia', 'umbilical hernia', 'hiatal hernia'] },
  {
    id: 'injury',
    kind: 'injury',
    names: ['injury', 'injuries', 'injured', 'old injury', 'sports injury', 'fracture', 'broken bone', 'acl', 'torn acl', 'tore my acl', 'broken leg', 'broke my leg', 'broken arm', 'broken wrist', 'torn meniscus', 'rotator cuff', 'tendonitis', 'tennis elbow', 'shin splints', 'whiplash'],
    // A fall (found by a helper trying the console as an Indian user, December 5: "I fell down" mid-workout was not
    // understood, and the next "next" went on). Not "I fell" alone: "I fell asleep".
    heardIn: ['fell down', 'fell over', 'tripped and fell', 'slipped and fell', 'had a fall', 'took a fall'],
  },

  // Medical conditions.
  {
    id: 'diabetes',
    kind: 'condition',
    names: ['diabetes', 'diabetic', 'sugar', 'sugar problem', 'blood sugar', 'high sugar', 'type two diabetes', 'type one diabetes', 'type one diabetic', 'type two diabetic', 'gestational diabetes'],
  },
  {
    id: 'high-blood-pressure',
    kind: 'condition',
    names: ['high blood pressure', 'hypertension', 'blood pressure', 'b p', 'bp', 'high b p', 'high bp', 'b p problem'],
  },
  { id: 'low-blood-pressure', kind: 'condition', names: ['low blood pressure', 'low b p', 'hypotension', 'my blood pressure is low', 'my blood pressure tends to run low', 'my blood pressure runs low'] },
  {
    id: 'heart-condition',
    kind: 'condition',
    names: [
      'heart condition',
      'heart disease',
      'heart problem',
      'heart problems',
      'heart trouble',
      'heart attack',
      'heart failure',
      'angina',
      'stent',
      'bad heart',
      'heart',
      'afib',
      'a fib',
      'atrial fibrillation',
    ],
    // Found by a helper trying the console as an older user (December 5): "I have a pacemaker" was "not something I can
    // help with", and the workout then started with no doctor question.
    heardIn: ['pacemaker', 'a pacemaker', 'defibrillator', 'an icd', 'heart stent', 'stents', 'heart bypass', 'bypass surgery', 'angioplasty', 'heart surgery', 'heart murmur', 'cardiomyopathy', 'arrhythmia'],
  },
  {
    id: 'health-condition',
    kind: 'condition',
    names: ['medical condition', 'health condition', 'health problem', 'health problems', 'health issues', 'chronic illness', 'fibromyalgia', 'chronic fatigue', 'lupus', 'multiple sclerosis', 'cancer', 'chemo', 'long covid', 'covid', 'epilepsy', 'stroke', 'a stroke', 'obese', 'obesity', 'morbidly obese'],
  },
  { id: 'high-cholesterol', kind: 'condition', names: ['high cholesterol', 'cholesterol'] },
  { id: 'asthma', kind: 'condition', names: ['asthma', 'asthmatic', 'wheezing'] },
  {
    id: 'arthritis',
    kind: 'condition',
    names: ['arthritis', 'osteoarthritis', 'rheumatoid arthritis', 'gout'],
  },
  {
    id: 'osteoporosis',
    kind: 'condition',
    names: ['osteoporosis', 'osteopenia', 'weak bones', 'brittle bones', 'low bone density'],
  },
  { id: 'scoliosis', kind: 'condition', names: ['scoliosis', 'curved spine', 'curve in my spine', 'kyphosis', 'my spine is curved', 'spine is curved'] },
  {
    id: 'spondylosis',
    kind: 'condition',
    names: ['spondylosis', 'spondylitis', 'cervical spondylosis', 'lumbar spondylosis', 'ankylosing spondylitis'],
  },
  {
    id: 'thyroid',
    kind: 'condition',
    names: ['thyroid', 'thyroid problem', 'hypothyroidism', 'hyperthyroidism', 'underactive thyroid', 'overactive thyroid', 'hypothyroid', "hashimoto's"],
  },
  {
    id: 'pcos',
    kind: 'condition',
    names: ['p c o s', 'pcos', 'p c o d', 'pcod', 'polycystic ovary syndrome', 'polycystic ovaries'],
  },
  { id: 'kidney-disease', kind: 'condition', names: ['kidney disease', 'kidney problem', 'kidney problems', 'kidney stones'] },
  {
    id: 'surgery',
    kind: 'condition',
    names: [
      'surgery',
      'back surgery',
      'operation',
      'recent surgery',
      'spine surgery',
      'knee surgery',
      'knee replacement',
      'hip replacement',
      'hip surgery', 'shoulder surgery', 'spinal surgery', 'heart surgery', 'hernia surgery', 'hernia repair', 'abdominal surgery', 'an operation', 'surgery on my back',
      'bypass surgery', 'spinal fusion', 'fusion surgery', 'gallbladder removed', 'gallbladder surgery', 'hysterectomy', 'appendix removed',
      // Found by sending a blind set of health phrasings through the skill (December 4): out of scope.
      'microdiscectomy', 'a microdiscectomy', 'discectomy', 'a discectomy', 'laminectomy', 'a laminectomy',
    ],
  },

  {
    id: 'eating-disorder',
    kind: 'condition',
    names: ['eating disorder', 'an eating disorder', 'anorexia', 'anorexic', 'bulimia', 'bulimic', 'binge eating', 'binge eating disorder', 'disordered eating'],
    // Found by a helper trying the console for safety (December 5): "I make myself throw up after eating" got the urgent
    // answer, and binging was out of scope.
    heardIn: ['make myself throw up', 'make myself sick', 'make myself vomit', 'making myself throw up', 'making myself sick', 'starve myself', 'starving myself', 'binge and', 'i binge', 'purging', 'purge',
      // Asked, not told (found by a helper trying the console as an Indian user, December 5: "should I throw up after
      // eating" got the urgent answer, flagged the day, and "can I take laxatives to lose weight" the plan for fat loss).
      // The warning signs' words, heard here only where they are asked about as a way to lose weight (see askedAsAMeans
      // in named.ts): said otherwise, the warning sign ranks first.
      'throw up', 'throwing up', 'vomit', 'vomiting', 'puke', 'puking', 'laxative', 'laxatives'],
    answer:
      "Making yourself sick, taking laxatives or eating very little harms your body and is no way to lose fat. With an eating disorder, now or before, cutting calories can do harm. Please talk to your doctor about how you eat: you deserve support. When they say it's okay, I can help with gentle, steady exercise.",
  },
  {
    id: 'older-age',
    kind: 'age',
    names: ['my age', 'of my age', 'at my age', 'someone my age', 'people my age', 'someone of my age', 'too old', 'too old for this', 'too old to start', 'getting older', 'old age', 'elderly', 'a senior', 'senior citizen', 'seniors', 'senior citizens', 'over sixty', 'over sixty five', 'over seventy', 'over eighty', 'in my sixties', 'in my seventies', 'in my eighties', 'getting old', "i'm getting old", 'too late for me', 'too late to start'],
  },
  {
    id: 'younger-age',
    kind: 'age',
    names: ['a teenager', 'teenager', 'too young'],
    // Found trying the console (December 6): "I'm 15" heard the answer for any age, "more so if you're older".
    answer:
      "Back Coach is made for adults. While you're still growing, talk with a parent and your doctor before you try to lose fat, and don't cut back on food: your body needs it to grow. Playing sports, being active every day, and sleeping well all help.",
  },

  // Pregnancy and after birth.
  // "I'm expecting", "we're expecting", heard as the topic's slot takes it (found by a helper trying the console in en-GB,
  // December 7: "I don't know that one yet", and HIIT then started with no doctor's okay asked); never "expecting results",
  // nor "expecting" inside a question ("what results should I be expecting": found in review).
  { id: 'pregnancy', kind: 'pregnancy', names: ['pregnancy', 'pregnant', 'expecting a baby', 'trying to get pregnant', 'pregnant again', 'weeks along', 'while expecting', "while i'm expecting"], heardIn: ['expecting', "i'm expecting", 'i am expecting', 'im expecting', "we're expecting", 'we are expecting', 'weeks gone'] },
  {
    id: 'postpartum',
    kind: 'pregnancy',
    names: [
      // "I just had a baby", the carrier taking "baby" (found in a second review: out of scope mid-workout). Inside a
      // longer phrase it is no report ("baby steps": EVERYDAY_NAMES).
      'baby',
      'after giving birth',
      'delivered my baby',
      'giving birth',
      'postpartum',
      'post pregnancy',
      'after delivery',
      'c section',
      'caesarean',
      'cesarean',
      'breastfeeding',
      'new mom',
      'diastasis recti',
      'ab separation',
      'had a baby',
      'a baby',
      'a c section',
      'having the baby',
      'having my baby',
      // Found by a helper trying the console as an Indian user (December 5): "That's not something I can help with yet".
      'delivered',
      'gave birth',
      'normal delivery',
    ],
    // "I want to lose my baby weight" started a workout with no word of the birth (found by a helper).
    // The pelvic floor and a gap down the tummy, and a baby had, said inside a longer question (found by a helper trying
    // the console as a mother seven months after birth: "I leak a bit when I jump", "I can't do jumping, my pelvic floor"
    // and "is HIIT ok after having a baby" were out of scope, "my abs separation" not known, and the deadlift's answer to
    // "can I do deadlifts with diastasis" spoke of a pregnancy).
    heardIn: [
      'baby weight', 'after my baby', 'after the baby', 'since my baby', 'since having my baby', 'since the baby',
      'having a baby', 'had my baby', 'having my baby', 'after birth', 'post natal', 'postnatal',
      'weak pelvic floor', 'pelvic floor problems', 'pelvic floor issues', 'pelvic floor is weak', 'jumping my pelvic floor', 'jump my pelvic floor', 'diastasis', 'abs separation', 'ab gap', 'abs gap', 'tummy gap', 'gap in my tummy', 'gap in my abs', 'gap in my stomach',
      'bulge in my tummy', 'bulge in my stomach', 'tummy bulge', 'doming', 'coning', 'prolapse',
      'pelvic floor dysfunction', 'leak a bit when', 'leak a little when', 'leak when i', 'leaking when', 'leak when i jump', 'leak when i cough', 'leak when i sneeze', 'leaking when i jump', 'wet myself', 'pee a little when', 'bladder leaks',
    ],
    answer:
      "After a baby, check with your doctor, midwife or a women's health physio before you step up exercise, even months on. Tell them about any leaking, or a gap or bulge down your tummy: they'll say when jumping, crunches and heavy lifting are right.",
  },

  // Periods: no bare "period" or "periods", which are also rest periods between sets.
  {
    id: 'period',
    kind: 'period',
    names: ['my period', 'my periods', 'on my period', 'on period', 'in periods', 'during periods', 'during my period', 'period pain', 'period pains', 'period cramps', 'menstrual cramps', 'menstruation', 'menstruating', 'pms', 'time of the month'],
    // "I am having periods, can I do workout" (found by a helper trying the console in Indian English: the answer for a
    // medical condition, "check with your doctor").
    heardIn: ['having periods', 'having my periods', 'having period', 'having my period', 'periods going on', 'periods are going on', 'on periods', 'on my periods'],
  },
  // Feeling ill: a cold or a fever, or sick to the stomach. "Sick" is the slot's value in "I feel {concern}"; "sick of
  // this" is a figure of speech (named.ts, IDIOMS), and inside a topic question "sick" and "a cold" do not count.
  {
    id: 'unwell',
    kind: 'unwell',
    names: ['sick', 'feel sick', 'feeling sick', 'sick to my stomach', 'felt sick', 'nausea', 'nauseous', 'nauseated', 'queasy', 'feel unwell', 'feeling unwell', 'under the weather', 'a cold', 'a bad cold', 'a head cold', 'have a cold', 'got a cold', 'caught a cold', 'the flu', 'flu', 'a fever', 'fever', 'covid', 'a stomach bug', 'sore throat', 'feel ill', 'feeling ill', 'not feeling well', "i'm not feeling well", "i'm not feeling well today", 'i am not feeling well', 'i am not feeling well today', 'i am not well', 'not feeling good', "i'm not feeling good", 'not feeling great', "i'm not feeling great", 'i am not feeling good', 'hungover', 'hung over', "i'm hungover", 'a hangover',
      // Found by a helper trying the console mid-workout (December 3, second round).
      'weird', 'feel weird', 'i feel weird', 'feeling weird', 'feel funny', 'feeling funny', 'headache', 'a headache', 'getting a headache', 'a bad headache',
      // Weak mid-workout pauses it, and going on asks first (found in review: "I feel really weak" was out of scope).
      'weak', 'very weak', 'really weak', 'so weak', 'feeling weak',
      // Found in review: "I feel unwell" and "I feel ill" named nothing.
      'unwell', 'ill', 'not well', 'poorly'],
  },

  // Shaking mid-workout: muscles that shake near the end of a set are tired, which is normal; shaky all over, sweaty or
  // dizzy is the sign to stop and eat. Both are said (found by helpers trying the console: "my legs are shaking" got the
  // answer for a fever or a cold). No warning sign on its own.
  {
    id: 'shaky',
    kind: 'unwell',
    names: ['shaking', 'shaky', 'weak and shaky'],
    answer:
      "Muscles that shake near the end of a set are tired, and that's normal: rest, and go easier on the next one. But if you're shaky all over, sweaty, weak or dizzy, stop, sit down, and have something to eat or drink. If it doesn't pass soon, get help.",
    // Mid-workout the same, and the workout waits on the user's next, as for a burn: a pause asked "do you still feel
    // unwell?" of tired legs, and its rest-day advice told them to stop for the day (found in review).
    inWorkout:
      "Muscles that shake near the end of a set are tired, and that's normal: take a longer rest, and go easier on the next one. But if you're shaky all over, sweaty, weak or dizzy, stop, sit down, and have something to eat or drink. If it doesn't pass soon, get help.",
  },

  // Medicines and supplements.
  {
    id: 'medicine',
    kind: 'medicine',
    names: ['medicine', 'medication', 'medications', 'medicines', 'pills', 'tablets', 'painkillers', 'pain killers', 'antidepressants', 'ibuprofen', 'prednisone', 'steroids', 'muscle relaxer', 'muscle relaxers', 'beta blockers', 'statins', 'antidepressant', 'advil', 'tylenol', 'paracetamol', 'iron tablets', 'heart meds', 'my heart meds', 'water pill', 'prescriptions', 'lisinopril'],
  },
  { id: 'blood-thinners', kind: 'medicine', checkFirst: true, names: ['blood thinners', 'blood thinner', 'warfarin', 'aspirin', 'eliquis', 'xarelto', 'daily aspirin'] },
  { id: 'insulin', kind: 'medicine', checkFirst: true, names: ['insulin', 'insulin injections', 'metformin', 'insulin pump'] },
  {
    id: 'supplements',
    kind: 'medicine',
    names: ['supplements', 'vitamins', 'creatine', 'pre workout', 'multivitamins', 'fish oil', 'multivitamin', 'vitamin d'],
  },
  {
    id: 'fat-burners',
    kind: 'medicine',
    names: [
      'fat burner pills',
      'fat burner tablets',
      'fat burners',
      'fat burner',
      'diet pills',
      'slimming pills',
      'weight loss pills',
      'weight loss injections',
      'detox tea',
      'weight loss tablets', 'thermogenics', 'garcinia cambogia', 'garcinia', 'ozempic', 'wegovy',
    ],
    heardIn: ['clenbuterol', 'diet pill', 'fat burning pills', 'fat loss pills'],
    // Whether they work, said plainly (found by a helper trying the console as a 20-year-old: "do fat burners work" was
    // told only to ask a pharmacist, with a word about heart medicines). Mid-workout it still pauses, as any medicine
    // does: "I'm on Ozempic and I feel sick" is said the same way (found in review).
    answer:
      "Nothing you take burns fat off your back. Fat burners and diet pills do little at best, and some are risky, especially for your heart; weight-loss medicines are your doctor's call. Ask your doctor or pharmacist before you take anything. What works is a calorie deficit, strength training and cardio.",
  },

  // What a doctor or physiotherapist said to do (the model's `advisor` slot): no name says it.
  {
    id: 'doctor-advised',
    kind: 'condition',
    names: [],
    answer:
      "Then follow what your doctor or physiotherapist told you: they know your body, and I don't. I'll ask before each workout whether they've said it's okay to train.",
  },
  // Thoughts of ending one's life or of self-harm, and feeling low (found by a helper trying the console, December 7: "I
  // don't want to be here anymore", "I feel hopeless" and "I feel depressed" got "That's not something I can help with
  // yet", and "I want to die" started today's workout). Both get where to find help now. Thoughts of ending one's life are
  // heard said anywhere, as a warning sign is, and first of every concern but an urgent one, which is said beside them
  // first; feeling low comes after any pain, condition or pregnancy said with it, whose caution must be kept (found in
  // review). Heard inside what an open slot took, with one slot value: the English models are at their budget.
  {
    id: 'crisis',
    kind: 'medical-advice',
    names: ['suicidal', 'feeling suicidal'],
    heardIn: [
      'suicide', 'kill myself', 'want to die', 'wanna die', 'feel like dying', 'like dying', 'end my life', 'ending my life', 'take my own life', 'end it all', 'ending it all',
      "don't want to be here anymore", 'dont want to be here anymore', "don't want to be here any more", "don't want to live", 'dont want to live', "don't wanna live",
      "don't want to be alive", 'wish i was dead', 'wish i were dead', 'better off dead', 'better off without me', 'no reason to live', 'nothing to live for',
      "don't see the point of living", 'no point in living', 'done with life', 'harm myself', 'harming myself', 'self harm', 'self harming', 'cutting myself',
      'want to hurt myself', 'wanna hurt myself', 'going to hurt myself', 'take all my pills', 'overdose', 'dark thoughts', 'die',
    ],
    answer: FIND_HELP,
  },
  {
    id: 'low-mood',
    kind: 'medical-advice',
    names: [],
    heardIn: [
      'depressed', 'depression', 'hopeless', 'feel hopeless', 'feeling hopeless', 'feel so hopeless', 'feeling so hopeless', 'feel worthless', 'feeling worthless', 'hate my life', "don't see the point",
      'feeling really low', 'feeling so low', 'feel so low', 'feel really low', 'feeling down lately', 'been down lately', 'so down lately', 'really down lately',
      "don't see the point in anything", "don't see the point of anything",
    ],
    answer: FIND_HELP,
  },
  // Asking for medical advice itself.
  {
    id: 'medical-advice',
    kind: 'medical-advice',
    // "Is this a replacement for physiotherapy" (found by a helper trying the console: "not something I can help with").
    names: ['medical advice', 'doctor', 'physio', 'physiotherapist', 'physiotherapy', 'physical therapy', 'physical therapist', 'physician', 'gp', 'diagnosis', 'health advice', 'second opinion', 'test results', 'blood test', 'blood report', 'real doctor', 'diagnose', 'chiropractor', 'an mri', 'an x ray', 'a scan', 'the emergency room', 'the hospital', 'urgent care', 'a specialist', 'the er', 'the e r', "doctor's", "my doctor's"],
  },
] as const satisfies readonly Concern[];

/** One short answer per kind, for the ear. The coach gives general fitness guidance only. */
export const SAFETY: { readonly [K in ConcernKind]: string } = {
  effort:
    "Breathing hard and a burn in the muscles you're working are normal in a hard set or a HIIT round: that's the effort. Slow down, use the rest to get your breath back, and go at a pace you can keep. But stop now if you have chest pain, feel dizzy or faint, or still can't catch your breath after resting.",
  nerve:
    "Numbness, tingling or weakness is a reason to stop: don't train through it. Rest, and see a doctor or a physiotherapist before you exercise again. If it came on suddenly, or with trouble controlling your bladder or bowels, get medical help today.",
  pain:
    "Stop the move that hurts. Pain is a signal, not something to push through. If it is sharp, lasts, or comes with numbness or tingling, see a doctor or a physiotherapist before you train again. Mild soreness a day after training is normal.",
  injury:
    'With an injury like that, get a go-ahead from your doctor or physiotherapist before doing these exercises, and ask them which moves are safe for you. I cannot prescribe exercises for an injury.',
  condition:
    'Please check with your doctor before you start or change your exercise or your diet. They know your health, and I cannot tell you what is safe with a medical condition.',
  age:
    "Moving more helps at any age. Check with your doctor before you start, more so if you're older, have a health condition, or haven't exercised in a while. Then begin at the beginner level and build up at your own pace.",
  pregnancy:
    'Talk to your doctor or midwife before starting or changing exercise while pregnant or after giving birth. Some moves here, like lying on your back or lifting heavy weights, may not suit you.',
  period:
    'Exercising on your period is usually fine, and gentle movement can ease cramps. Go easier on days you feel tired or sore. If your periods are very painful or heavy, talk to your doctor.',
  unwell:
    "If you're unwell, with a fever, a cold or an upset stomach, rest today and skip the workout, then start again gently when you feel better. If you feel sick during a workout, stop, rest and sip some water. If it doesn't pass, or comes with chest pain or dizziness, see a doctor.",
  medicine:
    'Questions about medicines or supplements are for your doctor or pharmacist. I do not give advice on them. If you take medicine for your heart, your blood pressure or your blood sugar, ask your doctor before you start: exercise can change how it works.',
  'medical-advice':
    "I'm a fitness coach, not a doctor or a physiotherapist, and I don't replace either. My guidance is general, from an article about losing lower back fat, and it is not medical advice. For anything about your health, follow your doctor or physiotherapist.",
};

/** Pain said while asking to train: there is no move to stop yet, so the answer is not to start on it. */
export const PAIN_BEFORE_TRAINING: string =
  "Don't train through pain: it is a signal, not something to push past. If it is sharp, lasts, or comes with numbness or tingling, see a doctor or a physiotherapist before you exercise, and ask them which moves are safe for you. Mild soreness a day after training is normal, and gentle movement is fine.";

/** Concerns that need urgent wording instead of the pain answer. */
export const URGENT_CONCERNS: readonly string[] = ['chest-pain', 'dizziness', 'fainting', 'breathlessness', 'palpitations', 'warning-signs'];

export const URGENT_ANSWER: string =
  "Stop now, and sit or lie down to rest. With chest pain or pressure, trouble breathing, feeling faint, or sudden weakness or numbness, don't wait: call nine one one. A racing heart, vomiting, bleeding or blurred vision need a doctor's attention today. If it's severe or doesn't pass, call nine one one.";

/**
 * A warning sign told as something that comes on with training, at rest ("I get short of breath when I exercise"): not
 * "stop now", but see a doctor before training again; being out of breath in a hard round is the effort if it eases.
 */
export const URGENT_HABITUAL: string =
  "If chest pain, feeling faint or dizzy, a racing heart, or more breathlessness than the effort explains comes on when you exercise, see a doctor before you train again. Breathing hard in a hard round is normal if it eases within a couple of minutes of rest. If it comes on at rest, or it's severe, call nine one one.";
