import type { AppRoleAssignment, SynchronizationSchema } from '@microsoft/microsoft-graph-types'

import type { JobViewData, Message } from '../../../shared/contract'
import { ok, type Result } from '../../../shared/result'
import { graphDetails } from '../graph/graph-api'
import type { SetupEngine } from '../setup/engine'
import type { JournalEntry } from '../setup/journal'
import { findHelloIdApps } from '../setup/tenant-apps'
import { jobPath, TenantReader } from '../setup/tenant-reader'
import type { OptionalMapping } from '../setup/types'

/**
 * What the handover report says, read from the tenant at the moment it is made. Never a secret or a
 * token: the HelloID secret is not readable from Entra at all, and tokens never reach this module.
 */
export interface HandoverFacts {
  generatedAt: string
  customer: {
    name: string
    tenant: string | null
    tenantId: string
    cloudId: string
    helloIdPortal: string | null
    /** The HelloID URL saved in Entra (Tenant URL), as last saved by the assistant. */
    helloIdUrl: string | null
  }
  signedIn: { name: string; username: string; at: string | null }
  /** The HelloID enterprise app, or null when none is set up. */
  app: {
    displayName: string
    servicePrincipalId: string
    appId: string
    applicationId: string | null
    madeByAssistant: boolean
    createdAt: string | null
  } | null
  job: (JobViewData & { id: string }) | null
  settings: {
    /** Entra's "Scope" on the Provisioning page: the assistant saves "Sync only assigned users and groups". */
    scope: 'assigned' | 'unknown'
    /** The optional mappings found in the job's schema (read from the tenant). */
    mappings: Record<OptionalMapping, boolean> | null
    /** Entra cannot be asked for it (it is saved with the credentials): what this run chose, if known. */
    notificationEmail: string | null
  }
  /** Entra's Test Connection with the saved credentials, run now; else what the journal last recorded. */
  testConnection: { result: 'passed' | 'failed' | 'not-checked'; at: string | null; detail: string | null }
  assignments: { displayName: string; type: string; id: string }[]
  /** Warnings a person should still look at: checks that warned, and the job's problem if any. */
  warnings: ReportWarning[]
}

/**
 * A warning for the report: a check that warned, as catalog words (worded in the report's language), or a
 * code of the job's problem (`job.<fix>`, `job.escrowed`). Plain text from an older version is shown as is.
 */
export type ReportWarning = string | { title: Message; detail: Message }

export interface CollectHandoverOptions {
  engine: SetupEngine
  journal: JournalEntry[]
  customer: HandoverFacts['customer']
  signedIn: HandoverFacts['signedIn']
  /** Choices of this session's or command's run (the notification e-mail cannot be read back). */
  notificationEmail?: string | null
  /** Warnings known to the caller (pre-flight checks that warned), as catalog words. */
  warnings?: ReportWarning[]
  now?: () => Date
}

/** Mapping targets the assistant adds, as HelloID documents them (see ensure-mappings.ts). */
const mappingTargets: Record<OptionalMapping, string> = { employeeId: 'employeeId', manager: 'manager.id' }

/**
 * Reads what the handover report needs from the tenant: the HelloID app and job the setup uses (the
 * engine's own choice, as `status` makes it), the job's status, the schema's mappings, the app's
 * assignments, and Entra's Test Connection with the saved credentials, which changes nothing
 * (https://learn.microsoft.com/graph/api/synchronization-synchronizationjob-validatecredentials?view=graph-rest-1.0).
 * The journal only adds when things happened.
 */
