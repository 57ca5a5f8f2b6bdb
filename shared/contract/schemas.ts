import { z } from 'zod'

import { errorCodes } from '../errors'

/** Where the UI is running: inside Electron, or in a browser through the loopback web host. */
export const appInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['desktop', 'browser']),
  practice: z.boolean(),
})

const stepIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'A step id uses lowercase letters, digits and dashes only.')

/** The person's place in the wizard; contains no secrets, so it may be persisted. */
export const wizardProgressSchema = z
  .object({
    currentStepId: stepIdSchema,
    completedStepIds: z.array(stepIdSchema).max(64),
  })
  .strict()

export const emptyInputSchema = z.object({}).strict()

export const openExternalInputSchema = z.object({ url: z.string().min(1).max(2048) }).strict()

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
})

/** Builds the result envelope schema for a value schema. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ])
}

export type AppInfo = z.infer<typeof appInfoSchema>
export type WizardProgress = z.infer<typeof wizardProgressSchema>
export type OpenExternalInput = z.infer<typeof openExternalInputSchema>

/** A customer's domain (contoso.onmicrosoft.com) or tenant id; empty means "any work account". */
const tenantHintSchema = z
  .string()
  .trim()
  .max(253)
  .regex(
    /^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^(?=.{4,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,
    'Enter the tenant’s domain (for example contoso.onmicrosoft.com) or its tenant id, or leave it empty.',
  )

export const signInInputSchema = z
  .object({
    customerLabel: z
      .string()
      .trim()
      .min(1, 'Name the customer, so their sign-in is kept apart from other customers.')
      .max(80),
    tenant: tenantHintSchema.optional(),
    cloudId: z.string().min(1).max(32),
    method: z.enum(['browser', 'deviceCode']),
    scopeSet: z.enum(['read', 'all']),
  })
  .strict()

export const sessionSummarySchema = z.object({
  name: z.string(),
  username: z.string(),
  tenantId: z.string(),
  grantedScopes: z.array(z.string()),
  persistence: z.enum(['encrypted-file', 'memory']),
})

export const deviceCodePromptSchema = z.object({
  userCode: z.string(),
  verificationUri: z.string(),
  message: z.string(),
  expiresAt: z.string(),
})

/** Everything the UI knows about sign-in: never a token. */
export const sessionStateSchema = z.object({
  customer: z.object({ label: z.string(), tenant: z.string().optional(), cloudId: z.string() }).nullable(),
  account: sessionSummarySchema.nullable(),
  signingIn: z.enum(['browser', 'deviceCode']).nullable(),
  deviceCode: deviceCodePromptSchema.nullable(),
  tokenStorage: z.enum(['encrypted-file', 'memory']).nullable(),
  lastError: appErrorSchema.nullable(),
})

export type SignInInput = z.infer<typeof signInInputSchema>
export type SessionState = z.infer<typeof sessionStateSchema>
