import { createHash } from 'node:crypto'
import { isVisible } from '../state/app-lifecycle'
import type { SimulatorState } from '../state/simulator-state'

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex')

/** Everything a test may want to assert on, minus secrets (hashed) and tokens (never listed). */
export function stateView(state: SimulatorState): Record<string, unknown> {
  const now = state.clock.now()
  return {
    now: new Date(now).toISOString(),
    clockOffsetSeconds: state.clock.offsetSeconds(),
    seed: state.seed,
    profile: state.profile.name,
    knobs: state.knobs,
    clientIds: state.clientIds,
    accounts: state.accounts.map((a) => ({
      name: a.name,
      kind: a.kind,
      username: a.username,
      homeTenantId: a.homeTenantId,
    })),
    tenants: [...state.tenants.values()].map((t) => ({
      id: t.id,
      displayName: t.displayName,
      domain: t.domain,
      license: t.license,
      consent: Object.fromEntries([...t.adminConsent].map(([client, scopes]) => [client, [...scopes]])),
      applications: [...t.applications.values()].map((a) => ({
        id: a.id,
        appId: a.appId,
        displayName: a.displayName,
        applicationTemplateId: a.applicationTemplateId,
        visible: isVisible(state, a),
      })),
      servicePrincipals: [...t.servicePrincipals.values()]
        .filter((sp) => sp.applicationObjectId !== null)
        .map((sp) => ({
          id: sp.id,
          appId: sp.appId,
          displayName: sp.displayName,
          applicationTemplateId: sp.applicationTemplateId,
          tags: sp.tags,
          visible: isVisible(state, sp),
          appRoles: sp.appRoles.map((r) => ({ id: r.id, displayName: r.displayName, value: r.value })),
          connector: sp.sync?.connector ?? null,
          secrets: (sp.sync?.secrets ?? []).map((s) => ({ key: s.key, sha256: sha256(s.value) })),
          jobs: [...(sp.sync?.jobs.values() ?? [])].map((j) => ({
            id: j.id,
            templateId: j.templateId,
            schedule: j.schedule,
            status: j.status,
            cycles: j.engine.cycleCount,
            cycleRunning: j.engine.activeCycle !== null || j.engine.running,
            exported: Object.fromEntries(
              [...j.engine.exported].map(([source, e]) => [source, { kind: e.kind, targetId: e.targetId }]),
            ),
            schema: j.schema,
          })),
        })),
      assignments: [...t.assignments.values()],
      deletedItems: [...t.deletedItems.values()].map((d) => ({
        kind: d.kind,
        id: d.obj.id,
        appId: d.obj.appId,
        displayName: d.obj.displayName,
        applicationTemplateId: d.obj.applicationTemplateId,
        deletedDateTime: new Date(d.deletedAt).toISOString(),
      })),
      provisioningLogCount: t.provisioningLogs.length,
    })),
    scim: {
      baseUrl: state.urls.scim,
      hasSecret: state.scim.secret !== null,
      users: [...state.scim.users.values()],
      groups: [...state.scim.groups.values()],
    },
    pendingSignIns: [
      ...[...state.auth.authorizations.values()]
        .filter((a) => !a.completed)
        .map((a) => ({
          kind: 'authorize',
          clientId: a.clientId,
          tenant: a.tenantSegment,
          scopes: a.scopes.graph,
        })),
      ...[...state.auth.devices.values()]
        .filter((d) => d.status === 'pending' && d.expiresAt > now)
        .map((d) => ({
          kind: 'device',
          userCode: d.userCode,
          clientId: d.clientId,
          tenant: d.tenantSegment,
          scopes: d.scopes.graph,
        })),
    ],
    errors: state.errors,
    requestLog: state.log.list(),
  }
}
