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
