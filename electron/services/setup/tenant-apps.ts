import type { Message } from '../../../shared/contract'
import { givenText, msg } from '../../../shared/i18n/message'
import { ok, type Result } from '../../../shared/result'
import type { TenantReader } from './tenant-reader'

/**
 * The tag the assistant adds to every service principal it creates, so that any machine, any data
 * folder and any later run recognises the app as the assistant's own. servicePrincipal.tags holds
 * "custom strings that can be used to categorize and identify the service principal", is writable,
 * and supports $filter: https://learn.microsoft.com/graph/api/resources/serviceprincipal
 */
export const ASSISTANT_TAG = 'HelloIDSetupAssistant'

/** What the find/adopt decision needs to know about one HelloID app in the tenant. */
export interface AppFacts {
  applicationId: string | null
  appId: string
  servicePrincipalId: string | null
  displayName: string
  /** application.createdDateTime; service principals carry none in v1.0. */
  createdDateTime: string | null
  /** Carries {@link ASSISTANT_TAG}: this assistant made it (on any machine). */
  madeByAssistant: boolean
}

/** One HelloID app as read from the tenant. */
export interface TenantApp extends AppFacts {
  applicationId: string
  /** The service principal's tags as read (a PATCH of tags replaces the whole list). */
  tags: string[]
}

/**
 * Every app in the tenant made from the HelloID gallery template, oldest first: the application
 * objects (applicationTemplateId supports $filter eq, and createdDateTime orders them;
 * https://learn.microsoft.com/graph/api/resources/application) joined by appId with their service
 * principals (which carry the tags). An application whose service principal is not readable yet is
 * listed without one.
 */
export async function findHelloIdApps(
  reader: TenantReader,
  templateId: string,
): Promise<Result<TenantApp[]>> {
  const [apps, sps] = await Promise.all([
    reader.applicationsFromTemplate(templateId),
    reader.servicePrincipalsFromTemplate(templateId),
  ])
  if (!apps.ok) return apps
  if (!sps.ok) return sps
  const byAppId = new Map(sps.value.filter((sp) => sp.appId).map((sp) => [sp.appId ?? '', sp]))
  const found: TenantApp[] = []
  for (const app of apps.value) {
    if (!app.id || !app.appId) continue
    const sp = byAppId.get(app.appId)
    const tags = sp?.tags ?? []
    found.push({
      applicationId: app.id,
      appId: app.appId,
      servicePrincipalId: sp?.id ?? null,
      displayName: app.displayName ?? sp?.displayName ?? 'HelloID',
      createdDateTime: app.createdDateTime ?? null,
      madeByAssistant: tags.includes(ASSISTANT_TAG),
      tags,
    })
  }
  return ok(oldestFirst(found))
}

/**
 * Orders apps so every machine agrees which one stays after a race: the oldest createdDateTime
 * first (unknown last), then the smallest application id.
 */
export function oldestFirst<T extends AppFacts>(apps: readonly T[]): T[] {
  const time = (a: AppFacts): number => {
    const t = a.createdDateTime ? Date.parse(a.createdDateTime) : Number.NaN
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t
  }
  return [...apps].sort(
    (a, b) => time(a) - time(b) || (a.applicationId ?? '').localeCompare(b.applicationId ?? ''),
  )
}

/** What to do about the HelloID app before anything is written. */
export type AppDecision<T extends AppFacts> =
  | { kind: 'create' }
  | { kind: 'use'; app: T; why: 'made-by-assistant' | 'chosen' }
  | { kind: 'ask'; apps: T[]; why: 'made-by-someone-else' | 'several' | 'chosen-not-found' }

/** True when `id` names this app by its service principal id, application object id or appId. */
export function appMatches(app: AppFacts, id: string): boolean {
  const want = id.trim().toLowerCase()
  return [app.servicePrincipalId, app.applicationId, app.appId].some((v) => v?.toLowerCase() === want)
}

/**
 * The tenant decides, not the local journal: no HelloID app yet → create one; exactly one, made by
 * the assistant → use it; one made by someone else, or several → ask which to use (the person's
 * explicit choice, `chosenId`, is the only way to adopt an app the assistant did not make). Never
 * "create another" while one exists.
 */
export function decideApp<T extends AppFacts>(apps: readonly T[], chosenId?: string): AppDecision<T> {
  if (chosenId) {
    const chosen = apps.find((a) => appMatches(a, chosenId))
    return chosen
      ? { kind: 'use', app: chosen, why: 'chosen' }
      : { kind: 'ask', apps: [...apps], why: 'chosen-not-found' }
  }
  if (apps.length === 0) return { kind: 'create' }
  const [only] = apps
  if (apps.length === 1 && only)
    return only.madeByAssistant
      ? { kind: 'use', app: only, why: 'made-by-assistant' }
      : { kind: 'ask', apps: [only], why: 'made-by-someone-else' }
  return { kind: 'ask', apps: oldestFirst(apps), why: 'several' }
}

/** The apps to choose from, each by name and the id to choose it by: names and ids, so masked as free text. */
export function describeApps(apps: readonly AppFacts[]): string {
  return apps
    .map((a) => `“${a.displayName}” (${a.servicePrincipalId ?? a.applicationId ?? a.appId})`)
    .join(', ')
}

/** The question when the tenant holds HelloID apps the assistant may not pick itself, as catalog words. */
export function askWhichApp(decision: { apps: readonly AppFacts[]; why: string }): Message {
  const apps = givenText(describeApps(decision.apps))
  if (decision.why === 'chosen-not-found')
    return decision.apps.length
      ? msg('whichApp.chosenNotFound', { apps })
      : msg('whichApp.chosenNotFoundNone')
  if (decision.why === 'made-by-someone-else') return msg('whichApp.someoneElse', { apps })
  return msg('whichApp.several', { apps, count: decision.apps.length })
}
