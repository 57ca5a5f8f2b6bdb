import type { ApplicationTemplate } from '@microsoft/microsoft-graph-types'
import { seededGuid } from '../core/ids'
import type { Prng } from '../core/prng'

/** Which provisioning connector instantiating the template yields (null: no automatic provisioning). */
export type SyncConnector = 'helloid' | 'scim' | null

export interface GalleryTemplate {
  id: string
  displayName: string
  homePageUrl: string
  logoUrl: string
  publisher: string
  description: string | null
  categories: string[]
  supportedSingleSignOnModes: string[]
  supportedProvisioningTypes: string[]
  connector: SyncConnector
  /** Reply URLs the gallery app registers (SAML apps have some; provisioning-only apps none). */
  redirectUris: string[]
  /** Sign-on homepage of an instantiated app (before the `?metadata=` suffix). */
  appHomepage: string
  /** Key used in the gallery homepage URL (`…?metadata=<key>|ISV9.2|primary|z`). */
  metadataKey: string
}

interface Def {
  name: string
  publisher: string
  home: string
  categories: string[]
  sso: string[]
  connector: SyncConnector
  description?: string
  fixedId?: string
  redirectUris?: string[]
  homepage?: string
}

/**
 * The gallery as the wizard sees it: the real HelloID entry, look-alikes that must not be picked,
 * and enough ordinary apps that a sloppy `contains` or first-result match picks the wrong one.
 * HelloID's id is seeded on purpose: the reference says it must be resolved at runtime.
 */
