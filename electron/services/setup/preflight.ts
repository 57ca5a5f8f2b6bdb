import type { DirectoryRole, SubscribedSku, User } from '@microsoft/microsoft-graph-types'

import type { AppError, Result } from '../../../shared/result'
import { holdsSetUpRole } from '../../../shared/scopes'
import type { StepId } from '../../../shared/steps'
import type { BatchAnswer, GraphApi } from '../graph/graph-api'
import { eq, odataQuery } from '../graph/odata'
import { lookUpPrincipals } from './principal-lookup'
import { askWhichApp, decideApp, findHelloIdApps } from './tenant-apps'
import { premiumFrom, provisioningTemplates, type TenantReader } from './tenant-reader'
import type { AssignmentTarget, Check, ExistingApp, TenantFacts } from './types'

/** The HelloID-side checks, injected so pre-flight stays independent of how they are done. */
export interface HelloIdChecks {
  validateUrl: (raw: string) => Result<{ url: string; warnings: string[]; unrecognisedHost: string | null }>
  validateSecret: (raw: string) => Result<{ secret: string; warnings: string[] }>
  probe: (input: { url: string; secret: string }) => Promise<Result<unknown>>
}

export interface PreflightInput {
  scimUrl?: string
  secret?: string
  assignments?: AssignmentTarget[]
  /** A host that is not a helloid.com address, which the person confirmed is their HelloID. */
  trustedHost?: string
}

export interface PreflightReport {
  checks: Check[]
  facts: TenantFacts | null
  /** The cleaned HelloID values, when they passed their checks (`secret` is not serialised). */
  helloId: { url: string; secret: string } | null
}

/**
 * Read-only checks before anything changes: who is signed in and with which roles, licences, the
 * HelloID gallery app, HelloID apps that already exist, the HelloID URL and secret (format, then the same
 * SCIM request Entra's Test Connection makes), and the principals to assign.
 */
