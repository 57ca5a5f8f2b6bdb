import { z } from 'zod'

import { languageCodes } from '../i18n/catalog'
import { tenantHintProblem } from '../tenant-hint'

/** How a customer's last run ended, as the tenant reported it; the words come from the catalog. */
export const customerRunStates = ['completed', 'needs-attention', 'in-progress'] as const
export type CustomerRunState = (typeof customerRunStates)[number]

/** A profile id: the folder name under `customers/` (a slug, or a slug plus `_` and a hash). */
export const customerIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'problems.input.customerId')

export const customerNameSchema = z
  .string()
  .trim()
  .min(1, 'problems.input.customerName')
  .max(80, 'problems.input.customerNameLong')

const tenantSchema = z
  .string()
  .trim()
  .max(253)
  .refine((value) => tenantHintProblem(value) === null, {
    message: 'problems.input.tenantRequired',
  })

/**
 * One customer a consultant works for, as kept on disk in `customers/<id>/profile.json`. Never a
 * secret: the HelloID connection is kept as its URL only, and tokens live in their own encrypted file.
 */
export const customerProfileSchema = z.object({
  id: customerIdSchema,
  name: customerNameSchema,
  /** What the person typed to name the tenant (domain or id). */
  tenant: tenantSchema.optional(),
  /** The tenant id seen at the last sign-in. */
  tenantId: z.string().max(64).optional(),
  cloudId: z.string().min(1).max(32),
  /** The customer's HelloID admin portal, entered once ("Open HelloID"). */
  helloIdPortal: z.string().max(2048).optional(),
  /** The HelloID URL (Entra's Tenant URL) last saved for this customer; the secret is never kept. */
  helloIdUrl: z.string().max(2048).optional(),
  /** Hosts (not helloid.com) the person confirmed as this customer's HelloID. */
  confirmedHosts: z.array(z.string().max(253)).max(8).default([]),
  lastRun: z.object({ state: z.enum(customerRunStates), at: z.string().max(64) }).optional(),
  /** Who last signed in for this customer, and when (the report says it). */
  lastSignIn: z
    .object({ name: z.string().max(256), username: z.string().max(256), at: z.string().max(64) })
    .optional(),
  createdAt: z.string().max(64),
  /** Signed in without a name: the customer is named after its tenant once sign-in reads it. */
  nameFromTenant: z.boolean().optional(),
})

export type CustomerProfileRecord = z.infer<typeof customerProfileSchema>

/** The customer list the UI shows, with the one open now. */
export const customerListSchema = z.object({
  customers: z.array(customerProfileSchema),
  activeId: z.string().nullable(),
})
export type CustomerList = z.infer<typeof customerListSchema>

/** Adding a customer: a name, and optionally the tenant, the cloud and the HelloID portal address. */
export const addCustomerInputSchema = z
  .object({
    name: customerNameSchema,
    tenant: z.union([z.literal(''), tenantSchema]).optional(),
    cloudId: z.string().min(1).max(32),
    helloIdPortal: z.string().max(2048).optional(),
  })
  .strict()

export const customerRefInputSchema = z.object({ id: customerIdSchema }).strict()

/** Renaming a customer: only the name in the list changes; its folder (and so its id) stays. */
export const renameCustomerInputSchema = z.object({ id: customerIdSchema, name: customerNameSchema }).strict()

export const setHelloIdPortalInputSchema = z
  .object({ id: customerIdSchema, helloIdPortal: z.string().max(2048) })
  .strict()

/** "Open HelloID": `confirmHost` is the person's yes to a host that is not a helloid.com address. */
export const openHelloIdPortalInputSchema = z.object({ confirmHost: z.string().max(253).optional() }).strict()

export const customerFileKinds = ['tokens', 'journal', 'progress', 'profile', 'other'] as const
export type CustomerFileKind = (typeof customerFileKinds)[number]

/** What forgetting a customer removed from this computer. */
export const forgetCustomerResultSchema = z.object({
  id: z.string(),
  removed: z.array(z.enum(customerFileKinds)),
})

export const openHelloIdPortalResultSchema = z.object({
  opened: z.boolean(),
  /** Set when the host is not a helloid.com address: nothing opened until the person says yes. */
  unrecognisedHost: z.string().nullable(),
})

/** The handover report as the page to show and save; never a secret or a token. */
export const handoverReportSchema = z.object({ html: z.string(), fileName: z.string() })

/** The report is worded in the language the person uses the assistant in (English when not said). */
const reportLanguageSchema = z.enum(languageCodes)
export const getHandoverReportInputSchema = z.object({ language: reportLanguageSchema.optional() }).strict()
export const saveHandoverReportInputSchema = z
  .object({ format: z.enum(['html', 'pdf']), language: reportLanguageSchema.optional() })
  .strict()
export const saveHandoverReportResultSchema = z.object({ saved: z.boolean(), path: z.string().nullable() })

export type AddCustomerInput = z.infer<typeof addCustomerInputSchema>
export type ForgetCustomerResult = z.infer<typeof forgetCustomerResultSchema>
export type HandoverReportView = z.infer<typeof handoverReportSchema>
