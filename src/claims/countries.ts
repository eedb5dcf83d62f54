// Countries and territories by their English names, so that "Russia said" or "South Korea said"
// is a state speaking (an organisation, "it"), not a person. The names come from the ICU data
// Node ships with (Intl.DisplayNames), not from a hand-kept list; a few everyday names ICU files
// under another spelling are added. A country whose name is also a very common given name decides
// nothing: "Jordan said" may be a person.
import { givenNameBirths } from './givenNames.ts';

/** A country whose name this many people were given (Jordan, Chad, Georgia; not Israel, India or
 * Kenya) may be a person when it speaks alone. */
const PERSON_NAME_BIRTHS = 100_000;

/** Everyday names ICU gives another form of ("Türkiye", "United Kingdom", "Czechia"…). */
const EVERYDAY_NAMES = ['Britain', 'Great Britain', 'Turkey', 'Czech Republic', 'Ivory Coast', 'Burma', 'Holland', 'Swaziland', 'East Timor', 'Vatican', 'Macedonia', 'Palestine', 'Congo', 'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'America'];

let names: Set<string> | null = null;

function countryNames(): Set<string> {
  if (names) return names;
  names = new Set(EVERYDAY_NAMES.map((n) => n.toLowerCase()));
  const long = new Intl.DisplayNames(['en'], { type: 'region' });
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      for (const display of [long, short]) {
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          continue;
        }
        // (ICU answers an unknown code with the code itself.)
        if (!name || name === code || /^(Unknown|Pseudo)/.test(name)) continue;
        // "Myanmar (Burma)", "Hong Kong SAR China", "Bosnia & Herzegovina" / "and".
        const plain = name.replace(/\s*\(.*\)$/, '').replace(/ SAR China$/, '');
        for (const form of [plain, plain.replace(/ & /g, ' and ')]) names.add(form.toLowerCase());
      }
    }
  }
  return names;
}

/** Whether a capitalised name ("Kazakhstan", "the United States", "South Korea") names a country. */
export function isCountryName(name: string): boolean {
  const bare = name.replace(/^the /i, '');
  if (!countryNames().has(bare.toLowerCase())) return false;
  return bare.includes(' ') || givenNameBirths(bare) < PERSON_NAME_BIRTHS;
}

/**
 * Capitals and seats of government that news uses for the government itself: "Moscow said",
 * "Brussels said", "Whitehall said". Only names that are nobody's surname or given name in
 * ordinary use: "Washington", "London" or "Paris" may be a person, and decide nothing.
 */
const SEATS_OF_GOVERNMENT = new Set(
  [
    'Moscow', 'Kyiv', 'Kiev', 'Beijing', 'Brussels', 'Tehran', 'Ankara', 'Jerusalem', 'New Delhi', 'Seoul', 'Pyongyang',
    'Taipei', 'Damascus', 'Baghdad', 'Kabul', 'Islamabad', 'Riyadh', 'Cairo', 'Berlin', 'Tokyo', 'Madrid', 'Warsaw', 'Minsk',
    'Tbilisi', 'Ottawa', 'Canberra', 'Havana', 'Caracas', 'Brasilia', 'Pretoria', 'Nairobi', 'Addis Ababa', 'Abuja', 'Doha',
    'Manila', 'Hanoi', 'Bangkok', 'Jakarta', 'Kuala Lumpur', 'Budapest', 'Prague', 'Vienna', 'Stockholm', 'Oslo', 'Helsinki',
    'Copenhagen', 'Dublin', 'Lisbon', 'Athens', 'Belgrade', 'Bucharest', 'Vilnius', 'Riga', 'Tallinn', 'Chisinau', 'Yerevan',
    'Baku', 'Beirut', 'Amman', 'Tripoli', 'Khartoum', 'Bogota', 'Buenos Aires', 'Mexico City', 'Naypyidaw', 'Dhaka', 'Kigali',
    'Kinshasa', 'Abu Dhabi', 'Muscat', 'Kuwait City', 'Manama', 'Sanaa', 'Rabat', 'Algiers', 'Tunis', 'Dakar', 'Accra',
    'Kampala', 'Dodoma', 'Lusaka', 'Harare', 'Maputo', 'Luanda', 'Bamako', 'Niamey', 'Ouagadougou', 'Kathmandu',
    'Tashkent', 'Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Ulaanbaatar', 'Phnom Penh', 'Vientiane', 'Quito', 'La Paz',
    'Asuncion', 'Asunción', 'Montevideo', 'Bratislava', 'Ljubljana', 'Zagreb', 'Sarajevo', 'Skopje', 'Tirana', 'Nicosia',
    'Reykjavik', 'Ramallah', 'Whitehall', 'the Elysee', 'the Élysée', 'Elysee', 'Élysée', 'Westminster', 'Holyrood',
  ].map((n) => n.toLowerCase()),
);

/** Whether a name is a capital or seat that stands for its government ("Moscow", "Whitehall"). */
export function isSeatOfGovernment(name: string): boolean {
  return SEATS_OF_GOVERNMENT.has(name.toLowerCase());
}
