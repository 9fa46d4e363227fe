/**
 * Alexa's three regions and the AWS region each one's requests come from (Amazon: "Host a custom skill as an AWS
 * Lambda function"): North America from us-east-1, Europe and India from eu-west-1, the Far East from us-west-2. A
 * skill's endpoint in each region is a function in that AWS region (skill.json `apis.custom.regions`).
 */
export const ALEXA_REGIONS = { NA: 'us-east-1', EU: 'eu-west-1', FE: 'us-west-2' } as const;
export type AlexaRegion = keyof typeof ALEXA_REGIONS;
export const ALEXA_REGION_IDS = Object.keys(ALEXA_REGIONS) as AlexaRegion[];

/** Which region serves each country Alexa sells skills in: a customer's requests always come through that one. */
const REGION_OF_COUNTRY: Readonly<Record<string, AlexaRegion>> = {
  US: 'NA',
  CA: 'NA',
  MX: 'NA',
  BR: 'NA',
  GB: 'EU',
  IE: 'EU',
  IN: 'EU',
  DE: 'EU',
  AT: 'EU',
  FR: 'EU',
  IT: 'EU',
  ES: 'EU',
  SA: 'EU',
  AE: 'EU',
  JP: 'FE',
  AU: 'FE',
  NZ: 'FE',
};

/** The country a locale is for: "en-IN" and "hi-IN" are both India. */
export function countryOf(locale: string): string {
  const country = locale.split('-')[1];
  if (!country) throw new Error(`${locale} names no country`);
  return country;
}

export function alexaRegionOf(locale: string): AlexaRegion {
  const country = countryOf(locale);
  if (!Object.hasOwn(REGION_OF_COUNTRY, country)) throw new Error(`no Alexa region known for ${locale}`);
  return REGION_OF_COUNTRY[country]!;
}

/** The regions a skill in these locales must have an endpoint in, in a stable order. */
export function regionsFor(locales: readonly string[]): AlexaRegion[] {
  const needed = new Set(locales.map(alexaRegionOf));
  return ALEXA_REGION_IDS.filter((region) => needed.has(region));
}

/** The Alexa region whose requests a function in this AWS region serves, if any. */
export function alexaRegionServedFrom(awsRegion: string): AlexaRegion | undefined {
  return ALEXA_REGION_IDS.find((region) => ALEXA_REGIONS[region] === awsRegion);
}