export async function runPreflight(
  graph: GraphApi,
  reader: TenantReader,
  helloId: HelloIdChecks,
  input: PreflightInput,
): Promise<PreflightReport> {
  const checks: Check[] = []
  const add = (check: Check): void => void checks.push(check)

  // One round trip for the four independent reads.
  const batch = await graph.batch(
    [
      { id: 'me', method: 'GET', url: '/me?$select=id,displayName,userPrincipalName,userType' },
      {
        id: 'roles',
        method: 'GET',
        url: '/me/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId&$count=true',
        headers: { ConsistencyLevel: 'eventual' },
      },
      {
        id: 'skus',
        method: 'GET',
        url: '/subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus,servicePlans',
      },
      {
        id: 'template',
        method: 'GET',
        url: `/applicationTemplates${odataQuery({ $filter: eq('displayName', 'HelloID') })}`,
      },
    ],
    'read',
  )
  if (!batch.ok) {
    add(graphFailureCheck('tenant-read', 'azure-open-entra', 'Read the tenant', batch.error))
    return { checks, facts: null, helloId: await checkHelloId(helloId, input, add) }
  }
  const answer = (id: string): BatchAnswer | undefined => batch.value.get(id)
  const bodyOf = <T>(id: string): T | null => {
    const a = answer(id)
    return a && a.status >= 200 && a.status < 300 ? (a.body as T) : null
  }

  const me = bodyOf<User>('me')
  add(
    me
      ? {
          id: 'signed-in',
          step: 'azure-sign-in',
          status: 'pass',
          title: 'Signed in',
          detail: `${me.displayName ?? ''} (${me.userPrincipalName ?? ''})`,
        }
      : {
          id: 'signed-in',
          step: 'azure-sign-in',
          status: 'fail',
          title: 'Signed in',
          detail: 'Could not read the signed-in user.',
          fix: 'Sign in again.',
        },
  )
  if (me?.userType === 'Guest') {
    add({
      id: 'guest-account',
      step: 'azure-sign-in',
      status: 'warn',
      title: 'Guest account',
      detail:
        'You are signed in as a guest of this tenant. That works when the guest holds an administrator role here.',
    })
  }

  const roles = (bodyOf<{ value: DirectoryRole[] }>('roles')?.value ?? []).map((r) => ({
    roleTemplateId: r.roleTemplateId ?? '',
    displayName: r.displayName ?? '',
  }))
  // Setting up provisioning needs Application Administrator or Cloud Application Administrator at least
  // (https://learn.microsoft.com/graph/api/synchronization-synchronizationjob-provisionondemand); only
  // active roles are listed, so an eligible PIM role counts once activated
  // (https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-how-to-activate-role).
  // The check belongs to sign-in: the account is what has to change.
  const canSetUp = holdsSetUpRole(roles)
  add(
    canSetUp
      ? {
          id: 'admin-role',
          step: 'azure-sign-in',
          status: 'pass',
          title: 'Administrator role',
          detail: roles.map((r) => r.displayName).join(', '),
        }
      : {
          id: 'admin-role',
          step: 'azure-sign-in',
          status: 'fail',
          title: 'Administrator role',
          detail: roles.length
            ? `Your active roles (${roles.map((r) => r.displayName).join(', ')}) cannot create apps or set up provisioning.`
            : 'Your account has no active administrator role in this tenant.',
          fix: 'Sign in with an account that is Application Administrator, Cloud Application Administrator or Global Administrator. If the role is eligible in Privileged Identity Management, activate it and sign in again. Until then, follow the guided steps by hand.',
        },
  )

  // Reading subscriptions may be refused to an Application Administrator; then the licence is unknown,
  // not missing, and group assignment goes ahead with a warning.
  // https://learn.microsoft.com/graph/api/subscribedsku-list?view=graph-rest-1.0
  const skus = bodyOf<{ value: SubscribedSku[] }>('skus')
  const skuStatus = answer('skus')?.status ?? null
  const known = premiumFrom(skus?.value ?? [])
  const premium: TenantFacts['premium'] = skus ? known : { p1: null, p2: null }
  add(
    premium.p1 === null
      ? {
          id: 'licence',
          step: 'azure-assign-users',
          status: 'warn',
          title: 'Licence for group assignment',
          detail: `The licence is unknown: Entra did not let this account read the tenant’s subscriptions${
            skuStatus ? ` (${skuStatus})` : ''
          }. Groups are assigned anyway; without Entra ID P1 or P2, Entra ignores group assignments and syncs only directly assigned users.`,
          fix: 'Check the licence in the Entra admin center (Billing › Licenses), or assign users directly.',
        }
      : premium.p1
        ? {
            id: 'licence',
            step: 'azure-assign-users',
            status: 'pass',
            title: 'Licence for group assignment',
            detail: premium.p2 ? 'Entra ID P2' : 'Entra ID P1',
          }
        : {
            id: 'licence',
            step: 'azure-assign-users',
            status: 'warn',
            title: 'Licence for group assignment',
            detail:
              'This tenant has no Entra ID P1 or P2, so groups cannot be assigned (HelloID’s documentation asks for P2 to sync groups).',
            fix: 'Assign users one by one, or license Entra ID P1/P2 first.',
          },
  )

  let templates = provisioningTemplates(
    bodyOf<{ value: { id?: string; displayName?: string; supportedProvisioningTypes?: string[] }[] }>(
      'template',
    )?.value ?? [],
    'HelloID',
  )
  let lookupProblem: string | null = null
  if (templates.length === 0) {
    // No entry named exactly HelloID: the lookup's documented fallback, still provisioning-only.
    const fallback = await reader.helloIdTemplate()
    if (fallback.ok)
      templates = fallback.value?.id
        ? [
            {
              id: fallback.value.id,
              displayName: fallback.value.displayName ?? 'HelloID',
              supportedProvisioningTypes: ['sync'],
            },
          ]
        : []
    else lookupProblem = fallback.error.message
  }
  const template = templates[0]?.id
    ? { id: templates[0].id, displayName: templates[0].displayName ?? 'HelloID' }
    : null
  add(
    template && templates.length === 1
      ? {
          id: 'gallery-app',
          step: 'azure-select-helloid',
          status: 'pass',
          title: 'HelloID in the app gallery',
          detail:
            template.displayName === 'HelloID'
              ? 'Found, with automatic provisioning.'
              : `Found as “${template.displayName}”, with automatic provisioning.`,
        }
      : {
          id: 'gallery-app',
          step: 'azure-select-helloid',
          status: 'fail',
          title: 'HelloID in the app gallery',
          detail:
            lookupProblem ??
            (templates.length > 1
              ? 'More than one gallery entry is named HelloID.'
              : 'The HelloID gallery app with provisioning was not found in this cloud.'),
          fix: 'Check the selected Microsoft cloud; the HelloID gallery app may not be offered there.',
        },
  )

  const existingApps: ExistingApp[] = []
  if (template) {
    const apps = await findHelloIdApps(reader, template.id)
    if (apps.ok) {
      for (const { tags: _tags, ...app } of apps.value) {
        const jobs = app.servicePrincipalId ? await reader.jobs(app.servicePrincipalId) : null
        existingApps.push({
          ...app,
          jobs: jobs?.ok
            ? jobs.value.map((j) => ({ id: j.id ?? '', statusCode: j.status?.code ?? 'Unknown' }))
            : [],
        })
      }
    }
    add(existingAppCheck(existingApps))
  }

  const facts: TenantFacts = {
    me: {
      id: me?.id ?? '',
      displayName: me?.displayName ?? '',
      userPrincipalName: me?.userPrincipalName ?? '',
      userType: me?.userType ?? 'Member',
    },
    roles,
    canSetUp,
    premium,
    template,
    existingApps,
  }
  const cleaned = await checkHelloId(helloId, input, add)
  await checkAssignments(graph, reader, input.assignments ?? [], premium.p1, add)
  return { checks, facts, helloId: cleaned }
}

