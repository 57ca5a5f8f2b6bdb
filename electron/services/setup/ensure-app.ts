import type {
  Application,
  ApplicationServicePrincipal,
  ServicePrincipal,
} from '@microsoft/microsoft-graph-types'

import { displayName, errorOf, identifier, msg } from '../../../shared/i18n/message'
import { fail, ok, type Result } from '../../../shared/result'
import { graphDetails } from '../graph/graph-api'
import type { RunContext } from './run-context'
import {
  ASSISTANT_TAG,
  askWhichApp,
  decideApp,
  findHelloIdApps,
  oldestFirst,
  type TenantApp,
} from './tenant-apps'
import { isNotFound, isTransient } from './tenant-reader'
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
 * Step 9: make sure exactly one HelloID enterprise app exists for this setup. The tenant decides, not
 * the local journal: before creating, it lists the apps made from the HelloID template and uses the
 * one the assistant made (recognised by its tag on any machine), or the one the person chose; with an
 * app made by someone else, or several, it asks instead of creating another. After creating, it tags
 * the app and looks again, so two assistants that created at the same moment end with one app. The
 * journal only speeds up recovery after a crash or an unanswered create.
 */
export async function ensureHelloIdApp(
  ctx: RunContext,
  input: { templateId: string; displayName: string; reuseServicePrincipalId?: string },
): Promise<Result<HelloIdApp>> {
  const found = await findHelloIdApps(ctx.reader, input.templateId)
  if (!found.ok) return found
  if (input.reuseServicePrincipalId)
    return useChosen(ctx, input.templateId, found.value, input.reuseServicePrincipalId)

  const journal = await ctx.journal.entries()
  const deleted = new Set(journal.filter((e) => e.event === 'app-deleted').map((e) => e.ids?.applicationId))
  // An app recorded by an earlier run here (finished or interrupted) that still exists is ours.
  const recorded = journal
    .filter((e) => e.event === 'app-created' && e.ids?.applicationId && !deleted.has(e.ids.applicationId))
    .map((e) => e.ids?.applicationId)
  const earlier = found.value.find((a) => recorded.includes(a.applicationId))
  if (earlier) return mark(ctx, await adopt(ctx, toApplication(earlier), false))
  const lastSent = [...journal]
    .reverse()
    .find(
      (e) =>
        e.event === 'instantiate-sent' ||
        (e.event === 'app-created' && e.ids?.applicationId && !deleted.has(e.ids.applicationId)),
    )
  if (lastSent?.event === 'app-created' && lastSent.ids?.applicationId) {
    // An earlier run created the app but it is not listed yet (replication lag): wait for it. If it
    // was deleted outside the assistant, the window passes and the tenant decides below.
    const id = lastSent.ids.applicationId
    const app = await waitForApp(ctx, input.templateId, (a) => a.id === id)
    if (app) return mark(ctx, await adopt(ctx, app, false))
  } else if (lastSent?.event === 'instantiate-sent') {
    // An earlier run sent instantiate but never recorded the answer (crash, timeout): that app may
    // exist and only be slow to appear. Look for it before ever sending another create.
    const before = (lastSent.data?.existingApplicationIds as string[] | undefined) ?? []
    const app = await findNewApp(ctx, input, before)
    if (app) return settleRace(ctx, input.templateId, await mark(ctx, await adopt(ctx, app, true)), before)
  }

  const decision = decideApp(found.value)
  if (decision.kind === 'use') return mark(ctx, await useExisting(ctx, decision.app))
  if (decision.kind === 'ask') return askWhich(ctx, decision)
  return createApp(ctx, input, found.value)
}

