import type {
  Application,
  ApplicationServicePrincipal,
  ServicePrincipal,
} from '@microsoft/microsoft-graph-types'

import { fail, ok, type Result } from '../../../shared/result'
import { graphDetails } from '../graph/graph-api'
import type { RunContext } from './run-context'
import { waitUntil } from './waits'

/** The HelloID enterprise app the rest of the setup hangs off. */
export interface HelloIdApp {
  applicationId: string | null
  appId: string
  servicePrincipalId: string
  created: boolean
}

/** How many times one run sends instantiate after answers that left it unclear. */
const MAX_INSTANTIATE_ATTEMPTS = 5

/**
 * Step 9: make sure exactly one HelloID enterprise app exists for this setup. Reuses what the person
 * chose or what an earlier (possibly crashed) run created; otherwise instantiates the gallery template.
 * After an ambiguous answer (timeout, reset, 5xx, 404-on-create) it looks for the app that attempt
 * created for a bounded window before it ever sends instantiate again, so a retry cannot make a second
 * app.
 */
export async function ensureHelloIdApp(
  ctx: RunContext,
  input: { templateId: string; displayName: string; reuseServicePrincipalId?: string },
): Promise<Result<HelloIdApp>> {
  if (input.reuseServicePrincipalId) {
    const sp = await ctx.reader.servicePrincipal(input.reuseServicePrincipalId)
    if (!sp.ok) return sp
    return ok({
      applicationId: null,
      appId: sp.value.appId ?? '',
      servicePrincipalId: input.reuseServicePrincipalId,
      created: false,
    })
  }

  const existing = await ctx.reader.applicationsFromTemplate(input.templateId)
  if (!existing.ok) return existing
  const journal = await ctx.journal.entries()
  const deleted = new Set(journal.filter((e) => e.event === 'app-deleted').map((e) => e.ids?.applicationId))
  // An app recorded by an earlier run (finished or interrupted) that still exists is ours: adopt it.
  const recorded = journal
    .filter((e) => e.event === 'app-created' && e.ids?.applicationId && !deleted.has(e.ids.applicationId))
    .map((e) => e.ids?.applicationId)
  const earlier = existing.value.find((a) => a.id && recorded.includes(a.id))
  if (earlier) return adopt(ctx, earlier, false)
  const lastSent = [...journal]
    .reverse()
    .find(
      (e) =>
        e.event === 'instantiate-sent' ||
        (e.event === 'app-created' && e.ids?.applicationId && !deleted.has(e.ids.applicationId)),
    )
  if (lastSent?.event === 'app-created' && lastSent.ids?.applicationId) {
    // An earlier run created the app but it is not listed yet (replication lag): wait for it. If it
    // was deleted outside the assistant, the window passes and a new app is created below.
    const id = lastSent.ids.applicationId
    const found = await waitForApp(ctx, input.templateId, (a) => a.id === id)
    if (found) return adopt(ctx, found, false)
  } else if (lastSent?.event === 'instantiate-sent') {
    // An earlier run sent instantiate but never recorded the answer (crash, timeout): that app may
    // exist and only be slow to appear. Look for it before ever sending another create.
    const before = (lastSent.data?.existingApplicationIds as string[] | undefined) ?? []
    const found = await findNewApp(ctx, input, before)
    if (found) return adopt(ctx, found, true)
  }

  let apps = existing.value
  let lastDetails: Record<string, unknown> = {}
  for (let attempt = 0; attempt < MAX_INSTANTIATE_ATTEMPTS; attempt++) {
    if (attempt > 0) {
      // The window passed without the app: it was not created, so one more instantiate is safe.
      const again = await ctx.reader.applicationsFromTemplate(input.templateId)
      if (!again.ok) return again
      apps = again.value
    }
    const beforeIds = apps.map((a) => a.id).filter((id): id is string => Boolean(id))
    await ctx.boundary('before-instantiate')
    await ctx.journal.append({
      runId: ctx.runId,
      event: 'instantiate-sent',
      data: { existingApplicationIds: beforeIds },
    })
    const response = await ctx.graph.call<
      ApplicationServicePrincipal & {
        application?: { objectId?: string }
        servicePrincipal?: { objectId?: string }
      }
    >({
      method: 'POST',
      path: `/applicationTemplates/${input.templateId}/instantiate`,
      body: { displayName: input.displayName },
      noRetry: true,
      timeoutMs: ctx.timing.instantiateTimeoutMs ?? 60_000,
    })
    if (response.ok) {
      const app = response.value.body.application
      const sp = response.value.body.servicePrincipal
      // Old beta bodies say objectId instead of id.
      const applicationId = app?.id ?? app?.objectId ?? null
      if (applicationId && app?.appId) {
        await ctx.journal.append({
          runId: ctx.runId,
          event: 'app-created',
          ids: { applicationId, appId: app.appId },
        })
        await ctx.boundary('after-instantiate')
        return waitForServicePrincipal(ctx, {
          applicationId,
          appId: app.appId,
          hintSpId: sp?.id ?? sp?.objectId ?? null,
        })
      }
    }
    if (!response.ok && !isAmbiguous(response.error)) return response
    lastDetails = response.ok ? {} : (response.error.details ?? {})

    // The create may have happened even though we could not see it: find it before anything else.
    ctx.emit({
      step: 9,
      id: 'create-app',
      status: 'waiting',
      message: 'Entra did not confirm the new app; looking for it before trying again.',
    })
    const found = await findNewApp(ctx, input, beforeIds)
    if (found) return adopt(ctx, found, true)
  }
  return fail({
    code: 'GRAPH_ERROR',
    message:
      'Entra did not confirm whether the HelloID app was created, and it has not appeared yet. Nothing else was changed. Run the setup again in a few minutes: it will find the app if it was created.',
    details: lastDetails,
  })
}

