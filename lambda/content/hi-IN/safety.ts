import type { Concern, ConcernKind } from '../types';

/** Where to find help now, for thoughts of ending one's life and for feeling low alike. */
const FIND_HELP =
  'मुझे बहुत अफ़सोस है कि आप ऐसा महसूस कर रहे हैं. इसे अकेले मत झेलिए: किसी भरोसेमंद इंसान से, या डॉक्टर से बात कीजिए. ख़ुद को नुकसान पहुँचाने के ख़याल आएँ, तो Tele MANAS को एक चार चार एक छह पर मुफ़्त कॉल कीजिए, कभी भी. अभी ख़तरा हो, तो एक एक दो पर कॉल कीजिए.';

/**
 * Health worries people mention, in Hindi, Hinglish and the English words they use for them. Each kind gets one short,
 * safe answer: the coach never diagnoses, and never prescribes exercise for a pain, injury or condition.
 */
export const CONCERNS = [
  // Pains and symptoms.
  { id: 'pain', kind: 'pain', names: ['दर्द', 'dard', 'तकलीफ़', 'takleef', 'दुखना', 'dukhna', 'pain', 'body dard', 'बॉडी दर्द', 'शरीर में दर्द', 'sharir mein dard'] },
  {
    id: 'back-pain',
    kind: 'pain',
    // "Back" in English inside Hindi (found in a fresh batch of Hindi speech, December 4: "mera back dard kar raha hai").
    names: ['पीठ दर्द', 'पीठ में दर्द', 'peeth dard', 'peeth mein dard', 'back pain', 'backache', 'back dard', 'back mein dard', 'बैक दर्द', 'back में दर्द',
      'पीठ में दर्द है', 'peeth mein dard hai', 'back mein dard hai', 'back में दर्द है'],
  },
  {
    id: 'lower-back-pain',
    kind: 'pain',
    names: ['कमर दर्द', 'कमर में दर्द', 'kamar dard', 'kamar mein dard', 'lower back pain', 'कमर का दर्द', 'kamar ka dard', 'पीठ के निचले हिस्से में दर्द', 'peeth ke nichle hisse mein dard',
      // A strain said without "dard" (found by a helper trying the console mid-workout): it went on.
      'कमर में खिंचाव', 'kamar mein khinchav', 'कमर में मोच', 'kamar mein moch',
      // Spelled as Hinglish is typed ("me", not "mein"), and a jolt (found by a helper trying the console, December 5:
      // "kamar me khinchav aa gaya" was "थोड़ी जकड़न आम है", and the workout went on).
      'kamar me khinchav', 'kamar me moch', 'कमर में झटका', 'kamar mein jhatka', 'kamar me jhatka', 'कमर में झटका लगा', 'kamar me jhatka laga', 'kamar mein jhatka laga',
      // Said whole, as people say it (found in a fresh batch of Hindi speech, December 4: "ghutne mein dard hai" matched no sample).
      'कमर में दर्द है', 'kamar mein dard hai', 'कमर दर्द है', 'kamar dard hai'],
  },
  {
    id: 'knee-pain',
    kind: 'pain',
    names: ['घुटने में दर्द', 'घुटने का दर्द', 'ghutne mein dard', 'ghutne ka dard', 'घुटने में दर्द होता है', 'ghutne mein dard hota hai', 'घुटना', 'घुटने', 'ghutna', 'ghutne', 'घुटनों', 'ghutno', 'knee pain', 'knee',
      // A knee giving way mid-workout got "I don't know that yet, say next to carry on" (found by a helper).
      'मेरा घुटना जवाब दे रहा है', 'घुटना जवाब दे रहा है', 'घुटने जवाब दे रहे हैं', 'mera ghutna jawab de raha hai', 'ghutna jawab de raha hai', 'ghutne jawab de rahe hain',
      // Said whole, as people say it (found in a fresh batch of Hindi speech, December 4: "ghutne mein dard hai" matched no sample).
      'घुटने में दर्द है', 'ghutne mein dard hai', 'घुटनों में दर्द', 'ghutno mein dard', 'घुटनों में दर्द है', 'ghutno mein dard hai',
      'घुटना दुख रहा है', 'ghutna dukh raha hai', 'घुटने दुख रहे हैं', 'ghutne dukh rahe hain'],
  },
  { id: 'neck-pain', kind: 'pain', names: ['गर्दन में दर्द', 'गर्दन दर्द', 'gardan mein dard', 'gardan dard', 'गर्दन', 'gardan', 'neck pain', 'सर्वाइकल', 'cervical', 'गर्दन में दर्द है', 'gardan mein dard hai'] },
  {
    id: 'shoulder-pain',
    kind: 'pain',
    names: ['कंधे में दर्द', 'कंधे का दर्द', 'kandhe mein dard', 'कंधा', 'कंधे', 'kandha', 'kandhe', 'shoulder pain', 'frozen shoulder', 'कंधे में दर्द है', 'kandhe mein dard hai'],
  },
  { id: 'hip-pain', kind: 'pain', names: ['कूल्हे में दर्द', 'कूल्हे का दर्द', 'koolhe mein dard', 'कूल्हा', 'koolha', 'hip pain', 'कूल्हे में दर्द है', 'koolhe mein dard hai'] },
  { id: 'wrist-pain', kind: 'pain', names: ['कलाई में दर्द', 'कलाई का दर्द', 'kalai mein dard', 'कलाई', 'kalai', 'wrist pain', 'कलाई में दर्द है', 'kalai mein dard hai'] },
  {
    id: 'ankle-pain',
    kind: 'pain',
    names: ['टखने में दर्द', 'टखना', 'takhna', 'एड़ी में दर्द', 'edi mein dard', 'पैर में दर्द', 'pair mein dard', 'ankle pain', 'पैर में दर्द है', 'pair mein dard hai', 'एड़ी में दर्द है', 'edi mein dard hai'],
  },
  { id: 'joint-pain', kind: 'pain', names: ['जोड़ों में दर्द', 'जोड़ों का दर्द', 'jodon mein dard', 'jodon ka dard', 'joint pain', 'जोड़ों में दर्द है', 'jodon mein dard hai'] },
  {
    id: 'chest-pain',
    kind: 'pain',
    // The chest alone, as English has "chest": a sharp pain said to be there ("सीने में तेज़ दर्द") is this.
    names: ['सीने में दर्द', 'छाती में दर्द', 'seene mein dard', 'chhati mein dard', 'सीने में जकड़न', 'दिल में दर्द', 'chest pain', 'सीने में दर्द है', 'seene mein dard hai', 'छाती में दर्द है', 'chhati mein dard hai', 'सीने', 'सीना', 'छाती', 'seene', 'seena', 'chhati'],
    // Happening now (found in review: "मुझे दिल का दौरा पड़ रहा है" was out of scope, "heart attack aa raha hai" a condition).
    heardIn: [
      'दिल का दौरा पड़ रहा', 'दिल का दौरा आ रहा', 'dil ka daura pad raha', 'heart attack aa raha', 'heart attack ho raha', 'हार्ट अटैक आ रहा',
      // Pain in the arm or the jaw with sweating or nausea can be the heart (found by a helper trying the console as an
      // Indian user, December 5: "left haath mein dard aur pasina aa raha hai" got the answer for pain).
      'haath mein dard aur pasina', 'हाथ में दर्द और पसीना', 'baanh mein dard aur pasina', 'बाँह में दर्द और पसीना', 'jabde mein dard', 'जबड़े में दर्द',
      'pasina aur ji machla', 'पसीना और जी मिचला', 'pasina aa raha hai aur ji', 'पसीना आ रहा है और जी', 'bahut pasina aa raha hai', 'बहुत पसीना आ रहा है',
    ],
  },
  {
    id: 'dizziness',
    kind: 'pain',
    names: ['चक्कर', 'chakkar', 'चक्कर आना', 'chakkar aana', 'सिर घूमना', 'sar ghoomna', 'dizziness',
      // Said as it happens (found in a fresh batch of Hindi speech, December 4).
      'सिर घूम रहा है', 'सर घूम रहा है', 'sar ghoom raha hai', 'sir ghoom raha hai'],
  },
  {
    id: 'fainting',
    kind: 'pain',
    names: ['बेहोशी', 'behoshi', 'बेहोश', 'behosh', 'आँखों के आगे अँधेरा', 'fainting'],
    // Found by a helper trying the console as an Indian user (December 5): "aankhon ke aage andhera aa raha hai" was out of scope.
    heardIn: ['aankhon ke aage andhera', 'aankhon ke saamne andhera', 'आँखों के आगे अंधेरा', 'आंखों के आगे अंधेरा', 'आँखों के सामने अंधेरा', 'andhera chha gaya', 'अंधेरा छा गया'],
  },
  {
    id: 'breathlessness',
    kind: 'pain',
    names: ['साँस लेने में तकलीफ़', 'saans lene mein takleef', 'साँस नहीं आ रही', 'saans nahi aa rahi', 'breathlessness'],
  },
  // मेहनत में साँस फूलना और मांसपेशियों में जलन होना आम है: यह ख़तरे का लक्षण नहीं, और workout नहीं रुकता.
  {
    id: 'effort',
    kind: 'effort',
    names: ['मांसपेशियों में जलन', 'muscles mein jalan'],
  },
  {
    id: 'effort-breath',
    kind: 'effort',
    outsideWorkout: 'breathlessness',
    // "मेरी साँस फूल रही है" heard through "मेरी {topic} है", the slot without its है (found trying the console).
    names: ['साँस फूलना', 'सांस फूलना', 'saans phoolna', 'सांस फूल रही है', 'साँस फूल रही है', 'saans phool rahi hai', 'साँस फूल रही', 'सांस फूल रही', 'saans phool rahi', 'साँस फूलती', 'सांस फूलती', 'saans phoolti', 'saans phoolti hai', 'हाँफ रहा हूँ', 'हाँफ रही हूँ', 'haanf raha hoon', 'haanf rahi hoon', 'धड़कन तेज़', 'dhadkan tez'],
  },
  {
    id: 'palpitations',
    kind: 'pain',
    names: ['दिल की धड़कन बहुत तेज़', 'घबराहट', 'ghabrahat', 'palpitations'],
    // Found by a helper trying the console as an Indian user (December 5): "dil bahut tez dhadak raha hai" was out of scope.
    heardIn: ['dil bahut tez', 'dil tez', 'दिल बहुत तेज़', 'दिल तेज़', 'dhadkan tez', 'धड़कन तेज़', 'dhadkan bahut tez', 'धड़कन बहुत तेज़'],
  },
  // "उल्टी" alone too: "mujhe ulti aa rahi hai" leaves the slot "mujhe ulti" (found by a helper trying the console as an
  // Indian user, December 5: "I can't help with that").
  { id: 'warning-signs', kind: 'pain', names: ['उल्टी', 'ulti', 'vomit', 'उल्टी आ रही है', 'उल्टी हो रही है', 'उल्टी हुई', 'उल्टियाँ', 'ulti aa rahi hai', 'ulti ho rahi hai', 'ulti hui', 'पेशाब में खून', 'peshab mein khoon', 'खून की उल्टी', 'धुंधला दिख रहा है', 'dhundhla dikh raha hai', 'vomiting', 'अचानक कमज़ोरी', 'achanak kamzori', 'अचानक बहुत कमज़ोरी लग रही है', 'एक तरफ़ कमज़ोरी', 'उल्टी जैसा लग रहा है', 'ulti jaisa lag raha hai',
    // An arm or hand gone numb mid-workout can be the heart (found by a helper trying the console, December 3).
    'बायां हाथ सुन्न', 'बाएं हाथ में सुन्नपन', 'हाथ सुन्न', 'बांह सुन्न', 'baayan haath sunn', 'baaye haath mein sunnpan', 'haath sunn', 'baanh sunn',
    // Found by a helper trying the console as a diabetic user (December 3): low sugar, shaking, sweating with weakness,
    // and bleeding reached the fallback mid-workout, and the workout went on. Each stops it for the day.
    // Not "sugar kam" or "कमज़ोरी" alone: "शुगर कम करनी है क्या" is a diet question, "kamzori door karne ke liye kya
    // khayen" another (found in review: each was an emergency, and no workout that day).
    'sugar low', 'शुगर लो', 'sugar low ho gayi', 'शुगर लो हो गई', 'शुगर कम हो गई', 'sugar kam ho gayi',
    // Low sugar said as it is felt (found in a second review: narrowed, "meri sugar kam hai" went on).
    'sugar kam hai', 'meri sugar kam hai', 'शुगर कम है', 'मेरी शुगर कम है', 'sugar kam lag rahi hai', 'शुगर कम लग रही है', 'sugar kam ho rahi hai', 'शुगर कम हो रही है',
    'बहुत कमज़ोरी लग रही है', 'bahut kamzori lag rahi hai',
    'पसीना और कमज़ोरी', 'pasina aur kamzori', 'ठंडा पसीना', 'thanda pasina', 'खून आ रहा है', 'khoon aa raha hai', 'bleeding', 'ब्लीडिंग'] },
  { id: 'cramp', kind: 'pain', names: ['ऐंठन', 'ainthan', 'नस चढ़ना', 'nas chadhna', 'cramp', 'cramps'] },
  { id: 'sharp-pain', kind: 'pain', stopsToday: true, names: ['तेज़ दर्द', 'tez dard', 'अचानक दर्द', 'achanak dard', 'चुभने वाला दर्द', 'sharp pain'] },
  { id: 'numbness', kind: 'nerve', names: ['सुन्नपन', 'सुन्न', 'sunn', 'झुनझुनी', 'jhunjhuni', 'numbness', 'tingling'] },
  {
    id: 'soreness',
    kind: 'pain',
    names: ['अकड़न', 'akdan', 'बदन दर्द', 'badan dard', 'मांसपेशियों में दर्द', 'soreness', 'body pain', 'बदन अकड़ा है', 'कल से बदन दर्द', 'शरीर में अकड़न'],
    inWorkout:
      'Workout के एक-दो दिन बाद मांसपेशियों में दर्द होना आम है, और यह अपने आप ठीक हो जाता है. आज हल्के से कीजिए: कम rep, या हल्का वज़न. किसी exercise से तेज़ दर्द हो, या जोड़ में दर्द हो, तो रुकिए, और बताइए कि दर्द हो रहा है.',
  },
  {
    id: 'tightness',
    kind: 'pain',
    names: ['जकड़न', 'jakdan', 'खिंचाव', 'khinchav', 'टाइट', 'tight', 'थोड़ा टाइट', 'thoda tight', 'पीठ में अकड़न', 'peeth mein akdan'],
    inWorkout:
      'थोड़ी जकड़न आम है. धीरे-धीरे कीजिए, कम दूरी तक हिलाइए, और साँस लेते रहिए. Workout के बाद stretching कीजिए. अगर यह दर्द बन जाए, तो रुकिए, और बताइए कि दर्द हो रहा है.',
    notPain: true,
  },

  // Injuries.
  { id: 'sciatica', kind: 'injury', names: ['sciatica', 'साइटिका', 'नस दबना', 'nas dabna', 'नस का दर्द', 'nas ka dard'] },
  { id: 'slipped-disc', kind: 'injury', names: ['slip disc', 'स्लिप डिस्क', 'slipped disc', 'disc problem', 'डिस्क की समस्या'] },
  { id: 'herniated-disc', kind: 'injury', names: ['herniated disc', 'हर्निएटेड डिस्क', 'disc herniation', 'prolapsed disc'] },
  { id: 'bulging-disc', kind: 'injury', names: ['bulging disc', 'डिस्क बल्ज', 'disc bulge'] },
  { id: 'sprain', kind: 'injury', names: ['मोच', 'moch', 'मोच आना', 'moch aana', 'sprain', 'ligament injury', 'मोच आ गई', 'moch aa gayi', 'घुटना मुड़ गया', 'ghutna mud gaya', 'पैर मुड़ गया', 'pair mud gaya', 'टखना मुड़ गया', 'takhna mud gaya', 'पैर में मोच', 'pair mein moch', 'टखने में मोच', 'takhne mein moch'] },
  {
    id: 'pulled-muscle',
    kind: 'injury',
    names: ['मांसपेशी खिंचना', 'नस खिंचना', 'nas khinchna', 'muscle pull', 'muscle strain', 'pulled muscle',
      // As it is said when it happens (found by a helper trying the console, December 5: heard as a log).
      'नस खिंच गई', 'nas khinch gayi', 'nas khinch gai', 'नस चढ़ गई', 'nas chadh gayi', 'मांसपेशी खिंच गई', 'muscle khinch gaya', 'muscle khinch gayi'],
  },
  { id: 'hernia', kind: 'injury', names: ['hernia', 'हर्निया'] },
  { id: 'injury', kind: 'injury', names: ['चोट', 'chot', 'पुरानी चोट', 'purani chot', 'फ्रैक्चर', 'हड्डी टूटना', 'injury', 'fracture'] },

  // Medical conditions.
  {
    id: 'diabetes',
    kind: 'condition',
    names: ['diabetes', 'डायबिटीज़', 'डायबिटीज', 'शुगर', 'शुगर की बीमारी', 'sugar', 'sugar ki bimari', 'मधुमेह',
      // Said whole (found in a fresh batch of Hindi speech, December 4).
      'शुगर की बीमारी है', 'sugar ki bimari hai'],
  },
  {
    id: 'high-blood-pressure',
    kind: 'condition',
    names: ['high blood pressure', 'हाई बीपी', 'बीपी', 'ब्लड प्रेशर', 'हाई ब्लड प्रेशर', 'bp', 'high bp', 'b p', 'bp high', 'बीपी हाई', 'बीपी की बीमारी', 'bp ki bimari'],
  },
  { id: 'low-blood-pressure', kind: 'condition', names: ['low blood pressure', 'लो बीपी', 'लो ब्लड प्रेशर', 'low bp'] },
  {
    id: 'heart-condition',
    kind: 'condition',
    names: ['दिल की बीमारी', 'dil ki bimari', 'दिल की समस्या', 'heart problem', 'हार्ट की बीमारी', 'heart attack', 'हार्ट अटैक', 'stent', 'angina'],
  },
  { id: 'health-condition', kind: 'condition', names: ['बीमारी', 'bimari', 'कोई बीमारी', 'सेहत की समस्या', 'health problem', 'medical condition'] },
  { id: 'high-cholesterol', kind: 'condition', names: ['cholesterol', 'कोलेस्ट्रॉल', 'high cholesterol'] },
  { id: 'asthma', kind: 'condition', names: ['asthma', 'दमा', 'dama', 'अस्थमा'] },
  { id: 'arthritis', kind: 'condition', names: ['arthritis', 'गठिया', 'gathiya', 'आर्थराइटिस', 'gout'] },
  { id: 'osteoporosis', kind: 'condition', names: ['osteoporosis', 'कमज़ोर हड्डियाँ', 'kamzor haddiyan', 'weak bones'] },
  { id: 'scoliosis', kind: 'condition', names: ['scoliosis', 'टेढ़ी रीढ़', 'tedhi reedh', 'रीढ़ का टेढ़ापन', 'कुबड़', 'kyphosis'] },
  { id: 'spondylosis', kind: 'condition', names: ['spondylosis', 'स्पॉन्डिलाइटिस', 'spondylitis', 'cervical spondylosis', 'स्पॉन्डिलोसिस'] },
  { id: 'thyroid', kind: 'condition', names: ['thyroid', 'थायराइड', 'थायरॉइड', 'hypothyroidism'] },
  { id: 'pcos', kind: 'condition', names: ['pcos', 'pcod', 'पीसीओएस', 'पीसीओडी', 'p c o s', 'p c o d'] },
  {
    id: 'kidney-disease',
    kind: 'condition',
    names: ['kidney problem', 'किडनी की बीमारी', 'किडनी की समस्या', 'kidney ki bimari', 'पथरी', 'pathri', 'kidney stone'],
  },
  { id: 'surgery', kind: 'condition', names: ['surgery', 'सर्जरी', 'ऑपरेशन', 'operation', 'कमर का ऑपरेशन', 'back surgery', 'knee replacement'] },

  {
    id: 'eating-disorder',
    kind: 'condition',
    names: ['eating disorder', 'खाने का विकार', 'khane ka vikar', 'anorexia', 'bulimia', 'binge eating'],
    // Found in review: "मैं खाने के बाद खुद को उल्टी कराती हूँ" was out of scope.
    heardIn: ['खुद को उल्टी', 'ख़ुद को उल्टी', 'khud ko ulti', 'उल्टी कराती', 'उल्टी कराता', 'ulti karati', 'ulti karata',
      // Asked, not told (found by a helper trying the console as an Indian user, December 5: "vomit karke weight kam
      // karu" reached the fallback, "kya main laxative le sakta hoon" "I don't know that one").
      // The warning signs' words, heard here only where they are asked about as a way to lose weight (see askedAsAMeans
      // in named.ts): said otherwise, the warning sign ranks first.
      'उल्टी', 'ulti', 'vomit', 'laxative', 'laxatives', 'जुलाब', 'julab', 'julaab'],
    answer:
      'खुद को उल्टी कराना, जुलाब लेना, या बहुत कम खाना, शरीर को नुकसान पहुँचाता है, और इससे चर्बी कम नहीं होती. खाने का विकार अभी हो या पहले रहा हो, कैलोरी घटाना नुकसान कर सकता है. अपने खाने के बारे में डॉक्टर से बात कीजिए: इसमें मदद लेना आपका हक़ है. डॉक्टर ठीक कहें, तो मैं हल्की, नियमित exercise में मदद कर सकती हूँ.',
  },
  {
    id: 'older-age',
    kind: 'age',
    names: ['मेरी उम्र', 'meri umar', 'meri umra', 'बुढ़ापा', 'budhapa', 'बुज़ुर्ग', 'buzurg', 'बुज़ुर्गों', 'buzurgon', 'senior citizen', 'senior citizens', 'ज़्यादा उम्र', 'zyada umar', 'साठ से ऊपर', 'sath se upar', 'सत्तर से ऊपर', 'sattar se upar'],
  },
  {
    id: 'younger-age',
    kind: 'age',
    names: ['teenager', 'किशोर', 'स्कूल में पढ़ता हूँ', 'स्कूल में पढ़ती हूँ', 'school mein padhta hoon', 'school mein padhti hoon'],
    answer:
      'Back Coach बड़ों के लिए बना है. जब तक आपका शरीर बढ़ रहा है, चर्बी कम करने से पहले माता-पिता और डॉक्टर से बात कीजिए, और खाना कम मत कीजिए: बढ़ते शरीर को उसकी ज़रूरत है. खेल-कूद, रोज़ की भाग-दौड़ और अच्छी नींद, सब मदद करते हैं.',
  },

  // Pregnancy and after birth.
  {
    id: 'pregnancy',
    kind: 'pregnancy',
    names: ['pregnancy', 'प्रेग्नेंसी', 'गर्भावस्था', 'गर्भवती', 'garbhvati', 'pregnant', 'प्रेग्नेंट'],
    // "Main pet se hoon", as many say it (found by a helper trying the console as an Indian user, December 5: the pain answer).
    heardIn: ['pet se hoon', 'pet se hun', 'pet se hu', 'पेट से हूँ', 'पेट से हूं', 'pet se', 'पेट से'],
  },
  {
    id: 'postpartum',
    kind: 'pregnancy',
    // Not "delivery" alone: "main delivery boy hoon" is no birth (found in review); a delivery that happened is.
    names: ['डिलीवरी के बाद', 'delivery ke baad', 'बच्चे के जन्म के बाद', 'सिज़ेरियन', 'c section', 'postpartum', 'स्तनपान', 'breastfeeding', 'सी सेक्शन', 'ऑपरेशन से डिलीवरी', 'operation se delivery',
      'delivery hui', 'delivery hui hai', 'delivery hui thi', 'meri delivery', 'डिलीवरी हुई', 'डिलीवरी हुई है', 'डिलीवरी हुई थी', 'मेरी डिलीवरी',
      // As people say and type them (found by a helper trying the console, December 5: the fallback, or "what did you do?").
      'c section ke baad', 'सिजेरियन', 'सिजेरियन के बाद', 'सिज़ेरियन के बाद', 'operation ke baad delivery', 'bachcha hone ke baad', 'बच्चा होने के बाद', 'bacche ke baad', 'बच्चे के बाद'],
  },

  // Periods ("पीरियड्स में exercise कर सकते हैं?").
  {
    id: 'period',
    kind: 'period',
    names: ['पीरियड्स', 'periods', 'मासिक धर्म', 'mahavari', 'माहवारी', 'periods mein', 'period mein', 'periods ke dauran', 'period pain'],
  },
  // Feeling ill: a fever, a cold, nausea.
  {
    id: 'unwell',
    kind: 'unwell',
    names: ['बुखार', 'bukhar', 'जुकाम', 'zukam', 'सर्दी जुकाम', 'sardi zukam', 'तबीयत ठीक नहीं', 'tabiyat theek nahi', 'तबीयत खराब', 'tabiyat kharab', 'जी मिचला रहा है', 'ji michla raha hai', 'मितली', 'nausea', 'fever',
      // Weak mid-workout pauses it and going on asks first, as in English (found in a second review).
      'कमज़ोरी लग रही है', 'kamzori lag rahi hai', 'मुझे कमज़ोरी है', 'mujhe kamzori hai', 'कमज़ोरी', 'kamzori',
      // Found in review: "main beemar hoon" named nothing.
      'बीमार', 'beemar', 'bimar', 'मैं बीमार हूँ', 'main beemar hoon', 'main bimar hoon'],
  },

  // Shaking: tired muscles, or, shaky all over with sweat or dizziness, the sign to stop and eat, as in English (legs
  // shaking were the effort, and the workout ran on, while English paused).
  {
    id: 'shaky',
    kind: 'unwell',
    names: ['कांप रहे हैं', 'काँप रहे हैं', 'kaanp rahe hain', 'हाथ कांप रहे हैं', 'हाथ काँप रहे हैं', 'haath kaanp rahe hain', 'पैर कांप रहे हैं', 'पैर काँप रहे हैं', 'pair kaanp rahe hain', 'कंपकंपी', 'kampkampi', 'kaanp raha hai', 'कांप रहा है', 'काँप रहा है'],
    answer:
      'सेट के आख़िर में मांसपेशियाँ काँपें, तो वे थक गई हैं, और यह आम बात है: आराम कीजिए, और अगला सेट हल्का कीजिए. पर अगर पूरा शरीर काँप रहा है, पसीना आ रहा है, कमज़ोरी या चक्कर है, तो रुकिए, बैठ जाइए, और कुछ खा-पी लीजिए. जल्दी ठीक न हो, तो मदद लीजिए.',
    inWorkout:
      'सेट के आख़िर में मांसपेशियाँ काँपें, तो वे थक गई हैं, और यह आम बात है: थोड़ा ज़्यादा आराम कीजिए, और अगला सेट हल्का कीजिए. पर अगर पूरा शरीर काँप रहा है, पसीना आ रहा है, कमज़ोरी या चक्कर है, तो रुकिए, बैठ जाइए, और कुछ खा-पी लीजिए. जल्दी ठीक न हो, तो मदद लीजिए.',
  },

  // Medicines and supplements.
  { id: 'medicine', kind: 'medicine', names: ['दवा', 'dawa', 'दवाई', 'dawai', 'दवाइयाँ', 'गोली', 'goli', 'medicine', 'पेनकिलर', 'painkiller'] },
  { id: 'blood-thinners', kind: 'medicine', checkFirst: true, names: ['blood thinner', 'खून पतला करने की दवा', 'khoon patla karne ki dawa', 'aspirin', 'warfarin'] },
  { id: 'insulin', kind: 'medicine', checkFirst: true, names: ['insulin', 'इंसुलिन', 'metformin', 'मेटफ़ॉर्मिन'] },
  {
    id: 'supplements',
    kind: 'medicine',
    names: ['supplements', 'supplement', 'सप्लीमेंट', 'vitamins', 'विटामिन', 'creatine'],
  },
  {
    id: 'fat-burners',
    kind: 'medicine',
    names: ['fat burner', 'fat burners', 'फैट बर्नर', 'वज़न घटाने की गोली', 'wazan ghatane ki goli', 'slimming pills', 'diet pills', 'detox tea', 'weight loss ki goli', 'वेट लॉस की गोली'],
  },

  // What a doctor or physiotherapist said to do (the model's `advisor` slot): no name says it.
  {
    id: 'doctor-advised',
    kind: 'condition',
    names: [],
    answer:
      'तो वही कीजिए जो डॉक्टर या फ़िज़ियोथेरेपिस्ट ने बताया है: वे आपके शरीर को जानते हैं, मैं नहीं. हर workout से पहले मैं पूछूँगी कि क्या उन्होंने training के लिए हाँ कहा है.',
  },
  // Thoughts of ending one's life, and feeling low: where to get help now (see en-US). Tele MANAS is India's free national
  // mental health helpline, 14416, day and night; 112 is the emergency number. Slot values here, where the model has room.
  {
    id: 'crisis',
    kind: 'medical-advice',
    names: ['जीना नहीं चाहती', 'जीना नहीं चाहता', 'jeena nahi chahti', 'jeena nahi chahta', 'मरना चाहती हूँ', 'मरना चाहता हूँ', 'marna chahti hoon', 'marna chahta hoon'],
    heardIn: [
      'suicide', 'सुसाइड', 'आत्महत्या', 'atmahatya', 'ख़ुदकुशी', 'खुदकुशी', 'khudkushi', 'मरना चाहता', 'मरना चाहती', 'marna chahta', 'marna chahti', 'मर जाना चाहता', 'मर जाना चाहती',
      'mar jana chahta', 'mar jana chahti', 'जीना नहीं चाहता', 'जीना नहीं चाहती', 'jeena nahi chahta', 'jeena nahi chahti', 'जीना नहीं है', 'jeena nahi hai', 'जीने का मन नहीं',
      'jeene ka man nahi', 'मरने का मन', 'marne ka man', 'ख़ुद को नुकसान', 'खुद को नुकसान', 'khud ko nuksan', 'kill myself', 'want to die',
    ],
    answer: FIND_HELP,
  },
  {
    id: 'low-mood',
    kind: 'medical-advice',
    names: [],
    heardIn: ['depression', 'depressed', 'डिप्रेशन', 'डिप्रेस्ड', 'बहुत उदास', 'bahut udaas', 'bahut udas'],
    answer: FIND_HELP,
  },
  // Asking for medical advice itself.
  {
    id: 'medical-advice',
    kind: 'medical-advice',
    names: ['डॉक्टरी सलाह', 'doctori salah', 'medical advice', 'डॉक्टर', 'doctor', 'फ़िज़ियो', 'physio', 'फ़िज़ियोथेरेपिस्ट', 'physiotherapist', 'blood test', 'जाँच रिपोर्ट'],
  },
] as const satisfies readonly Concern[];

