import type { CustomerProfileRecord, CustomerRunState } from '../shared/contract/customers'
import type { CustomerProfileStore } from '../electron/services/customers/customer-profiles'
import { exitCodes } from './exit-codes'
import type { CliOutput } from './output'

const runWords: Record<CustomerRunState, string> = {
  completed: 'first cycle completed',
  'needs-attention': 'needs attention',
  'in-progress': 'in progress',
}

/** One line per customer: name, tenant, cloud, HelloID portal, and how the last run stands and when. */
export function customerLine(p: CustomerProfileRecord): string {
  const run = p.lastRun ? `${runWords[p.lastRun.state]} (${p.lastRun.at})` : 'no run yet'
  return [
    p.name,
    `tenant ${p.tenant ?? p.tenantId ?? 'any'}`,
    `cloud ${p.cloudId}`,
    `HelloID ${p.helloIdPortal ?? 'not set'}`,
    run,
  ].join('  ·  ')
}

/** `customers`: the customers kept in this data folder (the same list the app shows). */
export async function runCustomersCommand(store: CustomerProfileStore, out: CliOutput): Promise<number> {
  const customers = await store.list()
  if (customers.length === 0) out.text('No customers yet. Any command with --customer NAME adds one.')
  for (const p of customers) out.text(customerLine(p))
  out.result({
    command: 'customers',
    outcome: 'ok',
    customers: customers.map((p) => ({
      id: p.id,
      name: p.name,
      tenant: p.tenant ?? null,
      tenantId: p.tenantId ?? null,
      cloud: p.cloudId,
      helloIdPortal: p.helloIdPortal ?? null,
      lastRun: p.lastRun ?? null,
    })),
  })
  return exitCodes.ok
}