/**
 * The format checks of the pasted HelloID URL (step 13) and secret (step 14), with the fix for each.
 * Shared by pre-flight and by the UI's "Check and keep", so both say the same thing.
 */
export function helloIdFormatChecks(
  url: Result<{ url: string; warnings: string[] }>,
  secret: Result<{ secret: string; warnings: string[] }>,
): [Check, Check] {
  return [
    url.ok
      ? {
          id: 'helloid-url',
          step: 'azure-tenant-url',
          status: url.value.warnings.length ? 'warn' : 'pass',
          title: 'HelloID URL',
          detail: url.value.warnings.join(' ') || url.value.url,
        }
      : {
          id: 'helloid-url',
          step: 'azure-tenant-url',
          status: 'fail',
          title: 'HelloID URL',
          detail: url.error.message,
          fix: 'Copy the URL again from HelloID › Directory › Azure AD.',
        },
    secret.ok
      ? {
          id: 'helloid-secret',
          step: 'azure-secret-token',
          status: secret.value.warnings.length ? 'warn' : 'pass',
          title: 'HelloID secret',
          detail:
            secret.value.warnings.join(' ') ||
            'Looks right. It is kept in memory only and never shown again.',
        }
      : {
          id: 'helloid-secret',
          step: 'azure-secret-token',
          status: 'fail',
          title: 'HelloID secret',
          detail: secret.error.message,
          fix: 'Copy the Secret again from HelloID, or click New Secret there.',
        },
  ]
}

async function checkHelloId(
  helloId: HelloIdChecks,
  input: PreflightInput,
  add: (check: Check) => void,
): Promise<{ url: string; secret: string } | null> {
  if (input.scimUrl === undefined && input.secret === undefined) return null
  const url = helloId.validateUrl(input.scimUrl ?? '')
  const secret = helloId.validateSecret(input.secret ?? '')
  helloIdFormatChecks(url, secret).forEach(add)
  if (!url.ok || !secret.ok) return null
  const host = unconfirmedHost(url.value, input.trustedHost)
  if (host !== null) {
    add(unconfirmedHostCheck(host))
    return null
  }
  const probe = await helloId.probe({ url: url.value.url, secret: secret.value.secret })
  add(
    probe.ok
      ? {
          id: 'helloid-probe',
          step: 'azure-test-connection',
          status: 'pass',
          title: 'HelloID answers',
          detail:
            'HelloID accepted the secret for this URL (the same request Entra’s Test Connection makes).',
        }
      : {
          id: 'helloid-probe',
          step: 'azure-test-connection',
          status: 'fail',
          title: 'HelloID answers',
          detail: probe.error.message,
          ...(typeof probe.error.details?.fix === 'string' ? { fix: probe.error.details.fix } : {}),
        },
  )
  return probe.ok ? cleanedValues(url.value.url, secret.value.secret) : null
}

/**
 * The cleaned URL and secret for apply. The secret is a non-enumerable property: code in this process
 * reads it, but JSON, structured clone (IPC) and loggers that walk the report never see it.
 */
function cleanedValues(url: string, secret: string): { url: string; secret: string } {
  const values = { url } as { url: string; secret: string }
  Object.defineProperty(values, 'secret', { value: secret, enumerable: false })
  return values
}

/**
 * Step 20's principals, looked up as apply does ({@link lookUpPrincipals}: users and groups by id 20 to
 * a `$batch`), so a long list costs a few round trips. A lookup that fails fails every check it covers.
 */
