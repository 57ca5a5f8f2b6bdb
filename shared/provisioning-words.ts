import type { Message } from './contract/schemas'
import { givenText, msg, type MessageKey } from './i18n/message'

/**
 * Entra's values in provisioning logs and on-demand reports, in catalog words. The documented values
 * (https://learn.microsoft.com/graph/api/resources/provisioningobjectsummary?view=graph-rest-1.0,
 * https://learn.microsoft.com/graph/api/resources/provisioningstatusinfo?view=graph-rest-1.0 and
 * https://learn.microsoft.com/graph/api/resources/provisioningstep?view=graph-rest-1.0) have their own words; the
 * on-demand report spells the same values capitalised ("Skipped", "Import"). A value Microsoft adds later
 * (`unknownFutureValue` or anything else) is passed through as Entra's own text, masked on a shared screen.
 */
const results: Record<string, MessageKey> = {
  success: 'troubleshoot.result.success',
  warning: 'troubleshoot.result.warning',
  failure: 'troubleshoot.result.failure',
  // The on-demand report's summary says "Failed" where the logs say "failure".
  failed: 'troubleshoot.result.failure',
  skipped: 'troubleshoot.result.skipped',
}

const actions: Record<string, MessageKey> = {
  create: 'troubleshoot.action.create',
  update: 'troubleshoot.action.update',
  delete: 'troubleshoot.action.delete',
  disable: 'troubleshoot.action.disable',
  stageddelete: 'troubleshoot.action.stagedDelete',
  other: 'troubleshoot.action.other',
}

const stepTypes: Record<string, MessageKey> = {
  import: 'troubleshoot.stepType.import',
  scoping: 'troubleshoot.stepType.scoping',
  matching: 'troubleshoot.stepType.matching',
  processing: 'troubleshoot.stepType.processing',
  referenceresolution: 'troubleshoot.stepType.referenceResolution',
  export: 'troubleshoot.stepType.export',
}

function worded(table: Record<string, MessageKey>, value: string): Message {
  const key = Object.hasOwn(table, value.toLowerCase()) ? table[value.toLowerCase()] : undefined
  return key ? msg(key) : msg('troubleshoot.entraValue', { text: givenText(value) })
}

/** A provisioning result (provisioningStatusInfo.status, a step's status, the on-demand result) in words. */
export function provisioningResultWords(value: string): Message {
  return worded(results, value)
}

/** A provisioning action (provisioningObjectSummary.provisioningAction) in words. */
export function provisioningActionWords(value: string): Message {
  return worded(actions, value)
}

/** A provisioning step's type (provisioningStep.provisioningStepType) in words. */
export function provisioningStepTypeWords(value: string): Message {
  return worded(stepTypes, value)
}
