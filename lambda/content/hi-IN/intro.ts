/** The article's opening: why the coach trains the whole body, not just the lower back. */
export const WHY_IT_WORKS: readonly string[] = [
  'किसी एक जगह से चर्बी नहीं घटती. Calorie deficit में चर्बी पूरे शरीर से घटती है, उस क्रम में जो genes तय करते हैं.',
  'चर्बी घटने पर tone हुई मांसपेशियाँ दिखने लगती हैं. इसलिए मज़बूत कमर ज़्यादा सुडौल दिखती है.',
  'सिर्फ़ gym काफ़ी नहीं. खाना, नियमित exercise, नींद और दिन भर चलना-फिरना, सब ज़रूरी है.',
];