/** Instantiates the gallery template, tags what it made and resolves a race with another assistant. */
async function createApp(
  ctx: RunContext,
  input: { templateId: string; displayName: string },
  existing: readonly TenantApp[],
): Promise<Result<HelloIdApp>> {
  let apps: { id?: string | null }[] = existing.map((a) => ({ id: a.applicationId }))
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
        const ready = await waitForServicePrincipal(ctx, {
          applicationId,
          appId: app.appId,
          hintSpId: sp?.id ?? sp?.objectId ?? null,
        })
        return settleRace(ctx, input.templateId, await mark(ctx, ready), beforeIds)
      }
    }
    if (!response.ok && !isAmbiguous(response.error)) return response
    lastDetails = response.ok ? {} : (response.error.details ?? {})

    // The create may have happened even though we could not see it: find it before anything else.
    ctx.emit({
      step: 'azure-create-app',
      id: 'create-app',
      status: 'waiting',
      message: msg('progress.create-app.unconfirmed'),
    })
    const found = await findNewApp(ctx, input, beforeIds)
    if (found)
      return settleRace(ctx, input.templateId, await mark(ctx, await adopt(ctx, found, true)), beforeIds)
  }
  return fail(errorOf('GRAPH_ERROR', msg('problems.apply.appUnconfirmed'), lastDetails))
}

/** Uses the app the person chose (by service principal, application or app id); never tags it. */
async function useChosen(
  ctx: RunContext,
  templateId: string,
  apps: readonly TenantApp[],
  chosenId: string,
): Promise<Result<HelloIdApp>> {
  const decision = decideApp(apps, chosenId)
  if (decision.kind === 'use') return useExisting(ctx, decision.app)
  // Not listed (yet): a service principal read by id still counts when it is a HelloID app.
  const sp = await ctx.reader.servicePrincipal(chosenId)
  if (!sp.ok) return isNotFound(sp) && decision.kind === 'ask' ? askWhich(ctx, decision) : sp
  if (sp.value.applicationTemplateId !== templateId)
    return fail(
      errorOf(
        'INVALID_INPUT',
        msg('problems.apply.notFromGallery', {
          app: sp.value.displayName ? displayName(sp.value.displayName) : identifier(chosenId),
        }),
        { field: 'reuseServicePrincipalId' },
      ),
    )
  return ok({
    applicationId: null,
    appId: sp.value.appId ?? '',
    servicePrincipalId: chosenId,
    created: false,
  })
}

/** Uses an app found in the tenant, waiting out replication of its service principal if needed. */
async function useExisting(ctx: RunContext, app: TenantApp): Promise<Result<HelloIdApp>> {
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'app-adopted',
    ids: { applicationId: app.applicationId, appId: app.appId },
    data: { madeByAssistant: app.madeByAssistant },
  })
  return waitForServicePrincipal(
    ctx,
    { applicationId: app.applicationId, appId: app.appId, hintSpId: app.servicePrincipalId },
    false,
  )
}

/** Stops before any write and says which apps exist and how to choose one. */
async function askWhich(
  ctx: RunContext,
  decision: { apps: readonly TenantApp[]; why: string },
): Promise<Result<HelloIdApp>> {
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'app-choice-needed',
    data: { reason: decision.why, applicationIds: decision.apps.map((a) => a.applicationId) },
  })
  return fail(
    errorOf('INVALID_INPUT', askWhichApp(decision), {
      field: 'reuseServicePrincipalId',
      apps: decision.apps.map((a) => ({
        servicePrincipalId: a.servicePrincipalId,
        applicationId: a.applicationId,
        displayName: a.displayName,
        madeByAssistant: a.madeByAssistant,
      })),
    }),
  )
}

/**
 * Adds the assistant's tag to the service principal it made (keeping Entra's own tags: a PATCH of
 * tags replaces the list, https://learn.microsoft.com/graph/api/serviceprincipal-update), waiting
 * out replication of a new service principal.
 */
