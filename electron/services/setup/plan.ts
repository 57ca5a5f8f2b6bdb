import type { Message, MessageParam } from '../../../shared/contract'
import { displayName, identifier, msg } from '../../../shared/i18n/message'
import { askWhichApp, decideApp, type AppDecision } from './tenant-apps'
import type { AssignmentTarget, ExistingApp, PlannedChange, SetupChoices } from './types'

/**
 * The changes a run would make, each tied to its documented step, from the HelloID apps in the tenant and what
 * the person chose, as catalog words (the renderer and the CLI word them). Nothing is written until the person
 * confirms this list.
 */
export function buildPlan(
  existingApps: readonly ExistingApp[],
  choices: Omit<SetupChoices, 'secret'>,
): PlannedChange[] {
  const decision = decideApp(existingApps, choices.reuseServicePrincipalId)
  const plan: PlannedChange[] = [appChange(decision, choices.appDisplayName)]
  const using = decision.kind === 'use' ? decision.app : undefined
  plan.push(
    using?.jobs.length
      ? { step: 'azure-mode-automatic', id: 'create-job', kind: 'reuse', action: msg('plan.reuseJob') }
      : { step: 'azure-mode-automatic', id: 'create-job', kind: 'create', action: msg('plan.createJob') },
  )
  plan.push({
    step: 'azure-test-connection',
    id: 'test-connection',
    kind: 'check',
    action: msg('plan.testConnection', { url: identifier(withoutCredentials(choices.scimUrl)) }),
  })
  plan.push({
    step: 'azure-save-credentials',
    id: 'save-connection',
    kind: 'update',
    action: choices.notificationEmail
      ? msg('plan.saveConnectionNotify', { email: identifier(choices.notificationEmail) })
      : msg('plan.saveConnection'),
  })
  plan.push(
    choices.mappings.length
      ? {
          step: 'azure-optional-mappings',
          id: 'mappings',
          kind: 'update',
          action: msg('plan.mappings', {
            // Attribute names as Entra's mapping screen shows them.
            mappings: choices.mappings.map((m) => (m === 'manager' ? 'manager.id' : m)).join(', '),
            count: choices.mappings.length,
          }),
        }
      : { step: 'azure-optional-mappings', id: 'mappings', kind: 'skip', action: msg('plan.keepMappings') },
  )
  plan.push({ step: 'azure-provisioning-on', id: 'start', kind: 'update', action: msg('plan.start') })
  plan.push(
    choices.assignments.length
      ? {
          step: 'azure-assign-users',
          id: 'assign',
          kind: 'create',
          action: assignAction(choices.assignments),
        }
      : { step: 'azure-assign-users', id: 'assign', kind: 'skip', action: msg('plan.assignNobody') },
  )
  plan.push({
    step: 'azure-initial-cycle',
    id: 'initial-cycle',
    kind: 'check',
    action: msg('plan.initialCycle'),
  })
  return plan
}

/**
 * Who will be assigned: users by their UPN or id (identifiers) and groups by name (names) or id, each list
 * marked so presentation mode masks it.
 */
function assignAction(targets: readonly AssignmentTarget[]): Message {
  const refs = (kind: AssignmentTarget['kind']): string[] =>
    targets.filter((t) => t.kind === kind).map((t) => t.ref)
  const users = refs('user')
  const groups = refs('group')
  const groupList: MessageParam = groups.every((g) => GUID.test(g))
    ? identifier(groups.join(', '))
    : displayName(groups.join(', '))
  if (!groups.length) return msg('plan.assignUsers', { users: identifier(users.join(', ')) })
  if (!users.length) return msg('plan.assignGroups', { groups: groupList })
  return msg('plan.assignBoth', { users: identifier(users.join(', ')), groups: groupList })
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Step 9 in the preview: create, use the assistant's (or the chosen) app, or ask which to use. */
function appChange(decision: AppDecision<ExistingApp>, name: string): PlannedChange {
  const change = { step: 'azure-create-app', id: 'create-app' } as const
  if (decision.kind === 'create')
    return { ...change, kind: 'create', action: msg('plan.createApp', { name: displayName(name) }) }
  if (decision.kind === 'use')
    return {
      ...change,
      kind: 'reuse',
      action: msg(decision.why === 'chosen' ? 'plan.useChosen' : 'plan.useOurs', {
        name: displayName(decision.app.displayName),
      }),
    }
  return { ...change, kind: 'choose', action: askWhichApp(decision) }
}

/** The URL as it may be shown: a `user:password@` part (refused anyway) is never repeated. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1')
}
