import { createHash } from 'node:crypto'

import { fail, ok, type Result } from '../../../shared/result'
import { errorOf } from '../../../shared/i18n/message'
import { resolvePrincipals } from './ensure-assignments'
import { buildPlan } from './plan'
import type { RunContext } from './run-context'
import { decideApp, findHelloIdApps } from './tenant-apps'
import type { ExistingApp, PlannedChange, SetupChoices } from './types'

/** What the person chose, as far as the plan depends on it (never the secret). */
export type PlanChoices = Omit<SetupChoices, 'secret'>

/** A preview: the changes, and a fingerprint of everything they were built from. */
export interface PreviewedPlan {
  changes: PlannedChange[]
  /**
   * sha256 over the choices, the tenant facts the plan was read from (HelloID apps and their jobs,
   * the principals to assign and what they already hold on the app to use) and the changes. Apply
   * plans again from a fresh read and refuses when this differs: it does exactly what was previewed.
   */
  fingerprint: string
}

/** The tenant facts a plan rests on, in a fixed shape and order so equal facts hash alike. */
interface PlanBasis {
  version: 1
  tenantId: string
  templateId: string
  choices: {
    scimUrl: string
    appDisplayName: string
    assignments: { kind: string; ref: string }[]
    mappings: string[]
    notificationEmail: string | null
    reuseServicePrincipalId: string | null
  }
  apps: {
    applicationId: string | null
    servicePrincipalId: string | null
    appId: string
    displayName: string
    madeByAssistant: boolean
    jobIds: string[]
  }[]
  principals: { kind: string; ref: string; id: string; assignedRoleIds: string[] }[]
  changes: PlannedChange[]
}

/** The fingerprint of a plan's basis: sha256 of its JSON, whose key order is fixed by construction. */
export function fingerprintOf(basis: PlanBasis): string {
  return createHash('sha256').update(JSON.stringify(basis)).digest('hex')
}

/**
 * Reads what the plan depends on from the tenant (read-only), builds the plan and fingerprints it.
 * A principal that does not exist stops the preview, as it would stop apply.
 */
export async function previewPlan(
  ctx: RunContext,
  input: { tenantId: string; templateId: string; choices: PlanChoices },
): Promise<Result<PreviewedPlan>> {
  const { choices } = input
  const found = await findHelloIdApps(ctx.reader, input.templateId)
  if (!found.ok) return found
  const apps: ExistingApp[] = []
  for (const { tags: _tags, ...app } of found.value) {
    const jobs = app.servicePrincipalId ? await ctx.reader.jobs(app.servicePrincipalId) : ok([])
    if (!jobs.ok) return jobs
    apps.push({
      ...app,
      jobs: jobs.value.map((j) => ({ id: j.id ?? '', statusCode: j.status?.code ?? 'Unknown' })),
    })
  }
  const principals = await resolvePrincipals(ctx, choices.assignments)
  if (!principals.ok) return principals

  // What the principals already hold on the app apply will use (nothing when it creates one).
  const decision = decideApp(apps, choices.reuseServicePrincipalId)
  const using = decision.kind === 'use' ? decision.app.servicePrincipalId : null
  const held = new Map<string, string[]>()
  if (using && principals.value.length > 0) {
    const current = await ctx.reader.assignments(using)
    if (!current.ok) return current
    for (const a of current.value) {
      if (!a.principalId || !a.appRoleId) continue
      held.set(a.principalId, [...(held.get(a.principalId) ?? []), a.appRoleId])
    }
  }

  // The preview names groups as the tenant does, also when they were chosen by object id.
  const changes = buildPlan(apps, {
    ...choices,
    assignments: principals.value.map((p) => ({
      kind: p.target.kind,
      ref: p.target.kind === 'group' ? p.displayName : p.target.ref,
    })),
  })
  const basis: PlanBasis = {
    version: 1,
    tenantId: input.tenantId,
    templateId: input.templateId,
    choices: {
      scimUrl: choices.scimUrl,
      appDisplayName: choices.appDisplayName,
      assignments: choices.assignments.map((a) => ({ kind: a.kind, ref: a.ref.trim() })),
      mappings: [...choices.mappings].sort(),
      notificationEmail: choices.notificationEmail?.trim() || null,
      reuseServicePrincipalId: choices.reuseServicePrincipalId ?? null,
    },
    apps: apps.map((a) => ({
      applicationId: a.applicationId,
      servicePrincipalId: a.servicePrincipalId,
      appId: a.appId,
      displayName: a.displayName,
      madeByAssistant: a.madeByAssistant,
      jobIds: a.jobs.map((j) => j.id).sort(),
    })),
    principals: principals.value.map((p) => ({
      kind: p.target.kind,
      ref: p.target.ref.trim(),
      id: p.id,
      assignedRoleIds: [...(held.get(p.id) ?? [])].sort(),
    })),
    changes,
  }
  return ok({ changes, fingerprint: fingerprintOf(basis) })
}

/** The refusal when the tenant (or the choices) no longer match the previewed plan. */
export function planChanged(): Result<never> {
  return fail(errorOf('PLAN_CHANGED'))
}

/** A fingerprint as the contract carries it: 64 lowercase hex characters. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{64}$/
