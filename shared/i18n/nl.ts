import type { Catalog } from './catalog'

/**
 * Nederlandse tekst voor het hele product, met dezelfde sleutels als en.ts (het type dwingt dat af).
 * Geschreven voor Nederlandse IT-beheerders, in de je-vorm. Waar de tekst het Entra-portaal citeert, staan de
 * termen die Microsofts Nederlandse portaal gebruikt (Bedrijfstoepassingen, Inrichting, Gebruikers en groepen);
 * HelloID-menu's staan er zoals HelloID ze toont (Directory › Azure AD, New Secret).
 */
export const nl: Catalog = {
  app: {
    title: 'HelloID Entra-assistent',
    modeBrowser: 'Browservoorbeeld',
    modeDesktop: 'Desktop',
    progress: '{{done}}/{{total}} stappen klaar',
    startOver: 'Opnieuw beginnen',
    presentation: 'Presentatiemodus',
    presentationHint: 'Verbergt klantgegevens (namen, adressen, id’s, URL-paden) bij schermdelen.',
    holdToShow: 'Vasthouden om te tonen',
    holdToShowHint: 'Toont wat je typte zolang je dit vasthoudt, aan iedereen die je scherm ziet.',
    darkMode: 'Donker',
    loading: 'Laden…',
    loadFailed:
      'Dit deel van de assistent kon niet worden geladen. Is de assistent bijgewerkt terwijl hij open stond, dan zijn de bestanden veranderd: laad opnieuw om verder te gaan. Je plek in de stappen blijft bewaard.',
    reload: 'Opnieuw laden',
    // Verschijnt als de Nederlandse teksten zelf niet laadden; dan toont de pagina de Engelse tekst hiervan.
    wordsMissing:
      'De teksten voor {{language}} konden niet worden geladen, dus de assistent wordt in het Engels getoond. Laad de pagina opnieuw om het nog eens te proberen.',
    dismiss: 'Sluiten',
    language: 'Taal',
    noHost:
      'Deze pagina heeft de assistent nodig. Start de desktop-app met {{start}}, of open het adres dat {{preview}} toont (daarin staat een eenmalige sleutel).',
  },
  practice: {
    timing: 'Oefentempo',
    timingHint:
      'Realistisch: Entra laat je wachten zoals bij een echte tenant (de eerste cyclus start na 2 tot 5 minuten). Snel: seconden, voor een demo. Wisselen bewaart alles wat je al hebt gedaan.',
    realistic: 'Oefenen: realistisch',
    fast: 'Oefenen: snel',
  },
  updates: {
    check: 'Zoeken naar updates',
    idle: '',
    disabled: '',
    checking: 'Zoeken naar updates…',
    'up-to-date': 'Je hebt de nieuwste versie.',
    downloading: 'Versie {{version}} wordt gedownload…',
    downloaded: 'Versie {{version}} wordt geïnstalleerd als je de assistent sluit.',
    error: 'Zoeken naar updates is niet gelukt. De assistent werkt gewoon; probeer het later opnieuw.',
    notConfigured: 'Updates zijn niet ingesteld voor deze versie.',
    invalidFeed:
      'Updates staan uit: het updateadres in {{setting}} is geen gewoon https-adres. De assistent werkt gewoon.',
    feedSource: {
      environment: 'de omgevingsvariabele HELLOID_SETUP_UPDATE_URL',
      'deployment-file': 'helloid-setup.config.json',
    },
  },
  phases: {
    helloid: 'HelloID',
    signIn: 'Aanmelden',
    createApp: 'App maken',
    connection: 'Verbinding',
    mappings: 'Toewijzingen',
    turnOn: 'Aanzetten',
    assign: 'Toewijzen',
    verify: 'Controleren',
    troubleshoot: 'Problemen oplossen',
  },
  handling: {
    automated: 'De assistent doet dit voor je',
    guided: 'Dit doe je zelf; de assistent laat zien hoe',
    verified: 'De assistent controleert dit voor je',
  },
  portals: {
    helloid: 'HelloID-beheerportal',
    azure: 'Microsoft Entra-beheercentrum',
  },
  wizard: {
    stepLabel: 'Stap {{number}}',
    tipLabel: 'Tip',
    back: 'Vorige',
    next: 'Volgende',
    markDone: 'Markeren als klaar',
    markNotDone: 'Markeren als niet klaar',
    stepsNav: 'Installatiestappen',
    graphCalls: 'Microsoft Graph-aanroepen voor deze stap',
    actionBar: 'Acties voor deze stap',
  },
  signIn: {
    heading: 'Aanmelden bij de tenant van de klant',
    // De pagina die de systeembrowser toont als hij terugkomt van de aanmelding bij Microsoft.
    browserPage: {
      done: 'Je bent aangemeld. Sluit dit tabblad en ga terug naar de HelloID Entra-assistent.',
      failed:
        'Het aanmelden is niet afgerond. Ga terug naar de HelloID Entra-assistent voor de volgende stap.',
    },
    customer: 'Klant (optioneel)',
    customerHint:
      'Optioneel. Laat leeg om de klant na het aanmelden naar de tenant te noemen. De aanmelding van elke klant wordt apart bewaard.',
    tenant: 'Tenant (optioneel)',
    tenantHint: 'Het domein of de tenant-id van de klant. Laat leeg om met elk werkaccount aan te melden.',
    cloud: 'Microsoft-cloud',
    simulatedCloud: 'Oefentenant (gesimuleerd)',
    noProvisioning: 'inrichting niet beschikbaar',
    askAll: 'Vraag nu ook om schrijfrechten (anders vraagt de assistent erom vlak voordat hij iets wijzigt)',
    clientNote:
      'Standaard meldt de assistent zich aan als {{name}}, een Microsoft-app die al in elke tenant bestaat, zodat je eerst niets hoeft te registreren; een beheerder keurt de machtigingen hieronder één keer goed. Een tenant kan die app hebben uitgeschakeld of beperkt. Gebruik dan de eigen app-registratie van je organisatie (Instellingen › app-registratie, hieronder).',
    withBrowser: 'Aanmelden met de browser',
    withCode: 'Aanmelden met een code op een ander apparaat',
    waitingBrowser: 'Rond het aanmelden af in je browser…',
    waitingCode: 'Microsoft wordt om een aanmeldcode gevraagd…',
    copyCode: 'Code kopiëren',
    expiresIn: 'De code verloopt over {{minutes}}:{{seconds}}.',
    cancel: 'Aanmelden annuleren',
    signedInAs: 'Aangemeld als {{name}}',
    tenantId: 'Tenant-id',
    granted: 'Verleende toegang',
    memoryOnly:
      'Deze computer heeft geen veilige sleutelopslag, dus de aanmelding blijft alleen in het geheugen: na het sluiten van de assistent meld je je opnieuw aan.',
    signOutForget: 'Afmelden en deze klant vergeten',
    openAdminConsent: 'Goedkeuringspagina voor beheerders openen',
    copyAdminConsent: 'Koppeling voor een beheerder kopiëren',
    scopesSummary: 'Waar de assistent om vraagt, en waarom',
    scopeColumn: 'Machtiging',
    roleColumn: 'Benodigde rol',
    whyColumn: 'Waarom',
    writeLater: 'gevraagd vóór wijzigingen',
    errorTitle: {
      default: 'Aanmelden is niet gelukt',
      SIGNIN_CANCELLED: 'Aanmelden geannuleerd',
      SIGNIN_TIMED_OUT: 'Aanmelden duurde te lang',
      CONSENT_REQUIRED: 'Goedkeuring van een beheerder nodig',
      APP_REGISTRATION_NOT_FOUND: 'App-registratie niet gevonden',
      APP_REGISTRATION_BLOCKED: 'App-registratie niet toegestaan in deze tenant',
      PERSONAL_ACCOUNT: 'Gebruik een werkaccount',
      CONDITIONAL_ACCESS_BLOCKED: 'Geblokkeerd door beleid voor voorwaardelijke toegang',
      WRONG_TENANT: 'Verkeerde tenant',
      WRONG_CLOUD: 'Verkeerde Microsoft-cloud',
      DEVICE_CODE_EXPIRED: 'De code is verlopen',
      NOT_AN_ADMIN: 'Met dit account kun je geen inrichting instellen',
    },
    readingRoles: 'Controleren of dit account inrichting mag instellen…',
    canSetUp: 'Dit account mag inrichting instellen.',
    notAdmin: {
      body: 'Voor het instellen van inrichting is een van deze rollen nodig, nu actief: Toepassingsbeheerder, Beheerder van cloudtoepassingen of Globale beheerder.',
      pim: 'Heb je een van deze rollen als in aanmerking komend in Privileged Identity Management? Activeer hem daar eerst (Mijn rollen › Activeren), meld je hier af en meld je opnieuw aan: een nieuwe aanmelding neemt de geactiveerde rol mee.',
      other:
        'Of meld je af en laat een beheerder van deze tenant zich aanmelden. Zonder een van deze rollen kun je elke stap nog steeds met de hand volgen.',
      signOut: 'Afmelden om opnieuw aan te melden',
    },
  },
  registration: {
    problem: {
      permissionMissing:
        'Microsoft Graph in deze tenant kent de gedelegeerde machtiging {{permission}} niet, dus de registratie kan er niet om vragen. Er is niets gemaakt.',
      createFirst: 'Maak eerst de eigen app-registratie.',
      notApproved:
        'Een beheerder heeft {{permissions}} nog niet goedgekeurd voor de nieuwe app-registratie in deze tenant. Open de goedkeuringslink voor beheerders, keur goed en probeer het opnieuw.',
    },
    summary: 'Een eigen app-registratie maken in deze tenant',
    why: 'Meld je in plaats van met Microsoft Graph Command Line Tools aan met een eigen app-registratie in deze tenant: een openbare client voor meerdere tenants die precies de machtigingen vraagt die de assistent gebruikt, en niets meer. De assistent laat eerst zien wat hij maakt; daarna keurt een beheerder het één keer goed.',
    preview: 'Laten zien wat er gemaakt wordt',
    working: 'De tenant wordt gelezen…',
    willCreate: 'Dit wordt gemaakt:',
    willFix: 'Deze bestaat, maar wijkt af ({{what}}); dit wordt ingesteld:',
    exists: 'Deze bestaat in deze tenant:',
    name: 'Naam',
    audience: 'Wie zich kan aanmelden',
    redirect: 'Omleidings-URI (Mobiele en desktoptoepassingen)',
    publicFlows: 'Openbare clientstromen toegestaan (voor aanmelden met een code)',
    permissions: 'Gedelegeerde Microsoft Graph-machtigingen',
    appId: 'Toepassings-id (client-id)',
    create: 'Maken',
    fix: 'Goed instellen',
    needsConsent: 'Wacht tot een beheerder de machtigingen goedkeurt.',
    switch: 'Goedkeuring controleren en deze gebruiken',
    inUse:
      'Aanmelden gebruikt nu deze app-registratie (Instellingen › app-registratie). Meld je af en opnieuw aan om hem te gebruiken.',
    overridden: {
      flag: 'De optie --client-id gaat voor Instellingen, dus die blijft in gebruik tot je de assistent zonder deze optie start.',
      environment:
        'HELLOID_SETUP_CLIENT_ID gaat voor Instellingen, dus die blijft in gebruik tot je de variabele weghaalt.',
    },
  },
  drawings: {
    title: 'Waar je klikt: {{where}}',
    byHand: 'Zo doe je het zelf',
  },
  screenshotPack: {
    open: 'Je eigen schermafbeeldingen gebruiken…',
    title: 'Schermafbeeldingen van je organisatie',
    what: 'Toon je eigen schermafbeeldingen in plaats van deze tekeningen: een map met een manifest.json die voor elke stap die ze vervangt een afbeelding noemt. Stappen die er niet in staan, houden hun tekening.',
    none: 'Geen pakket met schermafbeeldingen: elke stap toont de tekening van de assistent.',
    source: {
      flag: 'Pakket met schermafbeeldingen uit de optie --screenshots',
      settings: 'Pakket met schermafbeeldingen hier gekozen',
      'beside-app': 'Pakket met schermafbeeldingen meegeleverd naast de assistent',
    },
    replaced_one: '{{count}} stap toont je schermafbeelding.',
    replaced_other: '{{count}} stappen tonen je schermafbeeldingen.',
    choose: 'Map kiezen…',
    folder: 'Map',
    use: 'Deze map gebruiken',
    clear: 'Niet meer gebruiken',
    close: 'Sluiten',
    hiddenWhilePresenting:
      'De schermafbeelding van je organisatie is verborgen zolang de presentatiemodus aan staat (er kunnen klantnamen op staan); je ziet de tekening in plaats daarvan.',
    flagWins:
      'De optie --screenshots gaat voor de map die je hier kiest, tot de assistent zonder die optie start.',
    format:
      'Afbeeldingen moeten PNG, JPEG of WebP zijn, hooguit 5 MB per stuk en 30 MB samen, in de map zelf. De README en docs/screenshot-pack-example laten de vorm zien.',
    problemTitle: 'Je schermafbeelding kon hier niet worden gebruikt, dus de tekening wordt getoond',
    problem: {
      'folder-missing': 'De map “{{folder}}” bestaat niet of is niet leesbaar. Kies een andere map.',
      'manifest-missing':
        'Er staat geen manifest.json in “{{folder}}”. Voeg er een toe (zie het voorbeeldpakket), of kies de map waar hij in staat.',
      'manifest-too-large':
        'manifest.json is groter dan {{limit}} MB. Een manifest noemt alleen afbeeldingsbestanden: controleer of het het juiste bestand is.',
      'manifest-invalid':
        'manifest.json is geen manifest voor schermafbeeldingen ({{detail}}). Vergelijk het met het voorbeeldpakket.',
      'unknown-step':
        '“{{step}}” in manifest.json is geen stap van de assistent. Gebruik een stap-id zoals helloid-new-secret; de README noemt ze allemaal.',
      'path-outside':
        '{{file}} (voor {{step}}) wijst naar een plek buiten de pakketmap. Zet de afbeelding in de map en noem hem ten opzichte daarvan, zonder “..” of een station.',
      'file-missing':
        '{{file}} (voor {{step}}) staat niet in de pakketmap. Controleer de naam in manifest.json.',
      'not-a-file': '{{file}} (voor {{step}}) is een map, geen afbeeldingsbestand.',
      'not-an-image':
        '{{file}} (voor {{step}}) is geen PNG-, JPEG- of WebP-afbeelding, wat de naam ook zegt. Sla hem opnieuw op als PNG.',
      'image-too-large':
        '{{file}} (voor {{step}}) is groter dan {{limit}} MB. Snijd hem bij of sla hem kleiner op.',
      'pack-too-large':
        '{{file}} (voor {{step}}) zou het pakket samen boven {{limit}} MB brengen. Gebruik minder of kleinere afbeeldingen.',
    },
  },
  checks: {
    pass: 'Geslaagd',
    warn: 'Waarschuwing',
    fail: 'Probleem',
    title: {
      tenantRead: 'De tenant lezen',
      signedIn: 'Aangemeld',
      guest: 'Gastaccount',
      adminRole: 'Beheerdersrol',
      licence: 'Licentie voor groepstoewijzing',
      galleryApp: 'HelloID in de app-galerie',
      existingApps: 'Bestaande HelloID-apps',
      helloIdUrl: 'HelloID-URL',
      helloIdSecret: 'HelloID-geheim',
      helloIdProbe: 'HelloID antwoordt',
      helloIdHost: 'HelloID-host',
      user: 'Gebruiker {{user}}',
      group: 'Groep {{group}}',
    },
    detail: {
      signedInAs: '{{name}} ({{upn}})',
      meUnreadable: 'De aangemelde gebruiker kon niet worden gelezen.',
      guest: 'Je bent aangemeld als gast in deze tenant. Dat werkt als de gast hier een beheerdersrol heeft.',
      roles: '{{roles}}',
      rolesCannot: 'Met je actieve rollen ({{roles}}) kun je geen apps maken of inrichting instellen.',
      noRoles: 'Je account heeft geen actieve beheerdersrol in deze tenant.',
      licenceUnknownStatus:
        'De licentie is onbekend: Entra liet dit account de abonnementen van de tenant niet lezen ({{status}}). Groepen worden toch toegewezen; zonder Entra ID P1 of P2 negeert Entra groepstoewijzingen en synchroniseert het alleen rechtstreeks toegewezen gebruikers.',
      licenceUnknown:
        'De licentie is onbekend: Entra liet dit account de abonnementen van de tenant niet lezen. Groepen worden toch toegewezen; zonder Entra ID P1 of P2 negeert Entra groepstoewijzingen en synchroniseert het alleen rechtstreeks toegewezen gebruikers.',
      p1: 'Entra ID P1',
      p2: 'Entra ID P2',
      noPremium:
        'Deze tenant heeft geen Entra ID P1 of P2, dus groepen kunnen niet worden toegewezen (de documentatie van HelloID vraagt P2 om groepen te synchroniseren).',
      galleryFound: 'Gevonden, met automatische inrichting.',
      galleryFoundAs: 'Gevonden als “{{name}}”, met automatische inrichting.',
      galleryMany: 'Meer dan één app in de galerie heet HelloID.',
      galleryMissing: 'De HelloID-app met inrichting is in deze cloud niet gevonden in de galerie.',
      noApps: 'Nog geen; de assistent maakt er een.',
      ourApp:
        '“{{app}}” is gemaakt door deze assistent (op deze of een andere computer); die wordt gebruikt, er komt geen tweede.',
      url: '{{url}}',
      secretOk: 'Ziet er goed uit. Het wordt alleen in het geheugen bewaard en nooit meer getoond.',
      probeOk:
        'HelloID accepteerde het geheim voor deze URL (hetzelfde verzoek dat Test Connection van Entra doet).',
      found: '{{name}}',
      noUser: 'Deze gebruiker bestaat niet in deze tenant.',
      noGroup: 'Deze groep bestaat niet in deze tenant.',
      groupNeedsPremium: 'Groepen kun je alleen toewijzen met Entra ID P1 of P2.',
      nestedGroups:
        'Deze groep bevat andere groepen. Leden van die geneste groepen worden niet gesynchroniseerd.',
      notHelloIdHost: '“{{host}}” is geen helloid.com-adres, dus het geheim is daar niet naartoe gestuurd.',
    },
    fix: {
      given: '{{text}}',
      signInAgain: 'Meld je opnieuw aan.',
      needRole:
        'Meld je aan met een account dat Toepassingsbeheerder, Cloudtoepassingsbeheerder of Globale beheerder is. Is de rol in Privileged Identity Management voor je beschikbaar, activeer hem dan en meld je opnieuw aan. Tot die tijd kun je de stappen met de hand volgen.',
      licenceUnknown:
        'Controleer de licentie in het Entra-beheercentrum (Facturering › Licenties), of wijs gebruikers rechtstreeks toe.',
      noPremium: 'Wijs gebruikers een voor een toe, of neem eerst een licentie voor Entra ID P1/P2.',
      gallery: 'Controleer de gekozen Microsoft-cloud; de HelloID-app wordt daar mogelijk niet aangeboden.',
      chooseApp: 'Kies welke app je wilt gebruiken voordat je iets wijzigt (in de CLI: --reuse ID).',
      urlAgain: 'Kopieer de URL opnieuw uit HelloID › Directory › Azure AD.',
      secretAgain: 'Kopieer het Secret opnieuw uit HelloID, of klik daar op New Secret.',
      checkUser: 'Controleer de user principal name.',
      checkGroup: 'Controleer de groepsnaam of gebruik de object-id van de groep.',
      usersInstead: 'Wijs in plaats daarvan de gebruikers rechtstreeks toe.',
      nestedGroups: 'Wijs de geneste groepen ook toe, of hun gebruikers rechtstreeks.',
      host: 'Kopieer de URL opnieuw uit HelloID › Directory › Azure AD. Alleen als dit echt je HelloID-adres is: bevestig de host en controleer opnieuw.',
      network: 'Controleer de aanmelding en het netwerk en voer de controle opnieuw uit.',
    },
  },
  whichApp: {
    chosenNotFound: 'De gekozen HelloID-app staat niet in deze tenant. Kies een van: {{apps}}.',
    chosenNotFoundNone:
      'De gekozen HelloID-app staat niet in deze tenant, en de tenant heeft nog geen HelloID-app. Laat de keuze leeg om er een te maken.',
    someoneElse:
      'Deze tenant heeft al een HelloID-app die niet door deze assistent is gemaakt: {{apps}}. Kies ervoor om die te gebruiken; de assistent maakt geen tweede.',
    several:
      'Deze tenant heeft al {{count}} HelloID-apps: {{apps}}. Kies welke je wilt gebruiken; de assistent maakt er geen nieuwe bij.',
  },
  progress: {
    'create-app': {
      running: 'De HelloID-bedrijfstoepassing maken…',
      created: 'De HelloID-bedrijfstoepassing is gemaakt.',
      existing: 'De bestaande HelloID-bedrijfstoepassing wordt gebruikt.',
      unconfirmed:
        'Entra heeft de nieuwe app niet bevestigd; de assistent zoekt hem voordat hij het opnieuw probeert.',
      raceLost:
        'Een andere run maakte op hetzelfde moment een HelloID-app; die blijft, de onze wordt verwijderd.',
    },
    'create-job': {
      running: 'Inrichtingsmodus op Automatisch zetten…',
      created: 'De inrichtingstaak is gemaakt.',
      existing: 'De bestaande inrichtingstaak wordt gebruikt.',
    },
    'test-connection': {
      running: 'De verbinding met HelloID testen…',
      done: 'Met deze referenties mag de inrichting worden ingeschakeld.',
    },
    'save-connection': {
      running: 'De verbinding opslaan…',
      saved: 'De verbinding is opgeslagen.',
      unchanged: 'De verbinding was al met deze waarden opgeslagen.',
    },
    mappings: {
      running: 'De extra koppelingen controleren…',
      added: '{{mappings}} toegevoegd.',
      unchanged: 'De koppelingen waren al zoals gekozen.',
    },
    assign: {
      running: 'Gebruikers en groepen toewijzen…',
      done: 'Toewijzingen: {{added}} toegevoegd, {{existing}} waren er al.',
    },
    start: {
      running: 'De inrichting aanzetten…',
      started: 'De inrichting staat aan.',
      alreadyOn: 'De inrichting stond al aan.',
    },
    'initial-cycle': {
      sending: 'Eerste cyclus loopt ({{completed}} van {{total}}).',
    },
  },
  plan: {
    createApp: 'De bedrijfstoepassing “{{name}}” maken van de HelloID-app in de galerie.',
    useChosen:
      'De bestaande bedrijfstoepassing “{{name}}” gebruiken die je hebt gekozen; er komt geen nieuwe app.',
    useOurs:
      'De bestaande bedrijfstoepassing “{{name}}” gebruiken, gemaakt door deze assistent; er komt geen nieuwe app.',
    reuseJob: 'De bestaande inrichtingstaak hergebruiken (modus Automatisch).',
    createJob: 'Inrichtingsmodus op Automatisch zetten (de inrichtingstaak maken).',
    testConnection: 'De verbinding met {{url}} testen.',
    saveConnection:
      'De HelloID-URL en het geheim opslaan; alleen toegewezen gebruikers en groepen synchroniseren.',
    saveConnectionNotify:
      'De HelloID-URL en het geheim opslaan; alleen toegewezen gebruikers en groepen synchroniseren; meldingen van fouten sturen naar {{email}}.',
    mappings_one: 'De koppeling {{mappings}} toevoegen, na een back-up van de huidige koppelingen.',
    mappings_other: 'De koppelingen {{mappings}} toevoegen, na een back-up van de huidige koppelingen.',
    keepMappings: 'De standaardkoppelingen houden.',
    start: 'Inrichtingsstatus aanzetten.',
    assignUsers: '{{users}} toewijzen met de rol User (bestaande toewijzingen blijven).',
    assignGroups: 'De groepen {{groups}} toewijzen met de rol User (bestaande toewijzingen blijven).',
    assignBoth:
      '{{users}} en de groepen {{groups}} toewijzen met de rol User (bestaande toewijzingen blijven).',
    assignNobody: 'Nog niemand toewijzen (er wordt niets gesynchroniseerd tot er iemand is toegewezen).',
    initialCycle: 'De inrichting volgen tot “Initial cycle completed”.',
  },
  confirm: { cancel: 'Annuleren' },
  run: {
    heading: 'Wat de assistent heeft gedaan',
    working: '{{step}} is bezig — al {{elapsed}}',
    counts: 'Tot nu toe: {{users}} en {{groups}} in HelloID.',
    expected: {
      checks: 'De tenant wordt gelezen; een paar seconden.',
      'create-app':
        'Entra maakt de app uit de galerie en maakt hem overal zichtbaar; meestal binnen een minuut, soms een paar minuten.',
      'create-job':
        'Entra bereidt de inrichtingstaak voor; meestal een paar seconden, bij een nieuwe app tot een minuut.',
      'test-connection':
        'Entra roept HelloID één keer aan met de URL en het geheim; meestal een paar seconden.',
      'save-connection': 'Meestal een paar seconden.',
      mappings: 'Meestal een paar seconden.',
      assign: 'Eén verzoek per gebruiker of groep; meestal een paar seconden.',
      start: 'Meestal een paar seconden.',
      'initial-cycle':
        'Entra leest elke toegewezen gebruiker en groep en stuurt ze naar HelloID. Een paar minuten voor een kleine tenant; grote tenants kunnen uren duren. De cyclus loopt in Entra door, ook als je de assistent sluit.',
      troubleshoot: 'Entra richt nu deze ene gebruiker in; meestal binnen een minuut.',
    },
  },
  count: {
    users_one: '{{count}} gebruiker',
    users_other: '{{count}} gebruikers',
    groups_one: '{{count}} groep',
    groups_other: '{{count}} groepen',
    apps_one: '{{count}} app',
    apps_other: '{{count}} apps',
    jobs_one: '{{count}} inrichtingstaak',
    jobs_other: '{{count}} inrichtingstaken',
  },
  rollback: {
    title: 'Verwijderen wat de assistent heeft gemaakt?',
    appAndJob:
      'Hiermee verwijder je de bedrijfstoepassing “{{app}}” die de assistent heeft gemaakt, en de inrichtingstaak ervan. Apps en toewijzingen die de assistent niet heeft gemaakt, blijven staan.',
    appOnly:
      'Hiermee verwijder je de bedrijfstoepassing “{{app}}” die de assistent heeft gemaakt. Apps die de assistent niet heeft gemaakt, blijven staan.',
    impact:
      '{{users}} en {{groups}} worden niet meer naar HelloID gesynchroniseerd: ze blijven in HelloID, maar wijzigingen in Entra bereiken ze niet meer.',
    impactUnknown:
      'Iedereen die aan de app is toegewezen, wordt niet meer naar HelloID gesynchroniseerd: ze blijven in HelloID, maar wijzigingen in Entra bereiken ze niet meer.',
    irreversible:
      'De assistent zet het niet terug: Entra bewaart een verwijderde app 30 dagen onder App-registraties › Verwijderde toepassingen, en als je de installatie opnieuw uitvoert, komen er een nieuwe app en taak.',
    confirm: '“{{app}}” en de taak verwijderen',
    removed: '{{apps}} en {{jobs}} verwijderd. De stappen die ze hadden afgerond, staan weer open.',
    // De rollback van de CLI: wat er verdwijnt, de vraag, en wat er weg is (id's gemarkeerd om te maskeren).
    cli: {
      removes: 'De rollback verwijdert:',
      app: 'de bedrijfstoepassing “{{app}}” (applicatie {{applicationId}}), gemaakt door deze assistent',
      appWithSp:
        'de bedrijfstoepassing “{{app}}” (applicatie {{applicationId}}, service-principal {{spId}}), gemaakt door deze assistent',
      job: 'de inrichtingstaak {{id}}, die {{users}} en {{groups}} synchroon houdt',
      assignments: 'de toewijzingen: {{users}} en {{groups}}',
      ask: 'Deze verwijderen?',
      notConfirmed: 'Er is niets verwijderd (geef --yes mee om te bevestigen in scripts).',
      nothing: 'Niets te verwijderen: deze tenant heeft geen HelloID-app die deze assistent heeft gemaakt.',
      removedJob: 'inrichtingstaak {{id}}',
      removedApp: 'applicatie {{id}}',
      removedList: 'Verwijderd: {{list}}.',
    },
  },
  startOver: {
    title: 'Opnieuw beginnen?',
    body: 'De assistent vergeet het HelloID-geheim, je markeringen en de controles en resultaten van deze ronde. In de tenant van de klant verandert niets, en je blijft aangemeld.',
    confirm: 'Opnieuw beginnen',
  },
  stepStatus: {
    done: 'Klaar',
    running: 'Bezig',
    needsYou: 'Wacht op jou',
    failed: 'Mislukt',
    notStarted: 'Niet begonnen',
  },
  settings: {
    appRegistration: 'Instellingen: app-registratie',
    clientId: 'Toepassings-id (client-id)',
    clientIdHint:
      'De eigen openbare client voor meerdere tenants van je organisatie (omleidings-URI http://localhost, openbare clientstromen toegestaan). Laat leeg voor de standaard, Microsoft Graph Command Line Tools.',
    save: 'Opslaan',
    saved: 'opgeslagen; gebruikt vanaf de volgende aanmelding',
    inUse: 'Aanmelden met',
    source: {
      flag: 'uit de optie --client-id',
      environment: 'uit de omgevingsvariabele HELLOID_SETUP_CLIENT_ID, die voor Instellingen gaat',
      settings: 'uit Instellingen',
      'deployment-file':
        'uit het implementatiebestand helloid-setup.config.json dat met de assistent is meegeleverd',
      default: 'de standaard: Microsoft Graph Command Line Tools',
    },
    invalid: 'Dit is geen geldige client-id.',
  },
  helloid: {
    heading: 'HelloID-verbinding',
    url: 'HelloID-URL',
    urlHint: 'Uit HelloID › Directory › Azure AD, na New Secret. Begint met https://.',
    secret: 'HelloID-geheim',
    secretHint:
      'Plak de Secret van dezelfde pagina. Die blijft verborgen, staat alleen in het geheugen en wordt nooit meer getoond.',
    secretKept:
      'Voor deze sessie is een geheim bewaard. Plak alleen een nieuw geheim als je in HelloID een nieuw geheim hebt gemaakt.',
    urlMissing: 'Plak eerst de URL uit HelloID › Directory › Azure AD.',
    secretMissing: 'Plak de Secret van dezelfde HelloID-pagina.',
    secretMissingKept:
      'Er is al een geheim bewaard: kies Volgende om daarmee verder te gaan, of plak hier een nieuwe Secret om het te vervangen.',
    save: 'Opslaan en doorgaan',
    practice: 'De oefen-HelloID gebruiken',
    saved: 'Bewaard: {{url}} met het geheim (verborgen).',
    hostTitle: 'Dit is geen HelloID-adres',
    hostWarning:
      '“{{host}}” is geen helloid.com-adres. Er wordt niets naartoe gestuurd, en het geheim al helemaal niet, tenzij je het bevestigt. Vergelijk het letter voor letter met de URL in HelloID › Directory › Azure AD.',
    hostConfirm: 'Het is mijn HelloID: {{host}} gebruiken',
    hostChange: 'De URL wijzigen',
    hostConfirmed: 'Je hebt “{{host}}” bevestigd als je HelloID-adres.',
  },
  automation: {
    heading: 'Inrichting automatisch instellen',
    signInFirst:
      'Meld je eerst aan bij de tenant van de klant (stap 3); daarna kan de assistent stap 4 tot en met 21 controleren en uitvoeren.',
    needsHelloId:
      'Plak de HelloID-URL en het geheim (stap 2) voordat je de controles start, zodat ook de verbinding wordt getest.',
    runChecks: 'De tenant controleren (wijzigt niets)',
    phase: {
      idle: 'Gereed',
      checking: 'Bezig met controleren…',
      checked: 'Gecontroleerd',
      applying: 'Wijzigingen worden doorgevoerd…',
      monitoring: 'Wachten op de eerste inrichtingscyclus…',
      done: 'Klaar',
      failed: 'Gestopt',
      'rolling-back': 'Bezig met verwijderen…',
    },
    employeeId:
      'De toewijzing employeeId toevoegen (nodig voor eenmalige-aanmeldingsapps van Access Management)',
    manager: 'De toewijzing manager.id toevoegen (goedkeuring door de manager in Service Automation)',
    email: 'E-mailadres voor meldingen (optioneel)',
    emailHint: 'Entra mailt dit adres als de inrichting mislukt of in quarantaine gaat.',
    emailInvalid: 'Vul één e-mailadres in, of laat het leeg.',
    reuse: 'Deze tenant heeft al een HelloID-app. Welke moet de assistent gebruiken?',
    letAssistantDecide: 'Die deze assistent heeft gemaakt (als dat er precies één is)',
    madeByAssistant: '{{name}} (gemaakt door deze assistent)',
    madeBySomeoneElse: '{{name}} (gemaakt door iemand anders)',
    chooseFirst:
      'Kies hierboven welke HelloID-app je wilt gebruiken en bekijk de wijzigingen opnieuw. De assistent maakt geen tweede.',
    preview: 'Voorbeeld vernieuwen',
    planTitle: 'De assistent voert deze wijzigingen door:',
    previewAgain: 'Het voorbeeld wordt bijgewerkt voor je keuzes…',
    planChangedTitle: 'De tenant is veranderd sinds het voorbeeld',
    apply: 'Deze wijzigingen doorvoeren',
    rollback: 'Verwijderen wat de assistent heeft gemaakt',
    grantWrite: 'Opnieuw aanmelden en wijzigingen toestaan',
    checksFirst: 'De controles op stap 4 moeten slagen voordat de assistent zijn wijzigingen kan plannen.',
    goToChecks: 'Naar de controles (stap 4)',
  },
  picker: {
    label: 'Toe te wijzen gebruikers en groepen',
    hint: 'Typ een deel van een naam, gebruikersnaam of e-mailadres. Voor groepen is Entra ID P1 of P2 nodig.',
    searching: 'Zoeken…',
    searchingStale: 'Zoeken… De resultaten hieronder horen bij wat je eerder typte.',
    suggestionsLoading: 'Groepen met HelloID in de naam en je eigen account opzoeken…',
    noSuggestions:
      'Geen groep heeft “HelloID” in de naam. Zoek de gebruikers of groepen die je wilt toewijzen.',
    noResultsTitle: 'Geen gebruiker of groep gevonden',
    noResults:
      'Entra zoekt op het begin van elk woord in een naam, of op het begin van een gebruikersnaam of e-mailadres. Probeer een voornaam, een achternaam of de eerste letters van het adres.',
    failed: 'Zoeken is niet gelukt:',
    results: 'Zoekresultaten',
    suggested: 'Voorgesteld',
    user: 'Gebruiker',
    group: 'Groep',
    members_one: '{{count}} gebruiker is direct lid',
    members_other: '{{count}} gebruikers zijn direct lid',
    add: 'Toevoegen',
    added: 'Toegevoegd',
    remove: 'Verwijderen',
    chosen: 'Gekozen ({{count}})',
    noneTitle: 'Nog niemand toegewezen',
    none: 'Er gaat niets naar HelloID tot er een gebruiker of groep is toegewezen. Voeg ze hier toe, of later in Entra onder Gebruikers en groepen.',
    nobody: {
      title: 'Wijzigingen doorvoeren zonder iemand toe te wijzen?',
      body: 'Je hebt geen gebruikers of groepen gekozen. Tenzij er in Entra al iemand aan de HelloID-app is toegewezen, eindigt de eerste cyclus zonder dat er iemand naar HelloID gaat.',
      later:
        'Je kunt ze later in Entra toewijzen (Bedrijfstoepassingen › HelloID › Gebruikers en groepen) of de assistent opnieuw uitvoeren.',
      back: 'Terug om te kiezen',
      apply: 'Doorvoeren zonder iemand',
    },
    warn: {
      nestedGroups_one:
        'Bevat {{count}} groep waarvan de leden niet worden ingericht: Entra richt alleen de directe leden van een toegewezen groep in. Voeg die groep ook toe.',
      nestedGroups_other:
        'Bevat {{count}} groepen waarvan de leden niet worden ingericht: Entra richt alleen de directe leden van een toegewezen groep in. Voeg die groepen ook toe.',
      noLicence:
        'Deze tenant heeft geen Entra ID P1 of P2, dus Entra negeert groepstoewijzingen. Voeg de gebruikers zelf toe.',
      licenceUnknown:
        'De licentie kon niet worden gelezen. Zonder Entra ID P1 of P2 negeert Entra groepstoewijzingen.',
      noMail: 'Heeft geen e-mailadres in Entra, dus HelloID krijgt deze gebruiker zonder e-mailadres.',
    },
  },
  job: {
    completed: 'Initiële cyclus voltooid. Nu in HelloID: gebruikers {{users}}, groepen {{groups}}.',
    waiting: 'De eerste inrichtingscyclus loopt nog.',
    unknown: 'Nog geen inrichtingstaak. Voer eerst de installatie uit.',
    refresh: 'Vernieuwen',
    restart: 'Inrichting opnieuw starten',
    health: {
      'not-started': 'De inrichting is niet gestart.',
      quarantined: 'De inrichting staat in quarantaine: Entra stuurt geen gebruikers meer naar HelloID.',
      failed: 'De inrichtingscyclus is mislukt: er zijn geen gebruikers in HelloID aangekomen.',
      'entry-errors_one': 'De cyclus is klaar, maar {{count}} gebruiker of groep kon niet worden ingericht.',
      'entry-errors_other':
        'De cyclus is klaar, maar {{count}} gebruikers of groepen konden niet worden ingericht.',
      paused: 'De inrichting staat uit.',
    },
    reason: {
      EncounteredQuarantineException: 'De aanroepen van Entra naar HelloID bleven mislukken.',
      EncounteredBaseEscrowThreshold: 'Te veel gebruikers of groepen konden niet worden ingericht.',
      EncounteredTotalEscrowThreshold: 'Te veel gebruikers of groepen konden niet worden ingericht.',
      EncounteredEscrowProportionThreshold:
        'Een groot deel van de gebruikers of groepen kon niet worden ingericht.',
      TooManyDeletes:
        'De cyclus zou meer accounts verwijderen dan de drempel voor onbedoeld verwijderen toestaat.',
      QuarantinedOnDemand: 'De inrichting is op verzoek in quarantaine gezet.',
      IngestionInterrupted: 'Het lezen van gebruikers uit Entra is onderbroken.',
      Unknown: 'Entra gaf geen reden.',
    },
    cause: {
      'new-secret':
        'HelloID weigerde het geheim dat in Entra is opgeslagen. Dat gebeurt als iemand na de installatie in HelloID op New Secret drukt: het oude geheim werkt dan niet meer.',
      'check-url':
        'Entra kon HelloID niet bereiken op de opgeslagen URL, of HelloID antwoordde niet zoals verwacht.',
      'fix-entries':
        'HelloID weigerde een aantal gebruikers of groepen; de inrichtingslogboeken zeggen waarom.',
      'allow-deletes': 'Entra hield verwijderingen tegen om accounts te beschermen.',
      restart: 'De inrichting wacht tot iemand haar opnieuw start.',
      'turn-on': 'Er gaat niets naar HelloID zolang de inrichting uit staat.',
      'read-error': 'Entra meldde een fout zonder verdere uitleg.',
    },
    fix: {
      'new-secret':
        'Oplossing: 1. Open in HelloID Directory › Azure AD en druk op New Secret. 2. Plak de nieuwe URL en het nieuwe geheim hier bij stap 2. 3. Druk op Deze wijzigingen doorvoeren: de assistent slaat ze op in Entra en start de inrichting opnieuw. (Zelf opgeslagen in het Entra-portal? Druk dan op Inrichting opnieuw starten.)',
      'check-url':
        'Oplossing: controleer of HelloID werkt en of de URL (Directory › Azure AD) dezelfde is als in Entra. Is die veranderd, plak hem dan hier bij stap 2 en druk op Deze wijzigingen doorvoeren. Druk anders op Inrichting opnieuw starten zodra HelloID weer werkt.',
      'fix-entries':
        'Oplossing: open Problemen oplossen met een van de gebruikers die mislukten, los de oorzaak op en druk dan op Inrichting opnieuw starten.',
      'allow-deletes':
        'Oplossing: zoek uit waarom zoveel gebruikers buiten het bereik vielen. Zijn de verwijderingen bedoeld, sta ze dan toe in Entra en druk op Inrichting opnieuw starten.',
      restart: 'Oplossing: druk op Inrichting opnieuw starten als je zover bent.',
      'turn-on': 'Oplossing: druk op Deze wijzigingen doorvoeren om de inrichting aan te zetten.',
      'read-error':
        'Oplossing: lees hieronder het bericht van Entra, los de oorzaak op en druk op Inrichting opnieuw starten.',
    },
    fixCli: {
      'new-secret':
        'Oplossing: 1. Open in HelloID Directory › Azure AD en druk op New Secret. 2. Voer apply opnieuw uit met de nieuwe URL (--scim-url) en het nieuwe geheim (--secret-env): dat slaat ze op in Entra en start de inrichting opnieuw. (Zelf opgeslagen in het Entra-portal? Voer dan restart uit.)',
      'check-url':
        'Oplossing: controleer of HelloID werkt en of de URL (Directory › Azure AD) dezelfde is als in Entra. Is die veranderd, voer apply dan opnieuw uit met --scim-url. Voer anders restart uit zodra HelloID weer werkt.',
      'fix-entries':
        'Oplossing: voer test-user --user <een gebruiker die mislukte> uit, los de oorzaak op en voer dan restart uit.',
      'allow-deletes':
        'Oplossing: zoek uit waarom zoveel gebruikers buiten het bereik vielen. Zijn de verwijderingen bedoeld, sta ze dan toe in Entra en voer restart uit.',
      restart: 'Oplossing: voer restart uit als je zover bent.',
      'turn-on': 'Oplossing: voer apply uit om de inrichting aan te zetten.',
      'read-error': 'Oplossing: lees het bericht van Entra, los de oorzaak op en voer restart uit.',
    },
    entraSays: 'Entra meldt ({{code}}): {{message}}',
    entraSaysTitle: 'Het eigen bericht van Entra ({{code}})',
    since:
      'In quarantaine sinds {{since}}; Entra probeert het opnieuw om {{next}}, elke dag minder vaak, en stopt na vier weken.',
  },
  helloIdInput: {
    url: {
      notText:
        'De URL moet tekst zijn. Kopieer de URL van de pagina Directory › Azure AD in HelloID en plak hem hier.',
      empty:
        'Vul de HelloID-URL in. Kopieer hem uit het veld URL op de pagina Directory › Azure AD in HelloID.',
      tooLong:
        'De URL is langer dan {{max}} tekens, dus er is meer dan de URL geplakt. Maak het veld leeg en kopieer alleen de URL van de pagina Directory › Azure AD in HelloID.',
      whitespace:
        'De URL bevat een spatie of regeleinde op teken {{position}}. Een URL heeft geen spaties: kopieer alleen de URL van de pagina Directory › Azure AD in HelloID, zonder tekst eromheen.',
      zeroWidth:
        'De URL bevat een onzichtbaar teken zonder breedte ({{codePoint}}) op teken {{position}}. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en typ of kopieer de URL opnieuw van de pagina Directory › Azure AD in HelloID.',
      bidi: 'De URL bevat een onzichtbaar teken voor de schrijfrichting (bidi) ({{codePoint}}) op teken {{position}}. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en typ of kopieer de URL opnieuw van de pagina Directory › Azure AD in HelloID.',
      control:
        'De URL bevat een stuurteken ({{codePoint}}) op teken {{position}}. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en typ of kopieer de URL opnieuw van de pagina Directory › Azure AD in HelloID.',
      quoted: 'Haal de aanhalingstekens rond de URL weg; plak alleen de URL zelf.',
      looksLikeSecret:
        'Dit lijkt de Secret, niet de URL. Plak de Secret in het veld voor de Secret, en kopieer de URL (die begint met https://) in dit veld.',
      missingScheme:
        'De URL moet beginnen met https:// — zet https:// ervoor, of kopieer de hele URL opnieuw uit HelloID.',
      notAddress:
        'Dit is geen webadres. Kopieer de URL van de pagina Directory › Azure AD in HelloID; die begint met https://.',
      http: 'De URL moet beginnen met https://. Verander http:// in https:// — HelloID accepteert alleen beveiligde verbindingen.',
      otherScheme:
        'De URL moet beginnen met https://. Adressen met “{{scheme}}:” zijn niet bruikbaar voor inrichting: kopieer de https://-URL van de pagina Directory › Azure AD in HelloID.',
      unreadable:
        'De URL is niet te lezen als webadres. Kopieer hem opnieuw van de pagina Directory › Azure AD in HelloID en plak hem ongewijzigd.',
      credentials:
        'De URL bevat een gebruikersnaam of wachtwoord (het deel vóór “@”). Haal dat weg: de URL van HelloID heeft dat niet, en de Secret hoort in een eigen veld.',
      fragment: 'De URL bevat “#” met tekst erna. Haal het “#”-deel weg; de URL van HelloID heeft dat niet.',
      query:
        'De URL bevat “?” met tekst erna. Haal het “?”-deel weg: de URL van HelloID heeft dat niet, en Microsoft voegt zelf een query toe als het HelloID aanroept.',
      dotSegments:
        'De URL bevat padstukken “/./” of “/../”. Kopieer de URL van de pagina Directory › Azure AD in HelloID zonder hem aan te passen.',
      localhost:
        'De URL wijst naar “localhost”, deze computer. De cloud van Microsoft kan die niet bereiken: gebruik de HelloID-URL uit je HelloID-portal.',
      ipAddress:
        'De URL gebruikt een IP-adres in plaats van een hostnaam. Gebruik de HelloID-URL met de hostnaam (zoals jouwbedrijf.helloid.com).',
      notHostname:
        '“{{host}}” is geen volledige hostnaam. Gebruik de complete HelloID-URL, zoals https://jouwbedrijf.helloid.com/…',
      notHelloIdHost:
        'De host “{{host}}” is geen helloid.com-adres. Controleer of je de URL van de pagina Directory › Azure AD in HelloID hebt gekopieerd en niet ergens anders vandaan.',
      punycode:
        'De hostnaam bevat niet-Latijnse letters (te zien als “xn--…”). Letters die op elkaar lijken zijn een bekende truc: vergelijk de URL goed met de URL die HelloID toont.',
      usersPath:
        'De URL eindigt op /Users of /Groups. Dat voegt Microsoft zelf toe; gebruik de URL precies zoals HelloID hem toont.',
      port: 'De URL noemt poort {{port}}. HelloID-URL’s hebben normaal geen poort; controleer of het de juiste URL is.',
    },
    secret: {
      notText: 'De Secret moet tekst zijn. Kopieer de Secret van de pagina Directory › Azure AD in HelloID.',
      empty:
        'Vul de HelloID-Secret in. Kopieer hem uit het veld Secret op de pagina Directory › Azure AD in HelloID.',
      tooLong:
        'De Secret is langer dan {{max}} tekens, dus er is meer dan de Secret geplakt. Maak het veld leeg en kopieer alleen de Secret van de pagina Directory › Azure AD in HelloID.',
      bearer:
        'Haal het woord “Bearer” aan het begin weg. Plak alleen de Secret zelf; Microsoft zet er “Bearer” voor als het HelloID aanroept.',
      looksLikeUrl:
        'Dit lijkt de URL, niet de Secret. Plak dit in het veld voor de URL, en kopieer de Secret van HelloID in dit veld.',
      json: 'Dit lijkt een blok JSON of code. Plak alleen de waarde van de Secret, zonder accolades, namen of aanhalingstekens.',
      quoted: 'Haal de aanhalingstekens rond de Secret weg; plak alleen de Secret zelf.',
      whitespace:
        'De Secret bevat een spatie of regeleinde in het midden. Een Secret is één doorlopend stuk tekst: maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
      zeroWidth: {
        start:
          'De Secret bevat een onzichtbaar teken zonder breedte aan het begin. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
        end: 'De Secret bevat een onzichtbaar teken zonder breedte aan het eind. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
        middle:
          'De Secret bevat een onzichtbaar teken zonder breedte in het midden. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
      },
      bidi: {
        start:
          'De Secret bevat een onzichtbaar teken voor de schrijfrichting (bidi) aan het begin. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
        end: 'De Secret bevat een onzichtbaar teken voor de schrijfrichting (bidi) aan het eind. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
        middle:
          'De Secret bevat een onzichtbaar teken voor de schrijfrichting (bidi) in het midden. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
      },
      control: {
        start:
          'De Secret bevat een stuurteken aan het begin. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
        end: 'De Secret bevat een stuurteken aan het eind. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
        middle:
          'De Secret bevat een stuurteken in het midden. Zulke tekens komen vaak mee bij kopiëren uit een chat of document. Maak het veld leeg en kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID.',
      },
      notAscii:
        'De Secret bevat letters of symbolen die HelloID nooit in een Secret gebruikt (zoals letters met accenten of gekrulde aanhalingstekens). Kopieer hem opnieuw van de pagina Directory › Azure AD in HelloID in plaats van hem te typen.',
      tooShort:
        'De Secret is korter dan {{min}} tekens, dus er is maar een deel gekopieerd. Kopieer de hele Secret van de pagina Directory › Azure AD in HelloID.',
      trimmed: 'Spaties of regeleinden voor of na de Secret zijn weggehaald.',
      punctuation:
        'De Secret bevat leestekens die ongebruikelijk zijn in een secret. Controleer of je alleen de Secret hebt gekopieerd en niets eromheen.',
    },
  },
  // De HelloID-URL en Secret controleren zoals Test Connection van Entra dat doet.
  probe: {
    tls: {
      expired: 'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: het certificaat is verlopen.',
      notYetValid:
        'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: het certificaat is nog niet geldig (controleer de datum en tijd van deze computer).',
      otherHost:
        'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: het certificaat hoort bij een andere hostnaam.',
      selfSigned:
        'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: het certificaat is zelfondertekend.',
      untrustedIssuer:
        'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: het certificaat is uitgegeven door een instantie die deze computer niet vertrouwt.',
      unverifiable:
        'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: het certificaat kon niet worden gecontroleerd bij een vertrouwde instantie.',
      revoked: 'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: het certificaat is ingetrokken.',
      untrusted:
        'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: het certificaat wordt niet vertrouwd.',
      badSignature:
        'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: de handtekening van het certificaat is ongeldig.',
      notAccepted:
        'De beveiligde (HTTPS-)verbinding met HelloID is mislukt: het certificaat is niet geaccepteerd.',
    },
    what: {
      forbidden: 'HelloID herkende het verzoek, maar weigerde toegang met deze Secret (HTTP 403).',
      unauthorized401: 'HelloID weigerde de Secret (HTTP 401).',
      unauthorized: 'HelloID weigerde de Secret.',
      notFound: 'HelloID antwoordde “niet gevonden” (HTTP 404): het pad van de URL klopt niet.',
      webPage: 'De URL antwoordde met een webpagina in plaats van inrichtingsgegevens (SCIM).',
      notScim: 'De URL antwoordde, maar niet met de gebruikerslijst die een inrichtingsadres (SCIM) geeft.',
      serverStatus: 'HelloID had een interne fout (HTTP {{status}}).',
      server: 'HelloID had een interne fout.',
      dns: 'De hostnaam in de URL is niet gevonden.',
      refused: 'De server op deze URL weigerde de verbinding.',
      reset: 'De verbinding met HelloID werd verbroken voordat er antwoord kwam.',
      timeout: 'HelloID antwoordde niet op tijd.',
      timeoutMs: 'HelloID antwoordde niet binnen {{ms}} ms.',
      timeoutSeconds_one: 'HelloID antwoordde niet binnen 1 seconde.',
      timeoutSeconds_other: 'HelloID antwoordde niet binnen {{count}} seconden.',
      entraUnreachable:
        'Microsoft kon op deze URL geen verbinding met HelloID maken om de Secret te controleren.',
      unreachable: 'HelloID is vanaf deze computer niet bereikbaar.',
      redirectStatus:
        'De URL stuurde het verzoek door naar een ander adres (HTTP {{status}}) in plaats van te antwoorden.',
      redirect:
        'De URL stuurde het verzoek door naar een ander adres (HTTP-doorverwijzing) in plaats van te antwoorden.',
      throttled: 'HelloID vroeg om het rustiger aan te doen (HTTP 429).',
      unexpectedStatus: 'HelloID gaf een onverwacht antwoord (HTTP {{status}}).',
      unexpected: 'HelloID gaf een onverwacht antwoord (HTTP ?).',
      invalidUrl: 'De URL is geen geldig https://-adres, dus er is geen verbinding geprobeerd.',
      invalidSecret:
        'De Secret is leeg of bevat tekens die niet verstuurd kunnen worden, dus er is geen verbinding geprobeerd.',
      entra: 'Microsoft kon de HelloID-URL en Secret niet bevestigen.',
      other: 'De verbindingscontrole is om een onverwachte reden mislukt.',
    },
    fix: {
      tls: 'Controleer of de hostnaam in de URL precies die is die HelloID toont. Zo ja, dan bekijkt een proxy of beveiligingsproduct op dit netwerk misschien beveiligde verbindingen: vraag IT om een uitzondering voor HelloID en probeer het opnieuw.',
      copySecret:
        'Kopieer de Secret opnieuw van de pagina Directory › Azure AD in HelloID. Heeft iemand daar op “New Secret” geklikt, kopieer dan de nieuwe URL en de nieuwe Secret samen.',
      wholeUrl:
        'Kopieer de URL in zijn geheel van de pagina Directory › Azure AD in HelloID: maak hem niet korter en zet er geen /Users of iets anders achter.',
      portalUrl:
        'De URL wijst waarschijnlijk naar de HelloID-portal in plaats van naar het inrichtingsadres. Kopieer de waarde van het veld URL op de pagina Directory › Azure AD in HelloID, niet de adresbalk van je browser.',
      helloIdSide:
        'Dit ligt aan de kant van HelloID. Wacht een paar minuten en probeer het opnieuw; blijft het mislukken, neem dan contact op met de support van HelloID.',
      dns: 'Controleer de URL op typefouten (kopieer hem in zijn geheel van de pagina Directory › Azure AD in HelloID) en controleer of deze computer online is.',
      refused:
        'Controleer de URL op typefouten (kopieer hem in zijn geheel van de pagina Directory › Azure AD in HelloID). Klopt hij, dan is HelloID misschien even niet beschikbaar: probeer het over een paar minuten opnieuw.',
      reset:
        'Probeer het opnieuw. Gebeurt het vaker, dan blokkeert een proxy of firewall op dit netwerk misschien HelloID.',
      network: 'Controleer de netwerkverbinding en een eventuele proxy en probeer het opnieuw.',
      checkUrl:
        'Controleer de URL op typefouten (kopieer hem in zijn geheel van de pagina Directory › Azure AD in HelloID) en test de verbinding opnieuw.',
      networkAndUrl: 'Controleer de netwerkverbinding en de URL en probeer het opnieuw.',
      redirect:
        'Gebruik de URL precies zoals de pagina Directory › Azure AD in HelloID hem toont; een doorverwijzing betekent meestal dat de URL is ingekort of een portaladres is.',
      wait: 'Wacht een minuut en probeer het opnieuw.',
      status:
        'Controleer of de URL in zijn geheel is gekopieerd van de pagina Directory › Azure AD in HelloID en probeer het opnieuw. Blijft het mislukken, geef deze HTTP-status dan door aan de support van HelloID.',
      copyUrl: 'Kopieer de URL van de pagina Directory › Azure AD in HelloID.',
      copySecretOnly: 'Kopieer de Secret van de pagina Directory › Azure AD in HelloID.',
      entra:
        'Kopieer beide waarden opnieuw van de pagina Directory › Azure AD in HelloID en test de verbinding opnieuw; de eigen melding van Microsoft staat erbij.',
      other: 'Probeer het opnieuw. Blijft het mislukken, dan staan de details in het logboek.',
    },
  },
  // Waar de client-id vandaan komt, als een instelling niet bruikbaar is.
  clientId: {
    notGuid: {
      flag: 'De optie --client-id bevat “{{value}}”, en dat is geen toepassings-id (client-id). Gebruik de GUID van de app-registratie, of haal de waarde weg om de volgende instelling te gebruiken.',
      environment:
        'De omgevingsvariabele HELLOID_SETUP_CLIENT_ID bevat “{{value}}”, en dat is geen toepassings-id (client-id). Gebruik de GUID van de app-registratie, of haal de waarde weg om de volgende instelling te gebruiken.',
      settings:
        'Instellingen › app-registratie bevat “{{value}}”, en dat is geen toepassings-id (client-id). Gebruik de GUID van de app-registratie, of haal de waarde weg om de volgende instelling te gebruiken.',
    },
    file: {
      unreadable:
        'Het implementatiebestand {{path}} is niet bruikbaar: het kan niet worden gelezen. Het hoort {"clientId": "<toepassings-id (client-id)>"} te bevatten. Herstel of verwijder het, of stel een client-id in bij Instellingen › app-registratie.',
      notJson:
        'Het implementatiebestand {{path}} is niet bruikbaar: het is geen geldige JSON. Het hoort {"clientId": "<toepassings-id (client-id)>"} te bevatten. Herstel of verwijder het, of stel een client-id in bij Instellingen › app-registratie.',
      notObject:
        'Het implementatiebestand {{path}} is niet bruikbaar: het is geen JSON-object. Het hoort {"clientId": "<toepassings-id (client-id)>"} te bevatten. Herstel of verwijder het, of stel een client-id in bij Instellingen › app-registratie.',
      unknownSetting:
        'Het implementatiebestand {{path}} is niet bruikbaar: onbekende instelling {{settings}}. Het hoort {"clientId": "<toepassings-id (client-id)>"} te bevatten. Herstel of verwijder het, of stel een client-id in bij Instellingen › app-registratie.',
      notGuid:
        'Het implementatiebestand {{path}} is niet bruikbaar: “clientId” moet een GUID zijn. Het hoort {"clientId": "<toepassings-id (client-id)>"} te bevatten. Herstel of verwijder het, of stel een client-id in bij Instellingen › app-registratie.',
      updateUrlNotText:
        'Het implementatiebestand {{path}} is niet bruikbaar: “updateUrl” moet tekst zijn. Het hoort {"clientId": "<toepassings-id (client-id)>"} te bevatten. Herstel of verwijder het, of stel een client-id in bij Instellingen › app-registratie.',
      empty:
        'Het implementatiebestand {{path}} is niet bruikbaar: “clientId” ontbreekt (of een “updateUrl”). Het hoort {"clientId": "<toepassings-id (client-id)>"} te bevatten. Herstel of verwijder het, of stel een client-id in bij Instellingen › app-registratie.',
    },
  },
  troubleshoot: {
    user: 'Gebruiker die niet synchroniseert',
    userHint: 'De user principal name, bijvoorbeeld adele@contoso.com.',
    userMissing:
      'Typ eerst de user principal name van de gebruiker (minstens 3 tekens), bijvoorbeeld adele@contoso.com.',
    run: 'Deze gebruiker nu inrichten',
    logs_one: '{{count}} inrichtingslogboekvermelding voor deze gebruiker.',
    logs_other: '{{count}} inrichtingslogboekvermeldingen voor deze gebruiker.',
    noRule: 'De inrichtingstaak heeft geen synchronisatieregel om mee te testen.',
    // De gedocumenteerde waarden van Entra in inrichtingslogboeken en rapporten op aanvraag, in gewone woorden;
    // een waarde die Entra later toevoegt, staat er zoals Entra hem gaf (entraValue), gemarkeerd als eigen tekst.
    result: {
      success: 'Gelukt',
      warning: 'Waarschuwing',
      failure: 'Mislukt',
      skipped: 'Overgeslagen',
    },
    action: {
      create: 'Maken',
      update: 'Bijwerken',
      delete: 'Verwijderen',
      disable: 'Uitschakelen',
      stagedDelete: 'Gefaseerd verwijderen',
      other: 'Overig',
    },
    stepType: {
      import: 'Importeren uit Entra',
      scoping: 'Bereikcontrole',
      matching: 'Koppelen in HelloID',
      processing: 'Verwerken',
      referenceResolution: 'Verwijzingen oplossen',
      export: 'Exporteren naar HelloID',
    },
    entraValue: '{{text}}',
    outcome: '{{user}}: {{result}}.',
    step: '{{type}} — {{status}}: {{description}}',
    logLine: '{{when}} — {{action}}: {{status}}',
    logReason: '{{when}} — {{action}}: {{status}} ({{reason}})',
    explain: {
      notAssigned:
        'De gebruiker is niet aan HelloID toegewezen. Wijs de gebruiker toe met de rol User (of een groep waar die direct lid van is); leden van geneste groepen worden niet gesynchroniseerd.',
      defaultAccess:
        'De gebruiker is toegewezen met Default Access, en zo richt HelloID niemand in. Wijs in plaats daarvan de rol User toe.',
      notInScope:
        'De gebruiker valt buiten het bereik: wijs de gebruiker (of een groep waar die direct lid van is) toe aan HelloID. Leden van geneste groepen worden niet gesynchroniseerd.',
      upToDate: 'De gebruiker is in HelloID al bijgewerkt.',
      provisioned: 'De gebruiker is in HelloID ingericht.',
      notSaved: 'De HelloID-verbinding is nog niet opgeslagen. Sla eerst de URL en de Secret op.',
      failed: 'Entra kon de gebruiker niet inrichten. De mislukte stap hieronder zegt waarom.',
    },
  },
  journey: {
    checksTitle: 'Controleer de tenant voordat er iets verandert',
    checksBody:
      'De assistent leest de tenant van de klant en HelloID: je rol, de licenties, de HelloID-app in de galerie, HelloID-apps die al bestaan, en de HelloID-URL en het geheim, getest zoals Test Connection van Entra dat doet. Er verandert niets.',
    checksAgain: 'Opnieuw controleren',
    runTitle: 'Stap {{first}}–{{last}}: wat de assistent gaat doen',
    runTitleRunning: 'Stap {{first}}–{{last}}: de assistent is bezig',
    runTitleDone: 'Stap {{first}}–{{last}}: gedaan door de assistent',
    runBody:
      'De assistent doet stap {{first}} tot en met {{last}} van de handleiding van HelloID in één keer voor je: hij maakt de HelloID-bedrijfstoepassing, bewaart je HelloID-URL en -geheim in de inrichting, voegt de koppelingen toe die je kiest, wijst de gebruikers en groepen toe die je kiest en zet de inrichting aan. Kies, bekijk de wijzigingen en voer ze dan uit; daarvoor wordt niets weggeschreven.',
    runBodyRunning:
      'Elke stap krijgt een vinkje in de lijst links zodra Entra hem bevestigt. Open een stap om te lezen wat daar is gedaan.',
    byHand: 'Stap {{number}} met de hand doen: {{title}}',
    partOfRun: 'De assistent doet deze stap in zijn run van stap {{first}}–{{last}}.',
    goToRun: 'Naar het plan op stap {{first}}',
    outcome: {
      done: 'Gedaan door de assistent',
      readBack: 'Gedaan: de assistent heeft het teruggelezen uit de tenant.',
      running: 'De assistent doet dit nu — al {{elapsed}}.',
      failed: 'De assistent kon deze stap niet uitvoeren.',
      took: 'Duurde {{elapsed}}.',
    },
    openInEntra: 'Openen in het Entra-beheercentrum',
    openInEntraPractice:
      'Oefenmodus: deze tenant wordt door de assistent op deze computer nagebootst, dus het Entra-beheercentrum heeft er geen pagina voor. Bij een echte klant opent een knop hier de pagina van deze stap in Entra.',
    technical: 'Technische details: de Microsoft Graph-aanroepen',
  },
  firstCycle: {
    running: 'Eerste inrichtingscyclus loopt — al {{elapsed}}',
    runningNoTime: 'Eerste inrichtingscyclus loopt',
    now: {
      starting: 'Nu: Entra start de eerste cyclus. Het eerste verslag komt meestal binnen een paar minuten.',
      sending: 'Nu: Entra stuurt gebruikers en groepen naar HelloID — {{completed}} van {{total}} klaar.',
      reading:
        'Nu: Entra leest de gebruikers en groepen die aan de app zijn toegewezen en vergelijkt ze met HelloID.',
    },
    expected:
      'Hoe lang: meestal een paar minuten voor een kleine tenant; hoe meer gebruikers en groepen, hoe langer, en een heel grote tenant kan uren duren. De cyclus loopt in Entra door, ook als je de assistent sluit.',
    inHelloId: 'Tot nu toe in HelloID: {{users}} en {{groups}}.',
    notify: 'Geef een melding als het klaar is',
    notifyOn: 'Je krijgt een melding als de eerste cyclus klaar is.',
    notifyBlocked: 'Deze browser blokkeert meldingen; houd deze pagina open om het resultaat te zien.',
  },
  complete: {
    title: 'Instelling voltooid',
    body: 'De eerste inrichtingscyclus van Entra is voltooid: {{users}} en {{groups}} staan in HelloID. Vanaf nu houdt Entra ze gelijk, ongeveer elke 40 minuten.',
    exists: 'Wat er nu bestaat in de tenant van de klant',
    app: 'De bedrijfstoepassing “{{name}}”, gemaakt van de HelloID-app in de galerie.',
    job: 'De inrichtingstaak: aan, en stuurt de toegewezen gebruikers en groepen naar HelloID.',
    ids: 'Id’s, voor support',
    servicePrincipalId: 'Object-id van de bedrijfstoepassing',
    appId: 'Toepassings-id (client-id)',
    jobId: 'Id van de inrichtingstaak',
    tenantId: 'Tenant-id',
    openProvisioning: 'Inrichting openen in Entra',
    openUsers: 'Gebruikers en groepen openen in Entra',
    entraPractice:
      'Oefenmodus: deze tenant wordt door de assistent op deze computer nagebootst, dus het Entra-beheercentrum heeft er geen pagina’s voor. Bij een echte klant openen knoppen hier de pagina’s Inrichting en Gebruikers en groepen van de app in Entra.',
    helloIdUsers: 'Open in HelloID Directory › Users en filter op Azure AD om ze te zien.',
    helloIdUsersPractice:
      'Oefenmodus: deze HelloID wordt door de assistent op deze computer nagebootst en heeft geen portaal om in te kijken. Bij een echte klant zie je ze in HelloID onder Directory › Users, gefilterd op Azure AD.',
    undo: 'Toch niet? Je kunt verwijderen wat de assistent heeft gemaakt:',
  },
  menu: {
    about: 'Over {{app}}',
    hide: '{{app}} verbergen',
    hideOthers: 'Andere verbergen',
    showAll: 'Alles tonen',
    quitApp: '{{app}} afsluiten',
    file: 'Bestand',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    resetZoom: 'Werkelijke grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullScreen: 'Volledig scherm',
    window: 'Venster',
    minimize: 'Minimaliseren',
    zoomWindow: 'Zoomen',
    front: 'Alles naar voren',
    close: 'Venster sluiten',
  },
  notification: {
    completedTitle: 'HelloID-inrichting: eerste cyclus voltooid',
    completedBody: '{{users}} en {{groups}} staan in HelloID.',
    problemTitle: 'HelloID-inrichting heeft je nodig',
    quarantinedBody:
      'Entra heeft de inrichting in quarantaine gezet. Open de assistent om te zien waarom en hoe je het oplost.',
    failedBody:
      'De eerste inrichtingscyclus heeft niet iedereen in HelloID gekregen. Open de assistent om te zien waarom.',
  },
  errors: {
    INVALID_INPUT: {
      message: 'Het verzoek had niet de verwachte vorm.',
      action: 'Pas het aan en probeer het opnieuw.',
    },
    FORBIDDEN_SENDER: {
      message: 'Dit verzoek kwam niet uit het venster van de assistent en is daarom geweigerd.',
      action:
        'Gebruik het eigen venster van de assistent; sluit andere pagina’s die ermee proberen te praten.',
    },
    UNAUTHORIZED_HOST_REQUEST: {
      message: 'Dit verzoek mist de sessiesleutel van de assistent en is daarom geweigerd.',
      action: 'Open opnieuw het adres dat het voorbeeld toonde (met de eenmalige sleutel).',
    },
    URL_NOT_ALLOWED: {
      message: 'De assistent opent alleen pagina’s van Microsoft, Azure en HelloID.',
      action: 'Open andere pagina’s zelf in je browser.',
    },
    DEVICE_CODE_EXPIRED: {
      message: 'De aanmeldcode is verlopen voordat hij werd gebruikt.',
      action: 'Vraag een nieuwe code aan en voer die in binnen de getoonde tijd.',
    },
    NOT_SIGNED_IN: {
      message: 'Je bent niet aangemeld bij de Microsoft Entra-tenant van de klant.',
      action: 'Meld je eerst aan bij stap 3.',
    },
    SIGNIN_CANCELLED: {
      message: 'Aanmelden is geannuleerd.',
      action: 'Begin opnieuw als je zover bent.',
    },
    SIGNIN_IN_PROGRESS: {
      message: 'Er wacht al een aanmelding.',
      action: 'Rond die af in de browser, of annuleer hem eerst.',
    },
    INTERACTION_REQUIRED: {
      message: 'Microsoft wil dat je je opnieuw aanmeldt, of meer toegang goedkeurt, voordat je verdergaat.',
      action: 'Meld je opnieuw aan.',
    },
    CLOUD_NOT_SUPPORTED: {
      message: 'Inrichting vanuit Entra is niet beschikbaar in deze Microsoft-cloud.',
      action:
        'Kies de cloud waarin de tenant van de klant staat; heeft die geen inrichting, stel het dan in het portal in.',
    },
    SIGNIN_TIMED_OUT: {
      message: 'Aanmelden duurde te lang en is gestopt.',
      action:
        'Toonde de browser een fout zoals AADSTS700016 (toepassing niet gevonden), controleer dan Instellingen › app-registratie en de Microsoft-cloud; begin anders opnieuw als de browser klaar is.',
    },
    CONSENT_REQUIRED: {
      message: 'Een beheerder heeft de assistent in deze tenant nog niet goedgekeurd.',
      action:
        'Meld je aan als Globale beheerder, Beheerder met bevoorrechte rol, Toepassingsbeheerder of Cloudtoepassingsbeheerder en accepteer het toestemmingsscherm, of stuur zo’n beheerder de goedkeuringskoppeling.',
    },
    APP_REGISTRATION_NOT_FOUND: {
      message: 'Microsoft kent de app-registratie niet waarmee de assistent zich aanmeldt (AADSTS700016).',
      action:
        'Controleer de client-id in Instellingen › app-registratie (het implementatiebestand en HELLOID_SETUP_CLIENT_ID gaan voor), en de gekozen Microsoft-cloud.',
    },
    APP_REGISTRATION_BLOCKED: {
      message: 'Deze tenant laat je niet aanmelden met de app-registratie die de assistent gebruikt.',
      action:
        'Vraag een beheerder om hem toe te staan onder Bedrijfstoepassingen, of gebruik de eigen app-registratie van je organisatie in Instellingen › app-registratie.',
    },
    NOT_AN_ADMIN: {
      message: 'Het aangemelde account heeft geen rol waarmee je inrichting kunt instellen.',
      action:
        'Meld je aan als Toepassingsbeheerder, Cloudtoepassingsbeheerder of Globale beheerder. Met PIM activeer je de rol eerst.',
    },
    PERSONAL_ACCOUNT: {
      message: 'Met een persoonlijk Microsoft-account kun je geen inrichting in Entra beheren.',
      action: 'Meld je aan met een werkaccount van de tenant van de klant.',
    },
    CONDITIONAL_ACCESS_BLOCKED: {
      message: 'Een beleid voor voorwaardelijke toegang blokkeerde deze aanmeldmethode.',
      action:
        'Gebruik “Aanmelden met de browser”, of vraag de beheerder van de tenant welke aanmeldmethoden zijn toegestaan.',
    },
    WRONG_CLOUD: {
      message: 'Dit account hoort bij een andere Microsoft-cloud dan de gekozen cloud.',
      action: 'Kies de cloud waarin de tenant staat en meld je opnieuw aan.',
    },
    WRONG_TENANT: {
      message: 'De aanmelding hoort bij een andere tenant dan die van de klant. Er is niets gewijzigd.',
      action: 'Meld je af en meld je aan met een account van de tenant van de klant.',
    },
    GRAPH_THROTTLED: {
      message: 'Microsoft Graph vroeg de assistent het rustiger aan te doen.',
      action: 'Wacht een minuut en probeer het opnieuw; de assistent heeft het al opnieuw geprobeerd.',
    },
    GRAPH_ERROR: {
      message: 'Microsoft Graph gaf een fout.',
      action:
        'Probeer het over een paar minuten opnieuw. Blijft het misgaan, dan staan de details in het logboek.',
    },
    NETWORK_ERROR: {
      message: 'Het netwerkverzoek is mislukt.',
      action: 'Controleer de netwerkverbinding en de gekozen Microsoft-cloud, en probeer het opnieuw.',
    },
    PLAN_CHANGED: {
      message: 'De tenant is na het voorbeeld veranderd, dus er is niets gewijzigd.',
      action: 'Bekijk de wijzigingen opnieuw, controleer ze en voer ze dan uit.',
    },
    BUSY: {
      message: 'De assistent is al bezig met deze tenant.',
      action: 'Wacht tot hij klaar is en probeer het dan opnieuw.',
    },
    NOT_FOUND: {
      message: 'Het gevraagde item bestaat niet.',
      action: 'Vernieuw, of voer de controles opnieuw uit om de tenant te lezen zoals hij nu is.',
    },
    INTERNAL: {
      message: 'Er ging iets mis in de assistent.',
      action: 'Probeer het opnieuw. Gebeurt het vaker, dan staan de details in het logboek.',
    },
  },
  problems: {
    signIn: {
      consentDeclined: 'Op de aanmeldpagina is toestemming geweigerd, dus er is niemand aangemeld.',
      otherOrganisation: 'Dit is een persoonlijk Microsoft-account of het hoort bij een andere organisatie.',
      codeBlocked:
        'Een beleid voor voorwaardelijke toegang van deze tenant blokkeerde de aanmelding. Een code op een ander apparaat is vaak niet toegestaan.',
      extraConfirmation: 'De tenant vroeg om extra bevestiging die deze aanmeldmethode niet kan geven.',
      appDisabled:
        'Deze tenant heeft de app uitgeschakeld waarmee de assistent zich aanmeldt (AADSTS7000112).',
      assignmentRequired:
        'Deze tenant laat alleen toegewezen gebruikers aanmelden bij de app die de assistent gebruikt (AADSTS50105).',
      tenantNotInCloud: 'Deze tenant is niet gevonden in de gekozen Microsoft-cloud.',
      tenantInvalid:
        'De tenantnaam of -id is niet geldig. Gebruik het domein van de tenant (contoso.onmicrosoft.com) of de id.',
      idleExpired: 'Je aanmelding is verlopen na lange tijd niet te zijn gebruikt.',
      noLongerValid: 'Je aanmelding is niet meer geldig, bijvoorbeeld na een wachtwoordwijziging.',
      policyReauth: 'Een beleid van deze tenant vraagt je opnieuw aan te melden.',
      codeNotUsed: 'De aanmeldcode is nog niet gebruikt.',
      cannotRenew: 'Je eerdere aanmelding kan niet meer zonder jou worden verlengd.',
      unreachable: 'De aanmeldservice van Microsoft was niet bereikbaar.',
      unexpected: 'Aanmelden is om een onverwachte reden mislukt.',
      unknownCloud: 'Dit is niet een van de vermelde Microsoft-clouds.',
      otherTenantNamed:
        'Microsoft heeft je aangemeld bij een andere tenant dan die je opgaf. Er is niets gewijzigd; controleer de tenant en meld je opnieuw aan.',
      noAccount: 'Microsoft gaf geen account terug voor deze aanmelding.',
    },
    setup: {
      checksFirst:
        'De controles zijn nog niet uitgevoerd: voer ze eerst uit, met de HelloID-URL en het geheim.',
      checksFailed: 'De controles moeten slagen voordat de assistent iets wijzigt.',
      noUser: 'Er bestaat geen gebruiker “{{user}}” in deze tenant.',
      noGroup: 'Er bestaat geen groep “{{group}}” in deze tenant.',
      groupAmbiguous:
        'Er zijn meerdere groepen met de naam “{{group}}”. Gebruik in plaats daarvan de object-id van de groep.',
      hostNotSaved: 'Sla eerst de HelloID-URL op; deze host is niet de opgeslagen host.',
      nothingToRemove:
        'De assistent heeft in deze tenant geen eigen app gevonden. Voer de controles opnieuw uit om te zoeken.',
      otherWindow:
        'Een ander venster of een andere opdracht wijzigt de tenant van deze klant op dit moment. Laat dat afmaken en probeer het dan opnieuw.',
      galleryLookAlikes:
        'Meerdere apps in de galerie met inrichting lijken op “{{name}}”: {{names}}. De assistent gokt niet welke van HelloID is.',
      galleryLookAlikesFix:
        'Open in het Entra-beheercentrum Bedrijfstoepassingen › Nieuwe toepassing, zoek op HelloID en laat het HelloID-team weten welke app van hen is.',
      setUpFirst:
        'De inrichting is nog niet ingesteld; stel die eerst in, daarna kun je een gebruiker testen.',
    },
    choices: {
      template: 'De HelloID-app in de galerie is onbekend. Voer de controles opnieuw uit.',
      appName: 'Geef de app een naam van 1 tot {{max}} tekens, zonder regeleinden of onzichtbare tekens.',
      email: 'Het e-mailadres voor meldingen is geen geldig e-mailadres.',
      assignment: 'Een gebruiker of groep om toe te wijzen is leeg, te lang of bevat onzichtbare tekens.',
      reuseId: 'De app om te hergebruiken heeft geen geldige object-id.',
    },
    apply: {
      unexplained401:
        'Entra weigerde het inrichtingsverzoek zonder te zeggen waarom (401 UnknownError). Dat gebeurt als het aangemelde account geen rol Toepassingsbeheerder of Cloudtoepassingsbeheerder heeft, of zolang Entra een nieuwe app nog aan het verwerken is. Controleer de rol en voer de installatie over een paar minuten opnieuw uit.',
      forbidden:
        'Entra weigerde de wijziging (403{{code}}). Het aangemelde account heeft de rol Toepassingsbeheerder of Cloudtoepassingsbeheerder nodig, en de assistent heeft toestemming van een beheerder nodig.',
      noSetUpRole:
        'Je account heeft geen actieve rol waarmee je inrichting kunt instellen, dus er is niets gewijzigd. Vraag om Toepassingsbeheerder of Cloudtoepassingsbeheerder (activeer de rol eerst als hij in Privileged Identity Management voor je beschikbaar is) en meld je dan opnieuw aan.',
      appUnconfirmed:
        'Entra heeft niet bevestigd of de HelloID-app is gemaakt, en hij is nog niet verschenen. Verder is er niets gewijzigd. Voer de installatie over een paar minuten opnieuw uit: de assistent vindt de app als hij is gemaakt.',
      notFromGallery:
        'De gekozen app “{{app}}” is niet gemaakt van de HelloID-app in de galerie en kan dus niet naar HelloID inrichten. Er is niets gewijzigd.',
      appWithoutIds: 'Entra gaf een app zonder id’s terug.',
      noServicePrincipalYet:
        'De HelloID-app is gemaakt, maar de service-principal is nog niet verschenen. Voer de installatie over een paar minuten opnieuw uit.',
      noTemplateYet:
        'De HelloID-app heeft nog geen inrichtingssjabloon. Voer de installatie over een paar minuten opnieuw uit.',
      jobWithoutId: 'Entra maakte een taak zonder id.',
      noUserRole:
        'De HelloID-app heeft geen rol die gebruikers inricht (alleen Default Access). Wijs gebruikers in het portal toe met de rol User.',
      assignRefused: '{{name}} kon niet aan HelloID worden toegewezen ({{status}}).',
      assignKeptRefusing_one:
        'Entra bleef {{count}} toewijzing voorlopig weigeren. Voer de installatie over een paar minuten opnieuw uit.',
      assignKeptRefusing_other:
        'Entra bleef {{count}} toewijzingen voorlopig weigeren. Voer de installatie over een paar minuten opnieuw uit.',
      noUserMapping:
        'Het inrichtingsschema van HelloID heeft niet de verwachte gebruikerskoppeling, dus de extra koppelingen zijn niet toegevoegd. Voeg ze met de hand toe onder Koppelingen.',
    },
    // Het antwoord van Microsoft Graph rond de eigen tekst van Graph (zoals gegeven, gemaskeerd op een gedeeld scherm).
    graph: {
      answered: 'Microsoft Graph antwoordde {{answer}}.',
      answeredWith: 'Microsoft Graph antwoordde {{answer}}: “{{text}}”',
      noAnswer: 'Microsoft Graph gaf geen antwoord.',
      timeout_one: 'Microsoft Graph antwoordde niet binnen {{count}} seconde.',
      timeout_other: 'Microsoft Graph antwoordde niet binnen {{count}} seconden.',
      unreachable: 'Microsoft Graph was niet bereikbaar ({{text}}).',
      otherHost: 'Microsoft Graph gaf een link naar een andere host; de assistent is die niet gevolgd.',
      lookup: 'Microsoft Graph antwoordde {{answer}} op een opzoekvraag.',
      batchLimit:
        'De assistent zette {{size}} verzoeken in één batch naar Microsoft Graph, die er hoogstens 20 aanneemt. Er is niets verstuurd.',
    },
    // De verbindingstest (Test Connection) van Entra tijdens een run.
    connection: {
      assistantRefused:
        'De assistent mag de verbinding van deze app niet testen: Entra weigerde dat, en weigerde ook het lezen van de inrichtingstaak. HelloID is niets gevraagd.',
      assistantRefusedFix:
        'Meld je aan met een account met de rol Toepassingsbeheerder of Cloudtoepassingsbeheerder, en zorg dat een beheerder toestemming gaf voor Synchronization.ReadWrite.All voor de assistent; test daarna opnieuw.',
      helloIdRefused: 'HelloID weigerde de URL of de Secret.',
      newSecret:
        'Open in HelloID Directory › Azure AD, klik op New Secret en gebruik de URL en de Secret die daar staan.',
      failed: 'De verbindingstest is mislukt.',
    },
    // Wat er mis was met een verzoek, zoals de controles van het contract het vinden.
    input: {
      value: 'Deze waarde heeft niet de verwachte vorm.',
      field: 'Het verzoek “{{operation}}” is geweigerd: {{field}} heeft niet de verwachte vorm.',
      cloud: 'Inrichting via Entra is niet beschikbaar in de cloud {{cloud}}.',
      stepId: 'Een stap-id bestaat alleen uit kleine letters, cijfers en streepjes.',
      tenant:
        'Vul het domein van de tenant in (bijvoorbeeld contoso.onmicrosoft.com) of de tenant-id, of laat dit leeg.',
      tenantRequired:
        'Vul het domein van de tenant in (bijvoorbeeld contoso.onmicrosoft.com) of de tenant-id.',
      customerName:
        'Geef de klant een naam, zodat de aanmelding gescheiden blijft van die van andere klanten.',
      customerNameLong: 'De naam van een klant is hoogstens 80 tekens. Maak hem korter.',
      customerId: 'Een klant-id bestaat alleen uit kleine letters, cijfers, streepjes en _.',
      email: 'Vul één e-mailadres in, of laat dit leeg.',
      previewFirst: 'Bekijk eerst de wijzigingen.',
      clientId: 'De toepassings-id (client-id) is een GUID, zoals 00001111-aaaa-2222-bbbb-3333cccc4444.',
      clientIdOrEmpty:
        'De toepassings-id (client-id) is een GUID, zoals 00001111-aaaa-2222-bbbb-3333cccc4444. Laat dit leeg voor de standaard.',
      updateFeed:
        'Het updateadres is een gewoon https-adres, zonder gebruikersnaam, wachtwoord, query of fragment.',
    },
    // Wat er mis is met een tenant zoals ingetypt (een domein dat de tenant heeft geverifieerd, of de id).
    tenantHint: {
      empty: 'Het is leeg.',
      tooLong: 'Het is langer dan een domeinnaam kan zijn.',
      webAddress: 'Het is een webadres: laat https:// en een eventueel pad weg.',
      account: 'Het is een account: houd alleen het deel na de @ over.',
      space: 'Er staat een spatie in.',
      partialId: 'Het lijkt op een tenant-id, maar is niet compleet (8-4-4-4-12 hexadecimale tekens).',
      noDot: 'Er staat geen punt in, dus het is geen volledige domeinnaam.',
      notDomain:
        'Het is geen geldige domeinnaam (letters, cijfers en streepjes tussen punten, eindigend op een naam zoals .com).',
    },
    // De eigen weigeringen van de hosts (alleen in oefenmodus, verzoeken aan de lokale host).
    host: {
      practiceTiming: 'Oefentiming bestaat alleen in de oefenmodus.',
      practiceHelloId: 'De oefen-HelloID bestaat alleen in de oefenmodus.',
      reportDownloads: 'Opslaan in een gekozen map kan in de desktop-app; hier wordt het rapport gedownload.',
      unknownOperation: 'Onbekende bewerking “{{operation}}”.',
      tooLarge: 'Het verzoek is te groot.',
      notJson: 'De inhoud van het verzoek is geen geldige JSON.',
    },
    report: {
      signInFirst: 'Meld je eerst aan voor de klant; het rapport wordt uit hun tenant gelezen.',
    },
  },
  // Wat de opdrachtregel rond de woorden van de services afdrukt (de --language).
  cli: {
    step: '[stap {{number}}]',
    signedIn: 'Aangemeld als {{user}} (tenant {{tenant}}).',
    signInFailed: 'Aanmelden mislukt: {{error}}',
    log: 'Logboek: {{path}}',
    report: 'Overdrachtsrapport: {{path}}',
    reportFailed: 'Het overdrachtsrapport kon niet worden gemaakt: {{error}}',
    failed: 'Mislukt: {{error}}',
    practiceSecret: 'Er wordt een nieuwe URL en Secret van de gesimuleerde HelloID gebruikt.',
    noSetup:
      'Voor deze klant is nog geen installatie vastgelegd. Voer eerst apply uit (of geef --customer mee).',
    restartAsk: 'De inrichting van de HelloID-app opnieuw starten (heft de quarantaine op)?',
    notRestarted: 'Er is niets opnieuw gestart (geef --yes mee om te bevestigen in scripts).',
    restarted: 'Inrichting opnieuw gestart.',
    hostNotSent:
      'De HelloID-URL is geen helloid.com-adres, dus de Secret is niet verstuurd. Controleer de URL; alleen als dit echt jouw HelloID is, voer je de opdracht opnieuw uit met --allow-unrecognised-host.',
    preflightFailed: 'De controle vooraf vond problemen (✖ hierboven). Er is niets gewijzigd.',
    stoppedBeforeChange: 'Gestopt voordat er iets veranderde: {{error}}',
    stopped: 'Gestopt: {{error}}',
    planned: 'Geplande wijzigingen:',
    chooseApp: 'Kies de HelloID-app met --reuse ID (een van de id’s hierboven). Er is niets gewijzigd.',
    fingerprint:
      'Vingerafdruk van het plan: {{fingerprint}}. Wil je later precies deze wijzigingen maken, voer dan apply uit met dezelfde opties en --plan-fingerprint {{fingerprint}}.',
    applyAsk: 'Deze wijzigingen in de tenant maken?',
    notApplied: 'Er is niets gewijzigd (geef --yes mee om te bevestigen in scripts).',
    applied: 'Installatie uitgevoerd.',
    noCustomers: 'Nog geen klanten. Elke opdracht met --customer NAAM voegt er een toe.',
    // --help: de opdrachten, de belangrijkste opties en elke afsluitcode.
    help: {
      usage: 'Gebruik: helloid-entra-setup <opdracht> [opties]',
      commands: 'Opdrachten:',
      preflight: 'alleen-lezen controles van de tenant en van de HelloID-URL en Secret',
      plan: 'laat de wijzigingen zien die apply zou maken, met de vingerafdruk van het plan',
      apply:
        'maakt de wijzigingen (vraagt eerst; --yes in scripts); --wait volgt de eerste cyclus; --plan-fingerprint HEX verandert niets tenzij de tenant nog steeds dat plan geeft',
      status: 'hoe de inrichtingstaak ervoor staat, en wat je oplost als hij niet gezond is',
      restart:
        'start de inrichting opnieuw na een oplossing (heft een quarantaine op); --wait volgt de volgende cyclus',
      testUser: 'richt één gebruiker (--user upn) op aanvraag in en legt de uitkomst uit',
      rollback: 'verwijdert de HelloID-app en de taak die deze assistent heeft gemaakt',
      appRegistration:
        'laat een eigen app-registratie om mee aan te melden zien en maakt die daarna (vraagt eerst; --yes in scripts), en toont de link voor beheerderstoestemming en de --client-id om te gebruiken',
      customers:
        'toont de klanten in de gegevensmap (de lijst van de app als --data-dir naar die map wijst): naam, tenant, cloud, HelloID-portal, en hoe de laatste run ervoor staat en wanneer',
      options:
        'Veelgebruikte opties: --tenant, --customer, --scim-url, --secret-env NAAM, --assign, --wait, --json, --yes, --simulate, --client-id GUID, --helloid-portal URL (bewaard in het profiel van de klant), --report BESTAND (apply en status: schrijft het overdrachtsrapport als HTML; de CLI maakt geen pdf — open de HTML in een browser en druk hem af, of gebruik Opslaan als pdf in de desktop-app), --language en|nl (de taal van de uitvoer en het rapport; zonder deze optie de landinstelling van de terminal). De README noemt ze allemaal.',
      exitCodes: 'Afsluitcodes:',
      exit: {
        ok: 'klaar; bij status, apply --wait en restart --wait: de eerste cyclus is voltooid en de taak is gezond',
        failed: 'een controle is mislukt, of de opdracht kon niet worden afgerond',
        usage: 'onjuiste opdrachtregel',
        signIn: 'aanmelden is mislukt of geannuleerd',
        notConfirmed: 'wijzigingen niet bevestigd (geen --yes en geen terminal om het te vragen)',
        timedOut: 'de eerste cyclus is nog niet voltooid (loopt nog, tot nu toe niets mis)',
        unhealthy:
          'de inrichtingstaak heeft aandacht nodig: quarantaine, een mislukte of gepauzeerde eerste run, gebruikers die niet konden worden ingericht, of inrichting staat niet aan; de uitvoer zegt hoe je het oplost',
      },
    },
    // Een opdrachtregel die niet kan draaien: wat er mis is en wat je in plaats daarvan typt. Waarden worden nooit
    // herhaald waar het een verkeerd geplakte Secret kan zijn.
    usage: {
      secretOnCommandLine:
        'De HelloID-Secret wordt nooit op de opdrachtregel aangenomen (hij zou in de shellgeschiedenis en proceslijsten blijven staan). Zet hem in een omgevingsvariabele en geef de naam daarvan mee met --secret-env NAAM.',
      unknownOption: 'Onbekende optie {{option}}. Voer de opdracht uit met --help om de opties te zien.',
      notAnOption:
        'Een argument begint met - maar is geen optie (niet getoond, voor het geval het een Secret is).',
      badValue:
        'Een optie mist haar waarde of heeft er een die ze niet aanneemt (waarden worden niet getoond, voor het geval er een Secret tussen zit).',
      command: 'Noem een opdracht: {{commands}}.',
      extraArgument:
        'Onverwacht extra argument na “{{command}}” (niet getoond, voor het geval het een Secret is). Opties beginnen met --.',
      tenant:
        '--tenant: {{problem}} Geef een domein dat de tenant heeft geverifieerd (bijvoorbeeld contoso.onmicrosoft.com) of de tenant-id (een GUID).',
      assign:
        '--assign {{value}}: gebruik een user principal name (user@contoso.com), een gebruikers-id of group:Naam.',
      mappings: '--mappings {{value}}: kies uit employeeId, manager.',
      waitMinutes: '--wait-minutes heeft een positief getal nodig.',
      secretEnv: '--secret-env neemt de NAAM van een omgevingsvariabele aan, niet de Secret zelf.',
      planFingerprint: '--plan-fingerprint neemt de vingerafdruk van 64 tekens aan die plan liet zien.',
      reportCommand: '--report BESTAND hoort bij apply of status.',
      reportFile: '--report heeft een bestandsnaam nodig, bijvoorbeeld --report overdracht.html.',
      language: '--language: kies uit {{languages}} (de taal van de uitvoer en van het overdrachtsrapport).',
      simulateTwice: 'Gebruik --simulate of --simulator <url>, niet allebei.',
      simulatorCa: '--simulator-ca: er is geen bestand op {{path}}. Geef het caCert-pad van de simulator.',
      simulatorCaLost: 'De ingebouwde simulator heeft zijn CA nodig; voer de CLI opnieuw uit.',
      simulatorLocal: '--simulator neemt alleen een simulator op deze computer aan (127.0.0.1).',
      secretEnvUnset: 'De omgevingsvariabele {{name}} is niet ingesteld. Zet de HelloID-Secret er eerst in.',
      helloIdNeeded: 'Geef de HelloID-URL met --scim-url en de Secret via --secret-env NAAM.',
      helloIdPortal: '--helloid-portal: {{problem}}',
      cloud: '--cloud {{cloud}}: kies uit {{clouds}}.',
      testUser: 'test-user heeft --user user@contoso.com nodig.',
    },
    // `app-registration`: de eigen app-registratie, zoals de tenant die heeft of zal hebben.
    registration: {
      create: 'Deze app-registratie wordt gemaakt:',
      differs: 'De app-registratie bestaat maar wijkt af ({{differences}}); dit wordt ingesteld:',
      exists: 'De app-registratie bestaat:',
      design: '{{name}}, {{audience}}, omleiding {{redirects}}',
      publicClient: 'openbare clientstromen toegestaan',
      permissions: 'gedelegeerde Microsoft Graph-machtigingen: {{permissions}}',
      ask: 'Aanmaken of bijwerken in de tenant?',
      appId: 'Toepassings-id (client-id): {{appId}}',
      approved:
        'Een beheerder heeft toestemming gegeven. Meld je ermee aan: --client-id {{appId}} (of HELLOID_SETUP_CLIENT_ID).',
      approveFirst: 'Een beheerder moet eerst toestemming geven: {{url}}',
    },
  },
  customers: {
    problem: {
      gone: 'Deze klant staat niet meer in de lijst.',
      busy: 'De assistent is bezig met de tenant van deze klant. Wacht tot hij klaar is.',
      noPortal: 'Vul eerst het adres van de HelloID-portal van de klant in.',
      notAnId: 'Dit is geen klant-id.',
      duplicate: 'Er is al een klant die “{{name}}” heet. Kies een andere naam.',
    },
    menu: 'Klant: {{name}}',
    none: 'Kies een klant',
    unnamed: 'Nieuwe klant (nog zonder naam)',
    heading: 'Klanten',
    intro:
      'Elke klant houdt op deze computer een eigen aanmelding, eigen HelloID-adressen, een eigen logboek en een eigen plek in de stappen.',
    name: 'Klant',
    tenant: 'Tenant',
    cloud: 'Cloud',
    helloIdPortal: 'HelloID-portal',
    lastRun: 'Laatste run',
    noRun: 'Nog geen run',
    anyTenant: 'Elke',
    notSet: 'Niet ingesteld',
    open: 'Openen',
    opened: 'Nu open',
    forget: 'Vergeten…',
    rename: 'Naam wijzigen…',
    renameTitle: '{{name}} een andere naam geven',
    renameLabel: 'Nieuwe naam',
    renameHint:
      'Zoals jij de klant noemt, hoogstens 80 tekens. Alleen de naam in deze lijst verandert: de aanmelding, het logboek en de plek in de stappen blijven, en in de tenant verandert niets.',
    renameConfirm: 'Naam wijzigen',
    add: 'Klant toevoegen',
    addHeading: 'Een klant toevoegen',
    nameHint: 'Zoals je ze noemt, bijvoorbeeld Contoso bv.',
    tenantHint: 'Hun domein (contoso.onmicrosoft.com) of tenant-id. Niet verplicht.',
    portalHint:
      'Hun HelloID-adres, bijvoorbeeld https://contoso.helloid.com. Niet verplicht; je vult het één keer in.',
    close: 'Sluiten',
    empty:
      'Nog geen klanten. Voeg er een toe, of meld je aan bij stap 3: de naam die je daar opgeeft, wordt als klant bewaard.',
    run: {
      completed: 'Eerste cyclus voltooid',
      'needs-attention': 'Aandacht nodig',
      'in-progress': 'Bezig',
    },
    runAt: '{{state}} · {{when}}',
    forgetTitle: '{{name}} vergeten?',
    forgetBody:
      'Dit verwijdert van deze computer: de aanmeldtokens, het logboek van wat de assistent deed, de plek in de stappen en de instellingen (tenant, HelloID-adressen) van {{name}}. In hun tenant en in HelloID verandert niets.',
    forgetActive: 'Je bent nu voor deze klant aangemeld: je wordt eerst afgemeld.',
    forgetConfirm: 'Deze klant vergeten',
    forgotten: '{{name}} is vergeten: {{removed}} verwijderd van deze computer.',
    kinds: {
      tokens: 'aanmeldtokens',
      journal: 'logboek',
      progress: 'plek in de stappen',
      profile: 'instellingen',
      other: 'andere bestanden',
    },
  },
  openHelloId: {
    button: 'HelloID openen',
    portalLabel: 'HelloID-portal van de klant',
    portalHint: 'Eén keer per klant, bijvoorbeeld https://contoso.helloid.com.',
    save: 'Opslaan',
    needCustomer: 'Open of voeg een klant toe (boven de stappen) om het HelloID-adres te bewaren.',
    confirmTitle: '{{host}} openen?',
    confirmBody:
      '“{{host}}” is geen helloid.com-adres. Open het alleen als je zeker weet dat het de HelloID van deze klant is; nagemaakte adressen zijn een bekende truc.',
    confirm: 'Ja, openen',
    simulated:
      'Oefenmodus: deze HelloID wordt door de assistent op deze computer nagebootst en heeft geen beheerportaal om te openen. Bij een echte klant opent de knop ‘HelloID openen’ hier het HelloID-beheerdashboard van de klant.',
  },
  report: {
    button: 'Overdrachtsrapport',
    heading: 'Overdrachtsrapport',
    making: 'Tenant wordt gelezen…',
    saveHtml: 'Opslaan als HTML…',
    savePdf: 'Opslaan als pdf…',
    saveDialogTitle: 'Overdrachtsrapport opslaan',
    // De naam van het opgeslagen bestand: alleen letters, cijfers, spaties en streepjes, veilig op elk bestandssysteem.
    fileName: 'HelloID-overdracht - {{customer}} - {{date}}.html',
    fileNameCustomer: 'klant',
    fileKindPdf: 'Pdf-document',
    fileKindHtml: 'Webpagina',
    downloadHtml: 'HTML downloaden',
    print: 'Afdrukken of als pdf opslaan',
    close: 'Sluiten',
    saved: 'Opgeslagen: {{path}}',
    masked: 'Presentatiemodus: klantgegevens zijn hier verborgen; het opgeslagen bestand bevat ze wel.',
    title: 'Overdracht HelloID-inrichting',
    subtitle: 'Microsoft Entra ID → automatische inrichting van HelloID (SCIM)',
    generated: 'Gemaakt op {{when}}',
    customerHeading: 'Klant',
    customer: 'Klant',
    tenant: 'Tenant',
    tenantId: 'Tenant-id',
    cloud: 'Microsoft-cloud',
    helloIdPortal: 'HelloID-portal',
    helloIdUrl: 'HelloID-URL (Tenant-URL in Entra)',
    signedInHeading: 'Wie het heeft ingericht',
    signedInAs: 'Aangemeld als',
    signedInAt: 'Aangemeld',
    createdHeading: 'Wat er in Entra is ingericht',
    appName: 'Bedrijfstoepassing',
    servicePrincipalId: 'Object-id (service-principal)',
    appId: 'Toepassings-id (client)',
    applicationId: 'Object-id van de toepassing',
    jobId: 'Id van de inrichtingstaak',
    createdAt: 'Gemaakt',
    madeBy: 'Gemaakt door',
    madeByAssistant: 'deze assistent',
    madeBySomeoneElse: 'iemand anders; de assistent gebruikte hem zoals gekozen',
    noApp: 'Er is in deze tenant nog geen HelloID-bedrijfstoepassing ingericht.',
    settingsHeading: 'Instellingen',
    scope: 'Bereik',
    scopeAssigned: 'Alleen toegewezen gebruikers en groepen synchroniseren',
    scopeUnknown: 'Niet door deze assistent opgeslagen; zie Inrichting › Instellingen in Entra',
    mappings: 'Extra kenmerktoewijzingen',
    mappingEmployeeId: 'employeeId → employeeId',
    mappingManager: 'manager → manager.id',
    mappingsNone: 'Geen (alleen de standaardtoewijzingen van HelloID)',
    mappingsUnknown: 'Kon niet uit Entra worden gelezen',
    notificationEmail: 'E-mail voor meldingen',
    notificationNone: 'Hier niet bekend (Entra toont het niet terug); zie Inrichting › Instellingen',
    testHeading: 'Verbinding testen',
    testPassed: 'Geslaagd ({{when}})',
    testPassedSaved: 'Geslaagd toen de referenties werden opgeslagen ({{when}})',
    testFailed: 'Mislukt ({{when}}): {{detail}}',
    testNotChecked: 'Niet gecontroleerd',
    assignmentsHeading: 'Toegewezen gebruikers en groepen',
    assignmentsNone: 'Niemand is toegewezen: er komt niets in HelloID tot iemand is toegewezen.',
    assignee: 'Naam',
    type: 'Type',
    id: 'Id',
    cycleHeading: 'Eerste inrichtingscyclus',
    cycleCompleted: 'Eerste cyclus voltooid',
    cycleWaiting: 'Nog bezig',
    cycleProblem: 'Aandacht nodig',
    users: 'Gebruikers in HelloID',
    groups: 'Groepen in HelloID',
    exported: 'Wijzigingen verstuurd in de laatste cyclus',
    escrowed: 'Gebruikers of groepen die in de laatste cyclus mislukten',
    lastCycleEnded: 'Laatste cyclus klaar',
    statusCode: 'Status in Entra',
    warningsHeading: 'Openstaande waarschuwingen',
    warningsNone: 'Geen.',
    warnEscrowed:
      'Sommige gebruikers of groepen mislukten in de laatste cyclus; de inrichtingslogboeken in Entra zeggen waarom.',
    nextHeading: 'Volgende stappen voor {{customer}}',
    nextAssign:
      'Wil je meer mensen HelloID geven? Wijs ze (of hun groep) toe aan de bedrijfstoepassing “{{app}}” onder Gebruikers en groepen in Entra. HelloID krijgt ze in de volgende cyclus, ongeveer elke 40 minuten.',
    nextLogs:
      'Komt iemand niet in HelloID aan? Open Inrichtingslogboeken in Entra en filter op de toepassing “{{app}}”: daar staat waarom.',
    nextSecret:
      'Drukt iemand in HelloID op New Secret (Directory › Azure AD)? Zet dan het nieuwe secret in Entra onder Inrichting › Beheerdersreferenties, druk op Verbinding testen en Opslaan, en daarna op Inrichting opnieuw starten. Tot dan komt er niets in HelloID.',
    nextNotify: 'Entra mailt {{email}} als de inrichting mislukt.',
    nextNotifyNone:
      'Stel een e-mailadres voor meldingen in onder Inrichting › Instellingen in Entra, zodat iemand hoort wanneer de inrichting mislukt.',
    nextWaiting:
      'De eerste cyclus loopt nog. Met veel gebruikers duurt dat minuten tot uren; kijk bij Inrichting in Entra of er “Initial cycle completed” staat.',
    nextSetup: 'Rond eerst de inrichting af: er bestaat in deze tenant nog geen HelloID-bedrijfstoepassing.',
    linksHeading: 'Openen in het Entra-beheercentrum',
    linkOverview: 'Bedrijfstoepassing',
    linkProvisioning: 'Inrichting',
    linkUsers: 'Gebruikers en groepen',
    linkLogs: 'Inrichtingslogboeken',
    linksPractice:
      'Geen: deze tenant wordt door de oefenmodus van de assistent nagebootst, dus het Entra-beheercentrum heeft er geen pagina’s voor. Bij een echte klant staan hier links naar de pagina’s van de app daar.',
    footer: 'Gemaakt door de HelloID Entra-assistent. Dit rapport bevat geen secrets en geen aanmeldtokens.',
  },
  steps: {
    'helloid-open-azure-ad': {
      title: 'Open Directory › Azure AD in HelloID',
      body: 'Open in de HelloID-beheerportal het menu Directory en kies Azure AD. Op die pagina staan de verbindingsgegevens die Entra nodig heeft.',
      byHand: ['Open het menu Directory.', 'Kies Azure AD.'],
    },
    'helloid-new-secret': {
      title: 'Maak een nieuw geheim in HelloID',
      body: 'Klik op New Secret. HelloID vult een URL en een Secret in. Laat deze pagina open: je plakt beide waarden in de assistent. Een nieuw geheim vervangt het oude, dus een verbinding die al loopt moet ook worden bijgewerkt.',
      byHand: [
        'Klik op New Secret. HelloID vult de URL en de Secret in.',
        'Kopieer de URL met de kopieerknop ernaast.',
        'Kopieer de Secret met de kopieerknop ernaast. Bewaar beide voor de stappen in Azure.',
      ],
    },
    'azure-sign-in': {
      title: 'Meld je aan bij de Microsoft Entra-tenant van de klant',
      body: 'Meld je aan met een account dat Toepassingsbeheerder, Cloudtoepassingsbeheerder of Globale beheerder is in de tenant van de klant. De assistent opent de aanmeldpagina in je browser; in deze app typ je niets.',
      byHand: [
        'Open https://entra.microsoft.com en vul een beheerdersaccount van de tenant van de klant in.',
        'Klik op Volgende en rond het aanmelden af.',
      ],
    },
    'azure-open-entra': {
      title: 'Open Microsoft Entra ID',
      body: 'Open in het Microsoft Entra-beheercentrum in het linkermenu Entra ID. De assistent controleert hier in plaats daarvan je rollen en de licenties van de tenant.',
      byHand: ['Klik in het linkermenu op Entra ID.'],
    },
    'azure-enterprise-apps': {
      title: 'Ga naar Bedrijfstoepassingen',
      body: 'Open onder Entra ID de optie Bedrijfstoepassingen. De assistent zoekt naar een bestaande HelloID-app, zodat die nooit twee keer wordt gemaakt.',
      byHand: ['Klik onder Entra ID op Bedrijfstoepassingen.'],
    },
    'azure-new-application': {
      title: 'Begin een nieuwe toepassing',
      body: 'Klik op Nieuwe toepassing om de Microsoft Entra-appgalerie te openen.',
      byHand: ['Klik op Nieuwe toepassing.'],
    },
    'azure-search-helloid': {
      title: 'Zoek HelloID in de galerie',
      body: 'Typ HelloID in het zoekvak. De assistent vindt de galerievermelding die automatische inrichting ondersteunt.',
      byHand: ['Typ HelloID in het zoekvak van Bladeren in Microsoft Entra-galerie.'],
    },
    'azure-select-helloid': {
      title: 'Kies de tegel HelloID',
      body: 'Klik in de resultaten op de tegel HelloID. Kies die van HelloID zelf, niet een app met een vergelijkbare naam.',
      byHand: ['Klik in de resultaten op de tegel HelloID.'],
    },
    'azure-create-app': {
      title: 'Maak de HelloID-bedrijfstoepassing',
      body: 'Klik op Maken en wacht tot de app opent. Entra heeft even nodig voordat de nieuwe app kan worden ingesteld; de assistent wacht daarop.',
      byHand: [
        'Houd de naam HelloID aan, of typ de naam die je organisatie gebruikt.',
        'Klik op Maken en wacht tot de app opent.',
      ],
    },
    'azure-open-provisioning': {
      title: 'Open Inrichting',
      body: 'Klik in het menu Beheren van de nieuwe app op Inrichting.',
      byHand: ['Klik in het menu Beheren van de app op Inrichting.'],
    },
    'azure-get-started': {
      title: 'Klik op Aan de slag',
      body: 'Klik op Aan de slag om met het instellen van de inrichting te beginnen.',
      byHand: ['Klik op Aan de slag.'],
    },
    'azure-mode-automatic': {
      title: 'Zet Inrichtingsmodus op Automatisch',
      body: 'Zet Inrichtingsmodus op Automatisch. Daarmee ontstaat de inrichtingstaak die gebruikers en groepen naar HelloID stuurt.',
      byHand: ['Zet Inrichtingsmodus op Automatisch.'],
    },
    'azure-tenant-url': {
      title: 'Vul de HelloID-URL in als Tenant-URL',
      body: 'Kopieer de URL uit HelloID en plak hem in Tenant-URL. Hij moet met https:// beginnen en mag geen spaties bevatten.',
      byHand: ['Open Beheerdersreferenties.', 'Plak de URL uit HelloID in Tenant-URL.'],
    },
    'azure-secret-token': {
      title: 'Vul het HelloID-geheim in als Geheim token',
      body: 'Kopieer de Secret uit HelloID en plak die in Geheim token. Plak alleen het geheim zelf, zonder “Bearer” of spaties. Het blijft verborgen op het scherm.',
      byHand: ['Plak de Secret uit HelloID in Geheim token.'],
    },
    'azure-test-connection': {
      title: 'Test de verbinding',
      body: 'Klik op Verbinding testen. Bij succes meldt Entra dat de opgegeven referenties gemachtigd zijn om inrichting in te schakelen. Mislukt het, controleer dan de URL en maak een nieuw geheim in HelloID.',
      byHand: [
        'Klik op Verbinding testen.',
        'Wacht op de melding dat de opgegeven referenties gemachtigd zijn om inrichting in te schakelen.',
      ],
    },
    'azure-save-credentials': {
      title: 'Sla de verbinding op',
      body: 'Klik op Opslaan. Daarna synchroniseert de inrichting alleen de gebruikers en groepen die je aan de app toewijst.',
      byHand: ['Klik bovenaan de pagina op Opslaan.'],
    },
    'azure-optional-mappings': {
      title: 'Optioneel: toewijzingen voor employeeId en manager toevoegen',
      body: 'Alleen als HelloID ze nodig heeft: voeg employeeId toe als apps voor eenmalige aanmelding erop steunen (Access Management), en manager.id als productaanvragen goedkeuring van de manager nodig hebben en HelloID geen inrichtingsdoel is (Service Automation). Deze waarden komen bij de volgende wijziging van een gebruiker in HelloID aan, niet als de gebruiker voor het eerst wordt gemaakt.',
      byHand: [
        'Open Toewijzingen en klik op Microsoft Entra ID-gebruikers inrichten.',
        'Klik op Nieuwe toewijzing toevoegen; kies employeeId (of manager) als bronkenmerk en hetzelfde HelloID-kenmerk als doel, en klik op OK.',
        'Klik op Opslaan.',
      ],
    },
    'azure-provisioning-on': {
      title: 'Zet Inrichtingsstatus aan',
      body: 'Zet de schakelaar Inrichtingsstatus op Aan.',
      byHand: ['Open Instellingen.', 'Zet Inrichtingsstatus op Aan.'],
    },
    'azure-save-provisioning': {
      title: 'Sla op om de inrichting te starten',
      body: 'Klik op Opslaan. Kort daarna begint de eerste inrichtingscyclus.',
      byHand: ['Klik bovenaan de pagina op Opslaan.'],
    },
    'azure-assign-users': {
      title: 'Wijs gebruikers en groepen toe',
      body: 'Open Entra ID › Bedrijfstoepassingen › HelloID › Gebruikers en groepen en wijs iedereen toe die HelloID nodig heeft. Wijs de rol User toe, niet Standaardtoegang. Voor groepen is Entra ID P1 of P2 nodig, en leden van geneste groepen worden niet gesynchroniseerd.',
      byHand: [
        'Open Gebruikers en groepen en klik op Gebruiker/groep toevoegen.',
        'Klik onder Gebruikers en groepen op Geen geselecteerd, kies de gebruikers en groepen en klik op Selecteren.',
        'Kies onder Selecteer een rol de rol User, niet Standaardtoegang.',
        'Klik op Toewijzen.',
      ],
    },
    'azure-initial-cycle': {
      title: 'Wacht op “Initiële cyclus voltooid”',
      body: 'Open Entra ID › Bedrijfstoepassingen › HelloID › Inrichting en vernieuw na een paar minuten. Staat er “Initiële cyclus voltooid”, dan staan de gebruikers en groepen in HelloID onder Directory › Users en Directory › Groups (filter op Azure AD).',
      byHand: [
        'Open Inrichting en klik na een paar minuten op Vernieuwen.',
        'Wacht tot de status “Initiële cyclus voltooid” toont.',
        'Controleer de aantallen gebruikers en groepen.',
      ],
    },
    'troubleshoot-one-user': {
      title: 'Als één gebruiker of groep niet synchroniseert',
      body: 'Richt die gebruiker op aanvraag in om elke stap van Entra te zien en waar het stopte, en lees dan de inrichtingslogboekvermeldingen van de gebruiker. De meest voorkomende oorzaken: niet toegewezen, toegewezen met Standaardtoegang, of alleen lid van een geneste groep.',
      byHand: [
        'Klik op Inrichten op aanvraag.',
        'Zoek de gebruiker die niet synchroniseert en selecteer die.',
        'Klik op Inrichten en open Details weergeven bij de stap die mislukte.',
        'Open Inrichtingslogboeken, filter op de gebruiker en lees de reden.',
      ],
    },
  },
}
