// Small word lists combined by row number. Swedish names with å/ä/ö sit beside
// international ones so search, sorting and unaccent see the mix a Swedish CRM holds.

export const FIRST_NAMES = [
  'Anna',
  'Åsa',
  'Björn',
  'Göran',
  'Märta',
  'Sören',
  'Lars',
  'Karin',
  'Erik',
  'Maria',
  'Johan',
  'Ingrid',
  'Örjan',
  'Ulla',
  'Mikael',
  'Sofia',
  'Håkan',
  'Elin',
  'Jörgen',
  'Linnéa',
  'Mohammed',
  'Fatima',
  'Li',
  'Yuki',
  'José',
  'Zoë',
  'Chloé',
  'Oğuz',
  'Aleksandra',
  'Siobhán',
  'Raj',
  'Ngozi',
];

export const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Öberg',
  'Åkesson',
  'Ängström',
  'Lindqvist',
  'Nyström',
  'Björklund',
  'Sjöberg',
  'Karlsson',
  'Nilsson',
  'Håkansson',
  'Wallén',
  'Östergren',
  'Müller',
  'García',
  'Nguyen',
  'Kowalski',
  'Smith',
  'Østergaard',
  'Yılmaz',
  'Tanaka',
  'O’Brien',
  'Dubois',
  'Rossi',
  'Haddad',
  'Singh',
  'Ferreira',
  'Virtanen',
  'Jansen',
  'Papadopoulos',
  'Kim',
  'Lundgren',
  'Bergström',
  'Forsberg',
  'Ek',
  'Dahl',
];

export const ORGANIZATION_STEMS = [
  'Nordström',
  'Åkerlund',
  'Göteborgs',
  'Söderhamns',
  'Mälardalens',
  'Västkust',
  'Öresund',
  'Norrlands',
  'Skånska',
  'Fjällens',
  'Acme',
  'Baltic',
  'Hansa',
  'Lindberg',
  'Ström',
  'Kullen',
  'Vätterns',
  'Älvdalens',
  'Atlas',
  'Polar',
  'Northwind',
  'Helix',
  'Fyrtorn',
  'Ekhagen',
];

export const ORGANIZATION_SUFFIXES = [
  'Bygg AB',
  'Mekaniska Verkstad AB',
  'Konsult AB',
  'Fastigheter AB',
  '& Partners',
  'El & Tele AB',
  'Logistics GmbH',
  'Handel AB',
  'Redovisning HB',
  'Trä & Snickeri AB',
  'Data AB',
  'Kommun',
  'Region',
  'Tandvård AB',
  'Solutions Ltd',
  'Förvaltning AB',
];

export const EMAIL_DOMAINS = [
  'gmail.com',
  'telia.se',
  'outlook.com',
  'hotmail.se',
  'bredband.net',
  'icloud.com',
];

export const SUBJECTS = [
  'Samtal om offert',
  'Uppföljning av offert',
  'Avstämning inför leverans',
  'Möte om ramavtal',
  'Besök på kontoret',
  'Fråga om faktura',
  'Reklamation av leverans',
  'Förnyelse av avtal',
  'Presentation av nya tjänster',
  'Kundträff på mässan',
  'Påminnelse om betalning',
  'Återkoppla om prisförslag',
  'Call about the renewal',
  'Follow-up on the proposal',
  'Quarterly business review',
  'Demo for the new team',
  'Kick-off meeting',
  'Invoice question',
  'Onboarding session',
  'Check in after delivery',
];

export const NOTES = [
  'Kunden vill ha en ny offert före månadsskiftet.',
  'Ringde, fick inget svar. Försök igen på torsdag.',
  'Bra möte, de är nöjda med leveransen men vill förhandla om priset.',
  'Skickade över avtalsutkastet, väntar på underskrift från ekonomichefen.',
  'Åkte ut och tittade på lokalen; behöver återkomma med ritningar.',
  'Discussed next year’s volumes. They expect about 20 % growth.',
  'Asked for references from similar customers in the Nordics.',
  'Left a voicemail. Their office is closed on Fridays.',
  'Sent the updated price list and the terms.',
  'Ny kontaktperson från och med 1 mars: se anteckningar i CRM.',
];

export const TIMEZONES = ['Europe/Stockholm', 'America/New_York', 'Asia/Tokyo', 'Europe/London'];

/** E-mail local parts must be plain ASCII: "Åsa Öberg" becomes "asa.oberg". */
export function asciiSlug(word: string): string {
  return word
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