const DEFS: Def[] = [
  {
    name: 'HelloID',
    publisher: 'Tools4ever',
    home: 'https://www.helloid.com/',
    categories: ['identity', 'security'],
    sso: ['notSupported'],
    connector: 'helloid',
    description:
      'HelloID is a cloud-based identity and access management solution. Provision users and groups from Microsoft Entra ID to HelloID.',
  },
  {
    name: 'HelloID SSO',
    publisher: 'Tools4ever',
    home: 'https://www.helloid.com/',
    categories: ['identity', 'security'],
    sso: ['saml'],
    connector: null,
    description: 'Single sign-on to the HelloID portal with SAML.',
  },
  {
    name: 'HelloID Service Automation',
    publisher: 'Tools4ever',
    home: 'https://www.helloid.com/',
    categories: ['itInfrastructure'],
    sso: ['saml'],
    connector: null,
  },
  {
    name: 'Hello Club',
    publisher: 'Hello Club',
    home: 'https://helloclub.com/',
    categories: ['productivity'],
    sso: ['saml'],
    connector: null,
  },
  {
    name: 'HelloSign',
    publisher: 'Dropbox',
    home: 'https://www.hellosign.com/',
    categories: ['productivity', 'contentManagement'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Hellobank Connect',
    publisher: 'Hellobank',
    home: 'https://hellobank.example/',
    categories: ['businessMgmt'],
    sso: ['password'],
    connector: null,
  },
  {
    name: 'Dynamics CRM Online',
    publisher: 'Microsoft Corporation',
    home: 'http://www.microsoft.com/dynamics/crm',
    categories: ['crm', 'productivity', 'collaboration', 'businessMgmt'],
    sso: ['oidc', 'external'],
    connector: null,
    fixedId: '00000007-0000-0000-c000-000000000000',
  },
  {
    name: 'AWS Single-Account Access',
    publisher: 'Amazon',
    home: 'http://aws.amazon.com/',
    categories: ['developerServices'],
    sso: ['password', 'saml', 'external'],
    connector: 'scim',
    fixedId: '8b1025e4-1dd2-430b-a150-2ef79cd700f5',
    description: 'Federate to a single AWS account and use SAML claims to authorize access to AWS IAM roles.',
  },
  {
    name: 'Azure AD SAML Toolkit',
    publisher: 'Microsoft Corporation',
    home: 'https://samltoolkit.azurewebsites.net/',
    categories: ['developerServices'],
    sso: ['saml'],
    connector: null,
    fixedId: '229946b9-a9fb-45b8-9531-efa47453ac9e',
    redirectUris: ['https://samltoolkit.azurewebsites.net/SAML/Consume'],
    homepage: 'https://samltoolkit.azurewebsites.net/SAML/Consume',
  },
  {
    name: 'Custom',
    publisher: 'Microsoft Corporation',
    home: 'https://learn.microsoft.com/entra/',
    categories: [],
    sso: ['saml', 'password', 'notSupported'],
    connector: 'scim',
    fixedId: '8adf8e6e-67b2-4cf2-a259-e3dc5476c621',
    description: 'Non-gallery application (bring your own SCIM endpoint).',
  },
  {
    name: 'Salesforce',
    publisher: 'Salesforce.com',
    home: 'https://www.salesforce.com/',
    categories: ['crm', 'businessMgmt'],
    sso: ['saml', 'password'],
    connector: 'scim',
  },
  {
    name: 'ServiceNow',
    publisher: 'ServiceNow',
    home: 'https://www.servicenow.com/',
    categories: ['itInfrastructure'],
    sso: ['saml', 'password'],
    connector: 'scim',
  },
  {
    name: 'Slack',
    publisher: 'Slack Technologies',
    home: 'https://slack.com/',
    categories: ['collaboration'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Dropbox Business',
    publisher: 'Dropbox',
    home: 'https://www.dropbox.com/business',
    categories: ['contentManagement', 'collaboration'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Box',
    publisher: 'Box',
    home: 'https://www.box.com/',
    categories: ['contentManagement'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Zoom',
    publisher: 'Zoom Video Communications',
    home: 'https://zoom.us/',
    categories: ['collaboration'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Atlassian Cloud',
    publisher: 'Atlassian',
    home: 'https://www.atlassian.com/',
    categories: ['developerServices', 'projectManagement'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'GitHub Enterprise Managed User',
    publisher: 'GitHub',
    home: 'https://github.com/',
    categories: ['developerServices'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Workday',
    publisher: 'Workday',
    home: 'https://www.workday.com/',
    categories: ['hr'],
    sso: ['saml'],
    connector: null,
  },
  {
    name: 'Adobe Identity Management',
    publisher: 'Adobe',
    home: 'https://www.adobe.com/',
    categories: ['contentManagement'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Cisco Webex',
    publisher: 'Cisco',
    home: 'https://www.webex.com/',
    categories: ['collaboration'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'DocuSign',
    publisher: 'DocuSign',
    home: 'https://www.docusign.com/',
    categories: ['productivity'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Zendesk',
    publisher: 'Zendesk',
    home: 'https://www.zendesk.com/',
    categories: ['crm'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Asana',
    publisher: 'Asana',
    home: 'https://asana.com/',
    categories: ['projectManagement'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Miro',
    publisher: 'Miro',
    home: 'https://miro.com/',
    categories: ['collaboration'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Smartsheet',
    publisher: 'Smartsheet',
    home: 'https://www.smartsheet.com/',
    categories: ['projectManagement'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Tableau Cloud',
    publisher: 'Salesforce',
    home: 'https://www.tableau.com/',
    categories: ['businessMgmt'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'SAP Cloud Identity Services',
    publisher: 'SAP',
    home: 'https://www.sap.com/',
    categories: ['identity'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Databricks SCIM Provisioning Connector',
    publisher: 'Databricks',
    home: 'https://databricks.com/',
    categories: ['developerServices'],
    sso: ['notSupported'],
    connector: 'scim',
  },
  {
    name: 'Freshservice Provisioning',
    publisher: 'Freshworks',
    home: 'https://freshservice.com/',
    categories: ['itInfrastructure'],
    sso: ['notSupported'],
    connector: 'scim',
  },
  {
    name: 'LinkedIn Learning',
    publisher: 'LinkedIn',
    home: 'https://learning.linkedin.com/',
    categories: ['education'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Jamf Pro',
    publisher: 'Jamf',
    home: 'https://www.jamf.com/',
    categories: ['itInfrastructure'],
    sso: ['saml'],
    connector: null,
  },
  {
    name: 'Figma',
    publisher: 'Figma',
    home: 'https://www.figma.com/',
    categories: ['productivity'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Trello',
    publisher: 'Atlassian',
    home: 'https://trello.com/',
    categories: ['projectManagement'],
    sso: ['saml'],
    connector: null,
  },
  {
    name: 'Google Cloud / G Suite Connector by Microsoft',
    publisher: 'Microsoft Corporation',
    home: 'https://workspace.google.com/',
    categories: ['productivity'],
    sso: ['saml'],
    connector: 'scim',
  },
  {
    name: 'Topdesk - Public',
    publisher: 'TOPdesk',
    home: 'https://www.topdesk.com/',
    categories: ['itInfrastructure'],
    sso: ['saml'],
    connector: null,
  },
  {
    name: 'AFAS Online',
    publisher: 'AFAS Software',
    home: 'https://www.afas.nl/',
    categories: ['hr', 'businessMgmt'],
    sso: ['saml'],
    connector: null,
  },
  {
    name: 'Tools4ever IAM Portal',
    publisher: 'Tools4ever',
    home: 'https://www.tools4ever.com/',
    categories: ['identity'],
    sso: ['saml'],
    connector: null,
  },
]

export function buildGallery(prng: Prng): GalleryTemplate[] {
  return DEFS.map((d) => {
    const id = d.fixedId ?? seededGuid(prng)
    return {
      id,
      displayName: d.name,
      homePageUrl: d.home,
      appHomepage: d.homepage ?? d.home,
      logoUrl: `https://az495088.vo.msecnd.net/app-logo/${d.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}_215.png`,
      publisher: d.publisher,
      description: d.description ?? null,
      categories: d.categories,
      supportedSingleSignOnModes: d.sso,
      supportedProvisioningTypes: d.connector ? ['sync'] : [],
      connector: d.connector,
      redirectUris: d.redirectUris ?? [],
      metadataKey: d.name.toLowerCase().replace(/[^a-z0-9]+/g, ''),
    }
  })
}

export function templateJson(t: GalleryTemplate): ApplicationTemplate {
  return {
    id: t.id,
    displayName: t.displayName,
    homePageUrl: t.homePageUrl,
    supportedSingleSignOnModes: t.supportedSingleSignOnModes,
    supportedProvisioningTypes: t.supportedProvisioningTypes,
    logoUrl: t.logoUrl,
    categories: t.categories,
    publisher: t.publisher,
    description: t.description,
  }
}