async function mark(ctx: RunContext, app: Result<HelloIdApp>): Promise<Result<HelloIdApp>> {
  if (!app.ok) return app
  const spId = app.value.servicePrincipalId
  const sp = await waitUntil(() => ctx.reader.servicePrincipal(spId), {
    policy: ctx.timing.replication,
    retryable: (r) => isNotFound(r) || isTransient(r),
    sleep: ctx.sleep,
  })
  if (!sp.ok) return sp
  const tags = sp.value.tags ?? []
  if (tags.includes(ASSISTANT_TAG)) return app
  const patched = await waitUntil(
    () =>
      ctx.graph.call({
        method: 'PATCH',
        path: `/servicePrincipals/${spId}`,
        body: { tags: [...tags, ASSISTANT_TAG] },
        idempotent: true,
      }),
    {
      policy: ctx.timing.replication,
      retryable: (r) => isNotFound(r) || isTransient(r),
      sleep: ctx.sleep,
    },
  )
  if (!patched.ok) return patched
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'app-marked',
    ids: { servicePrincipalId: spId, appId: app.value.appId },
  })
  return app
}

/**
 * Looks again after creating: when other apps appeared since `before` (another assistant created at
 * the same moment), every assistant keeps the same one, the oldest ({@link oldestFirst}), and removes
 * only its own extra by deleting its application object (which takes its service principal, job and
 * assignments with it). An app without the assistant's tag is someone else's: it is never removed,
 * and is only adopted here once its tag shows that an assistant made it.
 */
async function settleRace(
  ctx: RunContext,
  templateId: string,
  mine: Result<HelloIdApp>,
  before: readonly string[],
): Promise<Result<HelloIdApp>> {
  if (!mine.ok || !mine.value.applicationId) return mine
  const ownId = mine.value.applicationId
  const listed = await waitUntil(() => findHelloIdApps(ctx.reader, templateId), {
    policy: ctx.timing.replication,
    done: (apps) => apps.some((a) => a.applicationId === ownId),
    retryable: isTransient,
    sleep: ctx.sleep,
  })
  if (!listed.ok) return listed
  const own = listed.value.find((a) => a.applicationId === ownId)
  const rivals = listed.value.filter((a) => a.applicationId !== ownId && !before.includes(a.applicationId))
  if (!own || rivals.length === 0) return mine
  const keeper = oldestFirst([own, ...rivals])[0]
  if (!keeper || keeper.applicationId === ownId) return mine

  // The other app was made at the same moment; it is an assistant's only once it carries the tag.
  const tagged = keeper.madeByAssistant ? keeper : await waitForTag(ctx, templateId, keeper.applicationId)
  if (!tagged) return mine
  ctx.emit({
    step: 'azure-create-app',
    id: 'create-app',
    status: 'waiting',
    message: msg('progress.create-app.raceLost'),
  })
  const gone = await ctx.graph.call({ method: 'DELETE', path: `/applications/${ownId}` })
  if (!gone.ok && !isNotFound(gone)) return gone
  await ctx.journal.append({
    runId: ctx.runId,
    event: 'app-deleted',
    ids: { applicationId: ownId },
    data: { reason: 'race', keptApplicationId: tagged.applicationId },
  })
  return useExisting(ctx, tagged)
}

/** Waits (bounded) for the app to carry the assistant's tag; null when it never does. */
async function waitForTag(
  ctx: RunContext,
  templateId: string,
  applicationId: string,
): Promise<TenantApp | null> {
  const found = await waitUntil<TenantApp | null>(
    async () => {
      const list = await findHelloIdApps(ctx.reader, templateId)
      return list.ok ? ok(list.value.find((a) => a.applicationId === applicationId) ?? null) : list
    },
    {
      policy: ctx.timing.replication,
      done: (app) => app === null || app.madeByAssistant,
      retryable: isTransient,
      sleep: ctx.sleep,
    },
  )
  return found.ok && found.value?.madeByAssistant ? found.value : null
}

/** The Graph shape of a listed app, for the journal-recovery paths. */
function toApplication(app: TenantApp): Application {
  return { id: app.applicationId, appId: app.appId, displayName: app.displayName }
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
  if (!app.id || !app.appId) return fail(errorOf('GRAPH_ERROR', msg('problems.apply.appWithoutIds')))
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
    return fail(errorOf('GRAPH_ERROR', msg('problems.apply.noServicePrincipalYet')))
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
