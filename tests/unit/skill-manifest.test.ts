import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALEXA_REGIONS, type AlexaRegion, countryOf, regionsFor } from '../../infra/regions';
import { LOCALE_IDS, type LocaleId } from '../../lambda/locales';
import { modelPath } from '../../scripts/model/build';

/**
 * skill.json is edited by hand (and by the ASK CLI and the developer console, which both read and write it; `npm run
 * skill:endpoint` writes a copy under .ask/), so it is held here to the registry: exactly the registry's locales, each with its publishing text,
 * example phrases its own model understands, the countries and the regional endpoints those locales need.
 */
interface LocalePublishing {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
}
interface Endpoint {
  endpoint: { uri: string };
}
const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8')).manifest as {
  publishingInformation: { locales: Record<string, LocalePublishing>; distributionCountries: string[]; isAvailableWorldwide: boolean };
  privacyAndCompliance: { locales: Record<string, { privacyPolicyUrl: string; termsOfUseUrl: string }> };
  apis: { custom: Endpoint & { regions?: Record<string, Endpoint>; interfaces: { type: string }[] } };
  events: Endpoint & { regions?: Record<string, Endpoint> };
};

/** How each language's description says the skill is not medical advice; a new language says how it reads. */
const HEALTH_NOTICE: Readonly<Record<string, RegExp>> = {
  en: /Health notice: .*not medical advice\..*doctor/s,
  hi: /सेहत से जुड़ी सूचना: .*डॉक्टरी सलाह नहीं है\..*डॉक्टर/s,
};
/** How each language asks Alexa to open a skill, or to ask it something: the phrase around the invocation name. */
const LAUNCH_PHRASES: Readonly<Record<string, (invocationName: string) => RegExp>> = {
  en: (name) => new RegExp(`^alexa,? (?:open|ask|tell|start|launch) ${name}(?: (?:to |for |if |whether )?(?<rest>.+))?$`),
  // Hindi puts the verb last: "back coach खोलो", "back coach से पूछो आज का workout क्या है".
  hi: (name) => new RegExp(`^alexa,? ${name} (?:खोलो|शुरू करो|open करो|से पूछो (?<rest>.+))$`),
};

const languageOf = (locale: string) => locale.split('-')[0]!;
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('skill.json covers exactly the registry’s locales', () => {
  it('in its publishing information and its privacy and compliance', () => {
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual([...LOCALE_IDS].sort());
    expect(Object.keys(manifest.privacyAndCompliance.locales).sort()).toEqual([...LOCALE_IDS].sort());
  });

  it('is distributed in exactly the countries of those locales', () => {
    expect(manifest.publishingInformation.isAvailableWorldwide).toBe(false);
    expect([...manifest.publishingInformation.distributionCountries].sort()).toEqual([...new Set(LOCALE_IDS.map(countryOf))].sort());
  });

  it('has an endpoint in each Alexa region those locales need, a function in that region’s AWS region', () => {
    for (const endpoints of [manifest.apis.custom, manifest.events]) {
      const regions = endpoints.regions ?? {};
      expect(Object.keys(regions).sort()).toEqual(regionsFor(LOCALE_IDS).sort());
      for (const [region, { endpoint }] of Object.entries(regions)) {
        expect(endpoint.uri).toMatch(new RegExp(`^arn:aws:lambda:${ALEXA_REGIONS[region as AlexaRegion]}:\\d{12}:function:`));
      }
      // The default endpoint is North America's, where the skill began.
      expect(endpoints.endpoint.uri).toBe(regions.NA?.endpoint.uri);
    }
  });

  it('declares that it answers name-free requests (CanFulfillIntentRequest)', () => {
    expect(manifest.apis.custom.interfaces).toContainEqual({ type: 'CAN_FULFILL_INTENT_REQUEST' });
  });
});

describe.each(LOCALE_IDS)('%s publishing information', (locale: LocaleId) => {
  const publishing = manifest.publishingInformation.locales[locale]!;
  const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as {
    interactionModel: { languageModel: { invocationName: string; intents: { samples?: string[] }[] } };
  };

  it('has a name, a summary, keywords, and a description that carries the health notice', () => {
    expect(publishing.name.length).toBeGreaterThan(0);
    expect(publishing.summary.length).toBeGreaterThan(0);
    expect(publishing.keywords.length).toBeGreaterThan(0);
    const notice = HEALTH_NOTICE[languageOf(locale)];
    expect(notice, `say in HEALTH_NOTICE how the health notice reads in ${languageOf(locale)}`).toBeDefined();
    expect(publishing.description).toMatch(notice!);
  });

  it('has https privacy and terms pages', () => {
    expect(manifest.privacyAndCompliance.locales[locale]?.privacyPolicyUrl).toMatch(/^https:\/\//);
    expect(manifest.privacyAndCompliance.locales[locale]?.termsOfUseUrl).toMatch(/^https:\/\//);
  });

  it('gives example phrases that open the skill or that its own model understands', () => {
    const { invocationName, intents } = model.interactionModel.languageModel;
    const samples = intents.flatMap((intent) => intent.samples ?? []).map((sample) => new RegExp(`^${normalise(sample).replace(/\{\w+\}/g, '.+')}$`));
    const launch = LAUNCH_PHRASES[languageOf(locale)]?.(invocationName);
    expect(launch, `say in LAUNCH_PHRASES how people open a skill in ${languageOf(locale)}`).toBeDefined();
    expect(publishing.examplePhrases.length).toBeGreaterThan(0);
    for (const phrase of publishing.examplePhrases) {
      const said = launch!.exec(normalise(phrase));
      expect(said, phrase).not.toBeNull();
      const rest = said?.groups?.rest;
      if (rest) expect(samples.some((sample) => sample.test(rest)), phrase).toBe(true);
    }
  });
});