/** Polls the template's apps for one that is not in `before` and carries our display name. */
function findNewApp(
  ctx: RunContext,
  input: { templateId: string; displayName: string },
  before: readonly string[],
): Promise<Application | null> {
  return waitForApp(
    ctx,
    input.templateId,
    (a) => Boolean(a.id) && !before.includes(a.id ?? '') && a.displayName === input.displayName,
  )
}

/** Polls the template's apps (bounded by the ambiguous-create window) for one that `match`es. */
async function waitForApp(
  ctx: RunContext,
  templateId: string,
  match: (app: Application) => boolean,
): Promise<Application | null> {
  const found = await waitUntil<Application | null>(
    async () => {
      const list = await ctx.reader.applicationsFromTemplate(templateId)
      return list.ok ? ok(list.value.find(match) ?? null) : list
    },
    {
      policy: ctx.timing.ambiguousCreate,
      done: (app) => app !== null,
      retryable: () => true,
      sleep: ctx.sleep,
    },
  )
  return found.ok ? found.value : null
}

async function adopt(ctx: RunContext, app: Application, created: boolean): Promise<Result<HelloIdApp>> {
  if (!app.id || !app.appId)
    return fail({ code: 'GRAPH_ERROR', message: 'Entra returned an app without ids.' })
  if (created)
    await ctx.journal.append({
      runId: ctx.runId,
      event: 'app-created',
      ids: { applicationId: app.id, appId: app.appId },
    })
  return waitForServicePrincipal(ctx, { applicationId: app.id, appId: app.appId, hintSpId: null }, created)
}

/** Waits out replication until the app's service principal can be read. */
async function waitForServicePrincipal(
  ctx: RunContext,
  ids: { applicationId: string; appId: string; hintSpId: string | null },
  created = true,
): Promise<Result<HelloIdApp>> {
  const sp = await waitUntil<ServicePrincipal | null>(() => ctx.reader.servicePrincipalByAppId(ids.appId), {
    policy: ctx.timing.replication,
    done: (value) => value?.id !== undefined && value !== null,
    retryable: () => true,
    sleep: ctx.sleep,
  })
  if (!sp.ok) return sp
  if (!sp.value?.id) {
    return fail({
      code: 'GRAPH_ERROR',
      message:
        'The HelloID app was created but its service principal has not appeared yet. Run the setup again in a few minutes.',
    })
  }
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'service-principal-ready',
    ids: { applicationId: ids.applicationId, appId: ids.appId, servicePrincipalId: sp.value.id },
  })
  return ok({ applicationId: ids.applicationId, appId: ids.appId, servicePrincipalId: sp.value.id, created })
}

/** Outcomes after which Entra may or may not have created the object. */
export function isAmbiguous(error: { code: string; details?: Record<string, unknown> }): boolean {
  const d = graphDetails(error as Parameters<typeof graphDetails>[0])
  if (error.code === 'NETWORK_ERROR') return true
  return d?.status !== null && d?.status !== undefined && [404, 500, 502, 503, 504].includes(d.status)
}
