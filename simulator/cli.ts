import { parseArgs } from 'node:util'
import { startSimulator } from './index'

/**
 * `npm run simulator -- [--port N] [--seed S] [--profile realistic|fast] [--ca-cert PATH --ca-key PATH]`
 * Prints one JSON "ready" line, then serves until SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      profile: { type: 'string' },
      'ca-cert': { type: 'string' },
      'ca-key': { type: 'string' },
    },
    strict: true,
  })
  const profile = values.profile ?? 'realistic'
  if (profile !== 'realistic' && profile !== 'fast')
    throw new Error(`--profile must be realistic or fast, got ${profile}`)
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65533)
    throw new Error(`--port must be an integer port, got ${values.port ?? ''}`)
  const caCert = values['ca-cert']
  const caKey = values['ca-key']
  if ((caCert === undefined) !== (caKey === undefined)) throw new Error('--ca-cert and --ca-key go together')
  const sim = await startSimulator({
    port,
    profile,
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(caCert !== undefined && caKey !== undefined ? { ca: { certPath: caCert, keyPath: caKey } } : {}),
  })
  // eslint-disable-next-line no-console -- the CLI's contract is exactly one JSON ready line on stdout
  console.log(
    JSON.stringify({
      ready: true,
      authority: sim.urls.authority,
      graph: sim.urls.graph,
      scim: sim.urls.scim,
      caCert: sim.caCert,
    }),
  )
  const shutdown = (): void => {
    void sim.stop().then(() => process.exit(0))
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  // eslint-disable-next-line no-console -- startup failures must reach the operator
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
