import type { DirectoryRole, SubscribedSku, User } from '@microsoft/microsoft-graph-types'

import { messageSchema, type Message, type MessageParam } from '../../../shared/contract'
import { displayName, errorSummary, givenText, identifier, msg } from '../../../shared/i18n/message'
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
  validateUrl: (raw: string) => Result<{ url: string; warnings: Message[]; unrecognisedHost: string | null }>
  validateSecret: (raw: string) => Result<{ secret: string; warnings: Message[] }>
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
    add(graphFailureCheck('tenant-read', 'azure-open-entra', msg('checks.title.tenantRead'), batch.error))
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
          title: msg('checks.title.signedIn'),
          detail: msg('checks.detail.signedInAs', {
            name: displayName(me.displayName ?? ''),
            upn: identifier(me.userPrincipalName ?? ''),
          }),
        }
      : {
          id: 'signed-in',
          step: 'azure-sign-in',
          status: 'fail',
          title: msg('checks.title.signedIn'),
          detail: msg('checks.detail.meUnreadable'),
          fix: msg('checks.fix.signInAgain'),
        },
  )
  if (me?.userType === 'Guest') {
    add({
      id: 'guest-account',
      step: 'azure-sign-in',
      status: 'warn',
      title: msg('checks.title.guest'),
      detail: msg('checks.detail.guest'),
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
          title: msg('checks.title.adminRole'),
          // Entra's own role names, as the portal shows them.
          detail: msg('checks.detail.roles', { roles: roles.map((r) => r.displayName).join(', ') }),
        }
      : {
          id: 'admin-role',
          step: 'azure-sign-in',
          status: 'fail',
          title: msg('checks.title.adminRole'),
          detail: roles.length
            ? msg('checks.detail.rolesCannot', { roles: roles.map((r) => r.displayName).join(', ') })
            : msg('checks.detail.noRoles'),
          fix: msg('checks.fix.needRole'),
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
          title: msg('checks.title.licence'),
          detail: skuStatus
            ? msg('checks.detail.licenceUnknownStatus', { status: skuStatus })
            : msg('checks.detail.licenceUnknown'),
          fix: msg('checks.fix.licenceUnknown'),
        }
      : premium.p1
        ? {
            id: 'licence',
            step: 'azure-assign-users',
            status: 'pass',
            title: msg('checks.title.licence'),
            detail: msg(premium.p2 ? 'checks.detail.p2' : 'checks.detail.p1'),
          }
        : {
            id: 'licence',
            step: 'azure-assign-users',
            status: 'warn',
            title: msg('checks.title.licence'),
            detail: msg('checks.detail.noPremium'),
            fix: msg('checks.fix.noPremium'),
          },
  )

  let templates = provisioningTemplates(
    bodyOf<{ value: { id?: string; displayName?: string; supportedProvisioningTypes?: string[] }[] }>(
      'template',
    )?.value ?? [],
    'HelloID',
  )
  let lookupProblem: AppError | null = null
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
    else lookupProblem = fallback.error
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
          title: msg('checks.title.galleryApp'),
          detail:
            template.displayName === 'HelloID'
              ? msg('checks.detail.galleryFound')
              : msg('checks.detail.galleryFoundAs', { name: template.displayName }),
        }
      : {
          id: 'gallery-app',
          step: 'azure-select-helloid',
          status: 'fail',
          title: msg('checks.title.galleryApp'),
          ...(lookupProblem
            ? { detail: errorSummary(lookupProblem), error: lookupProblem }
            : {
                detail: msg(
                  templates.length > 1 ? 'checks.detail.galleryMany' : 'checks.detail.galleryMissing',
                ),
              }),
          fix: msg('checks.fix.gallery'),
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
  url: Result<{ url: string; warnings: Message[] }>,
  secret: Result<{ secret: string; warnings: Message[] }>,
): [Check, Check] {
  return [
    url.ok
      ? {
          id: 'helloid-url',
          step: 'azure-tenant-url',
          status: url.value.warnings.length ? 'warn' : 'pass',
          title: msg('checks.title.helloIdUrl'),
          ...hints(url.value.warnings, msg('checks.detail.url', { url: identifier(url.value.url) })),
        }
      : {
          id: 'helloid-url',
          step: 'azure-tenant-url',
          status: 'fail',
          title: msg('checks.title.helloIdUrl'),
          ...errorDetail(url.error),
          fix: msg('checks.fix.urlAgain'),
        },
    secret.ok
      ? {
          id: 'helloid-secret',
          step: 'azure-secret-token',
          status: secret.value.warnings.length ? 'warn' : 'pass',
          title: msg('checks.title.helloIdSecret'),
          ...hints(secret.value.warnings, msg('checks.detail.secretOk')),
        }
      : {
          id: 'helloid-secret',
          step: 'azure-secret-token',
          status: 'fail',
          title: msg('checks.title.helloIdSecret'),
          ...errorDetail(secret.error),
          fix: msg('checks.fix.secretAgain'),
        },
  ]
}

