import type { Tip } from '../types';

/** The one idea every diet tip serves. */
export const DIET_KEY = 'चर्बी घटाने की असली चाबी है calorie deficit: जितना खाते हैं, उससे ज़्यादा calorie जलाना.';

/**
 * Foods are the ones on an Indian plate (dal, rajma, chana, paneer, roti). Water is worded soundly: it helps with
 * fullness; it does not burn fat.
 */
export const DIET_TIPS = [
  {
    id: 'protein',
    title: 'भरपूर protein खाइए',
    text: 'यह मांसपेशियाँ बनाता और ठीक करता है, और भूख कम करता है.',
    names: [
      'protein',
      'प्रोटीन',
      'protein wala khana',
      // Found by a helper trying the console in Hindi: "kya dal mein kaafi protein hai" reached the fallback.
      'dal mein kaafi protein',
      'दाल में काफ़ी protein',
      'dal mein protein',
      'दाल में protein',
      'प्रोटीन वाला खाना',
      'protein intake',
      'high protein food',
      'high protein diet',
      'protein foods',
      'पनीर',
      'paneer',
      // One egg, as often as eggs (found in a fresh batch of Hindi speech, December 4).
      'अंडा',
      'anda',
      'अंडे',
      'ande',
      'protein powder',
      'प्रोटीन पाउडर',
      'whey protein',
      'protein shake',
      'प्रोटीन शेक',
      // Curd asked of (found by a helper trying the console, December 5: the fallback).
      'दही',
      'dahi',
      'curd',
    ],
    leads: [
      {
        names: ['शाकाहारी', 'shakahari', 'shakahaari', 'vegetarian', 'veg', 'pure veg', 'अंडा नहीं', 'anda nahi'],
        lead: 'शाकाहारी खाने से भी protein पूरा मिल सकता है: दाल, पनीर, दही, अंकुरित अनाज, सोया और दूध. हर खाने में हथेली भर हिस्सा रखिए. कम पड़े तो protein शेक ठीक है, पर वह अपने आप चर्बी नहीं घटाता.',
        alone: true,
      },
      // Found by a helper trying the console as an Indian user (December 5): "paneer se mota hote hain kya" heard only
      // protein's general advice.
      {
        names: ['पनीर', 'paneer'],
        lead: 'पनीर से protein अच्छा मिलता है, पर इसमें चिकनाई भी है, तो रोज़ थोड़ा ही खाइए, और तला हुआ कम. बाकी protein दाल, दही या अंडे से लीजिए.',
        alone: true,
      },
      { names: ['दही', 'dahi', 'curd'], lead: 'दही अच्छा है: इसमें protein है, और यह पेट भरा रखता है. बिना चीनी वाला लीजिए, दाल या पनीर के साथ.', alone: true },
    ],
    answer:
      'Protein मांसपेशियाँ बनाता और ठीक करता है, और पेट भरा रखता है. हर खाने में हथेली भर protein लीजिए, जैसे दाल, पनीर, अंडे या दही. कम पड़े तो protein शेक ठीक है, पर वह अपने आप चर्बी नहीं घटाता. किडनी की तकलीफ़ या कोई और बीमारी हो, तो डॉक्टर से पूछिए कि आपके लिए कितना ठीक है.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'fiber',
    title: 'Fiber ज़्यादा खाइए',
    text: 'हरी सब्ज़ियाँ, फल, रोटी जैसे साबुत अनाज, और दालें पेट भरा रखती हैं.',
    names: [
      'fiber',
      'fibre',
      'फ़ाइबर',
      'फाइबर',
      'दाल',
      'दालें',
      'dal',
      'राजमा',
      'चना',
      'साबुत अनाज',
      'sabut anaaj',
      'हरी सब्ज़ियाँ',
      'सब्ज़ी',
      'sabzi',
      'hari sabzi',
      'फल',
      'phal',
      // Fruit asked of as people say it (found by a helper trying the console, December 5: the fallback).
      'fal',
      'fruit',
      'फ्रूट',
      'केला',
      'kela',
      'रोटी',
      'roti',
    ],
    // Found by a helper trying the console: "raat ko roti kha sakte hain" never heard whether it could.
    leads: [
      { names: ['रोटी', 'roti'], lead: 'रोटी खा सकते हैं, रात को भी: ध्यान इस पर रखिए कि कितनी.' },
      // The fibre tip names fruit; its sugar comes with that fibre, unlike juice's.
      {
        names: ['फल', 'phal', 'fal', 'fruit', 'फ्रूट', 'केला', 'kela'],
        lead: 'फल खाइए: इसका fiber पेट भरा रखता है, तो थोड़ा कम खाना आसान होता है. जूस की जगह पूरा फल लीजिए, एक बार में एक-दो.',
        alone: true,
      },
    ],
    answer:
      'Fiber से पेट देर तक भरा रहता है, तो बिना भूख लगे थोड़ा कम खाना आसान हो जाता है. थाली में सब्ज़ी और फल, गेहूँ की रोटी या मोटा अनाज, और दाल, राजमा या चना रखिए. इसे धीरे-धीरे बढ़ाइए, और साथ में पानी पीजिए.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'portions',
    title: 'खाने की मात्रा पर ध्यान',
    text: 'उतना ही खाइए, जितनी ज़रूरत हो.',
    names: [
      'खाने की मात्रा',
      'khane ki matra',
      'portion size',
      'portion control',
      'portions',
      'छोटी थाली',
      'chhoti thali',
      'ज़्यादा खाना',
      'zyada khana',
      'overeating',
      // Rice, and how many rotis: what a plate in India holds too much of (found by a helper trying the console).
      'चावल',
      'chawal',
      'कितनी रोटी',
      'kitni roti',
      'कितनी रोटियाँ',
      'kitni rotiyan',
      'घी',
      'ghee',
      // Said in English words, as Hinglish speakers do (found by a helper trying the console as an Indian user, December
      // 5: "rice kha sakte hain kya" was "I don't know that one yet", though "chawal" was heard).
      'rice',
      'राइस',
      'brown rice',
      // Said with what goes with it (found by a helper trying the console as a Lucknow homemaker, December 7: "roti
      // chawal kha sakti hoon kya" was "I don't know that one yet").
      'रोटी चावल',
      'roti chawal',
      'दाल चावल',
      'dal chawal',
    ],
    leads: [
      { names: ['चावल', 'chawal', 'rice', 'राइस', 'brown rice', 'रोटी चावल', 'roti chawal', 'दाल चावल', 'dal chawal'], lead: 'चावल खा सकते हैं, रात को भी, बस सही मात्रा में.' },
      { names: ['घी', 'ghee'], lead: 'थोड़ा घी ठीक है.' },
    ],
    answer:
      'उतना ही खाइए जितनी ज़रूरत है, ज़्यादा नहीं. छोटी थाली लीजिए, रोटी या चावल एक बार ही परोसिए, घी और तेल एक चम्मच तक रखिए, और धीरे खाइए, ताकि पता चले कि पेट भर गया. कम मात्रा, calorie deficit में रहने का सबसे आसान तरीका है.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'water',
    title: 'खूब पानी पीजिए',
    text: 'प्यास कई बार भूख जैसी लगती है, और पानी metabolism में मदद करता है.',
    names: ['पानी', 'paani', 'pani', 'पानी पीना', 'paani peena', 'कितना पानी', 'kitna paani', 'प्यास', 'pyaas', 'water', 'hydration'],
    leads: [
      {
        names: ['नींबू', 'neembu', 'nimbu', 'नींबू पानी', 'जीरा', 'jeera', 'जीरा पानी', 'jeera pani', 'गर्म पानी', 'garam pani', 'गुनगुना पानी', 'shahad', 'शहद'],
        lead: 'कोई भी पेय अपने आप चर्बी नहीं जलाता. नींबू, जीरा या गुनगुना पानी ठीक है: फ़ायदा पानी से ही है.',
      },
    ],
    answer:
      'दिन भर पानी पीते रहिए, और गर्मी या पसीने में ज़्यादा. प्यास कई बार भूख जैसी लगती है, इसलिए कुछ खाने से पहले एक गिलास पानी पीकर देखिए. अगर प्यास कम लगती है और पेशाब का रंग हल्का है, तो पानी काफ़ी है.',
    followUp: { offer: 'tips', list: 'diet' },
  },
] as const satisfies readonly Tip[];