/** One short answer per kind, for the ear. The coach gives general fitness guidance only. */
export const SAFETY: { readonly [K in ConcernKind]: string } = {
  effort:
    'ज़ोर की exercise या HIIT के round में साँस फूलना और मांसपेशियों में जलन होना आम है: यही मेहनत है. रफ़्तार थोड़ी कम कीजिए, आराम के समय साँस सामान्य होने दीजिए, और उतनी रफ़्तार रखिए जो बनी रह सके. लेकिन सीने में दर्द हो, चक्कर या बेहोशी जैसा लगे, या आराम के बाद भी साँस न सँभले, तो अभी रुक जाइए.',
  nerve:
    'सुन्नपन, झुनझुनी या कमज़ोरी हो, तो रुक जाइए: इसे झेलकर exercise मत कीजिए. आराम कीजिए, और दोबारा exercise करने से पहले डॉक्टर या फ़िज़ियोथेरेपिस्ट को दिखाइए. अगर यह अचानक हुआ हो, या पेशाब या शौच पर काबू न रहे, तो आज ही डॉक्टर को दिखाइए.',
  pain:
    'जिस exercise में दर्द हो, उसे रोक दीजिए. दर्द एक इशारा है, उसे झेलकर आगे मत बढ़िए. दर्द तेज़ हो, बना रहे, या सुन्नपन या झुनझुनी के साथ हो, तो दोबारा training से पहले डॉक्टर या फ़िज़ियोथेरेपिस्ट को दिखाइए. Training के अगले दिन हल्की अकड़न होना आम है.',
  injury:
    'ऐसी चोट में, ये exercise करने से पहले अपने डॉक्टर या फ़िज़ियोथेरेपिस्ट से इजाज़त लीजिए, और पूछिए कि आपके लिए कौन सी exercise सुरक्षित हैं. चोट के लिए मैं exercise नहीं बता सकती.',
  condition:
    'Exercise या खान-पान शुरू करने या बदलने से पहले, अपने डॉक्टर से ज़रूर पूछिए. वे आपकी सेहत जानते हैं, और किसी बीमारी में क्या सुरक्षित है, यह मैं नहीं बता सकती.',
  age:
    'चलना-फिरना हर उम्र में फ़ायदा देता है. शुरू करने से पहले अपने डॉक्टर से पूछ लीजिए, ख़ासकर अगर आपकी उम्र ज़्यादा है, आपको कोई बीमारी है, या आपने काफ़ी समय से exercise नहीं की है. फिर beginner level से शुरू कीजिए, और अपनी रफ़्तार से आगे बढ़िए.',
  pregnancy:
    'गर्भावस्था में, या बच्चे के जन्म के बाद, exercise शुरू करने या बदलने से पहले अपने डॉक्टर से बात कीजिए. यहाँ की कुछ exercise, जैसे पीठ के बल लेटना या भारी वज़न उठाना, शायद आपके लिए ठीक न हों.',
  period:
    'पीरियड्स में exercise करना आमतौर पर ठीक है, और हल्की कसरत से ऐंठन में आराम मिल सकता है. थकान या दर्द लगे, तो हल्का कीजिए. पीरियड्स बहुत दर्द वाले हों या बहुत ज़्यादा हों, तो डॉक्टर से बात कीजिए.',
  unwell:
    'तबीयत ठीक न हो, जैसे बुखार, जुकाम या पेट ख़राब, तो आज आराम कीजिए और workout छोड़ दीजिए. ठीक होने पर धीरे-धीरे फिर शुरू कीजिए. Workout के दौरान जी मिचलाए, तो रुकिए, आराम कीजिए और थोड़ा पानी पीजिए. ठीक न हो, या सीने में दर्द या चक्कर भी हो, तो डॉक्टर को दिखाइए.',
  medicine:
    'दवाओं या supplement के सवाल, अपने डॉक्टर या केमिस्ट से पूछिए. इन पर मैं सलाह नहीं देती. अगर आप दिल, ब्लड प्रेशर या शुगर की दवा लेते हैं, तो शुरू करने से पहले डॉक्टर से पूछिए: कसरत से दवा का असर बदल सकता है.',
  'medical-advice':
    'मैं fitness coach हूँ, डॉक्टर या फ़िज़ियोथेरेपिस्ट नहीं, और उनकी जगह नहीं ले सकती. मेरी सलाह आम है, कमर की चर्बी घटाने के एक लेख पर आधारित, और यह डॉक्टरी सलाह नहीं है. अपनी सेहत से जुड़ी किसी भी बात के लिए, कृपया डॉक्टर या फ़िज़ियोथेरेपिस्ट को दिखाइए.',
};

