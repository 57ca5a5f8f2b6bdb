import type { AppRole } from '@microsoft/microsoft-graph-types'

import { addOptionalMappings } from '../../electron/services/setup/ensure-mappings'
import { chooseAppRole } from '../../electron/services/setup/tenant-reader'
import type { AssignmentTarget, OptionalMapping } from '../../electron/services/setup/types'

/** What the scripted peer needs: Graph, a token, a sleep (the simulator's clock) and the choices. */
export interface PeerOptions {
  graphBaseUrl: string
  token: () => Promise<string>
  sleep: (ms: number) => Promise<void>
  scimUrl: string
  secret: string
  assignments: readonly AssignmentTarget[]
  mappings: readonly OptionalMapping[]
}

/** Published scripts wait a fixed 30 s after instantiate before touching the new app. */
const SLEEP_AFTER_INSTANTIATE_MS = 30_000
/** …and retry a step that failed after a fixed pause. */
const FIXED_RETRY_MS = 10_000
const MAX_TRIES = 12

/** An OData string literal as scripts write it: single quotes doubled. */
const quoted = (value: string): string => `'${value.replace(/'/g, "''")}'`

interface Answer {
  status: number
  body: unknown
}

/**
 * The same setup done the way published PowerShell and Graph samples do it: look the template up,
 * instantiate, sleep a fixed 30 s, then each step in turn with fixed-interval retries, one GET per
 * principal and one POST per assignment (no batching), then start. Throttling is retried after
 * Retry-After, as the Graph SDKs do by default. Returns when the job is started.
 */
export async function runScriptedPeer(options: PeerOptions): Promise<void> {
  const send = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    for (;;) {
      const response = await fetch(`${options.graphBaseUrl}/v1.0${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await options.token()}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      const text = await response.text()
      if (response.status === 429 || response.status === 503) {
        await options.sleep(Number(response.headers.get('retry-after') ?? '1') * 1000)
        continue
      }
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null }
    }
  }
  const until = async (step: string, attempt: () => Promise<Answer | null>): Promise<Answer> => {
    for (let tries = 1; ; tries++) {
      const answer = await attempt()
      if (answer && answer.status < 300) return answer
      if (tries >= MAX_TRIES) throw new Error(`peer: ${step} kept failing (${answer?.status ?? 'empty'})`)
      await options.sleep(FIXED_RETRY_MS)
    }
  }

  const templates = await send('GET', `/applicationTemplates?$filter=displayName eq ${quoted('HelloID')}`)
  const template = (
    templates.body as { value: { id: string; supportedProvisioningTypes?: string[] }[] }
  ).value.find((t) => (t.supportedProvisioningTypes ?? []).includes('sync'))
  if (!template) throw new Error('peer: no HelloID template')
  const created = await send('POST', `/applicationTemplates/${template.id}/instantiate`, {
    displayName: 'HelloID',
  })
  const sp = (created.body as { servicePrincipal?: { id: string; appRoles?: AppRole[] } }).servicePrincipal
  if (!sp?.id) throw new Error(`peer: instantiate answered ${created.status}`)
  await options.sleep(SLEEP_AFTER_INSTANTIATE_MS)

  const syncTemplates = await until('sync templates', async () => {
    const answer = await send('GET', `/servicePrincipals/${sp.id}/synchronization/templates`)
    const list = (answer.body as { value?: { id: string }[] } | null)?.value ?? []
    return answer.status === 200 && list.length > 0 ? answer : null
  })
  const templateId = (syncTemplates.body as { value: { id: string }[] }).value[0]?.id
  const job = await until('create job', () =>
    send('POST', `/servicePrincipals/${sp.id}/synchronization/jobs`, { templateId }),
  )
  const jobPath = `/servicePrincipals/${sp.id}/synchronization/jobs/${(job.body as { id: string }).id}`
  const credentials = [
    { key: 'BaseAddress', value: options.scimUrl },
    { key: 'SecretToken', value: options.secret },
  ]
  await until('test connection', () =>
    send('POST', `${jobPath}/validateCredentials`, { useSavedCredentials: false, credentials }),
  )
  await until('save connection', () =>
    send('PUT', `/servicePrincipals/${sp.id}/synchronization/secrets`, { value: credentials }),
  )
  if (options.mappings.length > 0) {
    const schema = await until('read schema', () => send('GET', `${jobPath}/schema`))
    const edited = addOptionalMappings(schema.body as never, options.mappings)
    if (!edited.ok) throw new Error(`peer: ${edited.error.message}`)
    await until('write schema', () => send('PUT', `${jobPath}/schema`, edited.value.schema))
  }
  const roles = await until('read roles', () => send('GET', `/servicePrincipals/${sp.id}?$select=appRoles`))
  const role = chooseAppRole((roles.body as { appRoles?: AppRole[] }).appRoles ?? [])
  for (const target of options.assignments) {
    const found = await send(
      'GET',
      target.kind === 'user'
        ? `/users/${encodeURIComponent(target.ref)}?$select=id`
        : `/groups?$filter=displayName eq ${quoted(target.ref)}&$select=id`,
    )
    const body = found.body as { id?: string; value?: { id: string }[] }
    const principalId = body.id ?? body.value?.[0]?.id
    await until('assign', () =>
      send('POST', `/servicePrincipals/${sp.id}/appRoleAssignedTo`, {
        principalId,
        resourceId: sp.id,
        appRoleId: role?.id,
      }),
    )
  }
  await until('start', () => send('POST', `${jobPath}/start`))
}
