import type * as en from '../en/core';

/** Svenska texter som hela appen delar. Samma nycklar som en/core.ts. */
export const core: typeof en.core = {
  locale: 'sv',
  help: {
    fallback: 'Touchbase: registrera och följ upp kundkontakter. Kommandon: /activity, /contact.',
    title: 'Touchbase — registrera och följ upp kundkontakter',
    intro:
      'Registrera samtal, möten, e-post och besök med era kontakter, och följ upp det som inte är klart.',
    activitiesHeading: 'Aktiviteter',
    contactsHeading: 'Kontakter',
    elsewhereHeading: 'På andra ställen i Slack',
    commands: {
      activity: 'öppna formuläret *Registrera aktivitet*',
      activityText:
        'samma formulär, ifyllt från din text: person, start och ämne, t.ex. `/activity ring Anna i morgon kl 10`, `på fredag eftermiddag`, `nästa vecka`, `om två dagar`, `halv tre`',
      list: 'dina aktiviteter: `öppna`, `försenade`, `idag`, `klara` eller `alla`, eventuellt någon annans',
      show: 'visa, ändra eller slutför en aktivitet med dess nummer',
      trashCommand: '/activity papperskorg',
      trash:
        'det du har tagit bort de senaste 30 dagarna, med *Återställ* (administratörer: allas utom andras privata)',
      plan: 'starta en aktivitetsplan för en person: varje steg blir en aktivitet, till exempel `/activity plan Ny kund Anna Berg`',
      stats:
        'statistik med diagram som bara du ser, t.ex. `/activity stats månad @anna`; lägg till `dela` för att publicera den i konversationen',
      export: 'aktiviteterna du kan se som CSV-fil, skickad till dig som direktmeddelande',
      settings: 'språk och inställningar för din dagliga sammanfattning',
      admin: 'arbetsytans inställningar, aktivitetstyper, team och API-nycklar (endast administratörer)',
      help: 'den här hjälpen',
      contactSearch: 'hitta en person eller organisation på namn, e-post, telefon eller nummer',
      contactNew: 'lägg till en person eller en organisation',
    },
    shortcuts:
      'Genvägen *Registrera aktivitet* (⚡-menyn) och *Registrera som aktivitet* på valfritt meddelande; dina ej klara aktiviteter under fliken *Hem* i Touchbase.',
    close: 'Stäng',
  },
  errors: {
    generic: 'Något gick fel hos oss. Försök igen om en stund.',
  },
  status: {
    NOT_STARTED: 'Ej påbörjad',
    IN_PROGRESS: 'Pågår',
    DONE: 'Klar',
  },
  activityTypes: {
    INCOMING_CALL: 'Inkommande samtal',
    OUTGOING_CALL: 'Utgående samtal',
    MEETING: 'Möte',
    EMAIL: 'E-post',
    SMS: 'SMS',
    VISIT: 'Besök',
    FOLLOW_UP: 'Uppföljning',
  },
};
