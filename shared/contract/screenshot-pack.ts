import { z } from 'zod'

/**
 * Why one part of an organisation's screenshot pack was not used. The renderer words each code from the
 * message catalog (`screenshotPack.problem.<code>`) with the file, step and limit it carries.
 */
export const screenshotPackProblemCodes = [
  'folder-missing',
  'manifest-missing',
  'manifest-too-large',
  'manifest-invalid',
  'unknown-step',
  'path-outside',
  'file-missing',
  'not-a-file',
  'not-an-image',
  'image-too-large',
  'pack-too-large',
] as const

export const screenshotPackProblemSchema = z.object({
  code: z.enum(screenshotPackProblemCodes),
  /** The file as the manifest names it (relative to the pack folder). */
  file: z.string().optional(),
  /** The manifest key: a step id, or what stood where one was expected. */
  step: z.string().optional(),
  /** Megabytes, for the size limits. */
  limitMb: z.number().optional(),
  /** What the manifest check said, for `manifest-invalid`. */
  detail: z.string().optional(),
})

/** Where the pack in use comes from, highest precedence first. */
export const screenshotPackSources = ['flag', 'settings', 'beside-app', 'none'] as const

/** One image that replaces a step's drawing. Only PNG, JPEG and WebP, as data URLs (the CSP allows `data:` images). */
export const screenshotPackImageSchema = z.object({
  stepId: z.string(),
  file: z.string(),
  dataUrl: z.string().regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/),
  alt: z.string().optional(),
  caption: z.string().optional(),
})

export const screenshotPackViewSchema = z.object({
  source: z.enum(screenshotPackSources),
  folder: z.string().nullable(),
  /** The desktop app can open a folder dialog; the browser preview takes a typed path. */
  canChooseFolder: z.boolean(),
  images: z.array(screenshotPackImageSchema),
  problems: z.array(screenshotPackProblemSchema),
})

export const setScreenshotPackFolderInputSchema = z
  .object({ folder: z.string().trim().min(1).max(1024).nullable() })
  .strict()

export type ScreenshotPackProblem = z.infer<typeof screenshotPackProblemSchema>
export type ScreenshotPackImage = z.infer<typeof screenshotPackImageSchema>
export type ScreenshotPackView = z.infer<typeof screenshotPackViewSchema>
export type ScreenshotPackSource = (typeof screenshotPackSources)[number]
