/**
 * English text for the whole product. Keys are grouped by area; step text lives under `steps.<id>`.
 * Written in our own words for people in a hurry: one idea per sentence, the next action first.
 */
export const en = {
  app: {
    title: 'HelloID Entra Setup Assistant',
    modeBrowser: 'Browser preview',
    modeDesktop: 'Desktop',
    progress: '{{done}} of {{total}} steps done',
    startOver: 'Start over',
    presentation: 'Presentation mode',
    presentationHint: 'Hides customer details (names, addresses, ids, URL paths) for screen-sharing.',
    holdToShow: 'Hold to show',
    holdToShowHint: 'Shows what you typed while you hold it down, to everyone who sees your screen.',
    darkMode: 'Dark',
    loading: 'Loading…',
    loadFailed:
      'This part of the assistant could not be loaded. If the assistant was updated while it was open, its files changed: reload to go on. Your place in the steps is kept.',
    reload: 'Reload',
    // Shown in English by design: it appears when the chosen language's own words failed to load.
    wordsMissing:
      'The words for {{language}} could not be loaded, so the assistant is shown in English. Reload the page to try once more.',
    dismiss: 'Dismiss',
    language: 'Language',
    noHost:
      'This page needs the assistant. Start the desktop app with {{start}}, or open the address that {{preview}} prints (it includes a one-time key).',
  },
  practice: {
    timing: 'Practice timing',
    timingHint:
      'Realistic: Entra’s waits as on a real tenant (the first cycle starts after 2 to 5 minutes). Fast: seconds, for a demo. Switching keeps everything done so far.',
    realistic: 'Practice: realistic',
    fast: 'Practice: fast',
  },
  updates: {
    check: 'Check for updates',
    idle: '',
    disabled: '',
    checking: 'Checking for updates…',
    'up-to-date': 'You have the latest version.',
    downloading: 'Downloading version {{version}}…',
    downloaded: 'Version {{version}} will be installed when you close the assistant.',
    error: 'Could not check for updates. The assistant works as it is; try again later.',
    notConfigured: 'Updates are not configured for this build.',
    invalidFeed:
      'Updates are off: the update address in {{setting}} is not a plain https address. The assistant works as it is.',
    feedSource: {
      environment: 'the environment variable HELLOID_SETUP_UPDATE_URL',
      'deployment-file': 'helloid-setup.config.json',
    },
  },
  phases: {
    helloid: 'HelloID',
    signIn: 'Sign in',
    createApp: 'Create app',
    connection: 'Connection',
    mappings: 'Mappings',
    turnOn: 'Turn on',
    assign: 'Assign',
    verify: 'Verify',
    troubleshoot: 'Troubleshoot',
  },
  handling: {
    automated: 'The assistant does this for you',
    guided: 'You do this; the assistant shows how',
    verified: 'The assistant checks this for you',
  },
  portals: {
    helloid: 'HelloID admin portal',
    azure: 'Microsoft Entra admin center',
  },
  wizard: {
    stepLabel: 'Step {{number}}',
    tipLabel: 'Tip',
    back: 'Back',
    next: 'Next',
    markDone: 'Mark done',
    markNotDone: 'Mark not done',
    stepsNav: 'Setup steps',
    graphCalls: 'Microsoft Graph calls for this step',
    actionBar: 'Step actions',
  },
  signIn: {
    heading: 'Sign in to the customer’s tenant',
    // The page the system browser shows when it returns from Microsoft's sign-in.
    browserPage: {
      done: 'You are signed in. Close this tab and return to the HelloID Entra Setup Assistant.',
      failed: 'Sign-in did not complete. Return to the HelloID Entra Setup Assistant for the next step.',
    },
    customer: 'Customer (optional)',
    customerHint:
      'Optional. Leave it empty to name the customer after their tenant once signed in. Each customer’s sign-in is kept apart.',
    tenant: 'Tenant (optional)',
    tenantHint: 'The customer’s domain or tenant id. Leave empty to sign in with any work account.',
    cloud: 'Microsoft cloud',
    simulatedCloud: 'Practice tenant (simulated)',
    noProvisioning: 'provisioning not available',
    askAll:
      'Ask for write access now as well (otherwise the assistant asks when it is about to make changes)',
    clientNote:
      'By default the assistant signs in as {{name}}, a Microsoft app that already exists in every tenant, so nothing has to be registered first; an administrator approves the permissions below once. A tenant may have disabled or restricted that app. Then use your organisation’s own app registration (Settings › app registration, below).',
    withBrowser: 'Sign in with browser',
    withCode: 'Sign in with a code on another device',
    waitingBrowser: 'Finish signing in in your browser…',
    waitingCode: 'Asking Microsoft for a sign-in code…',
    copyCode: 'Copy code',
    expiresIn: 'The code expires in {{minutes}}:{{seconds}}.',
    cancel: 'Cancel sign-in',
    signedInAs: 'Signed in as {{name}}',
    tenantId: 'Tenant id',
    granted: 'Granted access',
    memoryOnly:
      'This computer has no secure key store, so the sign-in is kept in memory only: you will sign in again after closing the assistant.',
    signOutForget: 'Sign out and forget this customer',
    readingRoles: 'Checking that this account can set up provisioning…',
    canSetUp: 'This account can set up provisioning.',
    notAdmin: {
      body: 'Setting up provisioning needs one of these roles, active now: Application Administrator, Cloud Application Administrator or Global Administrator.',
      pim: 'Is one of them eligible for you in Privileged Identity Management? Activate it there first (My roles › Activate), then sign out here and sign in again: a new sign-in carries the activated role.',
      other:
        'Or sign out and let an administrator of this tenant sign in. Without one of these roles you can still follow every step by hand.',
      signOut: 'Sign out to sign in again',
    },
    openAdminConsent: 'Open the admin approval page',
    copyAdminConsent: 'Copy the link for an administrator',
    scopesSummary: 'What the assistant asks for, and why',
    scopeColumn: 'Permission',
    roleColumn: 'Role it needs',
    whyColumn: 'Why',
    writeLater: 'asked before changes',
    errorTitle: {
      default: 'Sign-in did not work',
      SIGNIN_CANCELLED: 'Sign-in cancelled',
      SIGNIN_TIMED_OUT: 'Sign-in timed out',
      CONSENT_REQUIRED: 'Admin approval needed',
      APP_REGISTRATION_NOT_FOUND: 'App registration not found',
      APP_REGISTRATION_BLOCKED: 'App registration not allowed in this tenant',
      PERSONAL_ACCOUNT: 'Use a work account',
      CONDITIONAL_ACCESS_BLOCKED: 'Blocked by a Conditional Access policy',
      WRONG_TENANT: 'Wrong tenant',
      WRONG_CLOUD: 'Wrong Microsoft cloud',
      DEVICE_CODE_EXPIRED: 'The code expired',
      NOT_AN_ADMIN: 'This account cannot set up provisioning',
    },
  },
  registration: {
    problem: {
      permissionMissing:
        'Microsoft Graph in this tenant does not list the delegated permission {{permission}}, so the registration cannot ask for it. Nothing was created.',
      createFirst: 'Create the dedicated app registration first.',
      notApproved:
        'An administrator has not yet approved {{permissions}} for the new app registration in this tenant. Open the admin approval link, approve, then try again.',
    },
    summary: 'Create a dedicated app registration in this tenant',
    why: 'Instead of Microsoft Graph Command Line Tools, sign in with an app registration of your own in this tenant: a multi-tenant public client that asks for exactly the permissions the assistant uses, nothing more. The assistant shows what it will create first; an administrator then approves it once.',
    preview: 'Show what will be created',
    working: 'Reading the tenant…',
    willCreate: 'This will be created:',
    willFix: 'It exists but differs ({{what}}); this will be set:',
    exists: 'It exists in this tenant:',
    name: 'Name',
    audience: 'Who can sign in',
    redirect: 'Redirect URI (Mobile and desktop)',
    publicFlows: 'Public client flows allowed (for sign-in with a code)',
    permissions: 'Delegated Microsoft Graph permissions',
    appId: 'Application (client) id',
    create: 'Create it',
    fix: 'Set it right',
    needsConsent: 'Waiting for an administrator to approve its permissions.',
    switch: 'Check approval and use it',
    inUse:
      'Sign-in now uses this app registration (Settings › app registration). Sign out and sign in again to use it.',
    overridden: {
      flag: 'The --client-id option overrides Settings, so it stays in use until you start the assistant without it.',
      environment: 'HELLOID_SETUP_CLIENT_ID overrides Settings, so it stays in use until you unset it.',
    },
  },
  drawings: {
    title: 'Where to click: {{where}}',
    byHand: 'How to do it by hand',
  },
  screenshotPack: {
    open: 'Use your own screenshots…',
    title: 'Your organisation’s screenshots',
    what: 'Show your own screenshots instead of these drawings: a folder with a manifest.json that names an image for each step it replaces. Steps it does not name keep their drawing.',
    none: 'No screenshot pack: every step shows the assistant’s drawing.',
    source: {
      flag: 'Screenshot pack from the --screenshots option',
      settings: 'Screenshot pack chosen here',
      'beside-app': 'Screenshot pack shipped beside the assistant',
    },
    replaced_one: '{{count}} step shows your screenshot.',
    replaced_other: '{{count}} steps show your screenshots.',
    choose: 'Choose folder…',
    folder: 'Folder',
    use: 'Use this folder',
    clear: 'Stop using it',
    close: 'Close',
    hiddenWhilePresenting:
      'Your organisation’s screenshot is hidden while presenting (it may show customer names); the drawing stands in for it.',
    flagWins:
      'The --screenshots option overrides the folder chosen here until the assistant starts without it.',
    format:
      'Images must be PNG, JPEG or WebP, at most 5 MB each and 30 MB in all, inside the folder. The README and docs/screenshot-pack-example show the format.',
    problemTitle: 'Your screenshot could not be used here, so the drawing is shown',
    problem: {
      'folder-missing': 'The folder “{{folder}}” does not exist or cannot be read. Choose another folder.',
      'manifest-missing':
        'There is no manifest.json in “{{folder}}”. Add one (see the example pack), or choose the folder that holds it.',
      'manifest-too-large':
        'manifest.json is larger than {{limit}} MB. A manifest only lists image files: check that it is the right file.',
      'manifest-invalid':
        'manifest.json is not a screenshot pack manifest ({{detail}}). Compare it with the example pack.',
      'unknown-step':
        '“{{step}}” in manifest.json is not a step of the assistant. Use a step id such as helloid-new-secret; the README lists them.',
      'path-outside':
        '{{file}} (for {{step}}) points outside the pack folder. Put the image inside the folder and name it relative to it, without “..” or a drive.',
      'file-missing': '{{file}} (for {{step}}) is not in the pack folder. Check its name in manifest.json.',
      'not-a-file': '{{file}} (for {{step}}) is a folder, not an image file.',
      'not-an-image':
        '{{file}} (for {{step}}) is not a PNG, JPEG or WebP image, whatever its name says. Save it again as PNG.',
      'image-too-large': '{{file}} (for {{step}}) is larger than {{limit}} MB. Crop it or save it smaller.',
      'pack-too-large':
        '{{file}} (for {{step}}) would take the pack over {{limit}} MB in all. Use fewer or smaller images.',
    },
  },
  // The pre-flight checks: what was checked (title), what was found (detail) and the fix, by check.
  checks: {
    pass: 'Passed',
    warn: 'Warning',
    fail: 'Problem',
    title: {
      tenantRead: 'Read the tenant',
      signedIn: 'Signed in',
      guest: 'Guest account',
      adminRole: 'Administrator role',
      licence: 'Licence for group assignment',
      galleryApp: 'HelloID in the app gallery',
      existingApps: 'Existing HelloID apps',
      helloIdUrl: 'HelloID URL',
      helloIdSecret: 'HelloID secret',
      helloIdProbe: 'HelloID answers',
      helloIdHost: 'HelloID host',
      user: 'User {{user}}',
      group: 'Group {{group}}',
    },
    detail: {
      signedInAs: '{{name}} ({{upn}})',
      meUnreadable: 'Could not read the signed-in user.',
      guest:
        'You are signed in as a guest of this tenant. That works when the guest holds an administrator role here.',
      roles: '{{roles}}',
      rolesCannot: 'Your active roles ({{roles}}) cannot create apps or set up provisioning.',
      noRoles: 'Your account has no active administrator role in this tenant.',
      licenceUnknownStatus:
        'The licence is unknown: Entra did not let this account read the tenant’s subscriptions ({{status}}). Groups are assigned anyway; without Entra ID P1 or P2, Entra ignores group assignments and syncs only directly assigned users.',
      licenceUnknown:
        'The licence is unknown: Entra did not let this account read the tenant’s subscriptions. Groups are assigned anyway; without Entra ID P1 or P2, Entra ignores group assignments and syncs only directly assigned users.',
      p1: 'Entra ID P1',
      p2: 'Entra ID P2',
      noPremium:
        'This tenant has no Entra ID P1 or P2, so groups cannot be assigned (HelloID’s documentation asks for P2 to sync groups).',
      galleryFound: 'Found, with automatic provisioning.',
      galleryFoundAs: 'Found as “{{name}}”, with automatic provisioning.',
      galleryMany: 'More than one gallery entry is named HelloID.',
      galleryMissing: 'The HelloID gallery app with provisioning was not found in this cloud.',
      noApps: 'None yet; the assistant will create one.',
      ourApp:
        '“{{app}}” was made by this assistant (on this or another computer); it will be used, not created again.',
      url: '{{url}}',
      secretOk: 'Looks right. It is kept in memory only and never shown again.',
      probeOk: 'HelloID accepted the secret for this URL (the same request Entra’s Test Connection makes).',
      found: '{{name}}',
      noUser: 'No such user in this tenant.',
      noGroup: 'No such group in this tenant.',
      groupNeedsPremium: 'Groups can only be assigned with Entra ID P1 or P2.',
      nestedGroups: 'This group contains other groups. Members of those nested groups are not synced.',
      notHelloIdHost: '“{{host}}” is not a helloid.com address, so the secret was not sent there.',
    },
    fix: {
      given: '{{text}}',
      signInAgain: 'Sign in again.',
      needRole:
        'Sign in with an account that is Application Administrator, Cloud Application Administrator or Global Administrator. If the role is eligible in Privileged Identity Management, activate it and sign in again. Until then, follow the guided steps by hand.',
      licenceUnknown:
        'Check the licence in the Entra admin center (Billing › Licenses), or assign users directly.',
      noPremium: 'Assign users one by one, or license Entra ID P1/P2 first.',
      gallery: 'Check the selected Microsoft cloud; the HelloID gallery app may not be offered there.',
      chooseApp: 'Choose the app to use before making changes (in the CLI: --reuse ID).',
      urlAgain: 'Copy the URL again from HelloID › Directory › Azure AD.',
      secretAgain: 'Copy the Secret again from HelloID, or click New Secret there.',
      checkUser: 'Check the user principal name.',
      checkGroup: 'Check the group name or use its object id.',
      usersInstead: 'Assign the users directly instead.',
      nestedGroups: 'Assign the nested groups too, or their users directly.',
      host: 'Copy the URL again from HelloID › Directory › Azure AD. Only if this really is your HelloID address, confirm the host, then check again.',
      network: 'Check the sign-in and the network, then run the check again.',
    },
  },
  // HelloID apps already in the tenant that the assistant may not pick itself: the person chooses.
  whichApp: {
    chosenNotFound: 'The chosen HelloID app is not in this tenant. Choose one of: {{apps}}.',
    chosenNotFoundNone:
      'The chosen HelloID app is not in this tenant, and the tenant has no HelloID app yet. Leave the choice empty to create one.',
    someoneElse:
      'This tenant already has a HelloID app that this assistant did not make: {{apps}}. Choose to use it; the assistant will not create a second one.',
    several:
      'This tenant already has {{count}} HelloID apps: {{apps}}. Choose which one to use; the assistant will not create another.',
  },
  // What the assistant is doing and did on each step of its run, by engine action.
  progress: {
    'create-app': {
      running: 'Creating the HelloID enterprise app…',
      created: 'Created the HelloID enterprise app.',
      existing: 'Using the existing HelloID enterprise app.',
      unconfirmed: 'Entra did not confirm the new app; looking for it before trying again.',
      raceLost: 'Another run created a HelloID app at the same moment; keeping that one and removing ours.',
    },
    'create-job': {
      running: 'Setting Provisioning Mode to Automatic…',
      created: 'Provisioning job created.',
      existing: 'Using the existing provisioning job.',
    },
    'test-connection': {
      running: 'Testing the connection to HelloID…',
      done: 'The supplied credentials are authorized to enable provisioning.',
    },
    'save-connection': {
      running: 'Saving the connection…',
      saved: 'Connection saved.',
      unchanged: 'Connection already saved with these values.',
    },
    mappings: {
      running: 'Checking the optional mappings…',
      added: 'Added {{mappings}}.',
      unchanged: 'Mappings already as chosen.',
    },
    assign: {
      running: 'Assigning users and groups…',
      done: 'Assignments: {{added}} added, {{existing}} already there.',
    },
    start: {
      running: 'Turning provisioning on…',
      started: 'Provisioning is on.',
      alreadyOn: 'Provisioning was already on.',
    },
    'initial-cycle': {
      sending: 'First cycle running ({{completed}} of {{total}}).',
    },
  },
  // The plan: one line per change, before anything is written.
  plan: {
    createApp: 'Create the enterprise app “{{name}}” from the HelloID gallery entry.',
    useChosen: 'Use the existing enterprise app “{{name}}” that you chose; no new app is created.',
    useOurs: 'Use the existing enterprise app “{{name}}”, made by this assistant; no new app is created.',
    reuseJob: 'Reuse its provisioning job (mode Automatic).',
    createJob: 'Set Provisioning Mode to Automatic (create the provisioning job).',
    testConnection: 'Test the connection to {{url}}.',
    saveConnection: 'Save the HelloID URL and secret; sync only assigned users and groups.',
    saveConnectionNotify:
      'Save the HelloID URL and secret; sync only assigned users and groups; send failure notices to {{email}}.',
    mappings_one: 'Add the {{mappings}} mapping, after backing up the current mappings.',
    mappings_other: 'Add the {{mappings}} mappings, after backing up the current mappings.',
    keepMappings: 'Keep the default mappings.',
    start: 'Turn Provisioning Status on.',
    assignUsers: 'Assign {{users}} with the User role (existing assignments are kept).',
    assignGroups: 'Assign the groups {{groups}} with the User role (existing assignments are kept).',
    assignBoth:
      'Assign {{users}} and the groups {{groups}} with the User role (existing assignments are kept).',
    assignNobody: 'Assign nobody yet (nothing will sync until someone is assigned).',
    initialCycle: 'Follow provisioning until “Initial cycle completed”.',
  },
  confirm: { cancel: 'Cancel' },
  run: {
    heading: 'What the assistant did',
    working: '{{step}} in progress — {{elapsed}} so far',
    counts: 'So far: {{users}} and {{groups}} in HelloID.',
    expected: {
      checks: 'Reading the tenant; a few seconds.',
      'create-app':
        'Entra creates the app from the gallery and makes it visible everywhere; usually under a minute, sometimes a few.',
      'create-job':
        'Entra prepares the provisioning job; usually a few seconds, up to a minute for a new app.',
      'test-connection': 'Entra calls HelloID once with the URL and secret; usually a few seconds.',
      'save-connection': 'Usually a few seconds.',
      mappings: 'Usually a few seconds.',
      assign: 'One request per user or group; usually a few seconds.',
      start: 'Usually a few seconds.',
      'initial-cycle':
        'Entra reads every assigned user and group and sends them to HelloID. A few minutes for a small tenant; large tenants can take hours. The cycle goes on in Entra even if you close the assistant.',
      troubleshoot: 'Entra provisions this one user now; usually under a minute.',
    },
  },
  journey: {
    checksTitle: 'Check the tenant before anything changes',
    checksBody:
      'The assistant reads the customer’s tenant and HelloID: your role, the licences, the HelloID gallery app, HelloID apps that already exist, and the HelloID URL and secret, tested the way Entra’s Test Connection does. This changes nothing.',
    checksAgain: 'Check again',
    runTitle: 'Steps {{first}}–{{last}}: what the assistant will do',
    runTitleRunning: 'Steps {{first}}–{{last}}: the assistant at work',
    runTitleDone: 'Steps {{first}}–{{last}}: done by the assistant',
    runBody:
      'The assistant does steps {{first}} to {{last}} of HelloID’s guide for you, in one run: it creates the HelloID enterprise app, saves your HelloID URL and secret in its provisioning, adds the mappings you choose, assigns the users and groups you choose, and turns provisioning on. Choose, preview, then make the changes; nothing is written before.',
    runBodyRunning:
      'Each step ticks in the list on the left when Entra confirms it. Open any of them to read what was done there.',
    byHand: 'How to do step {{number}} by hand: {{title}}',
    partOfRun: 'The assistant does this step in its run of steps {{first}}–{{last}}.',
    goToRun: 'Go to the plan on step {{first}}',
    outcome: {
      done: 'Done by the assistant',
      readBack: 'Done: the assistant read it back from the tenant.',
      running: 'The assistant is doing this now — {{elapsed}} so far.',
      failed: 'The assistant could not do this step.',
      took: 'Took {{elapsed}}.',
    },
    openInEntra: 'Open in Entra admin center',
    openInEntraPractice:
      'Practice mode: this tenant is simulated by the assistant on this computer, so the Entra admin center has no page for it. With a real customer, a button here opens this step’s page in Entra.',
    technical: 'Technical details: the Microsoft Graph calls',
  },
  firstCycle: {
    running: 'First provisioning cycle running — {{elapsed}} so far',
    runningNoTime: 'First provisioning cycle running',
    now: {
      starting:
        'Now: Entra is starting the first cycle. Its first report usually arrives within a few minutes.',
      sending: 'Now: Entra is sending users and groups to HelloID — {{completed}} of {{total}} done.',
      reading:
        'Now: Entra is reading the users and groups assigned to the app and comparing them with HelloID.',
    },
    expected:
      'How long: usually a few minutes for a small tenant; the more users and groups, the longer, and a very large tenant can take hours. The cycle goes on in Entra even if you close the assistant.',
    inHelloId: 'In HelloID so far: {{users}} and {{groups}}.',
    notify: 'Notify me when it ends',
    notifyOn: 'You will get a notification when the first cycle ends.',
    notifyBlocked: 'This browser blocks notifications; keep this page open to see the result.',
  },
  complete: {
    title: 'Setup complete',
    body: 'Entra’s first provisioning cycle completed: {{users}} and {{groups}} are in HelloID. From now on Entra keeps them in sync, about every 40 minutes.',
    exists: 'What now exists in the customer’s tenant',
    app: 'The enterprise app “{{name}}”, made from the HelloID gallery entry.',
    job: 'Its provisioning job: on, sending the assigned users and groups to HelloID.',
    ids: 'Ids, for support',
    servicePrincipalId: 'Enterprise app object id',
    appId: 'Application (client) id',
    jobId: 'Provisioning job id',
    tenantId: 'Tenant id',
    openProvisioning: 'Open Provisioning in Entra',
    openUsers: 'Open Users and groups in Entra',
    entraPractice:
      'Practice mode: this tenant is simulated by the assistant on this computer, so the Entra admin center has no pages for it. With a real customer, buttons here open the app’s Provisioning and Users and groups pages in Entra.',
    helloIdUsers: 'In HelloID, open Directory › Users and filter by Azure AD to see them.',
    helloIdUsersPractice:
      'Practice mode: this HelloID is simulated by the assistant on this computer and has no portal to look in. With a real customer, you would see them in HelloID under Directory › Users, filtered by Azure AD.',
    undo: 'Changed your mind? You can remove what the assistant created:',
  },
  menu: {
    about: 'About {{app}}',
    hide: 'Hide {{app}}',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quitApp: 'Quit {{app}}',
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoomWindow: 'Zoom',
    front: 'Bring All to Front',
    close: 'Close Window',
  },
  notification: {
    completedTitle: 'HelloID provisioning: initial cycle completed',
    completedBody: '{{users}} and {{groups}} are in HelloID.',
    problemTitle: 'HelloID provisioning needs you',
    quarantinedBody: 'Entra put provisioning in quarantine. Open the assistant to see why and how to fix it.',
    failedBody:
      'The first provisioning cycle did not bring everyone to HelloID. Open the assistant to see why.',
  },
  count: {
    users_one: '{{count}} user',
    users_other: '{{count}} users',
    groups_one: '{{count}} group',
    groups_other: '{{count}} groups',
    apps_one: '{{count}} app',
    apps_other: '{{count}} apps',
    jobs_one: '{{count}} provisioning job',
    jobs_other: '{{count}} provisioning jobs',
  },
  rollback: {
    title: 'Remove what the assistant created?',
    appAndJob:
      'This deletes the enterprise app “{{app}}” that the assistant created, and its provisioning job. Apps and assignments the assistant did not create are left alone.',
    appOnly:
      'This deletes the enterprise app “{{app}}” that the assistant created. Apps the assistant did not create are left alone.',
    impact:
      '{{users}} and {{groups}} stop syncing to HelloID: they stay in HelloID, but changes in Entra no longer reach them.',
    impactUnknown:
      'Everyone assigned to the app stops syncing to HelloID: they stay in HelloID, but changes in Entra no longer reach them.',
    irreversible:
      'The assistant does not bring it back: Entra keeps a deleted app for 30 days under App registrations › Deleted applications, and running the setup again creates a new app and job.',
    confirm: 'Remove “{{app}}” and its job',
    removed: 'Removed {{apps}} and {{jobs}}. The steps they completed are open again.',
    // The CLI's rollback: what it will remove, the question, and what went (ids marked for masking).
    cli: {
      removes: 'Rollback removes:',
      app: 'the enterprise app “{{app}}” (application {{applicationId}}), made by this assistant',
      appWithSp:
        'the enterprise app “{{app}}” (application {{applicationId}}, service principal {{spId}}), made by this assistant',
      job: 'its provisioning job {{id}}, which keeps {{users}} and {{groups}} in sync',
      assignments: 'its assignments: {{users}} and {{groups}}',
      ask: 'Remove these?',
      notConfirmed: 'Nothing was removed (pass --yes to confirm in scripts).',
      nothing: 'Nothing to remove: this tenant has no HelloID app that this assistant created.',
      removedJob: 'provisioning job {{id}}',
      removedApp: 'application {{id}}',
      removedList: 'Removed: {{list}}.',
    },
  },
  startOver: {
    title: 'Start over?',
    body: 'The assistant forgets the HelloID secret, your marks and this run’s checks and results. Nothing in the customer’s tenant changes, and you stay signed in.',
    confirm: 'Start over',
  },
  stepStatus: {
    done: 'Done',
    running: 'In progress',
    needsYou: 'Needs you',
    failed: 'Failed',
    notStarted: 'Not started',
  },
  settings: {
    appRegistration: 'Settings: app registration',
    clientId: 'Application (client) id',
    clientIdHint:
      'Your organisation’s own multi-tenant public client (redirect URI http://localhost, public client flows allowed). Leave empty for the default, Microsoft Graph Command Line Tools.',
    save: 'Save',
    saved: 'saved; used from the next sign-in',
    inUse: 'Signing in with',
    source: {
      flag: 'from the --client-id option',
      environment: 'from the environment variable HELLOID_SETUP_CLIENT_ID, which overrides Settings',
      settings: 'from Settings',
      'deployment-file': 'from the deployment file helloid-setup.config.json shipped with the assistant',
      default: 'the default: Microsoft Graph Command Line Tools',
    },
    invalid: 'This is not a valid client id.',
  },
  helloid: {
    heading: 'HelloID connection',
    url: 'HelloID URL',
    urlHint: 'From HelloID › Directory › Azure AD, after New Secret. Starts with https://.',
    secret: 'HelloID secret',
    secretHint:
      'Paste the Secret from the same page. It is hidden, kept in memory only, and never shown again.',
    secretKept:
      'A secret is kept for this session. Paste a new one only if you created a new secret in HelloID.',
    urlMissing: 'Paste the URL from HelloID › Directory › Azure AD first.',
    secretMissing: 'Paste the Secret from the same HelloID page.',
    secretMissingKept:
      'A secret is already kept: press Next to go on with it, or paste a new Secret here to replace it.',
    save: 'Save and continue',
    practice: 'Use the practice HelloID',
    saved: 'Kept: {{url}} with its secret (hidden).',
    hostTitle: 'This is not a HelloID address',
    hostWarning:
      '“{{host}}” is not a helloid.com address. Nothing, the secret least of all, is sent there unless you confirm it. Compare it letter by letter with the URL in HelloID › Directory › Azure AD.',
    hostConfirm: 'It is my HelloID: use {{host}}',
    hostChange: 'Change the URL',
    hostConfirmed: 'You confirmed “{{host}}” as your HelloID address.',
  },
  automation: {
    heading: 'Set up provisioning automatically',
    signInFirst:
      'Sign in to the customer’s tenant (step 3) first; then the assistant can check and do steps 4 to 21.',
    needsHelloId:
      'Paste the HelloID URL and secret (step 2) before running the checks, so the connection is tested too.',
    runChecks: 'Check the tenant (changes nothing)',
    phase: {
      idle: 'Ready',
      checking: 'Checking…',
      checked: 'Checked',
      applying: 'Making changes…',
      monitoring: 'Waiting for the first provisioning cycle…',
      done: 'Done',
      failed: 'Stopped',
      'rolling-back': 'Removing…',
    },
    employeeId: 'Add the employeeId mapping (Access Management single sign-on apps need it)',
    manager: 'Add the manager.id mapping (Service Automation manager approvals)',
    email: 'Notification email (optional)',
    emailHint: 'Entra emails this address when provisioning fails or goes into quarantine.',
    emailInvalid: 'Enter one e-mail address, or leave it empty.',
    reuse: 'This tenant already has a HelloID app. Which one should the assistant use?',
    letAssistantDecide: 'The one this assistant made (if there is exactly one)',
    madeByAssistant: '{{name}} (made by this assistant)',
    madeBySomeoneElse: '{{name}} (made by someone else)',
    chooseFirst:
      'Choose the HelloID app to use above, then preview again. The assistant will not create a second one.',
    preview: 'Refresh the preview',
    planTitle: 'The assistant will make these changes:',
    previewAgain: 'Updating the preview for your choices…',
    planChangedTitle: 'The tenant changed since the preview',
    apply: 'Make these changes',
    rollback: 'Remove what the assistant created',
    grantWrite: 'Sign in again and allow changes',
    checksFirst: 'The checks on step 4 must pass before the assistant can plan its changes.',
    goToChecks: 'Go to the checks (step 4)',
  },
  picker: {
    label: 'Users and groups to assign',
    hint: 'Type part of a name, a user name or an e-mail address. Groups need Entra ID P1 or P2.',
    searching: 'Searching…',
    searchingStale: 'Searching… The results below are for what you typed before.',
    suggestionsLoading: 'Looking for groups named HelloID and your own account…',
    noSuggestions: 'No group has “HelloID” in its name. Search for the users or groups to assign.',
    noResultsTitle: 'No user or group found',
    noResults:
      'Entra matches the start of each word of a name, or the start of a user name or e-mail address. Try a first name, a last name or the first letters of the address.',
    failed: 'The search did not work:',
    results: 'Search results',
    suggested: 'Suggested',
    user: 'User',
    group: 'Group',
    members_one: '{{count}} user is a direct member',
    members_other: '{{count}} users are direct members',
    add: 'Add',
    added: 'Added',
    remove: 'Remove',
    chosen: 'Chosen ({{count}})',
    noneTitle: 'Nobody is assigned yet',
    none: 'Nothing syncs to HelloID until a user or group is assigned. Add them here, or later in Entra under Users and groups.',
    nobody: {
      title: 'Make the changes without assigning anyone?',
      body: 'You chose no users or groups. Unless someone is already assigned to the HelloID app in Entra, the first cycle completes with nobody sent to HelloID.',
      later:
        'You can assign them later in Entra (Enterprise apps › HelloID › Users and groups) or run the assistant again.',
      back: 'Go back and choose',
      apply: 'Make the changes without anyone',
    },
    warn: {
      nestedGroups_one:
        'Holds {{count}} group whose members will not be provisioned: Entra provisions only the direct members of an assigned group. Add that group too.',
      nestedGroups_other:
        'Holds {{count}} groups whose members will not be provisioned: Entra provisions only the direct members of an assigned group. Add those groups too.',
      noLicence:
        'This tenant has no Entra ID P1 or P2, so Entra ignores group assignments. Add the users instead.',
      licenceUnknown:
        'The licence could not be read. Without Entra ID P1 or P2, Entra ignores group assignments.',
      noMail: 'Has no e-mail address in Entra, so HelloID receives this user without one.',
    },
  },
  job: {
    completed: 'Initial cycle completed. In HelloID now: users {{users}}, groups {{groups}}.',
    waiting: 'The first provisioning cycle is still running.',
    unknown: 'No provisioning job yet. Run the setup first.',
    refresh: 'Refresh',
    restart: 'Restart provisioning',
    // What went wrong, by the health the engine derives (never "completed" while something is wrong).
    health: {
      'not-started': 'Provisioning has not been started.',
      quarantined: 'Provisioning is in quarantine: Entra has stopped sending users to HelloID.',
      failed: 'The provisioning cycle failed: no users reached HelloID.',
      'entry-errors_one': 'The cycle finished, but {{count}} user or group could not be provisioned.',
      'entry-errors_other': 'The cycle finished, but {{count}} users or groups could not be provisioned.',
      paused: 'Provisioning is turned off.',
    },
    // Entra's quarantine reasons, in plain words.
    reason: {
      EncounteredQuarantineException: 'Entra’s calls to HelloID kept failing.',
      EncounteredBaseEscrowThreshold: 'Too many users or groups failed to provision.',
      EncounteredTotalEscrowThreshold: 'Too many users or groups failed to provision.',
      EncounteredEscrowProportionThreshold: 'A large share of the users or groups failed to provision.',
      TooManyDeletes: 'The cycle would delete more accounts than the accidental-deletion threshold allows.',
      QuarantinedOnDemand: 'Provisioning was put in quarantine on request.',
      IngestionInterrupted: 'Reading users from Entra was interrupted.',
      Unknown: 'Entra did not give a reason.',
    },
    // Why, in plain words, by the fix it needs.
    cause: {
      'new-secret':
        'HelloID refused the secret saved in Entra. This happens when someone presses New Secret in HelloID after the setup: the old secret stops working.',
      'check-url': 'Entra could not reach HelloID at the saved URL, or HelloID did not answer as expected.',
      'fix-entries': 'Some users or groups were refused by HelloID; the provisioning logs say why.',
      'allow-deletes': 'Entra held back deletions to protect accounts.',
      restart: 'Provisioning waits for someone to restart it.',
      'turn-on': 'Nothing is sent to HelloID until provisioning is on.',
      'read-error': 'Entra reported an error it did not explain further.',
    },
    // The fix, in the order to do it (the assistant's screens).
    fix: {
      'new-secret':
        'Fix: 1. In HelloID, open Directory › Azure AD and press New Secret. 2. Paste the new URL and secret on step 2 here. 3. Press Make these changes: the assistant saves them in Entra and starts provisioning again. (Saved them in the Entra portal yourself? Then press Restart provisioning.)',
      'check-url':
        'Fix: check that HelloID is up and that its URL (Directory › Azure AD) is the one saved in Entra. If it changed, paste it on step 2 here and press Make these changes. Otherwise press Restart provisioning once HelloID is back.',
      'fix-entries':
        'Fix: open Troubleshoot with one of the users that failed, fix the cause, then press Restart provisioning.',
      'allow-deletes':
        'Fix: check why so many users left the scope. If the deletions are intended, allow them in Entra, then press Restart provisioning.',
      restart: 'Fix: press Restart provisioning when ready.',
      'turn-on': 'Fix: press Make these changes to turn provisioning on.',
      'read-error': 'Fix: read Entra’s message below, fix the cause, then press Restart provisioning.',
    },
    // The same fixes for the command line.
    fixCli: {
      'new-secret':
        'Fix: 1. In HelloID, open Directory › Azure AD and press New Secret. 2. Run apply again with the new URL (--scim-url) and secret (--secret-env): it saves them in Entra and starts provisioning again. (Saved them in the Entra portal yourself? Then run restart.)',
      'check-url':
        'Fix: check that HelloID is up and that its URL (Directory › Azure AD) is the one saved in Entra. If it changed, run apply again with --scim-url. Otherwise run restart once HelloID is back.',
      'fix-entries': 'Fix: run test-user --user <a user that failed>, fix the cause, then run restart.',
      'allow-deletes':
        'Fix: check why so many users left the scope. If the deletions are intended, allow them in Entra, then run restart.',
      restart: 'Fix: run restart when ready.',
      'turn-on': 'Fix: run apply to turn provisioning on.',
      'read-error': 'Fix: read Entra’s message, fix the cause, then run restart.',
    },
    entraSays: 'Entra says ({{code}}): {{message}}',
    entraSaysTitle: 'Entra’s own message ({{code}})',
    since:
      'In quarantine since {{since}}; Entra tries again at {{next}}, less often each day, and stops after four weeks.',
  },
  // The HelloID URL and Secret as typed or pasted: why one is refused, and hints that do not block.
  helloIdInput: {
    url: {
      notText:
        'The URL must be text. Copy the URL from HelloID’s Directory › Azure AD page and paste it here.',
      empty: 'Enter the HelloID URL. Copy it from the URL field on HelloID’s Directory › Azure AD page.',
      tooLong:
        'The URL is longer than {{max}} characters, so more than the URL was pasted. Clear the field and copy only the URL from HelloID’s Directory › Azure AD page.',
      whitespace:
        'The URL contains a space or line break at character {{position}}. A URL has no spaces: copy only the URL from HelloID’s Directory › Azure AD page, without any text around it.',
      zeroWidth:
        'The URL contains an invisible zero-width character ({{codePoint}}) at character {{position}}. Such characters are often picked up when copying from chat or documents. Clear the field and type or copy the URL again from HelloID’s Directory › Azure AD page.',
      bidi: 'The URL contains an invisible text-direction (bidi) control character ({{codePoint}}) at character {{position}}. Such characters are often picked up when copying from chat or documents. Clear the field and type or copy the URL again from HelloID’s Directory › Azure AD page.',
      control:
        'The URL contains a control character ({{codePoint}}) at character {{position}}. Such characters are often picked up when copying from chat or documents. Clear the field and type or copy the URL again from HelloID’s Directory › Azure AD page.',
      quoted: 'Remove the quotation marks around the URL; paste only the URL itself.',
      looksLikeSecret:
        'This looks like the Secret, not the URL. Paste the Secret into the Secret field, and copy the URL (it starts with https://) into this one.',
      missingScheme:
        'The URL must start with https:// — add https:// in front, or copy the whole URL from HelloID again.',
      notAddress:
        'This is not a web address. Copy the URL from HelloID’s Directory › Azure AD page; it starts with https://.',
      http: 'The URL must start with https://. Change http:// to https:// — HelloID only accepts secure connections.',
      otherScheme:
        'The URL must start with https://. “{{scheme}}:” addresses cannot be used for provisioning: copy the https:// URL from HelloID’s Directory › Azure AD page.',
      unreadable:
        'The URL could not be read as a web address. Copy it again from HelloID’s Directory › Azure AD page and paste it unchanged.',
      credentials:
        'The URL contains a user name or password (the part before “@”). Remove it: HelloID’s URL has none, and the Secret goes in its own field.',
      fragment: 'The URL contains “#” and text after it. Remove the “#” part; HelloID’s URL has none.',
      query:
        'The URL contains “?” and text after it. Remove the “?” part: HelloID’s URL has none, and Microsoft adds its own query when it calls HelloID.',
      dotSegments:
        'The URL contains “/./” or “/../” path parts. Copy the URL from HelloID’s Directory › Azure AD page without editing it.',
      localhost:
        'The URL points to “localhost”, this computer. Microsoft’s cloud cannot reach it: use the HelloID URL from your HelloID portal.',
      ipAddress:
        'The URL uses an IP address instead of a host name. Use the HelloID URL with its host name (such as yourcompany.helloid.com).',
      notHostname:
        '“{{host}}” is not a full host name. Use the complete HelloID URL, such as https://yourcompany.helloid.com/…',
      notHelloIdHost:
        'The host “{{host}}” is not a helloid.com address. Check that you copied the URL from HelloID’s Directory › Azure AD page and not from somewhere else.',
      punycode:
        'The host name contains non-Latin letters (shown as “xn--…”). Look-alike letters are a known trick: compare the URL carefully with the one HelloID shows.',
      usersPath:
        'The URL ends with /Users or /Groups. Microsoft adds that itself; use the URL exactly as HelloID shows it.',
      port: 'The URL names port {{port}}. HelloID URLs normally have no port; check that it is the right URL.',
    },
    secret: {
      notText: 'The Secret must be text. Copy the Secret from HelloID’s Directory › Azure AD page.',
      empty:
        'Enter the HelloID Secret. Copy it from the Secret field on HelloID’s Directory › Azure AD page.',
      tooLong:
        'The Secret is longer than {{max}} characters, so more than the Secret was pasted. Clear the field and copy only the Secret from HelloID’s Directory › Azure AD page.',
      bearer:
        'Remove the word “Bearer” at the start. Paste only the Secret itself; Microsoft adds “Bearer” when it calls HelloID.',
      looksLikeUrl:
        'This looks like the URL, not the Secret. Paste it into the URL field, and copy HelloID’s Secret into this one.',
      json: 'This looks like a block of JSON or code. Paste only the Secret value, without braces, names or quotation marks.',
      quoted: 'Remove the quotation marks around the Secret; paste only the Secret itself.',
      whitespace:
        'The Secret contains a space or line break in the middle. A Secret is one unbroken piece of text: clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
      zeroWidth: {
        start:
          'The Secret contains an invisible zero-width character at the start. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
        end: 'The Secret contains an invisible zero-width character at the end. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
        middle:
          'The Secret contains an invisible zero-width character in the middle. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
      },
      bidi: {
        start:
          'The Secret contains an invisible text-direction (bidi) control character at the start. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
        end: 'The Secret contains an invisible text-direction (bidi) control character at the end. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
        middle:
          'The Secret contains an invisible text-direction (bidi) control character in the middle. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
      },
      control: {
        start:
          'The Secret contains a control character at the start. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
        end: 'The Secret contains a control character at the end. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
        middle:
          'The Secret contains a control character in the middle. Such characters are often picked up when copying from chat or documents. Clear the field and copy the Secret again from HelloID’s Directory › Azure AD page.',
      },
      notAscii:
        'The Secret contains letters or symbols that HelloID never uses in a Secret (such as accented letters or typographic quotes). Copy it again from HelloID’s Directory › Azure AD page instead of typing it.',
      tooShort:
        'The Secret is shorter than {{min}} characters, so only part of it was copied. Copy the whole Secret from HelloID’s Directory › Azure AD page.',
      trimmed: 'Spaces or line breaks before or after the Secret were removed.',
      punctuation:
        'The Secret contains punctuation that is unusual in a secret. Check that you copied only the Secret and nothing around it.',
    },
  },
  // Checking the HelloID URL and Secret as Entra’s Test Connection does: what went wrong, and the next step.
  probe: {
    tls: {
      expired: 'The secure (HTTPS) connection to HelloID failed: its certificate has expired.',
      notYetValid:
        'The secure (HTTPS) connection to HelloID failed: its certificate is not valid yet (check this computer’s date and time).',
      otherHost:
        'The secure (HTTPS) connection to HelloID failed: its certificate belongs to a different host name.',
      selfSigned: 'The secure (HTTPS) connection to HelloID failed: its certificate is self-signed.',
      untrustedIssuer:
        'The secure (HTTPS) connection to HelloID failed: its certificate was issued by an authority this computer does not trust.',
      unverifiable:
        'The secure (HTTPS) connection to HelloID failed: its certificate could not be checked against a trusted authority.',
      revoked: 'The secure (HTTPS) connection to HelloID failed: its certificate has been revoked.',
      untrusted: 'The secure (HTTPS) connection to HelloID failed: its certificate is not trusted.',
      badSignature: 'The secure (HTTPS) connection to HelloID failed: its certificate signature is invalid.',
      notAccepted: 'The secure (HTTPS) connection to HelloID failed: its certificate was not accepted.',
    },
    what: {
      forbidden: 'HelloID recognised the request but refused access with this Secret (HTTP 403).',
      unauthorized401: 'HelloID refused the Secret (HTTP 401).',
      unauthorized: 'HelloID refused the Secret.',
      notFound: 'HelloID answered “not found” (HTTP 404): the path of the URL is wrong.',
      webPage: 'The URL answered with a web page instead of provisioning (SCIM) data.',
      notScim: 'The URL answered, but not with the user list a provisioning (SCIM) endpoint gives.',
      serverStatus: 'HelloID had an internal error (HTTP {{status}}).',
      server: 'HelloID had an internal error.',
      dns: 'The host name in the URL could not be found.',
      refused: 'The server at this URL refused the connection.',
      reset: 'The connection to HelloID was cut off before it answered.',
      timeout: 'HelloID did not answer in time.',
      timeoutMs: 'HelloID did not answer within {{ms}} ms.',
      timeoutSeconds_one: 'HelloID did not answer within 1 second.',
      timeoutSeconds_other: 'HelloID did not answer within {{count}} seconds.',
      entraUnreachable: 'Microsoft could not connect to HelloID at this URL to check the Secret.',
      unreachable: 'HelloID could not be reached from this computer.',
      redirectStatus:
        'The URL sent the request on to another address (HTTP {{status}}) instead of answering.',
      redirect: 'The URL sent the request on to another address (HTTP redirect) instead of answering.',
      throttled: 'HelloID asked to slow down (HTTP 429).',
      unexpectedStatus: 'HelloID gave an unexpected answer (HTTP {{status}}).',
      unexpected: 'HelloID gave an unexpected answer (HTTP ?).',
      invalidUrl: 'The URL is not a valid https:// address, so no connection was tried.',
      invalidSecret:
        'The Secret is empty or contains characters that cannot be sent, so no connection was tried.',
      entra: 'Microsoft could not confirm the HelloID URL and Secret.',
      other: 'The connection check failed for an unexpected reason.',
    },
    fix: {
      tls: 'Check that the host name in the URL is exactly the one HelloID shows. If it is, a proxy or security product on this network may be inspecting secure connections: ask IT to exempt HelloID, then try again.',
      copySecret:
        'Copy the Secret again from HelloID’s Directory › Azure AD page. If someone clicked “New Secret” there, copy the new URL and the new Secret together.',
      wholeUrl:
        'The URL must be copied whole from HelloID’s Directory › Azure AD page: don’t shorten it, and don’t add /Users or anything else to it.',
      portalUrl:
        'The URL probably points at the HelloID portal rather than its provisioning endpoint. Copy the value of the URL field on HelloID’s Directory › Azure AD page, not your browser’s address bar.',
      helloIdSide:
        'This is on HelloID’s side. Wait a few minutes and try again; if it keeps failing, contact HelloID support.',
      dns: 'Check the URL for typos (copy it whole from HelloID’s Directory › Azure AD page) and check that this computer is online.',
      refused:
        'Check the URL for typos (copy it whole from HelloID’s Directory › Azure AD page). If it is right, HelloID may be briefly unavailable: try again in a few minutes.',
      reset: 'Try again. If it keeps happening, a proxy or firewall on this network may be blocking HelloID.',
      network: 'Check the network connection and any proxy, then try again.',
      checkUrl:
        'Check the URL for typos (copy it whole from HelloID’s Directory › Azure AD page), then test the connection again.',
      networkAndUrl: 'Check the network connection and the URL, then try again.',
      redirect:
        'Use the URL exactly as HelloID’s Directory › Azure AD page shows it; a redirect usually means the URL was shortened or is a portal address.',
      wait: 'Wait a minute, then try again.',
      status:
        'Check that the URL was copied whole from HelloID’s Directory › Azure AD page, then try again. If it keeps failing, give HelloID support this HTTP status.',
      copyUrl: 'Copy the URL from HelloID’s Directory › Azure AD page.',
      copySecretOnly: 'Copy the Secret from HelloID’s Directory › Azure AD page.',
      entra:
        'Copy both values again from HelloID’s Directory › Azure AD page and test the connection again; Microsoft’s own message is shown with this one.',
      other: 'Try again. If it keeps failing, the details are in the log.',
    },
  },
  // Where the client id comes from, when a setting cannot be used.
  clientId: {
    notGuid: {
      flag: 'The --client-id option holds “{{value}}”, which is not an application (client) id. Use the app registration’s GUID, or remove it to use the next setting.',
      environment:
        'The environment variable HELLOID_SETUP_CLIENT_ID holds “{{value}}”, which is not an application (client) id. Use the app registration’s GUID, or remove it to use the next setting.',
      settings:
        'Settings › app registration holds “{{value}}”, which is not an application (client) id. Use the app registration’s GUID, or remove it to use the next setting.',
    },
    file: {
      unreadable:
        'The deployment file {{path}} cannot be used: it cannot be read. It should contain {"clientId": "<application (client) id>"}. Fix or remove it, or set a client id in Settings › app registration.',
      notJson:
        'The deployment file {{path}} cannot be used: it is not valid JSON. It should contain {"clientId": "<application (client) id>"}. Fix or remove it, or set a client id in Settings › app registration.',
      notObject:
        'The deployment file {{path}} cannot be used: it is not a JSON object. It should contain {"clientId": "<application (client) id>"}. Fix or remove it, or set a client id in Settings › app registration.',
      unknownSetting:
        'The deployment file {{path}} cannot be used: unknown setting {{settings}}. It should contain {"clientId": "<application (client) id>"}. Fix or remove it, or set a client id in Settings › app registration.',
      notGuid:
        'The deployment file {{path}} cannot be used: “clientId”: The application (client) id is a GUID. It should contain {"clientId": "<application (client) id>"}. Fix or remove it, or set a client id in Settings › app registration.',
      updateUrlNotText:
        'The deployment file {{path}} cannot be used: “updateUrl” must be text. It should contain {"clientId": "<application (client) id>"}. Fix or remove it, or set a client id in Settings › app registration.',
      empty:
        'The deployment file {{path}} cannot be used: “clientId” is missing (or an “updateUrl”). It should contain {"clientId": "<application (client) id>"}. Fix or remove it, or set a client id in Settings › app registration.',
    },
  },
  troubleshoot: {
    user: 'User who does not sync',
    userHint: 'Their user principal name, e.g. adele@contoso.com.',
    userMissing: 'Type the user’s principal name first (at least 3 characters), e.g. adele@contoso.com.',
    run: 'Provision this user now',
    logs_one: '{{count}} provisioning log entry for this user.',
    logs_other: '{{count}} provisioning log entries for this user.',
    noRule: 'The provisioning job has no synchronization rule to test with.',
    // Entra's documented values in provisioning logs and on-demand reports, in plain words; a value Entra adds
    // later is shown as Entra gave it (entraValue), marked as its own text.
    result: {
      success: 'Success',
      warning: 'Warning',
      failure: 'Failed',
      skipped: 'Skipped',
    },
    action: {
      create: 'Create',
      update: 'Update',
      delete: 'Delete',
      disable: 'Disable',
      stagedDelete: 'Staged delete',
      other: 'Other',
    },
    stepType: {
      import: 'Import from Entra',
      scoping: 'Scope check',
      matching: 'Match in HelloID',
      processing: 'Processing',
      referenceResolution: 'Resolve references',
      export: 'Export to HelloID',
    },
    entraValue: '{{text}}',
    outcome: '{{user}}: {{result}}.',
    step: '{{type}} — {{status}}: {{description}}',
    logLine: '{{when}} — {{action}}: {{status}}',
    logReason: '{{when}} — {{action}}: {{status}} ({{reason}})',
    explain: {
      notAssigned:
        'The user is not assigned to HelloID. Assign the user with the User role (or a group they are a direct member of); members of nested groups are not synced.',
      defaultAccess:
        'The user is assigned with Default Access, which HelloID does not provision. Assign the User role instead.',
      notInScope:
        'The user is not in scope: assign the user (or a group they are a direct member of) to HelloID. Members of nested groups are not synced.',
      upToDate: 'The user is already up to date in HelloID.',
      provisioned: 'The user was provisioned to HelloID.',
      notSaved: 'The HelloID connection is not saved yet. Save the URL and secret first.',
      failed: 'Entra could not provision the user. The failing step below says why.',
    },
  },
  // Every error code: what happened, and the next action. Services pick the code (shared/errors.ts).
  errors: {
    INVALID_INPUT: {
      message: 'The request was not in the expected form.',
      action: 'Correct it and try again.',
    },
    FORBIDDEN_SENDER: {
      message: 'This request did not come from the assistant window, so it was refused.',
      action: 'Use the assistant’s own window; close other pages that try to talk to it.',
    },
    UNAUTHORIZED_HOST_REQUEST: {
      message: 'This request is missing the assistant session token, so it was refused.',
      action: 'Open the address the preview printed (with its one-time key) again.',
    },
    URL_NOT_ALLOWED: {
      message: 'The assistant only opens Microsoft, Azure and HelloID pages.',
      action: 'Open other pages in your browser yourself.',
    },
    DEVICE_CODE_EXPIRED: {
      message: 'The sign-in code expired before it was used.',
      action: 'Ask for a new code and enter it within the time shown.',
    },
    NOT_SIGNED_IN: {
      message: 'You are not signed in to the customer’s Microsoft Entra tenant.',
      action: 'Sign in on step 3 first.',
    },
    SIGNIN_CANCELLED: {
      message: 'Sign-in was cancelled.',
      action: 'Start it again when you are ready.',
    },
    SIGNIN_IN_PROGRESS: {
      message: 'A sign-in is already waiting.',
      action: 'Finish it in the browser, or cancel it first.',
    },
    INTERACTION_REQUIRED: {
      message: 'Microsoft needs you to sign in again, or to approve more access, before continuing.',
      action: 'Sign in again.',
    },
    CLOUD_NOT_SUPPORTED: {
      message: 'Entra provisioning is not available in this Microsoft cloud.',
      action:
        'Pick the cloud the customer’s tenant lives in; set up provisioning in the portal if it has none.',
    },
    SIGNIN_TIMED_OUT: {
      message: 'Sign-in took too long and was stopped.',
      action:
        'If the browser showed an error such as AADSTS700016 (application not found), check Settings › app registration and the Microsoft cloud; otherwise start again when the browser is ready.',
    },
    CONSENT_REQUIRED: {
      message: 'An administrator has not yet approved the assistant in this tenant.',
      action:
        'Sign in as a Global Administrator, Privileged Role Administrator, Application Administrator or Cloud Application Administrator and accept the consent screen, or send such an admin the approval link.',
    },
    APP_REGISTRATION_NOT_FOUND: {
      message: 'Microsoft does not know the app registration the assistant signs in with (AADSTS700016).',
      action:
        'Check the client id in Settings › app registration (the deployment file and HELLOID_SETUP_CLIENT_ID take precedence), and the selected Microsoft cloud.',
    },
    APP_REGISTRATION_BLOCKED: {
      message: 'This tenant does not let you sign in with the app registration the assistant uses.',
      action:
        'Ask an admin to allow it under Enterprise applications, or use your organisation’s own app registration in Settings › app registration.',
    },
    NOT_AN_ADMIN: {
      message: 'The signed-in account has no role that can set up provisioning.',
      action:
        'Sign in as an Application Administrator, Cloud Application Administrator or Global Administrator. With PIM, activate the role first.',
    },
    PERSONAL_ACCOUNT: {
      message: 'Personal Microsoft accounts cannot manage Entra provisioning.',
      action: 'Sign in with a work account of the customer’s tenant.',
    },
    CONDITIONAL_ACCESS_BLOCKED: {
      message: 'A Conditional Access policy blocked this sign-in method.',
      action: 'Use “Sign in with browser”, or ask the tenant’s admin which sign-in methods are allowed.',
    },
    WRONG_CLOUD: {
      message: 'This account belongs to a different Microsoft cloud than the one selected.',
      action: 'Pick the cloud the tenant lives in and sign in again.',
    },
    WRONG_TENANT: {
      message: 'The sign-in belongs to another tenant than the customer’s. Nothing was changed.',
      action: 'Sign out, then sign in with an account of the customer’s tenant.',
    },
    GRAPH_THROTTLED: {
      message: 'Microsoft Graph asked the assistant to slow down.',
      action: 'Wait a minute and try again; the assistant already retried.',
    },
    GRAPH_ERROR: {
      message: 'Microsoft Graph returned an error.',
      action: 'Try again in a few minutes. If it keeps failing, the details are in the log.',
    },
    NETWORK_ERROR: {
      message: 'The network request failed.',
      action: 'Check the network connection and the selected Microsoft cloud, then try again.',
    },
    PLAN_CHANGED: {
      message: 'The tenant changed after the preview, so nothing was changed.',
      action: 'Preview the changes again, check them, then make them.',
    },
    BUSY: {
      message: 'The assistant is already working on this tenant.',
      action: 'Wait for it to finish, then try again.',
    },
    NOT_FOUND: {
      message: 'The requested item does not exist.',
      action: 'Refresh, or run the checks again to read the tenant as it is now.',
    },
    INTERNAL: {
      message: 'Something went wrong inside the assistant.',
      action: 'Try again. If it keeps happening, the details are in the log.',
    },
  },
  // What exactly went wrong, when an error code's own message is too general.
  problems: {
    signIn: {
      consentDeclined: 'Consent was declined on the sign-in page, so nothing was signed in.',
      otherOrganisation: 'This is a personal Microsoft account or belongs to another organisation.',
      codeBlocked:
        'A Conditional Access policy of this tenant blocked the sign-in. A code on another device is often not allowed.',
      extraConfirmation: 'The tenant asked for extra confirmation that this sign-in method cannot give.',
      appDisabled: 'This tenant has disabled the app the assistant signs in with (AADSTS7000112).',
      assignmentRequired:
        'This tenant only lets assigned users sign in to the app the assistant uses (AADSTS50105).',
      tenantNotInCloud: 'This tenant was not found in the selected Microsoft cloud.',
      tenantInvalid:
        'The tenant name or id is not valid. Use the tenant’s domain (contoso.onmicrosoft.com) or its id.',
      idleExpired: 'Your sign-in has expired after a long time without use.',
      noLongerValid: 'Your sign-in is no longer valid, for example after a password change.',
      policyReauth: 'A policy of this tenant asks you to sign in again.',
      codeNotUsed: 'The sign-in code has not been used yet.',
      cannotRenew: 'Your earlier sign-in can no longer be renewed without you.',
      unreachable: 'Could not reach the Microsoft sign-in service.',
      unexpected: 'Sign-in failed for an unexpected reason.',
      unknownCloud: 'This is not one of the listed Microsoft clouds.',
      otherTenantNamed:
        'Microsoft signed you in to a different tenant than the one you named. Nothing was changed; check the tenant and sign in again.',
      noAccount: 'Microsoft did not return an account for this sign-in.',
    },
    setup: {
      checksFirst: 'The checks have not run yet: run them first, with the HelloID URL and secret.',
      checksFailed: 'The checks must pass before the assistant changes anything.',
      noUser: 'No user “{{user}}” exists in this tenant.',
      noGroup: 'No group “{{group}}” exists in this tenant.',
      groupAmbiguous: 'More than one group is named “{{group}}”. Use the group’s object id instead.',
      hostNotSaved: 'Save the HelloID URL first; this host is not the one saved.',
      nothingToRemove: 'The assistant found no app of its own in this tenant. Run the checks again to look.',
      otherWindow:
        'Another window or command is changing this customer’s tenant right now. Let it finish, then run again.',
      galleryLookAlikes:
        'Several gallery apps that support provisioning look like “{{name}}”: {{names}}. The assistant does not guess which one is HelloID’s.',
      galleryLookAlikesFix:
        'In the Entra admin center, open Enterprise applications › New application, search for HelloID, and tell the HelloID team which entry is theirs.',
      setUpFirst: 'Provisioning is not set up yet; set it up first, then a user can be tested.',
    },
    // Why a run stopped, when Graph's answer alone does not say it plainly.
    // Choices apply refuses before any request to Graph.
    choices: {
      template: 'The HelloID gallery entry is unknown. Run the pre-flight check again.',
      appName: 'Give the app a name of 1 to {{max}} characters, without line breaks or invisible characters.',
      email: 'The notification e-mail is not a valid e-mail address.',
      assignment: 'A user or group to assign is empty, too long or holds invisible characters.',
      reuseId: 'The app to reuse is not a valid object id.',
    },
    apply: {
      unexplained401:
        'Entra refused the provisioning request without saying why (401 UnknownError). That happens when the signed-in account has no Application Administrator or Cloud Application Administrator role, or while Entra is still catching up with a new app. Check the role, then run the setup again in a few minutes.',
      forbidden:
        'Entra refused the change (403{{code}}). The signed-in account needs the Application Administrator or Cloud Application Administrator role, and the assistant needs admin consent.',
      noSetUpRole:
        'Your account has no active role that can set up provisioning, so nothing was changed. Ask for Application Administrator or Cloud Application Administrator (activate it first if it is eligible in Privileged Identity Management), then sign in again.',
      appUnconfirmed:
        'Entra did not confirm whether the HelloID app was created, and it has not appeared yet. Nothing else was changed. Run the setup again in a few minutes: it will find the app if it was created.',
      notFromGallery:
        'The chosen app “{{app}}” was not made from the HelloID gallery entry, so it cannot provision to HelloID. Nothing was changed.',
      appWithoutIds: 'Entra returned an app without ids.',
      noServicePrincipalYet:
        'The HelloID app was created but its service principal has not appeared yet. Run the setup again in a few minutes.',
      noTemplateYet:
        'The HelloID app has no provisioning template yet. Run the setup again in a few minutes.',
      jobWithoutId: 'Entra created a job without an id.',
      noUserRole:
        'The HelloID app has no role that provisions users (only Default Access). Assign users in the portal with the User role.',
      assignRefused: 'Could not assign {{name}} to HelloID ({{status}}).',
      assignKeptRefusing_one:
        'Entra kept refusing {{count}} assignment for now. Run the setup again in a few minutes.',
      assignKeptRefusing_other:
        'Entra kept refusing {{count}} assignments for now. Run the setup again in a few minutes.',
      noUserMapping:
        'The HelloID provisioning schema does not have the expected user mapping, so the optional mappings were not added. Add them by hand in Mappings.',
    },
    // Microsoft Graph's answer around its own text (shown as given, masked on a shared screen).
    graph: {
      answered: 'Microsoft Graph answered {{answer}}.',
      answeredWith: 'Microsoft Graph answered {{answer}}: “{{text}}”',
      noAnswer: 'Microsoft Graph gave no answer.',
      timeout_one: 'Microsoft Graph did not answer within {{count}} second.',
      timeout_other: 'Microsoft Graph did not answer within {{count}} seconds.',
      unreachable: 'Could not reach Microsoft Graph ({{text}}).',
      otherHost: 'Microsoft Graph returned a link to another host; the assistant did not follow it.',
      lookup: 'Microsoft Graph answered {{answer}} to a lookup.',
      batchLimit:
        'The assistant put {{size}} requests in one batch to Microsoft Graph, which takes at most 20. Nothing was sent.',
    },
    // Entra's Test Connection during a run.
    connection: {
      assistantRefused:
        'The assistant may not test this app’s connection: Entra refused it, and refused reading the provisioning job too. HelloID was not asked.',
      assistantRefusedFix:
        'Sign in with an account that holds Application Administrator or Cloud Application Administrator, and make sure an admin consented to Synchronization.ReadWrite.All for the assistant; then test again.',
      helloIdRefused: 'HelloID refused the URL or secret.',
      newSecret:
        'In HelloID, open Directory › Azure AD, press New Secret, and use the URL and secret it shows.',
      failed: 'Test Connection failed.',
    },
    // What was wrong with a request, as the contract's checks find it.
    input: {
      value: 'This value is not in the expected form.',
      field: 'The request “{{operation}}” was refused: {{field}} is not in the expected form.',
      cloud: 'Entra provisioning is not available in the cloud {{cloud}}.',
      stepId: 'A step id uses lowercase letters, digits and dashes only.',
      tenant:
        'Enter the tenant’s domain (for example contoso.onmicrosoft.com) or its tenant id, or leave it empty.',
      tenantRequired: 'Enter the tenant’s domain (for example contoso.onmicrosoft.com) or its tenant id.',
      customerName: 'Name the customer, so their sign-in is kept apart from other customers.',
      customerNameLong: 'A customer’s name is at most 80 characters. Shorten it.',
      customerId: 'A customer id uses lowercase letters, digits, dashes and _ only.',
      email: 'Enter one email address, or leave it empty.',
      previewFirst: 'Preview the changes first.',
      clientId: 'The application (client) id is a GUID, like 00001111-aaaa-2222-bbbb-3333cccc4444.',
      clientIdOrEmpty:
        'The application (client) id is a GUID, like 00001111-aaaa-2222-bbbb-3333cccc4444. Leave it empty for the default.',
      updateFeed:
        'The update feed is a plain https address, without a user name, password, query or fragment.',
    },
    // What is wrong with a tenant as typed (a domain the tenant verified, or its id).
    tenantHint: {
      empty: 'It is empty.',
      tooLong: 'It is longer than any domain name can be.',
      webAddress: 'It is a web address: leave out https:// and any path.',
      account: 'It is an account: keep only the part after the @.',
      space: 'It contains a space.',
      partialId: 'It looks like a tenant id but is not a whole one (8-4-4-4-12 hex digits).',
      noDot: 'It has no dot, so it is not a full domain name.',
      notDomain:
        'It is not a valid domain name (letters, digits and hyphens between dots, ending in a name such as .com).',
    },
    // The hosts' own refusals (practice-only operations, the loopback host's requests).
    host: {
      practiceTiming: 'Practice timing exists only in practice mode.',
      practiceHelloId: 'The practice HelloID only exists in practice mode.',
      reportDownloads: 'Saving to a chosen folder is for the desktop app; here the report downloads.',
      unknownOperation: 'Unknown operation “{{operation}}”.',
      tooLarge: 'The request is too large.',
      notJson: 'The request body is not valid JSON.',
    },
    report: {
      signInFirst: 'Sign in for the customer first; the report is read from their tenant.',
    },
  },
  // What the command line prints around the services' words (its --language).
  cli: {
    step: '[step {{number}}]',
    signedIn: 'Signed in as {{user}} (tenant {{tenant}}).',
    signInFailed: 'Sign-in failed: {{error}}',
    log: 'Log: {{path}}',
    report: 'Handover report: {{path}}',
    reportFailed: 'The handover report could not be made: {{error}}',
    failed: 'Failed: {{error}}',
    practiceSecret: 'Using a new URL and secret from the simulated HelloID.',
    noSetup: 'No setup is recorded for this customer yet. Run apply first (or pass --customer).',
    restartAsk: 'Restart provisioning of the HelloID app (clears its quarantine)?',
    notRestarted: 'Nothing was restarted (pass --yes to confirm in scripts).',
    restarted: 'Provisioning restarted.',
    hostNotSent:
      'The HelloID URL is not a helloid.com address, so the secret was not sent. Check the URL; only if it really is your HelloID, run again with --allow-unrecognised-host.',
    preflightFailed: 'Pre-flight found problems (✖ above). Nothing was changed.',
    stoppedBeforeChange: 'Stopped before any change: {{error}}',
    stopped: 'Stopped: {{error}}',
    planned: 'Planned changes:',
    chooseApp: 'Choose the HelloID app to use with --reuse ID (any id shown above). Nothing was changed.',
    fingerprint:
      'Plan fingerprint: {{fingerprint}}. To make exactly these changes later, run apply with the same options and --plan-fingerprint {{fingerprint}}.',
    applyAsk: 'Make these changes in the tenant?',
    notApplied: 'Nothing was changed (pass --yes to confirm in scripts).',
    applied: 'Setup applied.',
    noCustomers: 'No customers yet. Any command with --customer NAME adds one.',
    // --help: the commands, the main options and every exit code.
    help: {
      usage: 'Usage: helloid-entra-setup <command> [options]',
      commands: 'Commands:',
      preflight: 'read-only checks of the tenant and the HelloID URL and secret',
      plan: 'show the changes apply would make, with the plan’s fingerprint',
      apply:
        'make the changes (asks first; --yes in scripts); --wait follows the first cycle; --plan-fingerprint HEX changes nothing unless the tenant still gives that plan',
      status: 'where the provisioning job stands, and what to fix when it is unhealthy',
      restart: 'restart provisioning after a fix (clears a quarantine); --wait follows the next cycle',
      testUser: 'provision one user (--user upn) on demand and explain the outcome',
      rollback: 'remove the HelloID app and job this assistant created',
      appRegistration:
        'show, then create (asks first; --yes in scripts) a dedicated app registration to sign in with, and print the admin-consent link and the --client-id to use',
      customers:
        'list the customers kept in the data folder (the app’s list when --data-dir names its folder): name, tenant, cloud, HelloID portal, and how the last run stands and when',
      options:
        'Common options: --tenant, --customer, --scim-url, --secret-env NAME, --assign, --wait, --json, --yes, --simulate, --client-id GUID, --helloid-portal URL (kept in the customer’s profile), --report FILE (apply and status: write the handover report as HTML; the CLI makes no PDF — open the HTML in a browser and print it, or use the desktop app’s Save as PDF), --language en|nl (the language of the output and the report; without it, the terminal’s locale). The README lists them all.',
      exitCodes: 'Exit codes:',
      exit: {
        ok: 'done; for status, apply --wait and restart --wait: the initial cycle completed and the job is healthy',
        failed: 'a check failed, or the command could not finish',
        usage: 'bad command line',
        signIn: 'sign-in failed or was cancelled',
        notConfirmed: 'changes not confirmed (no --yes and no terminal to ask)',
        timedOut: 'the initial cycle has not completed yet (still running, nothing wrong so far)',
        unhealthy:
          'the provisioning job needs attention: quarantine, a failed or paused first run, users that could not be provisioned, or provisioning not turned on; the output says how to fix it',
      },
    },
    // A command line that cannot run: what is wrong and what to type instead. Values are never repeated
    // where they may be a secret pasted in the wrong place.
    usage: {
      secretOnCommandLine:
        'The HelloID secret is never accepted on the command line (it would stay in shell history and process lists). Put it in an environment variable and pass its name with --secret-env NAME.',
      unknownOption: 'Unknown option {{option}}. Run with --help to see the options.',
      notAnOption: 'An argument starts with - but is not an option (not shown, in case it is a secret).',
      badValue:
        'An option is missing its value or has one it does not take (values are not shown, in case one is a secret).',
      command: 'Name a command: {{commands}}.',
      extraArgument:
        'Unexpected extra argument after “{{command}}” (not shown, in case it is a secret). Options start with --.',
      tenant:
        '--tenant: {{problem}} Give a domain the tenant verified (for example contoso.onmicrosoft.com) or its tenant id (a GUID).',
      assign: '--assign {{value}}: use a user principal name (user@contoso.com), a user id, or group:Name.',
      mappings: '--mappings {{value}}: choose from employeeId, manager.',
      waitMinutes: '--wait-minutes needs a positive number.',
      secretEnv: '--secret-env takes the NAME of an environment variable, not the secret itself.',
      planFingerprint: '--plan-fingerprint takes the 64-character fingerprint that plan printed.',
      reportCommand: '--report FILE goes with apply or status.',
      reportFile: '--report needs a file name, for example --report handover.html.',
      language: '--language: choose from {{languages}} (the language of the output and the handover report).',
      simulateTwice: 'Use either --simulate or --simulator <url>, not both.',
      simulatorCa: '--simulator-ca: there is no file at {{path}}. Give the simulator’s caCert path.',
      simulatorCaLost: 'The embedded simulator needs its CA; run the CLI again.',
      simulatorLocal: '--simulator only accepts a simulator on this machine (127.0.0.1).',
      secretEnvUnset: 'The environment variable {{name}} is not set. Put the HelloID secret in it first.',
      helloIdNeeded: 'Give the HelloID URL with --scim-url and the secret through --secret-env NAME.',
      helloIdPortal: '--helloid-portal: {{problem}}',
      cloud: '--cloud {{cloud}}: choose from {{clouds}}.',
      testUser: 'test-user needs --user user@contoso.com.',
    },
    // `app-registration`: the dedicated app registration, as the tenant has it or will.
    registration: {
      create: 'This app registration will be created:',
      differs: 'The app registration exists but differs ({{differences}}); this will be set:',
      exists: 'The app registration exists:',
      design: '{{name}}, {{audience}}, redirect {{redirects}}',
      publicClient: 'public client flows allowed',
      permissions: 'delegated Microsoft Graph permissions: {{permissions}}',
      ask: 'Create or update it in the tenant?',
      appId: 'Application (client) id: {{appId}}',
      approved:
        'An administrator has approved it. Sign in with it: --client-id {{appId}} (or HELLOID_SETUP_CLIENT_ID).',
      approveFirst: 'An administrator must approve it first: {{url}}',
    },
  },
  customers: {
    problem: {
      gone: 'This customer is not in the list any more.',
      busy: 'The assistant is working on this customer’s tenant. Let it finish first.',
      noPortal: 'Enter the customer’s HelloID portal address first.',
      notAnId: 'Not a customer id.',
      duplicate: 'Another customer is already called “{{name}}”. Choose another name.',
    },
    menu: 'Customer: {{name}}',
    none: 'Choose a customer',
    unnamed: 'New customer (not named yet)',
    heading: 'Customers',
    intro:
      'Each customer keeps its own sign-in, HelloID addresses, journal and place in the steps on this computer.',
    name: 'Customer',
    tenant: 'Tenant',
    cloud: 'Cloud',
    helloIdPortal: 'HelloID portal',
    lastRun: 'Last run',
    noRun: 'No run yet',
    anyTenant: 'Any',
    notSet: 'Not set',
    open: 'Open',
    opened: 'Open now',
    forget: 'Forget…',
    rename: 'Rename…',
    renameTitle: 'Rename {{name}}',
    renameLabel: 'New name',
    renameHint:
      'As you call them, up to 80 characters. Only the name in this list changes: their sign-in, journal and place in the steps stay, and nothing changes in their tenant.',
    renameConfirm: 'Rename',
    add: 'Add customer',
    addHeading: 'Add a customer',
    nameHint: 'As you call them, for example Contoso Ltd.',
    tenantHint: 'Their domain (contoso.onmicrosoft.com) or tenant id. Optional.',
    portalHint: 'Their HelloID address, for example https://contoso.helloid.com. Optional; asked once.',
    close: 'Close',
    empty: 'No customers yet. Add one, or sign in on step 3: the name you give is kept as a customer.',
    run: {
      completed: 'First cycle completed',
      'needs-attention': 'Needs attention',
      'in-progress': 'In progress',
    },
    runAt: '{{state}} · {{when}}',
    forgetTitle: 'Forget {{name}}?',
    forgetBody:
      'This removes from this computer: the sign-in tokens, the journal of what the assistant did, the place in the steps and the settings (tenant, HelloID addresses) kept for {{name}}. Nothing in their tenant or HelloID changes.',
    forgetActive: 'You are signed in for this customer now: you are signed out first.',
    forgetConfirm: 'Forget this customer',
    forgotten: '{{name}} was forgotten: {{removed}} removed from this computer.',
    kinds: {
      tokens: 'sign-in tokens',
      journal: 'journal',
      progress: 'place in the steps',
      profile: 'settings',
      other: 'other files',
    },
  },
  openHelloId: {
    button: 'Open HelloID',
    portalLabel: 'Customer’s HelloID portal',
    portalHint: 'Entered once per customer, for example https://contoso.helloid.com.',
    save: 'Save',
    needCustomer: 'Open or add a customer (above the steps) to keep their HelloID address.',
    confirmTitle: 'Open {{host}}?',
    confirmBody:
      '“{{host}}” is not a helloid.com address. Open it only if you know it is this customer’s HelloID; look-alike addresses are a known trick.',
    confirm: 'Yes, open it',
    simulated:
      'Practice mode: this HelloID is simulated by the assistant on this computer and has no admin portal to open. With a real customer, an “Open HelloID” button here opens their HelloID admin dashboard.',
  },
  report: {
    button: 'Handover report',
    heading: 'Handover report',
    making: 'Reading the tenant…',
    saveHtml: 'Save as HTML…',
    savePdf: 'Save as PDF…',
    saveDialogTitle: 'Save the handover report',
    // The saved file's name: kept to letters, digits, spaces and dashes, safe on every file system.
    fileName: 'HelloID handover - {{customer}} - {{date}}.html',
    fileNameCustomer: 'customer',
    fileKindPdf: 'PDF document',
    fileKindHtml: 'Web page',
    downloadHtml: 'Download HTML',
    print: 'Print or save as PDF',
    close: 'Close',
    saved: 'Saved: {{path}}',
    masked: 'Presentation mode: customer details are hidden here; the saved file has them.',
    title: 'HelloID provisioning handover',
    subtitle: 'Microsoft Entra ID → HelloID automatic provisioning (SCIM)',
    generated: 'Made on {{when}}',
    customerHeading: 'Customer',
    customer: 'Customer',
    tenant: 'Tenant',
    tenantId: 'Tenant id',
    cloud: 'Microsoft cloud',
    helloIdPortal: 'HelloID portal',
    helloIdUrl: 'HelloID URL (Tenant URL in Entra)',
    signedInHeading: 'Who set it up',
    signedInAs: 'Signed in as',
    signedInAt: 'Signed in',
    createdHeading: 'What is set up in Entra',
    appName: 'Enterprise application',
    servicePrincipalId: 'Object id (service principal)',
    appId: 'Application (client) id',
    applicationId: 'Application object id',
    jobId: 'Provisioning job id',
    createdAt: 'Created',
    madeBy: 'Made by',
    madeByAssistant: 'this assistant',
    madeBySomeoneElse: 'someone else; the assistant used it as chosen',
    noApp: 'No HelloID enterprise application is set up in this tenant yet.',
    settingsHeading: 'Settings',
    scope: 'Scope',
    scopeAssigned: 'Sync only assigned users and groups',
    scopeUnknown: 'Not saved by this assistant; see Provisioning › Settings in Entra',
    mappings: 'Optional attribute mappings',
    mappingEmployeeId: 'employeeId → employeeId',
    mappingManager: 'manager → manager.id',
    mappingsNone: 'None (HelloID’s default mappings only)',
    mappingsUnknown: 'Could not be read from Entra',
    notificationEmail: 'Notification e-mail',
    notificationNone: 'Not known here (Entra does not show it back); see Provisioning › Settings',
    testHeading: 'Test Connection',
    testPassed: 'Passed ({{when}})',
    testPassedSaved: 'Passed when the credentials were saved ({{when}})',
    testFailed: 'Failed ({{when}}): {{detail}}',
    testNotChecked: 'Not checked',
    assignmentsHeading: 'Assigned users and groups',
    assignmentsNone: 'Nobody is assigned: nothing reaches HelloID until someone is.',
    assignee: 'Name',
    type: 'Type',
    id: 'Id',
    cycleHeading: 'First provisioning cycle',
    cycleCompleted: 'Initial cycle completed',
    cycleWaiting: 'Still running',
    cycleProblem: 'Needs attention',
    users: 'Users in HelloID',
    groups: 'Groups in HelloID',
    exported: 'Changes sent in the last cycle',
    escrowed: 'Users or groups that failed in the last cycle',
    lastCycleEnded: 'Last cycle ended',
    statusCode: 'Entra’s status',
    warningsHeading: 'Open warnings',
    warningsNone: 'None.',
    warnEscrowed: 'Some users or groups failed in the last cycle; Entra’s provisioning logs say why.',
    nextHeading: 'Next steps for {{customer}}',
    nextAssign:
      'To give more people HelloID, assign them (or their group) to the “{{app}}” enterprise application under Users and groups in Entra. HelloID receives them in the next cycle, about every 40 minutes.',
    nextLogs:
      'When someone does not arrive in HelloID, open Provisioning logs in Entra and filter on the “{{app}}” application: it says why.',
    nextSecret:
      'If anyone presses New Secret in HelloID (Directory › Azure AD), put the new secret in Entra under Provisioning › Admin Credentials, press Test Connection, Save, and then Restart provisioning. Until then nothing reaches HelloID.',
    nextNotify: 'Entra e-mails {{email}} when provisioning fails.',
    nextNotifyNone:
      'Set a notification e-mail under Provisioning › Settings in Entra, so someone hears when provisioning fails.',
    nextWaiting:
      'The first cycle is still running. It can take from minutes to hours with many users; check Provisioning in Entra for “Initial cycle completed”.',
    nextSetup: 'Finish the setup first: no HelloID enterprise application exists in this tenant yet.',
    linksHeading: 'Open in the Entra admin center',
    linkOverview: 'Enterprise application',
    linkProvisioning: 'Provisioning',
    linkUsers: 'Users and groups',
    linkLogs: 'Provisioning logs',
    linksPractice:
      'None: this tenant is simulated by the assistant’s practice mode, so the Entra admin center has no pages for it. For a real customer, the app’s pages there are linked here.',
    footer:
      'Made by the HelloID Entra Setup Assistant. This report contains no secrets and no sign-in tokens.',
  },
  steps: {
    'helloid-open-azure-ad': {
      title: 'Open Directory › Azure AD in HelloID',
      body: 'In the HelloID admin portal, open the Directory menu and choose Azure AD. This page holds the connection details Entra needs.',
      byHand: ['Open the Directory menu.', 'Choose Azure AD.'],
    },
    'helloid-new-secret': {
      title: 'Create a new secret in HelloID',
      body: 'Click New Secret. HelloID fills in a URL and a Secret. Keep this page open: you will paste both values into the assistant. Creating a new secret replaces the old one, so a running connection must be updated too.',
      byHand: [
        'Click New Secret. HelloID fills in the URL and the Secret.',
        'Copy the URL with the copy button beside it.',
        'Copy the Secret with the copy button beside it. Keep both for the Azure steps.',
      ],
    },
    'azure-sign-in': {
      title: 'Sign in to the customer’s Microsoft Entra tenant',
      body: 'Sign in with an account that is Application Administrator, Cloud Application Administrator or Global Administrator in the customer’s tenant. The assistant opens the sign-in page in your browser; nothing is typed into this app.',
      byHand: [
        'Open https://entra.microsoft.com and enter an administrator account of the customer’s tenant.',
        'Click Next and finish signing in.',
      ],
    },
    'azure-open-entra': {
      title: 'Open Microsoft Entra ID',
      body: 'In the Microsoft Entra admin center, open Entra ID in the left menu. The assistant checks your roles and the tenant’s licences here instead.',
      byHand: ['In the left menu, click Entra ID.'],
    },
    'azure-enterprise-apps': {
      title: 'Go to Enterprise apps',
      body: 'Under Entra ID, open Enterprise apps. The assistant looks for an existing HelloID app so it is never created twice.',
      byHand: ['Under Entra ID, click Enterprise apps.'],
    },
    'azure-new-application': {
      title: 'Start a new application',
      body: 'Click New application to open the Microsoft Entra app gallery.',
      byHand: ['Click New application.'],
    },
    'azure-search-helloid': {
      title: 'Search the gallery for HelloID',
      body: 'Type HelloID in the search box. The assistant finds the gallery entry that supports automatic provisioning.',
      byHand: ['In the search box of Browse Microsoft Entra Gallery, type HelloID.'],
    },
    'azure-select-helloid': {
      title: 'Choose the HelloID tile',
      body: 'Click the HelloID tile in the results. Pick the one published for HelloID, not a similarly named app.',
      byHand: ['Click the HelloID tile in the results.'],
    },
    'azure-create-app': {
      title: 'Create the HelloID enterprise application',
      body: 'Click Create and wait until the app opens. Entra needs a short while before the new app can be configured; the assistant waits for it.',
      byHand: [
        'Keep the name HelloID, or type the name your organisation uses.',
        'Click Create and wait until the app opens.',
      ],
    },
    'azure-open-provisioning': {
      title: 'Open Provisioning',
      body: 'In the new app’s Manage menu, click Provisioning.',
      byHand: ['In the app’s Manage menu, click Provisioning.'],
    },
    'azure-get-started': {
      title: 'Click Get started',
      body: 'Click Get started to begin the provisioning setup.',
      byHand: ['Click Get started.'],
    },
    'azure-mode-automatic': {
      title: 'Set Provisioning Mode to Automatic',
      body: 'Change Provisioning Mode to Automatic. This creates the provisioning job that sends users and groups to HelloID.',
      byHand: ['Set Provisioning Mode to Automatic.'],
    },
    'azure-tenant-url': {
      title: 'Enter the HelloID URL as Tenant URL',
      body: 'Copy the URL from HelloID and paste it into Tenant URL. It must start with https:// and have no spaces.',
      byHand: ['Open Admin Credentials.', 'Paste the URL from HelloID into Tenant URL.'],
    },
    'azure-secret-token': {
      title: 'Enter the HelloID secret as Secret Token',
      body: 'Copy the Secret from HelloID and paste it into Secret Token. Paste only the secret itself, without “Bearer” or spaces. It stays hidden on screen.',
      byHand: ['Paste the Secret from HelloID into Secret Token.'],
    },
    'azure-test-connection': {
      title: 'Test the connection',
      body: 'Click Test Connection. Success reads: “The supplied credentials are authorized to enable provisioning”. If it fails, check the URL and create a new secret in HelloID.',
      byHand: [
        'Click Test Connection.',
        'Wait for the notification “The supplied credentials are authorized to enable provisioning”.',
      ],
    },
    'azure-save-credentials': {
      title: 'Save the connection',
      body: 'Click Save. Provisioning then syncs only the users and groups you assign to the app.',
      byHand: ['Click Save at the top of the page.'],
    },
    'azure-optional-mappings': {
      title: 'Optional: add employeeId and manager mappings',
      body: 'Only if HelloID needs them: add employeeId when single sign-on apps rely on it (Access Management), and manager.id when product requests need the manager’s approval and HelloID is not a provisioning target (Service Automation). These values reach HelloID on the next update of a user, not when the user is first created.',
      byHand: [
        'Open Mappings and click Provision Microsoft Entra ID Users.',
        'Click Add New Mapping; choose employeeId (or manager) as the source attribute and the same HelloID attribute as the target, then click Ok.',
        'Click Save.',
      ],
    },
    'azure-provisioning-on': {
      title: 'Turn Provisioning Status on',
      body: 'Set the Provisioning Status toggle to On.',
      byHand: ['Open Settings.', 'Set Provisioning Status to On.'],
    },
    'azure-save-provisioning': {
      title: 'Save to start provisioning',
      body: 'Click Save. The first provisioning cycle starts shortly after.',
      byHand: ['Click Save at the top of the page.'],
    },
    'azure-assign-users': {
      title: 'Assign users and groups',
      body: 'Open Entra ID › Enterprise apps › HelloID › Users and groups and assign everyone who needs HelloID. Assign the User role, not Default Access. Groups need Entra ID P1 or P2, and members of nested groups are not synced.',
      byHand: [
        'Open Users and groups and click Add user/group.',
        'Under Users and groups, click None Selected, choose the users and groups, then click Select.',
        'Under Select a role, choose User, not Default Access.',
        'Click Assign.',
      ],
    },
    'azure-initial-cycle': {
      title: 'Wait for “Initial cycle completed”',
      body: 'Open Entra ID › Enterprise apps › HelloID › Provisioning and refresh after a few minutes. When it shows “Initial cycle completed”, the users and groups are in HelloID under Directory › Users and Directory › Groups (filter by Azure AD).',
      byHand: [
        'Open Provisioning and click Refresh after a few minutes.',
        'Wait until the status reads “Initial cycle completed.”',
        'Check the numbers of users and groups.',
      ],
    },
    'troubleshoot-one-user': {
      title: 'If one user or group does not sync',
      body: 'Provision that user on demand to see each step Entra takes and why it stopped, then read the user’s provisioning log entries. The most common causes: not assigned, assigned with Default Access, or only a member of a nested group.',
      byHand: [
        'Click Provision on demand.',
        'Search for the user who does not sync and select them.',
        'Click Provision, then open View details on the step that failed.',
        'Open Provisioning logs, filter on the user and read the reason.',
      ],
    },
  },
} as const

/** The shape of the English resources; other languages must provide the same keys. */
export type Resources = typeof en
