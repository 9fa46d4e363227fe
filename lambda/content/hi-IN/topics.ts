import type { Topic } from '../types';

/**
 * What people ask a back-fat coach about that is not already a tip, an FAQ or an exercise. Every answer keeps the
 * article's rule: fat comes off the whole body, slowly, with a calorie deficit; exercise tones what is underneath.
 */
export const TOPICS = [
  {
    id: 'genetics',
    names: ['genetics', 'genes', 'जीन', 'ख़ानदानी', 'khandani', 'शरीर की बनावट', 'sharir ki banawat', 'body type'],
    answer:
      'चर्बी कहाँ जमा होगी, और कहाँ से पहले या बाद में घटेगी, यह काफ़ी हद तक genes तय करते हैं. बहुत लोगों में कमर उन जगहों में है, जहाँ से चर्बी सबसे आख़िर में घटती है. Genes नहीं बदल सकते, लेकिन लगातार calorie deficit और exercise फिर भी काम करते हैं, बस सब्र चाहिए.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'hiit-frequency',
    names: [
      'hiit frequency',
      'hiit schedule',
      'hiit per week',
      'hiit kitni baar',
      'हफ़्ते में कितनी बार hiit',
      'hiit ke din',
      'hiit कितने दिन',
      // "Can I do HIIT every day" (found by a helper trying the console as Indian users).
      'roz hiit',
      'रोज़ hiit',
      'रोज hiit',
      'har din hiit',
      'हर दिन hiit',
      'hiit roz',
      'hiit रोज़',
      'hiit har din',
      'hiit हर दिन',
    ],
    answer:
      'हफ़्ते में दो बार काफ़ी है. हर session छोटा और तेज़ रखिए, आसान हिस्सों समेत करीब 20 से 30 मिनट. दो HIIT session के बीच एक दिन का फ़ासला रखिए, और बाकी दिन strength, cardio और walking कीजिए.',
    followUp: { offer: 'howTo', exerciseId: 'hiit' },
  },
  {
    id: 'strength-and-cardio',
    names: ['strength and cardio', 'cardio or weights', 'cardio ya weights', 'cardio aur strength', 'weights ya cardio', 'कार्डियो या वेट्स'],
    answer:
      'दोनों चाहिए. Strength training कमर को tone करती है और मांसपेशियाँ बनाती है, ताकि चर्बी घटने पर पीठ सुडौल दिखे. HIIT, cardio और walking जैसी calorie जलाने वाली exercise वह calorie deficit बनाती हैं, जिससे चर्बी घटती है.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'strength-training',
    names: ['strength training', 'weight training', 'weights', 'वेट ट्रेनिंग', 'वज़न उठाना', 'wazan uthana', 'lifting weights', 'toning'],
    answer:
      'हफ़्ते में तीन बार strength training कमर, glutes और hamstrings को tone करती है, और मांसपेशियाँ बनाती है. Deadlift, bridge, back extension, row और good morning जैसी exercise, सब इसमें आती हैं. हल्के वज़न और सही form से शुरू कीजिए, और वज़न धीरे-धीरे बढ़ाइए.',
    followUp: { offer: 'howTo', exerciseId: 'deadlift' },
  },
  {
    id: 'results-time',
    names: ['results', 'नतीजे', 'natije', 'रिज़ल्ट', 'result kab milega', 'कितने दिन में फ़र्क', 'kitne din mein fark', 'जल्दी नतीजे', 'fast results',
      // Found by a helper trying the console (December 3, second round).
      'kitne din mein result dikhega', 'कितने दिन में रिज़ल्ट दिखेगा', 'result kab tak dikhega', 'रिज़ल्ट कब तक दिखेगा', 'kitne din mein charbi kam hogi', 'कितने दिन में चर्बी कम होगी',
      // Found by a helper trying the console in Hindi: these reached the fallback.
      'kitne din mein result milega', 'कितने दिन में रिज़ल्ट मिलेगा', 'कितने दिन में result मिलेगा', 'कितने दिन में result दिखेगा', 'नतीजे कब मिलेंगे', 'natije kab milenge',
      // Told from "how long is the workout" ("workout में कितना समय लगेगा"), added December 3.
      'result dikhne mein kitna time lagega', 'रिज़ल्ट दिखने में कितना समय लगेगा', 'result dikhne mein kitne din lagenge', 'फ़र्क दिखने में कितना समय लगेगा',
      // Said with "कब दिखेगा" or "कितने हफ़्ते में" (found by a helper trying the console as Indian users).
      'result', 'रिज़ल्ट्स', 'रिजल्ट', 'फ़र्क', 'फर्क', 'fark', 'farak', 'नतीजा', 'natija',
      'kamar patli hogi', 'कमर पतली होगी', 'कमर की चर्बी कितने दिन में कम होगी', 'kamar ki charbi kitne din mein kam hogi', 'कमर की चर्बी कितने दिन में जाएगी', 'kamar ki charbi kitne din mein jayegi',
      // The days said first (found in a fresh batch of Hindi speech, December 4).
      'कितने दिन में कमर की चर्बी कम होगी', 'kitne din mein kamar ki charbi kam hogi', 'कितने दिन में पेट कम होगा', 'kitne din mein pet kam hoga'],
    answer:
      'चर्बी धीरे घटती है, और पूरे शरीर से घटती है, किसी एक जगह से नहीं. ज़्यादातर लोगों को हफ़्तों से महीनों में फ़र्क दिखता है, और कमर अक्सर आख़िर में घटती है. मैं किसी तारीख़ का वादा नहीं कर सकती, लेकिन सही खाना, exercise और नींद लगातार रहें, तो यह काम करता है.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'plateau',
    names: ['plateau', 'वज़न नहीं घट रहा', 'wazan nahi ghat raha', 'वज़न रुक गया', 'wazan ruk gaya', 'weight loss plateau', 'no results', 'वज़न कम नहीं हो रहा', 'वजन कम नहीं हो रहा', 'पेट कम नहीं हो रहा', 'चर्बी कम नहीं हो रही', 'wazan kam nahi ho raha', 'vajan kam nahi ho raha', 'pet kam nahi ho raha', 'charbi kam nahi ho rahi'],
    answer:
      'कभी-कभी रुक जाना आम बात है. बुनियादी चीज़ें ईमानदारी से जाँचिए: खाने की मात्रा, protein, नींद, और क्या workout या रोज़ का चलना कम हो गया है. फिर एक छोटा बदलाव कीजिए, जैसे थोड़ा ज़्यादा चलना या थोड़ा कम खाना, और उसे कुछ हफ़्ते दीजिए.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'recovery',
    names: ['recovery', 'रिकवरी', 'stretch day', 'foam rolling', 'फ़ोम रोलिंग', 'foam roller', 'muscle recovery', 'active recovery'],
    answer:
      'हफ़्ते में एक दिन आराम या stretching का रखिए. हल्का योग, stretching या foam rolling मांसपेशियों को उबरने में मदद करते हैं, और सबसे ज़्यादा मदद अच्छी नींद करती है. इससे अगले workout के लिए आप तरोताज़ा रहते हैं.',
    followUp: { offer: 'plan' },
  },
  {
    // How to breathe through a move (see en-US): never the urgent answer to trouble breathing.
    id: 'breathing',
    names: ['breathing technique', 'साँस कैसे लें', 'साँस कब लें', 'साँस कब छोड़ें', 'साँस लेने का तरीका', 'saans kaise le', 'saans kaise lein', 'saans kab le', 'saans kab chhode', 'saans lene ka tarika'],
    answer:
      'वज़न उठाते या धक्का देते समय, यानी मुश्किल हिस्से में, साँस छोड़िए, और नीचे लाते समय साँस लीजिए. किसी rep में साँस मत रोकिए. Plank जैसी कसरत में, जिसमें रुके रहना होता है, पेट कसे रखते हुए धीरे और बराबर साँस लेते रहिए. HIIT में तेज़ साँस चलना आम है. अगर कुछ शब्द भी न बोल पाएँ, तो धीमे हो जाइए.',
    followUp: { offer: 'today' },
  },
  {
    id: 'rest-between-sets',
    names: [
      'rest between sets',
      'सेट के बीच आराम',
      // The question said whole, as "hiit kitni baar" is ("सेट के बीच कितना आराम करना चाहिए"): a pattern with a topic
      // slot before "करूँ" would hear every command ("आज कौन सा workout करूँ") as a topic.
      'सेट के बीच कितना आराम',
      'सेट के बीच कितना आराम करना चाहिए',
      'सेट के बीच कितना आराम करूँ',
      'सेट के बीच कितनी देर आराम',
      'सेट के बीच कितनी देर आराम करूँ',
      'सेट के बीच कितनी देर आराम करना चाहिए',
      'sets ke beech kitna aaram',
      'sets ke beech kitna aaram karna chahiye',
      'sets ke beech kitna aaram karun',
      'set ke beech kitni der aaram',
      'set ke beech kitni der aaram karun',
      'set ke beech kitni der aaram karna chahiye',
      'sets ke beech aaram',
      'rest period',
      'rest time',
    ],
    answer:
      'Workout में आराम का समय मैं ख़ुद गिनती हूँ: गिनती वाले हर set के बाद करीब एक मिनट, और plank जैसी रुककर की जाने वाली कसरत के बाद 30 सेकंड. HIIT में तेज़ हिस्सों के बीच आराम छोटा रहता है, 30 से 40 सेकंड. साँस सँभालने के लिए ज़्यादा समय चाहिए, तो ले लीजिए: सही form रफ़्तार से ज़्यादा ज़रूरी है.',
    followUp: { offer: 'today' },
  },
  {
    id: 'metabolism',
    names: ['metabolism', 'मेटाबॉलिज़्म', 'मेटाबॉलिज्म', 'metabolic rate', 'slow metabolism', 'metabolism badhana', 'metabolism boost'],
    answer:
      'Metabolism वह ऊर्जा है, जो आपका शरीर इस्तेमाल करता है. मांसपेशियाँ बनाने और दिन भर चलने-फिरने से यह थोड़ा बढ़ता है, और HIIT के बाद कुछ देर बढ़ा रहता है. लेकिन कोई खाना या पेय चर्बी नहीं पिघलाता, असली चीज़ calorie deficit है.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'muscle',
    names: ['muscle', 'muscles', 'मसल', 'मांसपेशी', 'मांसपेशियाँ', 'muscle mass', 'muscle building', 'muscle banana', 'lean muscle'],
    answer:
      'आराम के समय भी मांसपेशियाँ चर्बी से थोड़ी ज़्यादा ऊर्जा लेती हैं, इसलिए इन्हें बनाने से calorie जलाने में मदद मिलती है. चर्बी घटने पर पीठ को सुडौल आकार भी इन्हीं से मिलता है. Strength training और भरपूर protein इन्हें बनाते हैं, और crash diet इन्हें घटाती है.',
    followUp: { offer: 'howTo', exerciseId: 'deadlift' },
  },
  {
    id: 'belly-fat',
    names: ['पेट की चर्बी', 'pet ki charbi', 'तोंद', 'tond', 'पेट कम करना', 'pet kam karna', 'belly fat', 'tummy fat', 'flat stomach'],
    answer:
      'पेट की चर्बी का भी वही नियम है, जो कमर की चर्बी का: इसे किसी एक जगह से नहीं जलाया जा सकता. यह calorie deficit, exercise और अच्छी नींद से, पूरे शरीर के साथ घटती है. Core की exercise नीचे की मांसपेशियों को मज़बूत करती हैं, जो चर्बी घटने पर ज़्यादा दिखती हैं.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'core-moves',
    names: ['crunches', 'क्रंचेस', 'crunch', 'sit ups', 'सिट अप्स', 'plank', 'प्लैंक', 'planks'],
    answer:
      'Crunches और plank core की मांसपेशियाँ मज़बूत करते हैं, पर कोई भी exercise उस मांसपेशी के ऊपर की चर्बी नहीं जलाती, जिस पर वह काम करती है. चर्बी पूरे शरीर से घटती है, calorie कम खाने और calorie जलाने से. Plank, crunches से कमर पर कम ज़ोर डालता है.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'love-handles',
    names: ['love handles', 'side fat', 'muffin top', 'कमर के किनारे की चर्बी', 'बगल की चर्बी', 'side ki charbi', 'kamar ke side ki charbi'],
    answer:
      'कमर के किनारों की चर्बी भी वैसे ही घटती है, जैसे कमर की: धीरे-धीरे, बाकी शरीर के साथ. Side plank और suitcase carry किनारों की मांसपेशियों को मज़बूत करते हैं, और calorie deficit और calorie जलाने वाली exercise चर्बी घटाती हैं.',
    followUp: { offer: 'howTo', exerciseId: 'side-plank' },
  },
  {
    id: 'upper-back-fat',
    names: ['ऊपरी पीठ की चर्बी', 'upar ki peeth ki charbi', 'upper back fat', 'bra fat', 'back rolls', 'bra bulge'],
    answer:
      'ऊपरी पीठ की चर्बी का भी यही नियम है: यह पूरे शरीर के साथ घटती है, अकेले नहीं. Row और खींचने वाली दूसरी exercise ऊपरी और बीच की पीठ को tone करती हैं, ताकि चर्बी घटने पर पूरी पीठ बेहतर दिखे.',
    followUp: { offer: 'howTo', exerciseId: 'bent-over-row' },
  },
  {
    id: 'weight-loss',
    names: [
      'वज़न घटाना',
      'wazan ghatana',
      'वज़न कम करना',
      'wazan kam karna',
      'चर्बी घटाना',
      'charbi ghatana',
      'पतला होना',
      'patla hona',
      'weight loss',
      'fat loss',
    ],
    answer:
      'चर्बी घटाने का मूल है लगातार calorie deficit: जितना खाते हैं, उससे ज़्यादा जलाना. Protein और fiber खाइए, खाने की मात्रा पर ध्यान दीजिए, हफ़्ते में कुछ बार training कीजिए, और रोज़ चलिए-फिरिए. धीरे-धीरे घटने का लक्ष्य रखिए, जो टिक सके, अचानक गिरावट का नहीं.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'daily-movement',
    names: ['चलना फिरना', 'chalna phirna', 'दिन भर बैठे रहना', 'din bhar baithna', 'लंबे समय तक बैठना', 'desk job', 'office job', 'sedentary lifestyle',
      // Sitting all day, asked about (found by a helper trying the console as Indian users).
      'दिन भर बैठना', 'din bhar baithe rehna', 'पूरा दिन बैठना', 'poora din baithna', 'pura din baithna', 'घंटों बैठना', 'ghanton baithna', 'बैठे रहना', 'baithe rehna', 'ज़्यादा देर बैठना', 'zyada der baithna',
      'खाने के बाद टहलना', 'खाने के बाद सैर', 'khane ke baad walk', 'khana khane ke baad walk', 'khane ke baad tehalna'],
    leads: [
      {
        names: ['खाने के बाद टहलना', 'खाने के बाद सैर', 'khane ke baad walk', 'khana khane ke baad walk', 'khane ke baad tehalna'],
        lead: 'खाने के बाद थोड़ी देर टहलना अच्छी आदत है: हल्का चलना-फिरना, जो दिन भर में जुड़ता जाता है.',
      },
    ],
    answer:
      'सिर्फ़ workout में नहीं, दिन भर थोड़ा-थोड़ा चलते-फिरते रहिए. घंटों लगातार मत बैठिए: हर घंटे उठिए, सीढ़ियाँ लीजिए, और फ़ोन पर बात करते हुए टहलिए. रोज़ का यह चलना-फिरना मिलकर अच्छी-ख़ासी calorie जलाता है.',
    followUp: { offer: 'howTo', exerciseId: 'walking' },
  },
  {
    id: 'equipment',
    names: ['equipment', 'सामान', 'saman', 'dumbbells', 'डम्बल', 'mat', 'yoga mat', 'resistance band', 'resistance bands'],
    answer:
      'बहुत कम चाहिए: एक चटाई, और हों तो हल्के dumbbell की एक जोड़ी. Dumbbell नहीं हैं? ज़्यादातर exercise बिना वज़न के शुरू कीजिए, और पानी से भरी बोतलें या कुछ किताबों वाला बैग हल्के वज़न का काम करते हैं. Row के लिए resistance band काम आता है.',
    followUp: { offer: 'today' },
  },
  {
    id: 'home-workout',
    names: ['home workout', 'घर पर workout', 'ghar par workout', 'घर पर exercise', 'ghar pe exercise', 'बिना gym', 'bina gym', 'gym', 'जिम'],
    answer:
      'यह सब आप घर पर कर सकते हैं, gym ज़रूरी नहीं. यहाँ की हर exercise के लिए बहुत कम या कोई सामान नहीं चाहिए: एक चटाई, और हों तो हल्के dumbbell. Cardio बाहर, सीढ़ियों पर, या एक जगह तेज़ कदमताल करके भी हो सकता है.',
    followUp: { offer: 'today' },
  },
  {
    id: 'warm-up',
    names: ['warm up', 'warmup', 'वॉर्म अप', 'warm up exercises', 'workout se pehle', 'workout से पहले'],
    answer:
      'हर workout से पहले करीब 5 मिनट warm-up कीजिए. एक जगह कदमताल या jogging कीजिए, हाथ और कूल्हे घुमाइए, और कुछ धीमे bridge कीजिए. इससे धड़कन बढ़ती है, और कमर और कूल्हे हिलने-डुलने के लिए तैयार हो जाते हैं.',
    followUp: { offer: 'today' },
  },
  {
    id: 'stretching',
    names: ['stretching', 'स्ट्रेचिंग', 'stretch', 'stretches', 'खिंचाव', 'लचक', 'lachak', 'cool down', 'flexibility'],
    answer:
      'Workout के बाद और आराम वाले दिन stretching कीजिए. Hamstrings, कूल्हों और कमर के हल्के stretch 20 से 30 सेकंड तक रोकिए, बिना झटके के. Stretching से चर्बी नहीं जलती, लेकिन शरीर जल्दी उबरता है और बेहतर चलता है. कमर में दर्द हो, तो रुकिए, और डॉक्टर या फ़िज़ियोथेरेपिस्ट को दिखाइए.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'yoga',
    names: ['yoga', 'योग', 'योगा', 'योगासन', 'yogasan', 'सूर्य नमस्कार', 'surya namaskar', 'power yoga'],
    answer:
      'योग दो तरह से मदद करता है: तनाव घटाता है, और आराम वाले दिन का अच्छा, हल्का विकल्प है. इससे लचक और थोड़ी ताक़त आती है, लेकिन cardio या HIIT से कम calorie जलती है, इसलिए इसे अच्छे खाने और बाकी workout के साथ जोड़िए.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'workout-time',
    names: ['workout का सही समय', 'workout ka sahi samay', 'कसरत का सही समय', 'kasrat ka sahi samay', 'सुबह या शाम', 'subah ya shaam', 'best time to workout', 'workout कब करें', 'workout kab karein',
      // Asked with "कब है" (which the model no longer hears after any topic: "rest day कब है" is the user's rest day).
      'workout का सही समय कब है', 'workout ka sahi samay kab hai', 'workout करने का सही समय कब है', 'workout karne ka sahi samay kab hai', 'workout का best time कब है', 'workout ka best time kab hai'],
    // A fast kept, for faith or a festival: the sound version, as in English (its name the words the handler passes).
    leads: [
      {
        names: ['while fasting'],
        lead: 'उपवास के दिन हल्की कसरत ठीक है, अगर आप ठीक महसूस करें: सैर, stretching या आसान strength. HIIT उस दिन के लिए रखिए, जब आप खाना खाएँ, और चक्कर या कमज़ोरी लगे तो रुक जाइए. डायबिटीज़ हो या दवा लेते हों, तो पहले डॉक्टर से पूछिए.',
        alone: true,
      },
    ],
    answer:
      'workout का सबसे अच्छा समय वही है, जिस पर आप टिके रह सकें. सुबह हो या शाम, चर्बी एक ही तरह घटती है: मायने यह रखता है कि आप हफ़्ते दर हफ़्ते ज़्यादातर दिन करें. भारी खाने के बाद दो घंटे रुकिए, और अगर रात में देर से HIIT करने से नींद न आए, तो उसे पहले कर लीजिए.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'day-off',
    names: ['आज छुट्टी', 'aaj chhutti', 'आज छुट्टी ले लूँ', 'aaj chhutti le loon', 'एक दिन छुट्टी', 'ek din chhutti', 'आज बहुत थकान है', 'aaj bahut thakan hai', 'आज मन नहीं है', 'aaj man nahi hai', 'workout छोड़ दूँ', 'workout chhod doon',
      // Found by a helper trying the console (December 3, second round).
      'aaj main aaram karungi', 'aaj main aaram karunga', 'आज मैं आराम करूँगी', 'आज मैं आराम करूँगा', 'ek hafte ka break', 'एक हफ़्ते का ब्रेक', 'aaj chhutti le sakti hoon', 'आज छुट्टी ले सकती हूँ',
      // Found by a helper trying the console in Hindi: "mujhe bahut thakan ho rahi hai" was not understood.
      'थकान', 'बहुत थकान', 'thakan', 'bahut thakan', 'थकावट', 'thakawat',
      // "मैं थक गई हूँ" was the end of a workout, and outside one a goodbye, where "I'm feeling tired" is the day-off
      // answer (and mid-workout a pause): as a topic, it is the same in both languages.
      'थक गया', 'थक गया हूँ', 'थक गया हूं', 'थक गई', 'थक गई हूँ', 'थक गई हूं', 'थक गयी', 'थक गयी हूँ', 'थक गयी हूं', 'मैं थक गया हूँ', 'मैं थक गया हूं', 'थक गया यार', 'मैं बहुत थक गया हूँ', 'मैं थक गई हूँ', 'मैं थक गई हूं', 'थक गई यार', 'मैं बहुत थक गई हूँ',
      'thak gaya', 'thak gaya hoon', 'thak gaya hu', 'main thak gaya hoon', 'main thak gaya hu', 'thak gaya yaar', 'main bahut thak gaya hoon', 'thak gayi', 'thak gayi hoon', 'thak gayi hu', 'main thak gayi hoon', 'main thak gayi hu', 'thak gayi yaar', 'main bahut thak gayi hoon',
      // Found by a helper trying the console in Hindi (December 5): the fallback, today's workout read, or a level.
      'aaj mujhe aaram chahiye', 'aaram chahiye', 'आज मुझे आराम चाहिए', 'आराम चाहिए', 'aaj rest day hai', 'आज rest day है', 'aaj aaram karna hai', 'आज आराम करना है',
      'aaj mujhe aaram karna hai', 'आज मुझे आराम करना है', 'aaj main workout nahi karungi', 'aaj main workout nahi karunga', 'आज मैं workout नहीं करूँगी', 'आज मैं workout नहीं करूँगा',
      'aaj workout nahi karna', 'aaj workout nahi karna hai', 'आज workout नहीं करना', 'आज workout नहीं करना है', 'aaj ka din off', 'आज का दिन off',
      'aaj ka workout skip karna hai', 'आज का workout skip करना है', 'aaj mera rest day', 'आज मेरा rest day', 'aaj mera rest day kar do', 'आज मेरा rest day कर दो', 'main thak gayi', 'main thak gaya', 'मैं थक गई', 'मैं थक गया'],
    answer:
      'कभी-कभार एक दिन की छुट्टी ठीक है. एक दिन छूटने से कुछ नहीं बिगड़ता: चर्बी हफ़्तों की लगातार मेहनत से घटती है. अगर बस थकान है, तो कुछ हल्का कर लीजिए, जैसे थोड़ी सैर या हल्की stretching, और कल फिर शुरू कीजिए. अगर तबीयत ठीक नहीं या कहीं दर्द है, तो आराम कीजिए, और बना रहे तो डॉक्टर को दिखाइए.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'cortisol',
    names: ['cortisol', 'कोर्टिसोल', 'hormone', 'hormones', 'हार्मोन', 'तनाव वाले हार्मोन', 'stress hormone'],
    answer:
      'Cortisol एक तनाव वाला हार्मोन है. कम नींद और लगातार तनाव इसे बढ़ाए रखते हैं, और इसका संबंध पेट और कमर की ज़्यादा चर्बी से है. अच्छी नींद लीजिए और तनाव संभालिए, साथ में calorie deficit भी रखिए. हार्मोन की कोई गड़बड़ी लगे, तो डॉक्टर से पूछिए.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    // Not in the article; the sound version (see en-US).
    id: 'menopause',
    names: ['menopause', 'मेनोपॉज़', 'मेनोपॉज', 'रजोनिवृत्ति', 'periods band hone', 'पीरियड्स बंद होना'],
    answer:
      'मेनोपॉज़ के आसपास हॉर्मोन बदलने से पेट और कमर पर चर्बी आसानी से जमती है, और मांसपेशियाँ बनाए रखना मुश्किल होता है. यही plan तब भी काम करता है: मांसपेशियाँ बचाने के लिए strength training, रोज़ चलना-फिरना, protein, और थोड़ा calorie deficit. परेशानी हो तो अपने डॉक्टर से बात कीजिए.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'short-on-time',
    names: ['समय कम है', 'samay kam hai', 'टाइम कम है', 'time kam hai', 'टाइम नहीं है', 'time nahi hai', 'छोटा workout', 'chhota workout', 'जल्दी वाला workout', 'jaldi wala workout', 'short workout', 'quick workout'],
    answer:
      'समय कम है? थोड़ी कसरत भी काम आती है. आज का workout शुरू कीजिए, और समय ख़त्म हो तो कहिए, बस आज इतना ही: जितना किया, मैं उतना दर्ज कर दूँगी. या तेज़ सैर कर लीजिए, और कल से फिर पूरा plan.',
    followUp: { offer: 'start' },
  },
  {
    id: 'motivation',
    names: ['motivation', 'मोटिवेशन', 'हिम्मत', 'अनुशासन', 'discipline', 'आदतें', 'habits', 'आलस', 'aalas', 'मन नहीं करता', 'man nahi karta'],
    answer:
      'जोश आता-जाता रहता है, इसलिए आदतों पर भरोसा कीजिए. रोज़ एक ही समय पर training कीजिए, छोटे से शुरू कीजिए, और सिलसिला टूटने मत दीजिए. यह कोई जादू नहीं, पर अनुशासन और लगातार मेहनत काम करती है.',
    followUp: { offer: 'today' },
  },
  {
    id: 'getting-started',
    names: ['शुरुआत', 'shuruaat', 'शुरुआत कैसे करें', 'पहली बार', 'pehli baar', 'getting started', 'starting out', 'new to exercise',
      // Asked by who is asking (found by a helper trying the console, December 5: "इसके बारे में मुझे अभी नहीं पता").
      'महिलाओं के लिए', 'mahilaon ke liye', 'लड़कियों के लिए', 'ladkiyon ke liye', 'औरतों के लिए', 'auraton ke liye'],
    leads: [
      {
        names: ['महिलाओं', 'mahilaon', 'लड़कियों', 'ladkiyon', 'औरतों', 'auraton', 'women', 'ladies'],
        lead: 'हाँ. यह महिलाओं और पुरुषों, दोनों के लिए एक जैसा है: चर्बी सबकी एक ही तरह से घटती है, और exercise भी वही हैं.',
      },
    ],
    answer:
      'आराम से शुरू कीजिए. Beginner level चुनिए, हर exercise कम या बिना वज़न के सीखिए, और रोज़ थोड़ा ज़्यादा चलिए. लंबे समय से exercise न की हो, या कोई बीमारी हो, तो पहले डॉक्टर से पूछिए.',
    followUp: { offer: 'today' },
  },
  {
    id: 'intermittent-fasting',
    names: ['intermittent fasting', 'fasting', 'फ़ास्टिंग', 'उपवास', 'upvas', 'upvaas', 'व्रत', 'vrat', 'एक टाइम खाना', 'ek time khana',
      // A fast of the festival, and what is eaten in it (found by a helper trying the console as an Indian user, December
      // 5: "navratri mein kya khaye" and "sabudana khichdi theek hai" reached the fallback).
      'navratri', 'नवरात्रि', 'नवरात्र', 'navratri ka vrat', 'नवरात्रि का व्रत', 'sabudana', 'साबूदाना', 'falahari', 'फलाहारी', 'kuttu', 'कुट्टू'],
    answer:
      'उपवास तभी मदद करता है, जब उससे कुल मिलाकर calorie कम हो. कमर की चर्बी पर इसका कोई ख़ास असर नहीं है. पर बहुत कम भी मत खाइए: बहुत कम calorie वाली डाइट से मांसपेशियाँ घटती हैं. Protein पूरा लीजिए, और खाते समय ज़्यादा मत खाइए. शुगर की बीमारी हो, कोई दवा चल रही हो, या गर्भवती हों, तो पहले डॉक्टर से पूछिए.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'junk-food',
    names: ['junk food', 'जंक फ़ूड', 'तला हुआ खाना', 'tala hua khana', 'मिठाई', 'mithai', 'मीठा', 'meetha', 'नमकीन', 'namkeen', 'cold drink', 'fast food',
      // Table sugar, which "sugar" alone (diabetes) is not (found by a helper trying the console as Indian users).
      'चीनी', 'cheeni', 'chini', 'शक्कर', 'shakkar', 'sugar band karna', 'sugar kam karna', 'मीठा और चीनी', 'meetha aur cheeni',
      // The foods by name, and sugar as something eaten (found in a fresh batch of Hindi speech, December 4).
      'sugar khana', 'मीठा खाना', 'meetha khana', 'pizza', 'पिज़्ज़ा', 'burger', 'बर्गर', 'pizza burger', 'पिज़्ज़ा बर्गर', 'samosa', 'समोसा', 'chips'],
    leads: [{ names: ['चीनी', 'cheeni', 'chini', 'शक्कर', 'shakkar'], lead: 'थोड़ी चीनी चल जाती है, पर ऊपर से डाली चीनी कम करने से calorie deficit आसान होता है.' }],
    answer:
      'मीठा और तला-भुना पूरी तरह बंद करने की ज़रूरत नहीं, लेकिन मिठाई, तले हुए नाश्ते और मीठे पेय, बिना पेट भरे ढेर सारी calorie दे देते हैं. इन्हें कम और कभी-कभार रखिए. मीठे पेय की जगह पानी पीना, एक आसान जीत है.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'tea-coffee',
    names: ['चाय', 'chai', 'tea', 'कॉफ़ी', 'coffee', 'चाय में चीनी', 'chai mein cheeni', 'chai mein chini', 'चीनी वाली चाय', 'chini wali chai', 'sugar wali chai', 'chai mein sugar', 'मीठी चाय', 'meethi chai', 'दूध वाली चाय', 'doodh wali chai', 'मसाला चाय', 'masala chai', 'ग्रीन टी', 'green tea'],
    // Found by a helper trying the console (December 5): "ग्रीन टी से चर्बी कम होती है क्या" was "I don't know that one yet".
    leads: [{ names: ['ग्रीन टी', 'green tea'], lead: 'कोई भी चाय अपने आप चर्बी नहीं जलाती, ग्रीन टी भी नहीं.' }],
    answer:
      'चाय या कॉफ़ी पीना ठीक है. Calorie तो चीनी से, और साथ के बिस्कुट या नमकीन से बढ़ती है. चीनी धीरे-धीरे कम कीजिए, और दिन में एक-दो कप तक रखिए.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'alcohol',
    names: ['alcohol', 'शराब', 'sharab', 'दारू', 'daaru', 'बीयर', 'beer', 'wine'],
    answer:
      'शराब से calorie बढ़ती है, अक्सर साथ में नमकीन चलता है, और नींद भी ख़राब होती है. इसे कम करने से calorie deficit आसान हो जाता है. पीते हों, तो कम और कभी-कभार.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'slimming-gadgets',
    names: ['slimming belt', 'स्लिमिंग बेल्ट', 'पेट की बेल्ट', 'pet ki belt', 'sweat belt', 'belt wali machine', 'बेल्ट वाली मशीन', 'belt machine', 'waist trainer', 'sauna suit', 'vibration machine', 'चर्बी घटाने वाली क्रीम', 'charbi ghatane wali cream', 'slimming cream'],
    answer:
      'नहीं. बेल्ट, रैप, सौना सूट, क्रीम या वाइब्रेशन मशीन से कमर की चर्बी नहीं घटती: ज़्यादा से ज़्यादा पसीने में पानी निकलता है, जो तुरंत लौट आता है. चर्बी पूरे शरीर से घटती है, calorie deficit, exercise और धीरज से.',
    followUp: { offer: 'plan' },
  },
  {
    id: 'carbs',
    names: ['carbs', 'कार्ब्स', 'कार्बोहाइड्रेट', 'carbohydrate', 'keto', 'कीटो', 'keto diet', 'कीटो डाइट', 'low carb', 'रोटी या चावल', 'roti ya chawal', 'चावल या रोटी', 'chawal ya roti', 'मैदा', 'maida', 'गुड़', 'gud', 'gur', 'jaggery', 'देर से खाना', 'der se khana', 'late khana', 'late dinner'],
    // Found by a helper trying the console: "gud kha sakte hai" was "I don't know that one yet".
    leads: [
      { names: ['गुड़', 'gud', 'gur', 'jaggery'], lead: 'गुड़ भी चीनी ही है: थोड़े ज़्यादा खनिज, पर कैलोरी उतनी ही. इसे भी चीनी की तरह थोड़ा ही खाइए.' },
      { names: ['देर से खाना', 'der se khana', 'late khana', 'late dinner'], lead: 'देर से खाना अपने आप चर्बी नहीं बढ़ाता: असली बात यह है कि पूरे दिन में कितना खाया.' },
    ],
    answer:
      'Carbs दुश्मन नहीं हैं, और चर्बी घटाने के लिए keto ज़रूरी नहीं: असली काम calorie deficit करता है. रेशे वाले carbs चुनिए, जैसे गेहूँ की रोटी, मोटा अनाज, दाल, फल और सब्ज़ियाँ, और सफ़ेद चावल, मैदा और चीनी थोड़ी मात्रा में रखिए.',
    followUp: { offer: 'tips', list: 'diet' },
  },
  {
    id: 'walking-cardio',
    names: ['walking cardio', 'सैर cardio', 'sair cardio', 'तेज़ चलना cardio', 'tez chalna cardio'],
    answer:
      'तेज़ चलना cardio में गिना जाता है: इतना तेज़ चलिए कि बात कर सकें, पर गा न सकें. दर्ज करते समय तेज़ सैर बोलिए, तो वह cardio में गिनी जाएगी. धीमी सैर से भी क़दम बढ़ते हैं, जो मदद करते हैं.',
    followUp: { offer: 'howTo', exerciseId: 'walking' },
  },
  {
    id: 'sources',
    saysNotice: true,
    names: ['आपकी जानकारी', 'aapki jankari', 'यह जानकारी', 'ye jankari', 'आपकी सलाह', 'aapki salah', 'यह सलाह', 'ye salah'],
    answer:
      'मेरी सलाह कमर की चर्बी घटाने पर एक लेख से आती है, और जहाँ वह अधूरा है, वहाँ मैं सही तरीका बताती हूँ. यह आम सलाह है, डॉक्टरी सलाह नहीं: सेहत की किसी भी बात के लिए डॉक्टर या फ़िज़ियोथेरेपिस्ट से मिलिए.',
    followUp: { offer: 'plan' },
  },
] as const satisfies readonly Topic[];
