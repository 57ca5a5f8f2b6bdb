/**
 * The Microsoft clouds the assistant can sign in to: authority host, Graph host and the prefix of Graph
 * scopes in that cloud. China is offered but has no provisioning APIs.
 */
export const clouds = {
  global: {
    label: 'Microsoft Azure (global)',
    authorityHost: 'https://login.microsoftonline.com',
    graphHost: 'https://graph.microsoft.com',
    scopePrefix: 'https://graph.microsoft.com/',
    portal: 'https://portal.azure.com',
    provisioningSupported: true,
  },
  usGovL4: {
    label: 'US Government (L4)',
    authorityHost: 'https://login.microsoftonline.us',
    graphHost: 'https://graph.microsoft.us',
    scopePrefix: 'https://graph.microsoft.us/',
    portal: 'https://portal.azure.us',
    provisioningSupported: true,
  },
  usGovL5: {
    label: 'US Government (L5, DoD)',
    authorityHost: 'https://login.microsoftonline.us',
    graphHost: 'https://dod-graph.microsoft.us',
    scopePrefix: 'https://dod-graph.microsoft.us/',
    portal: 'https://portal.azure.us',
    provisioningSupported: true,
  },
  china: {
    label: 'Microsoft Azure operated by 21Vianet (China)',
    authorityHost: 'https://login.partner.microsoftonline.cn',
    graphHost: 'https://microsoftgraph.chinacloudapi.cn',
    scopePrefix: 'https://microsoftgraph.chinacloudapi.cn/',
    portal: 'https://portal.azure.cn',
    provisioningSupported: false,
  },
} as const

/** One cloud id from {@link clouds}. */
export type CloudId = keyof typeof clouds

export const cloudIds = Object.keys(clouds) as [CloudId, ...CloudId[]]

/**
 * Microsoft Graph Command Line Tools: a Microsoft public client whose service principal exists in every
 * tenant (it is what Microsoft Graph PowerShell signs in with). It accepts the loopback redirect
 * `http://localhost` and device code, and asks for delegated Graph scopes dynamically, so an admin
 * consents to exactly what the assistant requests. A tenant may disable it or require assignment; then
 * an organisation's own app registration is used instead (CLI flag, environment, Settings or a
 * deployment file). https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands
 */
export const defaultClientId = '14d82eec-204b-4c2f-b7e8-296a70dab67e'

/** The name Entra shows for {@link defaultClientId} on consent pages and in Enterprise applications. */
export const defaultClientName = 'Microsoft Graph Command Line Tools'
