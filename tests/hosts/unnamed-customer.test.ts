import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningSimulator } from '../../simulator/index'
import { control, startTestSimulator } from '../simulator/helpers'
import { simulatedHost } from '../support/simulated-host'

// Signing in without naming the customer: the customer is named after its tenant (Graph's organization
// displayName), and signing in again under that name keeps the one customer.

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSimulator({ seed: 'unnamed-customer' })
})
afterAll(() => sim.stop())

describe('a customer signed in without a name', () => {
  it('is named after its tenant once signed in, and stays one customer when signed in again under that name', async () => {
    const h = simulatedHost(sim, 'unnamed-customer-')
    const state = await control<{ tenants: { id: string; displayName: string }[] }>(sim, '/state')
    const tenantName = state.tenants.find((t) => t.id === sim.tenantId)?.displayName
    expect(tenantName).toBeTruthy()

    const session = await h.signIn('')
    expect(session.account?.tenantId).toBe(sim.tenantId)
    await h.services.customers.settled()
    const first = await h.services.customers.list()
    expect(first.customers).toHaveLength(1)
    const [customer] = first.customers
    expect(customer).toMatchObject({ name: tenantName, tenantId: sim.tenantId })
    expect(customer?.nameFromTenant).toBeUndefined()
    expect(customer?.id).toMatch(/^new-customer-[0-9a-f]{8}$/)
    expect(first.activeId).toBe(customer?.id)
    expect(h.services.signIn.state().customer?.label).toBe(tenantName)

    // The sign-in form shows the name it now has; signing in with it is the same customer.
    await h.signIn(tenantName ?? '')
    await h.services.customers.settled()
    const again = await h.services.customers.list()
    expect(again.customers.map((c) => c.id)).toEqual([customer?.id])
  })
})
