import type { Messages } from '../en';

/** Svenska texter för REST-API:t (problem details) och adminavsnittet API-nycklar. */
export const api: Messages['api'] = {
  problems: {
    validationTitle: 'Ogiltig begäran',
    validationDetail: 'Några fält saknas eller är ogiltiga; se errors.',
    refusedTitle: 'Begäran nekad',
    tooLargeTitle: 'För stor begäran',
    tooLargeDetail: (limit: number) =>
      limit > 0 ? `Innehållet får vara högst ${limit} byte.` : 'Innehållet är större än tillåtet.',
    malformedTitle: 'Felaktig JSON',
    malformedDetail: 'Innehållet är inte giltig JSON.',
    mediaTypeTitle: 'Medietypen stöds inte',
    mediaTypeDetail: (type: string) => `Skicka innehållet som ${type}.`,
    internalTitle: 'Internt fel',
    unauthorizedTitle: 'Ej behörig',
    unauthorizedMissing: 'Skicka en nyckel: Authorization: Bearer tb_…',
    unauthorizedUnknown: 'Nyckeln är okänd eller har återkallats.',
    forbiddenTitle: 'Otillräcklig behörighet',
    forbiddenDetail: (scopes: string) => `Nyckeln saknar behörigheten ${scopes}.`,
    rateLimitedTitle: 'För många anrop',
    rateLimitedDetail: (seconds: number) => `Nyckelns anropsgräns är nådd; försök igen om ${seconds} s.`,
    idempotencyKeyInvalid: 'Måste vara 1–255 synliga ASCII-tecken.',
    idempotencyMismatchTitle: 'Idempotensnyckeln återanvänd',
    idempotencyMismatchDetail:
      'Denna Idempotency-Key har använts med en annan begäran. Använd en ny nyckel för en ny begäran.',
    idempotencyBusyTitle: 'Begäran pågår',
    idempotencyBusyDetail: 'En begäran med denna Idempotency-Key behandlas fortfarande; försök igen strax.',
    noRouteTitle: 'Hittades inte',
    noRouteDetail: (method: string, path: string) => `Det finns ingen ${method} ${path} i detta API.`,
    notFoundTitle: 'Hittades inte',
    conflictTitle: 'Versionskonflikt',
    conflictDetail: (id: number, version: number) =>
      `Aktivitet ${id} har ändrats av någon annan; aktuell version är ${version}.`,
    cursorInvalid: 'Inte en markör som detta API har lämnat ut; börja utan.',
    ifMatchInvalid: 'Måste vara aktivitetens version som ett tal, t.ex. "3".',
  },
  fields: {
    personNotFound: 'Ingen person matchar. Skicka createPerson: true (med personName) för att skapa en.',
    personAmbiguous: 'Fler än en person har detta telefonnummer; använd personExternalId eller personEmail.',
    personNameRequired: 'Krävs när en ny person skapas.',
    personArchived: 'Personen är arkiverad.',
    responsibleNotFound: 'Ingen Slack-användare i arbetsytan har detta id eller denna e-post.',
    typeNotFound: 'Ingen aktiv aktivitetstyp har denna nyckel eller detta namn.',
    senderNotFound: 'Ingen Slack-användare i arbetsytan har detta id eller denna e-post.',
    organizationNotFound: 'Ingen organisation har detta externa id.',
    activityNotFound: (id: number) => `Aktivitet ${id} finns inte eller är inte synlig för API-nycklar.`,
    personNotFoundByExternalId: (id: string) => `Ingen person har det externa id:t ${id}.`,
    organizationNotFoundByExternalId: (id: string) => `Ingen organisation har det externa id:t ${id}.`,
    messageTypeMissing: (key: string) => `Arbetsytan har ingen aktiv aktivitetstyp med nyckeln ${key}.`,
    oneOf: (fields: string) => `Ange ett av ${fields}.`,
  },
  messages: {
    noSubject: '(inget ämne)',
  },
  notices: {
    assigned: (id: number, who: string) =>
      `:bust_in_silhouette: ${who} gjorde dig ansvarig för aktivitet #${id}.`,
  },
  tokens: {
    heading: 'API-nycklar',
    intro:
      'Andra system anropar REST-API:t (/api/v1) med en nyckel. Hemligheten visas en gång, när nyckeln skapas.',
    add: 'Skapa nyckel',
    none: 'Inga API-nycklar ännu.',
    revoke: 'Återkalla…',
    line: (name: string, prefix: string, scopes: string) => `*${name}* \`${prefix}…\` ${scopes}`,
    meta: (by: string, lastUsed: string) => `skapad av ${by} · senast använd ${lastUsed}`,
    never: 'aldrig',
    createTitle: 'Skapa API-nyckel',
    create: 'Skapa',
    name: 'Namn',
    nameHint: 'Vilket system som använder den, t.ex. ”E-postgateway”.',
    scopes: 'Behörigheter',
    scopeLabels: {
      'activities:read': 'Läsa aktiviteter',
      'activities:write': 'Logga och ändra aktiviteter, registrera e-post/SMS',
      'contacts:read': 'Läsa kontakter',
      'contacts:write': 'Skapa och ändra kontakter',
      admin: 'Dataskydd (exportera och radera personer)',
    },
    createdTitle: 'Nyckeln är skapad',
    createdText: (name: string) =>
      `Kopiera hemligheten för *${name}* nu: den visas bara denna gång och kan inte återskapas. Återkalla nyckeln och skapa en ny om den går förlorad.`,
    revokeTitle: 'Återkalla API-nyckel',
    revokeButton: 'Återkalla',
    revokeQuestion: (name: string, prefix: string) =>
      `Återkalla *${name}* (\`${prefix}…\`)? System som använder den får 401 från nästa anrop. Det går inte att ångra.`,
    revoked: (name: string) => `Nyckeln *${name}* återkallades.`,
    created: (name: string) => `Skapade nyckeln *${name}*.`,
    details: (by: string, created: string, lastUsed: string) =>
      `skapad av ${by}, ${created} · senast använd ${lastUsed}`,
    unknownCreator: 'någon som inte längre finns i Touchbase',
    secretHeading: 'Hemlighet',
    curlIntro:
      'Prova med curl. `TOUCHBASE_URL` är adressen till er Touchbase, den som Slack skickar sina anrop till:',
    done: 'Klar',
    previous: 'Föregående nycklar',
    next: 'Fler nycklar',
    range: (from: number, to: number, total: number) => `Nycklar ${from}–${to} av ${total}`,
    errors: {
      nameRequired: 'Ge nyckeln ett namn.',
      nameTooLong: (max: number) => `Högst ${max} tecken.`,
      scopesRequired: 'Välj minst en behörighet.',
      notFound: 'Nyckeln finns inte längre eller är redan återkallad.',
    },
  },
};