async function checkAssignments(
  graph: GraphApi,
  reader: TenantReader,
  targets: AssignmentTarget[],
  /** Null when the licence could not be read: then groups are not refused. */
  hasPremium: boolean | null,
  add: (check: Check) => void,
): Promise<void> {
  const found = await lookUpPrincipals(graph, reader, targets)
  for (const [index, target] of targets.entries()) {
    const id = `assign-${target.kind}-${target.ref}`
    const principal: Result<{ id?: string | null; displayName?: string | null } | null> = found.ok
      ? { ok: true, value: found.value[index] ?? null }
      : found
    if (target.kind === 'user') {
      add(
        principal.ok && principal.value
          ? {
              id,
              step: 'azure-assign-users',
              status: 'pass',
              title: `User ${target.ref}`,
              detail: principal.value.displayName ?? target.ref,
            }
          : {
              id,
              step: 'azure-assign-users',
              status: 'fail',
              title: `User ${target.ref}`,
              detail: principal.ok ? 'No such user in this tenant.' : principal.error.message,
              fix: 'Check the user principal name.',
            },
      )
      continue
    }
    const group = principal
    if (!group.ok || !group.value?.id) {
      add({
        id,
        step: 'azure-assign-users',
        status: 'fail',
        title: `Group ${target.ref}`,
        detail: group.ok ? 'No such group in this tenant.' : group.error.message,
        fix: 'Check the group name or use its object id.',
      })
      continue
    }
    if (hasPremium === false) {
      add({
        id,
        step: 'azure-assign-users',
        status: 'fail',
        title: `Group ${target.ref}`,
        detail: 'Groups can only be assigned with Entra ID P1 or P2.',
        fix: 'Assign the users directly instead.',
      })
      continue
    }
    const nested = await reader.groupHasNestedGroups(group.value.id)
    add(
      nested.ok && nested.value
        ? {
            id,
            step: 'azure-assign-users',
            status: 'warn',
            title: `Group ${target.ref}`,
            detail: 'This group contains other groups. Members of those nested groups are not synced.',
            fix: 'Assign the nested groups too, or their users directly.',
          }
        : {
            id,
            step: 'azure-assign-users',
            status: 'pass',
            title: `Group ${target.ref}`,
            detail: group.value.displayName ?? target.ref,
          },
    )
  }
}

/** What pre-flight found of HelloID apps in the tenant, and what apply will do about them. */
function existingAppCheck(apps: readonly ExistingApp[]): Check {
  const check = { id: 'existing-app', step: 'azure-enterprise-apps', title: 'Existing HelloID apps' } as const
  const decision = decideApp(apps)
  if (decision.kind === 'create')
    return { ...check, status: 'pass', detail: 'None yet; the assistant will create one.' }
  if (decision.kind === 'use')
    return {
      ...check,
      status: 'pass',
      detail: `“${decision.app.displayName}” was made by this assistant (on this or another computer); it will be used, not created again.`,
    }
  return {
    ...check,
    status: 'warn',
    detail: askWhichApp(decision),
    fix: 'Choose the app to use before making changes (in the CLI: --reuse ID).',
  }
}

function graphFailureCheck(id: string, step: StepId, title: string, error: AppError): Check {
  return {
    id,
    step,
    status: 'fail',
    title,
    detail: error.message,
    fix: 'Check the sign-in and the network, then run the check again.',
  }
}

/** The URL's host when it is not a HelloID address and the person has not confirmed it; else null. */
export function unconfirmedHost(
  url: { unrecognisedHost: string | null },
  trustedHost?: string,
): string | null {
  return url.unrecognisedHost !== null && url.unrecognisedHost !== trustedHost ? url.unrecognisedHost : null
}

/** The check that stops the secret from going to a host nobody confirmed. */
export function unconfirmedHostCheck(host: string): Check {
  return {
    id: 'helloid-host',
    step: 'azure-tenant-url',
    status: 'fail',
    title: 'HelloID host',
    detail: `“${host}” is not a helloid.com address, so the secret was not sent there.`,
    fix: 'Copy the URL again from HelloID › Directory › Azure AD. Only if this really is your HelloID address, confirm the host, then check again.',
  }
}

/** True when nothing in the report blocks applying changes. */
export function preflightPassed(report: PreflightReport): boolean {
  return report.facts !== null && report.checks.every((c) => c.status !== 'fail')
}
