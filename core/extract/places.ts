import { countryName } from '../index/country-name';
import type { TimelinePlace } from '../file-format/model';

/**
 * Countries and capitals named in a sentence. Country names come from the same Intl region
 * names core/index/country-name.ts shows (so what the extractor finds reads the way the app
 * shows it); the capitals, demonyms and common aliases Intl does not know are listed here.
 */

/** Codes Intl names that are not countries (EU, UN, Eurozone, "Unknown Region", territories of territories). */
const NOT_COUNTRIES = new Set(['AC', 'CP', 'DG', 'EA', 'IC', 'TA', 'EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

const ALIASES: Readonly<Record<string, string>> = {
  'U.S.': 'US',
  US: 'US',
  USA: 'US',
  America: 'US',
  'United States of America': 'US',
  Washington: 'US',
  UK: 'GB',
  'U.K.': 'GB',
  Britain: 'GB',
  'Great Britain': 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  Turkey: 'TR',
  Burma: 'MM',
  'Ivory Coast': 'CI',
  'Czech Republic': 'CZ',
  Holland: 'NL',
  'Democratic Republic of Congo': 'CD',
  'Democratic Republic of the Congo': 'CD',
  DRC: 'CD',
  'Republic of Congo': 'CG',
  Palestine: 'PS',
  Gaza: 'PS',
  'West Bank': 'PS',
  'Korean Peninsula': 'KR',
  UAE: 'AE',
  'Viet Nam': 'VN',
};

const DEMONYMS: Readonly<Record<string, string>> = {
  American: 'US',
  British: 'GB',
  Chinese: 'CN',
  Japanese: 'JP',
  'South Korean': 'KR',
  'North Korean': 'KP',
  Korean: 'KR',
  Vietnamese: 'VN',
  Filipino: 'PH',
  Philippine: 'PH',
  Indian: 'IN',
  Australian: 'AU',
  French: 'FR',
  German: 'DE',
  Italian: 'IT',
  Spanish: 'ES',
  Russian: 'RU',
  Ukrainian: 'UA',
  Israeli: 'IL',
  Palestinian: 'PS',
  Iranian: 'IR',
  Turkish: 'TR',
  Brazilian: 'BR',
  Mexican: 'MX',
  Canadian: 'CA',
  Egyptian: 'EG',
  Nigerian: 'NG',
  Kenyan: 'KE',
  'South African': 'ZA',
  Pakistani: 'PK',
  Indonesian: 'ID',
  Thai: 'TH',
  Malaysian: 'MY',
  Singaporean: 'SG',
  Mongolian: 'MN',
  Laotian: 'LA',
  Polish: 'PL',
  Dutch: 'NL',
  Belgian: 'BE',
  Swiss: 'CH',
  Swedish: 'SE',
  Norwegian: 'NO',
  Finnish: 'FI',
  Danish: 'DK',
  Greek: 'GR',
  Portuguese: 'PT',
  Argentine: 'AR',
  Chilean: 'CL',
  Peruvian: 'PE',
  Colombian: 'CO',
  Venezuelan: 'VE',
  Saudi: 'SA',
  Syrian: 'SY',
  Iraqi: 'IQ',
  Afghan: 'AF',
  Taiwanese: 'TW',
  Irish: 'IE',
  Austrian: 'AT',
  Hungarian: 'HU',
  Czech: 'CZ',
  Romanian: 'RO',
  Serbian: 'RS',
  Croatian: 'HR',
  Moroccan: 'MA',
  Algerian: 'DZ',
  Tunisian: 'TN',
  Ethiopian: 'ET',
  Ghanaian: 'GH',
  Cuban: 'CU',
  Icelandic: 'IS',
  'New Zealand': 'NZ',
  Bangladeshi: 'BD',
  'Sri Lankan': 'LK',
  Nepali: 'NP',
};

/** Capitals and a few cities news datelines use, with their country. */
const CITIES: Readonly<Record<string, string>> = {
  Tokyo: 'JP',
  Osaka: 'JP',
  Seoul: 'KR',
  Pyongyang: 'KP',
  Beijing: 'CN',
  Shanghai: 'CN',
  'Hong Kong': 'HK',
  Taipei: 'TW',
  Hanoi: 'VN',
  'Ho Chi Minh City': 'VN',
  Vientiane: 'LA',
  Manila: 'PH',
  Singapore: 'SG',
  Ulaanbaatar: 'MN',
  'Ulan Bator': 'MN',
  Bangkok: 'TH',
  Jakarta: 'ID',
  'Kuala Lumpur': 'MY',
  'Phnom Penh': 'KH',
  Naypyidaw: 'MM',
  Yangon: 'MM',
  'New Delhi': 'IN',
  Delhi: 'IN',
  Mumbai: 'IN',
  Islamabad: 'PK',
  Karachi: 'PK',
  Kabul: 'AF',
  Dhaka: 'BD',
  Kathmandu: 'NP',
  Colombo: 'LK',
  Canberra: 'AU',
  Sydney: 'AU',
  Wellington: 'NZ',
  Tehran: 'IR',
  Baghdad: 'IQ',
  Damascus: 'SY',
  Beirut: 'LB',
  Amman: 'JO',
  Jerusalem: 'IL',
  'Tel Aviv': 'IL',
  Riyadh: 'SA',
  Doha: 'QA',
  'Abu Dhabi': 'AE',
  Dubai: 'AE',
  Ankara: 'TR',
  Istanbul: 'TR',
  Cairo: 'EG',
  Moscow: 'RU',
  Kyiv: 'UA',
  Kiev: 'UA',
  Minsk: 'BY',
  Warsaw: 'PL',
  Berlin: 'DE',
  Paris: 'FR',
  London: 'GB',
  Madrid: 'ES',
  Lisbon: 'PT',
  Rome: 'IT',
  Vienna: 'AT',
  Bern: 'CH',
  Geneva: 'CH',
  Brussels: 'BE',
  Amsterdam: 'NL',
  'The Hague': 'NL',
  Copenhagen: 'DK',
  Stockholm: 'SE',
  Oslo: 'NO',
  Helsinki: 'FI',
  Dublin: 'IE',
  Athens: 'GR',
  Prague: 'CZ',
  Budapest: 'HU',
  Bucharest: 'RO',
  Sofia: 'BG',
  Belgrade: 'RS',
  Zagreb: 'HR',
  Reykjavik: 'IS',
  'Washington, D.C.': 'US',
  'New York': 'US',
  Anchorage: 'US',
  Alaska: 'US',
  Ottawa: 'CA',
  'Mexico City': 'MX',
  Havana: 'CU',
  Brasilia: 'BR',
  'Rio de Janeiro': 'BR',
  'Sao Paulo': 'BR',
  'Buenos Aires': 'AR',
  Santiago: 'CL',
  Lima: 'PE',
  Bogota: 'CO',
  Caracas: 'VE',
  Nairobi: 'KE',
  Lagos: 'NG',
  Abuja: 'NG',
  'Addis Ababa': 'ET',
  Pretoria: 'ZA',
  Johannesburg: 'ZA',
  'Cape Town': 'ZA',
  Accra: 'GH',
  Dakar: 'SN',
  Rabat: 'MA',
  Algiers: 'DZ',
  Tunis: 'TN',
  Tripoli: 'LY',
  Khartoum: 'SD',
  Kinshasa: 'CD',
  Kampala: 'UG',
  Kigali: 'RW',
  'Dar es Salaam': 'TZ',
  Harare: 'ZW',
  Luanda: 'AO',
};

let gazetteer: { pattern: RegExp; lookup: Map<string, { code: string; city: boolean }> } | undefined;

function build() {
  const lookup = new Map<string, { code: string; city: boolean }>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = countryName(code);
      if (name === code || NOT_COUNTRIES.has(code)) continue;
      lookup.set(name.replace(/\s*\(.*\)$/, ''), { code, city: false });
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) lookup.set(name, { code, city: false });
  for (const [name, code] of Object.entries(DEMONYMS)) lookup.set(name, { code, city: false });
  for (const [name, code] of Object.entries(CITIES)) lookup.set(name, { code, city: true });
  const names = [...lookup.keys()]
    .sort((x, y) => y.length - x.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}.])(?:${names.join('|')})(?![\\p{L}])`, 'gu');
  return { pattern, lookup };
}

export interface FoundPlaces {
  /** ISO codes of every country named or implied, in order of first mention. */
  readonly countries: string[];
  /** The first city or capital named ("in Hanoi"), with its country. */
  readonly place?: TimelinePlace;
}

export function findPlaces(text: string): FoundPlaces {
  gazetteer ??= build();
  const countries: string[] = [];
  let place: TimelinePlace | undefined;
  for (const m of text.matchAll(gazetteer.pattern)) {
    const hit = gazetteer.lookup.get(m[0]);
    if (!hit) continue;
    if (!countries.includes(hit.code)) countries.push(hit.code);
    if (hit.city && !place && m[0] !== 'Washington') place = { name: m[0], country: hit.code };
  }
  return place ? { countries, place } : { countries };
}