/** The probe's next step: its catalog words, or (from a probe that has none) its English as given. */
function probeFix(error: AppError): Pick<Check, 'fix'> {
  const words = messageSchema.safeParse(error.details?.fixWords)
  if (words.success) return { fix: words.data }
  const fix = error.details?.fix
  return typeof fix === 'string' ? { fix: msg('checks.fix.given', { text: givenText(fix) }) } : {}
}

/** A value's hints as a check's finding: the first hint, and a second one (rarely more) as what to look at. */
function hints(warnings: Message[], otherwise: Message): Pick<Check, 'detail' | 'fix'> {
  const [first, second] = warnings
  if (!first) return { detail: otherwise }
  return second ? { detail: first, fix: second } : { detail: first }
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
          title: msg('checks.title.helloIdProbe'),
          detail: msg('checks.detail.probeOk'),
        }
      : {
          id: 'helloid-probe',
          step: 'azure-test-connection',
          status: 'fail',
          title: msg('checks.title.helloIdProbe'),
          ...errorDetail(probe.error),
          ...probeFix(probe.error),
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
    const title =
      target.kind === 'user'
        ? msg('checks.title.user', { user: identifier(target.ref) })
        : msg('checks.title.group', { group: principalRef(target.ref) })
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
              title,
              detail: msg('checks.detail.found', {
                name: displayName(principal.value.displayName ?? target.ref),
              }),
            }
          : {
              id,
              step: 'azure-assign-users',
              status: 'fail',
              title,
              ...(principal.ok ? { detail: msg('checks.detail.noUser') } : errorDetail(principal.error)),
              fix: msg('checks.fix.checkUser'),
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
        title,
        ...(group.ok ? { detail: msg('checks.detail.noGroup') } : errorDetail(group.error)),
        fix: msg('checks.fix.checkGroup'),
      })
      continue
    }
    if (hasPremium === false) {
      add({
        id,
        step: 'azure-assign-users',
        status: 'fail',
        title,
        detail: msg('checks.detail.groupNeedsPremium'),
        fix: msg('checks.fix.usersInstead'),
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
            title,
            detail: msg('checks.detail.nestedGroups'),
            fix: msg('checks.fix.nestedGroups'),
          }
        : {
            id,
            step: 'azure-assign-users',
            status: 'pass',
            title,
            detail: msg('checks.detail.found', { name: displayName(group.value.displayName ?? target.ref) }),
          },
    )
  }
}

/** What pre-flight found of HelloID apps in the tenant, and what apply will do about them. */
function existingAppCheck(apps: readonly ExistingApp[]): Check {
  const check = {
    id: 'existing-app',
    step: 'azure-enterprise-apps',
    title: msg('checks.title.existingApps'),
  } as const
  const decision = decideApp(apps)
  if (decision.kind === 'create') return { ...check, status: 'pass', detail: msg('checks.detail.noApps') }
  if (decision.kind === 'use')
    return {
      ...check,
      status: 'pass',
      detail: msg('checks.detail.ourApp', { app: displayName(decision.app.displayName) }),
    }
  return { ...check, status: 'warn', detail: askWhichApp(decision), fix: msg('checks.fix.chooseApp') }
}

function graphFailureCheck(id: string, step: StepId, title: Message, error: AppError): Check {
  return { id, step, status: 'fail', title, ...errorDetail(error), fix: msg('checks.fix.network') }
}

/**
 * A check's detail when an error is behind it: the error's catalog words (or its code's message), and the
 * error itself, which the screens and the CLI word as they word errors.
 */
function errorDetail(error: AppError): Pick<Check, 'detail' | 'error'> {
  return {
    detail: errorSummary(error),
    error: { code: error.code, message: error.message, ...(error.words ? { words: error.words } : {}) },
  }
}

/** A group as the person named it: an object id is an identifier, a name is a name. */
function principalRef(ref: string): MessageParam {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref)
    ? identifier(ref)
    : displayName(ref)
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
    title: msg('checks.title.helloIdHost'),
    detail: msg('checks.detail.notHelloIdHost', { host: identifier(host) }),
    fix: msg('checks.fix.host'),
  }
}

/** True when nothing in the report blocks applying changes. */
export function preflightPassed(report: PreflightReport): boolean {
  return report.facts !== null && report.checks.every((c) => c.status !== 'fail')
}