/** Posture is worded soundly: slouching strains the back; it does not add fat, as the article loosely says. */
export const LIFESTYLE_TIPS = [
  {
    id: 'sleep',
    title: 'पूरी नींद लीजिए',
    text: 'कम नींद से cortisol जैसे तनाव वाले हार्मोन बढ़ते हैं, जो पेट और कमर की चर्बी से जुड़े हैं.',
    names: ['नींद', 'neend', 'पूरी नींद', 'poori neend', 'कम नींद', 'kam neend', 'अच्छी नींद', 'सोना', 'देर रात तक जागना', 'sleep', 'sona', 'नींद लेना', 'neend lena', 'कम सोना', 'कम सोने', 'kam sona', 'kam sone'],
    answer:
      'नींद, लोगों की सोच से ज़्यादा ज़रूरी है. कम नींद से cortisol जैसे तनाव वाले हार्मोन और भूख, दोनों बढ़ते हैं, और इसका संबंध पेट और कमर की ज़्यादा चर्बी से है. ज़्यादातर बड़ों को रात में 7 से 9 घंटे की नींद चाहिए, इसलिए सोने का एक तय समय रखिए.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'stress',
    title: 'तनाव कम रखिए',
    text: 'ध्यान, योग और गहरी साँसें, सब मदद करते हैं.',
    names: ['तनाव', 'tanav', 'टेंशन', 'tension', 'stress', 'स्ट्रेस', 'ध्यान', 'dhyan', 'meditation', 'मेडिटेशन', 'गहरी साँस', 'deep breathing'],
    answer:
      'लगातार तनाव से तनाव वाले हार्मोन बढ़े रहते हैं, और अक्सर ज़्यादा खाना और ख़राब नींद भी साथ आते हैं. ध्यान, योग और गहरी साँसें मदद करती हैं, रोज़ 5 या 10 मिनट भी. कोई एक चुनिए, और उसे रोज़ की आदत बनाइए.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'be-regular',
    title: 'नियमित रहिए',
    text: 'रोज़ थोड़ी exercise, कभी-कभार की बहुत सारी exercise से बेहतर है.',
    names: [
      'नियमित रहना',
      'niyamit rehna',
      'रोज़ exercise',
      'roz exercise',
      'रोज़ की exercise',
      'daily exercise',
      'regular exercise',
      'consistency',
    ],
    answer:
      'रोज़ थोड़ी exercise, कभी-कभार की बहुत सारी exercise से बेहतर है. छोटे, नियमित session जुड़ते जाते हैं, और ऐसी आदत बनती है जो टिकती है. फिर भी हफ़्ते में एक दिन आराम या stretching का रखिए, ताकि शरीर को आराम मिले.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'progress-slowly',
    title: 'धीरे-धीरे बढ़ाइए',
    text: 'Strength training में वज़न या कठिनाई, थोड़ा-थोड़ा करके बढ़ाइए.',
    names: [
      'वज़न बढ़ाना',
      'wazan badhana',
      'भारी वज़न',
      'bhari wazan',
      'progressive overload',
      'heavier weights',
      'progression',
    ],
    answer:
      'Strength training में exercise को थोड़ा-थोड़ा मुश्किल करते रहिए, पर धीरे. जब सही form के साथ workout आसान लगने लगे, तभी कुछ rep, एक set, या थोड़ा वज़न जोड़िए. बहुत जल्दी बढ़ाने से ही लोगों को चोट लगती है.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'posture',
    title: 'Posture का ध्यान रखिए',
    text: 'सीधे बैठिए और सीधे खड़े होइए. घंटों झुककर बैठने से कमर पर ज़ोर पड़ता है.',
    names: [
      'posture',
      'पोस्चर',
      'बैठने का तरीका',
      'baithne ka tarika',
      'झुककर बैठना',
      'jhuk kar baithna',
      'सीधे बैठना',
      'seedha baithna',
      'bad posture',
      'sitting posture',
    ],
    answer:
      'कमर को बचाने के लिए सीधे बैठिए और सीधे खड़े होइए. झुककर बैठने से चर्बी नहीं बढ़ती, लेकिन कमर पर ज़ोर पड़ता है, और सहारा देने वाली मांसपेशियाँ कमज़ोर होती हैं. हर आधे घंटे में उठिए, और स्क्रीन आँखों की ऊँचाई पर रखिए.',
    followUp: { offer: 'howTo', exerciseId: 'glute-bridge' },
  },
] as const satisfies readonly Tip[];

