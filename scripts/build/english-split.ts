import { resolve } from 'node:path'

import type { Resources } from '../../shared/i18n/en'
import { splitCatalog } from './split-catalog'

/**
 * The sections of the English catalog the first screen shows: its header, the customer menu, the step rail and
 * the step it opens on. They ship in the first script; the rest loads a moment later (renderer/src/i18n.ts), or
 * the moment a word of it is asked for, which shows as its key until it has arrived (milliseconds, from the
 * page's own origin). A first-screen component that starts using another section adds it here; the first-load
 * end-to-end test fails on a key shown without its words.
 */
export const firstScreenSections = [
  'app',
  'practice',
  'updates',
  'phases',
  'handling',
  'portals',
  'wizard',
  'drawings',
  'screenshotPack',
  'journey',
  'complete',
  'confirm',
  'startOver',
  'stepStatus',
  'helloid',
  'customers',
  'openHelloId',
  'steps',
] as const satisfies readonly (keyof Resources)[]

/** The English catalog cut into the first screen's sections and the rest, for the renderer's build and its tests. */
export function englishSplit(): ReturnType<typeof splitCatalog> {
  return splitCatalog({
    catalog: resolve(__dirname, '../../shared/i18n/en.ts'),
    exportName: 'en',
    firstScreen: firstScreenSections,
  })
}
