import type { PreflightReport } from './preflight'
import type { PlannedChange, SetupChoices } from './types'

/**
 * The changes a run would make, each tied to its documented step, from what pre-flight found and what
 * the person chose. Nothing is written until the person confirms this list.
 */
export function buildPlan(report: PreflightReport, choices: Omit<SetupChoices, 'secret'>): PlannedChange[] {
  const facts = report.facts
  const reuse =
    choices.reuseServicePrincipalId !== undefined
      ? facts?.existingApps.find((a) => a.servicePrincipalId === choices.reuseServicePrincipalId)
      : undefined
  const plan: PlannedChange[] = []
  plan.push(
    reuse
      ? {
          step: 9,
          id: 'create-app',
          kind: 'reuse',
          action: `Reuse the existing enterprise app “${reuse.displayName}”.`,
        }
      : {
          step: 9,
          id: 'create-app',
          kind: 'create',
          action: `Create the enterprise app “${choices.appDisplayName}” from the HelloID gallery entry.`,
        },
  )
  plan.push(
    reuse?.jobs.length
      ? { step: 12, id: 'create-job', kind: 'reuse', action: 'Reuse its provisioning job (mode Automatic).' }
      : {
          step: 12,
          id: 'create-job',
          kind: 'create',
          action: 'Set Provisioning Mode to Automatic (create the provisioning job).',
        },
  )
  plan.push({
    step: 15,
    id: 'test-connection',
    kind: 'check',
    action: `Test the connection to ${choices.scimUrl}.`,
  })
  plan.push({
    step: 16,
    id: 'save-connection',
    kind: 'update',
    action: `Save the HelloID URL and secret; sync only assigned users and groups${choices.notificationEmail ? `; send failure notices to ${choices.notificationEmail}` : ''}.`,
  })
  plan.push(
    choices.mappings.length
      ? {
          step: 17,
          id: 'mappings',
          kind: 'update',
          action: `Add the ${choices.mappings.map((m) => (m === 'manager' ? 'manager.id' : m)).join(' and ')} mapping(s), after backing up the current mappings.`,
        }
      : { step: 17, id: 'mappings', kind: 'skip', action: 'Keep the default mappings.' },
  )
  plan.push({ step: 18, id: 'start', kind: 'update', action: 'Turn Provisioning Status on.' })
  plan.push(
    choices.assignments.length
      ? {
          step: 20,
          id: 'assign',
          kind: 'create',
          action: `Assign ${choices.assignments.map((a) => (a.kind === 'group' ? `group ${a.ref}` : a.ref)).join(', ')} with the User role (existing assignments are kept).`,
        }
      : {
          step: 20,
          id: 'assign',
          kind: 'skip',
          action: 'Assign nobody yet (nothing will sync until someone is assigned).',
        },
  )
  plan.push({
    step: 21,
    id: 'initial-cycle',
    kind: 'check',
    action: 'Follow provisioning until “Initial cycle completed”.',
  })
  return plan
}
