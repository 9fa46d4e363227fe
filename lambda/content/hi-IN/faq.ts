import type { Faq } from '../types';

export const FAQS = [
  {
    id: 'stubborn',
    intent: 'StubbornFatIntent',
    question: 'कमर की चर्बी इतनी मुश्किल से क्यों घटती है?',
    names: [
      'ज़िद्दी चर्बी',
      'कमर की ज़िद्दी चर्बी',
      'ziddi charbi',
      'kamar ki ziddi charbi',
      'stubborn fat',
      'stubborn back fat',
      'stubborn lower back fat',
      'resistant fat',
    ],
    answer:
      'ज़्यादातर इसकी वजह genes हैं. आपके genes तय करते हैं कि चर्बी पहले कहाँ से घटेगी और आख़िर में कहाँ से. किसी एक जगह से चर्बी नहीं घटाई जा सकती. यह calorie deficit और exercise से, पूरे शरीर से धीरे-धीरे घटती है.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'spot-reduction',
    intent: 'SpotReductionIntent',
    question: 'क्या सिर्फ़ कमर की exercise से कमर की चर्बी घट सकती है?',
    names: [
      'spot reduction',
      'स्पॉट रिडक्शन',
      'spot reduce',
      'spot fat loss',
      'targeted fat loss',
      'एक जगह की चर्बी',
      'ek jagah ki charbi',
      'सिर्फ़ कमर से चर्बी घटाना',
      'sirf kamar se charbi ghatana',
    ],
    answer:
      'नहीं. Spot reduction काम नहीं करता. आप कमर की मांसपेशियों को tone कर सकते हैं, और जैसे-जैसे पूरे शरीर की चर्बी घटेगी, वह tone दिखने लगेगा. चर्बी पूरे शरीर से घटती है, calorie deficit, नियमित exercise और अच्छे खाने से.',
    followUp: { offer: 'burners' },
  },
  {
    id: 'causes',
    intent: 'FatCausesIntent',
    question: 'कमर पर चर्बी क्यों जमा होती है?',
    names: [
      'चर्बी की वजह',
      'कमर की चर्बी की वजह',
      'charbi ki wajah',
      'kamar ki charbi ki wajah',
      'चर्बी जमा होना',
      'charbi jama hona',
      'causes of back fat',
      'fat storage',
    ],
    answer:
      'ग़लत खान-पान, ज़्यादा देर बैठे रहना, तनाव, ख़राब नींद और genes. समय के साथ इनसे शरीर कमर के आसपास चर्बी जमा करने लगता है.',
    followUp: { offer: 'tips', list: 'lifestyle' },
  },
  {
    id: 'calorie-deficit',
    intent: 'CalorieDeficitIntent',
    question: 'Calorie deficit क्या होता है?',
    names: [
      'calorie deficit',
      'कैलोरी डेफिसिट',
      'calories',
      'calorie',
      'कैलोरी',
      'calorie ginna',
      'कैलोरी गिनना',
      'कम खाना',
      'kam khana',
    ],
    answer:
      'इसका मतलब है, जितनी calorie आप खाते हैं, उससे ज़्यादा जलाना. तब पूरे शरीर से चर्बी धीरे-धीरे घटती है. छोटे कदमों से शुरू कीजिए: protein और fiber खाइए, खाने की मात्रा पर ध्यान दीजिए, पानी पीजिए, और ज़्यादा चलिए-फिरिए. Crash diet मत कीजिए, क्योंकि बहुत कम खाने से मांसपेशियाँ घटती हैं.',
    followUp: { offer: 'tips', list: 'diet' },
  },
] as const satisfies readonly Faq[];