/** Exercise के लिए पूछते हुए बताया गया दर्द: अभी कोई exercise शुरू ही नहीं हुई, तो जवाब है कि दर्द के साथ शुरू न करें. */
export const PAIN_BEFORE_TRAINING: string =
  'दर्द के साथ training मत कीजिए. दर्द एक इशारा है, उसे झेलकर आगे मत बढ़िए. दर्द तेज़ हो, बना रहे, या सुन्नपन या झुनझुनी के साथ हो, तो exercise से पहले डॉक्टर या फ़िज़ियोथेरेपिस्ट को दिखाइए, और पूछिए कि आपके लिए कौन सी exercise सुरक्षित हैं. Training के अगले दिन हल्की अकड़न होना आम है, और हल्की-फुल्की हरकत ठीक है.';

/** India's emergency number is 112; 108 is the ambulance. */
export const URGENT_ANSWER: string =
  'अभी रुक जाइए, और बैठ या लेट जाइए. सीने में दर्द या दबाव, साँस की तकलीफ़, बेहोशी, या अचानक कमज़ोरी या सुन्नपन हो, तो अभी 112 या 108 पर फ़ोन कीजिए. तेज़ धड़कन, उल्टी, खून आना या धुंधला दिखना हो, तो आज ही डॉक्टर को दिखाइए, और ज़्यादा तकलीफ़ हो तो 112 पर फ़ोन कीजिए.';

/** ख़तरे का लक्षण जो exercise करते समय होता है, आराम में बताया गया: अभी रुकने की नहीं, training से पहले डॉक्टर को दिखाने की बात. */
export const URGENT_HABITUAL: string =
  'Exercise करते समय सीने में दर्द, चक्कर या बेहोशी जैसा लगना, दिल का बहुत तेज़ धड़कना, या मेहनत से ज़्यादा साँस फूलना हो, तो दोबारा training से पहले डॉक्टर को दिखाइए, और बताइए कि यह कब होता है. ज़ोर के round में साँस फूलना आम है, अगर आराम के एक-दो मिनट में सँभल जाए. आराम करते हुए भी हो, या तकलीफ़ ज़्यादा हो, तो 112 या 108 पर फ़ोन कीजिए.';
