import type { SubscribedSku } from '@microsoft/microsoft-graph-types'

/** Service plan ids the wizard keys on. */
export const PLAN = {
  aadPremium: '41781fb2-bc02-4b7c-bd55-b576c07bb09d',
  aadPremiumP2: 'eec0eb4f-6444-4f95-aba0-50c24d67f998',
} as const

export type License = 'free' | 'p1' | 'p2'

interface PlanDef {
  servicePlanId: string
  servicePlanName: string
  appliesTo: 'User' | 'Company'
}

const EXCHANGE: PlanDef = {
  servicePlanId: '9aaf7827-d63c-4b61-89c3-182f06f82e5c',
  servicePlanName: 'EXCHANGE_S_STANDARD',
  appliesTo: 'User',
}
const TEAMS: PlanDef = {
  servicePlanId: '57ff2da0-773e-42df-b2af-ffb7a2317929',
  servicePlanName: 'TEAMS1',
  appliesTo: 'User',
}
const SHAREPOINT: PlanDef = {
  servicePlanId: 'c7699d2e-19aa-44de-8edf-1736da088ca1',
  servicePlanName: 'SHAREPOINTSTANDARD',
  appliesTo: 'User',
}
const INTUNE: PlanDef = {
  servicePlanId: 'c1ec4a95-1f05-45b3-a911-aa3fa01094f5',
  servicePlanName: 'INTUNE_A',
  appliesTo: 'User',
}
const AAD_P1: PlanDef = { servicePlanId: PLAN.aadPremium, servicePlanName: 'AAD_PREMIUM', appliesTo: 'User' }
const AAD_P2: PlanDef = {
  servicePlanId: PLAN.aadPremiumP2,
  servicePlanName: 'AAD_PREMIUM_P2',
  appliesTo: 'User',
}
const ADALLOM: PlanDef = {
  servicePlanId: '8c098270-9dd4-4350-9b30-ba4703f3b36b',
  servicePlanName: 'ADALLOM_S_O365',
  appliesTo: 'User',
}

interface SkuDef {
  skuId: string
  skuPartNumber: string
  plans: PlanDef[]
  enabled: number
  consumed: number
}

const BUSINESS_BASIC: SkuDef = {
  skuId: '3b555118-da6a-4418-894f-7df1e2096870',
  skuPartNumber: 'O365_BUSINESS_ESSENTIALS',
  plans: [EXCHANGE, TEAMS, SHAREPOINT],
  enabled: 50,
  consumed: 31,
}
const SPE_E3: SkuDef = {
  skuId: '05e9a617-0261-4cee-bb44-138d3ef5d965',
  skuPartNumber: 'SPE_E3',
  plans: [EXCHANGE, TEAMS, SHAREPOINT, INTUNE, AAD_P1],
  enabled: 50,
  consumed: 31,
}
const SPE_E5: SkuDef = {
  skuId: '06ebc4ee-1bb5-47dd-8120-11324bc54e06',
  skuPartNumber: 'SPE_E5',
  plans: [EXCHANGE, TEAMS, SHAREPOINT, INTUNE, ADALLOM, AAD_P1, AAD_P2],
  enabled: 50,
  consumed: 31,
}
const FLOW_FREE: SkuDef = {
  skuId: 'f30db892-07e9-47e9-837c-80727f46fd3d',
  skuPartNumber: 'FLOW_FREE',
  plans: [
    {
      servicePlanId: '50e68c76-46c6-4674-81f9-75456511b170',
      servicePlanName: 'FLOW_P2_VIRAL',
      appliesTo: 'User',
    },
  ],
  enabled: 10000,
  consumed: 4,
}

/** subscribedSkus for a licence level: the AAD plans arrive bundled in a suite, as in most tenants. */
export function subscribedSkusFor(tenantId: string, license: License): SubscribedSku[] {
  const skus =
    license === 'free'
      ? [BUSINESS_BASIC, FLOW_FREE]
      : license === 'p1'
        ? [SPE_E3, FLOW_FREE]
        : [SPE_E5, FLOW_FREE]
  return skus.map((sku) => ({
    accountName: 'Contoso',
    accountId: tenantId,
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: sku.consumed,
    id: `${tenantId}_${sku.skuId}`,
    prepaidUnits: { enabled: sku.enabled, lockedOut: 0, suspended: 0, warning: 0 },
    servicePlans: sku.plans.map((p) => ({
      servicePlanId: p.servicePlanId,
      servicePlanName: p.servicePlanName,
      provisioningStatus: 'Success',
      appliesTo: p.appliesTo,
    })),
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    subscriptionIds: [`${sku.skuId.slice(0, 8)}-0000-4000-8000-${tenantId.replace(/-/g, '').slice(0, 12)}`],
  }))
}

/** Group-based assignment (and so group provisioning) needs Entra ID P1 or P2. */
export function hasPremium(license: License): boolean {
  return license !== 'free'
}