export async function collectHandoverFacts(options: CollectHandoverOptions): Promise<Result<HandoverFacts>> {
  const { engine, journal } = options
  const now = options.now ?? (() => new Date())
  const reader = new TenantReader(engine.graph)
  const base: HandoverFacts = {
    generatedAt: now().toISOString(),
    customer: options.customer,
    signedIn: options.signedIn,
    app: null,
    job: null,
    settings: { scope: 'unknown', mappings: null, notificationEmail: options.notificationEmail ?? null },
    testConnection: { result: 'not-checked', at: null, detail: null },
    assignments: [],
    warnings: [...(options.warnings ?? [])],
  }
  const ids = await engine.lastSetupIds()
  if (!ids) return ok(base)

  const template = await reader.helloIdTemplate()
  if (!template.ok) return template
  const apps = template.value?.id ? await findHelloIdApps(reader, template.value.id) : ok([])
  if (!apps.ok) return apps
  const app = apps.value.find((a) => a.servicePrincipalId === ids.spId)
  const sp = app ? null : await reader.servicePrincipal(ids.spId)
  if (sp && !sp.ok) return sp

  const view = await engine.monitor(ids, { maxWaitMs: 0 })
  if (!view.ok) return view
  const { timedOut: _t, ...job } = view.value

  const schema = await reader.schema(ids.spId, ids.jobId)
  const assigned = await reader.all<AppRoleAssignment>(`/servicePrincipals/${ids.spId}/appRoleAssignedTo`)
  if (!assigned.ok) return assigned
  const tested = await testSavedConnection(engine, ids, journal)
  const last = (event: string): string | null =>
    [...journal].reverse().find((e) => e.event === event && e.ids?.servicePrincipalId === ids.spId)?.at ??
    null
  const appCreated =
    [...journal].reverse().find((e) => e.event === 'app-created' && e.ids?.servicePrincipalId === ids.spId)
      ?.at ?? null

  return ok({
    ...base,
    app: {
      displayName: app?.displayName ?? (sp?.ok ? (sp.value.displayName ?? '') : ''),
      servicePrincipalId: ids.spId,
      appId: app?.appId ?? (sp?.ok ? (sp.value.appId ?? '') : ''),
      applicationId: app?.applicationId ?? null,
      madeByAssistant: app?.madeByAssistant ?? false,
      createdAt: app?.createdDateTime ?? appCreated,
    },
    job: { ...job, id: ids.jobId },
    settings: {
      ...base.settings,
      // The assistant saves SyncAll=false with the credentials; Entra offers no read of them.
      scope: last('secrets-saved') ? 'assigned' : 'unknown',
      mappings: schema.ok ? mappingsIn(schema.value) : null,
    },
    testConnection: tested,
    assignments: assigned.value.map((a) => ({
      displayName: a.principalDisplayName ?? '',
      type: a.principalType ?? '',
      id: a.principalId ?? '',
    })),
    warnings: [...base.warnings, ...jobWarnings(job)],
  })
}

/** Which optional mappings the job's schema holds. */
function mappingsIn(schema: SynchronizationSchema): Record<OptionalMapping, boolean> {
  const targets = new Set(
    (schema.synchronizationRules ?? []).flatMap((rule) =>
      (rule.objectMappings ?? []).flatMap((m) =>
        (m.attributeMappings ?? []).map((a) => a.targetAttributeName),
      ),
    ),
  )
  return {
    employeeId: targets.has(mappingTargets.employeeId),
    manager: targets.has(mappingTargets.manager),
  }
}

/** The job's own problem, as codes the report words (no secret can be in them: they are Entra's). */
function jobWarnings(job: JobViewData): string[] {
  const out: string[] = []
  if (job.problem) out.push(`job.${job.problem.fix}`)
  if (job.lastCycle && job.lastCycle.escrowed > 0) out.push('job.escrowed')
  return out
}

/**
 * Entra's Test Connection with the credentials it saved: 204 when HelloID accepts them. When it cannot
 * be run now (no permission to write, no token), the report says when the assistant last saved them,
 * which it does only after a Test Connection passed.
 */
async function testSavedConnection(
  engine: SetupEngine,
  ids: { spId: string; jobId: string },
  journal: JournalEntry[],
): Promise<HandoverFacts['testConnection']> {
  const tested = await engine.graph.call({
    method: 'POST',
    path: `${jobPath(ids)}/validateCredentials`,
    body: { useSavedCredentials: true },
    idempotent: true,
  })
  if (tested.ok) return { result: 'passed', at: new Date().toISOString(), detail: null }
  const status = graphDetails(tested.error)?.status
  if (status === 400 || status === 422) {
    const detail = graphDetails(tested.error)?.graphMessage ?? null
    return { result: 'failed', at: new Date().toISOString(), detail }
  }
  const saved = [...journal].reverse().find((e) => e.event === 'secrets-saved')
  return saved
    ? { result: 'passed', at: saved.at, detail: 'saved' }
    : { result: 'not-checked', at: null, detail: null }
}