export const AVOID = [
  {
    id: 'wrong-form',
    title: 'ग़लत form',
    text: 'ग़लत form से चोट लग सकती है, ख़ासकर उन exercise में जिनमें कमर पर ज़ोर पड़ता है.',
    names: ['form', 'सही form', 'sahi form', 'ग़लत form', 'galat form', 'सही तरीका', 'sahi tarika', 'technique', 'good form', 'bad form'],
    answer:
      'भारी वज़न से ज़्यादा ज़रूरी है सही form, ख़ासकर deadlift और good morning जैसी exercise में, जिनमें कमर पर ज़ोर पड़ता है. पीठ सीधी रखिए, धीरे कीजिए, और हल्के वज़न से या बिना वज़न के शुरू कीजिए. तेज़ दर्द हो, तो रुक जाइए.',
    followUp: { offer: 'tips', list: 'avoid' },
  },
  {
    id: 'no-rest',
    title: 'बिना आराम की training',
    text: 'रोज़ बिना आराम की कड़ी training से थकान और चोट होती है.',
    names: ['बिना आराम', 'bina aaram', 'आराम का दिन', 'aaram ka din', 'rest days', 'overtraining', 'ज़्यादा exercise', 'zyada exercise'],
    answer:
      'आराम भी training का हिस्सा है. रोज़ बिना रुके कड़ी मेहनत से थकान और चोट होती है, और मांसपेशियाँ आराम के दौरान ही मज़बूत होती हैं. हफ़्ते में कम से कम एक दिन आराम या stretching का रखिए, और थकान लगे तो हल्का कीजिए.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'only-lower-back',
    title: 'सिर्फ़ कमर की exercise',
    text: 'सिर्फ़ कमर की exercise से कमर की चर्बी नहीं जाएगी. खान-पान और पूरे शरीर की चर्बी घटाना ज़रूरी है.',
    names: ['सिर्फ़ कमर की exercise', 'sirf kamar ki exercise', 'सिर्फ़ पीठ की exercise', 'sirf peeth ki exercise', 'only back exercises', 'only lower back exercises'],
    answer:
      'सिर्फ़ कमर की exercise से कमर की चर्बी नहीं जाएगी. ये मांसपेशियों को tone करती हैं, और पूरे शरीर की चर्बी घटने पर वह tone दिखता है. उसके लिए calorie deficit, HIIT, cardio और walking जैसी calorie जलाने वाली exercise, और अच्छी नींद चाहिए.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'eating-too-little',
    title: 'बहुत कम खाना',
    text: 'बहुत कम calorie वाली diet से मांसपेशियाँ घटती हैं. थोड़ा ही deficit रखिए.',
    names: ['crash diet', 'क्रैश डाइट', 'भूखा रहना', 'bhukha rehna', 'खाना छोड़ना', 'khana chhodna', 'बहुत कम खाना', 'bahut kam khana', 'dieting', 'starving',
      // Found by a helper trying the console as an Indian user (December 5): a water fast got the water tip, or the
      // fallback; one meal a day reached the fallback ("ek time khana" is intermittent fasting's).
      'water fast', 'water fasting', 'सिर्फ़ पानी', 'सिर्फ पानी', 'केवल पानी', 'sirf paani', 'sirf pani', 'keval paani', 'kewal pani', 'बस पानी पीकर', 'bas paani peeke',
      'ek waqt khana', 'एक वक़्त खाना', 'juice cleanse', 'detox diet'],
    answer:
      'बहुत कम खाना उल्टा पड़ता है. बहुत कम calorie वाली diet और खाना छोड़ने से मांसपेशियाँ घटती हैं, थकान और भूख लगती है, और इसे निभाना मुश्किल होता है. इसके बजाय थोड़ा deficit रखिए, भरपूर protein, fiber और पानी के साथ.',
    followUp: { offer: 'tips', list: 'diet' },
  },
] as const satisfies readonly Tip[];

export const CLOSING_THOUGHT =
  'अच्छा खाना, exercise और नींद बनाए रखिए, तो बाकी शरीर के साथ कमर की चर्बी भी धीरे-धीरे घटेगी. यह कोई जादू नहीं, पर अनुशासन और लगातार मेहनत काम करती है.';
