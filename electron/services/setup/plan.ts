import { askWhichApp, decideApp, type AppDecision } from './tenant-apps'
import type { ExistingApp, PlannedChange, SetupChoices } from './types'

/**
 * The changes a run would make, each tied to its documented step, from the HelloID apps in the tenant and what
 * the person chose. Nothing is written until the person confirms this list.
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
      ? {
          step: 'azure-mode-automatic',
          id: 'create-job',
          kind: 'reuse',
          action: 'Reuse its provisioning job (mode Automatic).',
        }
      : {
          step: 'azure-mode-automatic',
          id: 'create-job',
          kind: 'create',
          action: 'Set Provisioning Mode to Automatic (create the provisioning job).',
        },
  )
  plan.push({
    step: 'azure-test-connection',
    id: 'test-connection',
    kind: 'check',
    action: `Test the connection to ${withoutCredentials(choices.scimUrl)}.`,
  })
  plan.push({
    step: 'azure-save-credentials',
    id: 'save-connection',
    kind: 'update',
    action: `Save the HelloID URL and secret; sync only assigned users and groups${choices.notificationEmail ? `; send failure notices to ${choices.notificationEmail}` : ''}.`,
  })
  plan.push(
    choices.mappings.length
      ? {
          step: 'azure-optional-mappings',
          id: 'mappings',
          kind: 'update',
          action: `Add the ${choices.mappings.map((m) => (m === 'manager' ? 'manager.id' : m)).join(' and ')} mapping(s), after backing up the current mappings.`,
        }
      : {
          step: 'azure-optional-mappings',
          id: 'mappings',
          kind: 'skip',
          action: 'Keep the default mappings.',
        },
  )
  plan.push({
    step: 'azure-provisioning-on',
    id: 'start',
    kind: 'update',
    action: 'Turn Provisioning Status on.',
  })
  plan.push(
    choices.assignments.length
      ? {
          step: 'azure-assign-users',
          id: 'assign',
          kind: 'create',
          action: `Assign ${choices.assignments.map((a) => (a.kind === 'group' ? `group ${a.ref}` : a.ref)).join(', ')} with the User role (existing assignments are kept).`,
        }
      : {
          step: 'azure-assign-users',
          id: 'assign',
          kind: 'skip',
          action: 'Assign nobody yet (nothing will sync until someone is assigned).',
        },
  )
  plan.push({
    step: 'azure-initial-cycle',
    id: 'initial-cycle',
    kind: 'check',
    action: 'Follow provisioning until “Initial cycle completed”.',
  })
  return plan
}

/** Step 9 in the preview: create, use the assistant's (or the chosen) app, or ask which to use. */
function appChange(decision: AppDecision<ExistingApp>, displayName: string): PlannedChange {
  const change = { step: 'azure-create-app', id: 'create-app' } as const
  if (decision.kind === 'create')
    return {
      ...change,
      kind: 'create',
      action: `Create the enterprise app “${displayName}” from the HelloID gallery entry.`,
    }
  if (decision.kind === 'use')
    return {
      ...change,
      kind: 'reuse',
      action:
        decision.why === 'chosen'
          ? `Use the existing enterprise app “${decision.app.displayName}” that you chose; no new app is created.`
          : `Use the existing enterprise app “${decision.app.displayName}”, made by this assistant; no new app is created.`,
    }
  return { ...change, kind: 'choose', action: askWhichApp(decision) }
}

/** The URL as it may be shown: a `user:password@` part (refused anyway) is never repeated. */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1')
}
