import type { CustomerProfileRecord } from '../shared/contract/customers'
import { msg } from '../shared/i18n/message'
import type { CustomerProfileStore } from '../electron/services/customers/customer-profiles'
import { exitCodes } from './exit-codes'
import type { CliOutput } from './output'
import { say } from './words'

/**
 * One line per customer: name, tenant, cloud, HelloID portal, and how the last run stands and when, in the
 * words the app's customer list uses.
 */
export function customerLine(p: CustomerProfileRecord): string {
  const run = p.lastRun
    ? `${say(msg(`customers.run.${p.lastRun.state}`))} (${p.lastRun.at})`
    : say(msg('customers.noRun'))
  return [
    p.nameFromTenant ? say(msg('customers.unnamed')) : p.name,
    `${say(msg('customers.tenant'))} ${p.tenant ?? p.tenantId ?? say(msg('customers.anyTenant'))}`,
    `${say(msg('customers.cloud'))} ${p.cloudId}`,
    `${say(msg('customers.helloIdPortal'))} ${p.helloIdPortal ?? say(msg('customers.notSet'))}`,
    run,
  ].join('  ·  ')
}

/** `customers`: the customers kept in this data folder (the same list the app shows). */
export async function runCustomersCommand(store: CustomerProfileStore, out: CliOutput): Promise<number> {
  const customers = await store.list()
  if (customers.length === 0) out.text(say(msg('cli.noCustomers')))
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
