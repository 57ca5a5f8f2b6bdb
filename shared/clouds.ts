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

/** The assistant's own multi-tenant public client (redirect `http://localhost`); overridable in settings. */
export const defaultClientId = '7c1f3d2e-5b8a-4e36-9d0f-2a6b4c8e1f90'
