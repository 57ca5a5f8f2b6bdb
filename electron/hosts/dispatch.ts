import { operationNames, operations, type OperationName } from '../../shared/contract'
import { errorTable } from '../../shared/errors'
import { errorOf, issueWords } from '../../shared/i18n/message'
import { fail, type Result } from '../../shared/result'
import type { Logger } from '../services/log/logger'
import type { HandlerTable } from './handler-table'

/** True when the string names an operation of the contract. */
export function isOperationName(name: string): name is OperationName {
  return (operationNames as readonly string[]).includes(name)
}

/**
 * Runs one operation for any host: parses the untrusted payload with the contract's zod schema,
 * calls the handler, and turns unexpected exceptions into an INTERNAL result (details go to the log,
 * never to the caller).
 */
export async function dispatchOperation(
  table: HandlerTable,
  name: OperationName,
  payload: unknown,
  log: Logger,
): Promise<Result<unknown>> {
  const parsed = operations[name].input.safeParse(payload ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue: { path: PropertyKey[]; message: string }) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }))
    const first = parsed.error.issues[0]
    return fail(
      errorOf('INVALID_INPUT', first ? issueWords(first, name) : undefined, { operation: name, issues }),
    )
  }
  try {
    // The parsed data matches this operation's input schema; TypeScript cannot correlate the union.
    const handler = table[name] as (input: unknown) => Promise<Result<unknown>>
    return await handler(parsed.data)
  } catch (error) {
    log.error('operation failed', {
      operation: name,
      error: error instanceof Error ? error.message : String(error),
    })
    return fail({ code: 'INTERNAL', message: errorTable.INTERNAL })
  }
}
