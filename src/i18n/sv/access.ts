import type { Messages } from '../en';

/** Svenska texter om vem som får använda Touchbase (product §1, utomstående). */
export const access: Messages['access'] = {
  guest:
    'Touchbase är till för personalen i den här arbetsytan och kan därför inte användas av gäster. Behöver du få något registrerat kan du be den du har kontakt med här.',
  external:
    'Touchbase är till för personalen i den här arbetsytan och kan därför inte användas av personer från andra organisationer. Behöver du få något registrerat kan du be den du har kontakt med här.',
  unverified: 'Touchbase kunde inte kontrollera ditt konto hos Slack just nu. Försök igen om en stund.',
  otherWorkspace: 'Touchbase är inte installerat för din arbetsyta.',
  homeHeading: 'Touchbase är till för personalen',
  admin: {
    heading: 'Gäster',
    intro:
      'Enkanalsgäster och personer från andra organisationer (Slack Connect) kan aldrig använda Touchbase. Flerkanalsgäster kan det om du tillåter det: de kan då söka kontakter och se och registrera aktiviteter som personalen, men kan inte bli ansvariga.',
    admitted: '*Flerkanalsgäster:* tillåts, som personalen.',
    refused: '*Flerkanalsgäster:* tillåts inte.',
    admit: 'Tillåt',
    refuse: 'Sluta tillåta',
    admitConfirmTitle: 'Tillåta gäster?',
    admitConfirmText:
      'Flerkanalsgäster kommer att se kontaktregistret och alla aktiviteter som inte är privata. Vill du tillåta dem?',
    admitConfirmButton: 'Tillåt',
    done: {
      admitted: 'Flerkanalsgäster kan nu använda Touchbase som personalen.',
      refused: 'Flerkanalsgäster kan inte längre använda Touchbase.',
    },
  },
};
