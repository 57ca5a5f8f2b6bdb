import { stat } from 'node:fs/promises'
import { join } from 'node:path'

import { z } from 'zod'

import type { ScreenshotPackSource, ScreenshotPackView } from '../../../shared/contract'
import { readJsonFile, writeFileAtomic } from '../file-store'
import { defaultPackLimits, loadScreenshotPack, manifestFileName, type PackLimits } from './load-pack'

/** The folder a person chose (Settings), kept in its own small file beside the other settings. */
const chosenFolderSchema = z.object({ folder: z.string().nullable() }).strict()

export interface ScreenshotPacksOptions {
  /** Where the chosen folder is remembered. */
  settingsFile: string
  /** A folder given on the command line (`--screenshots`): wins over Settings. */
  flagFolder?: string | undefined
  /** Folders looked in, in order, for a pack shipped with the app (a `screenshots` folder beside it). */
  besideApp: readonly string[]
  /** The desktop app's folder dialog; null when the person cancels. Absent in the browser preview. */
  chooseFolder?: (() => Promise<string | null>) | undefined
  limits?: PackLimits
}

async function hasManifest(folder: string): Promise<boolean> {
  try {
    return (await stat(join(folder, manifestFileName))).isFile()
  } catch {
    return false
  }
}

/**
 * An organisation's own screenshots, used instead of the drawings for the steps their manifest names.
 * The pack comes from `--screenshots`, else the folder chosen in Settings, else a `screenshots` folder
 * shipped beside the app.
 */
export class ScreenshotPacks {
  constructor(private readonly options: ScreenshotPacksOptions) {}

  private async chosenFolder(): Promise<string | null> {
    return (await readJsonFile(this.options.settingsFile, chosenFolderSchema))?.folder ?? null
  }

  private async locate(): Promise<{ source: ScreenshotPackSource; folder: string | null }> {
    if (this.options.flagFolder) return { source: 'flag', folder: this.options.flagFolder }
    const chosen = await this.chosenFolder()
    if (chosen) return { source: 'settings', folder: chosen }
    for (const folder of this.options.besideApp) {
      if (await hasManifest(folder)) return { source: 'beside-app', folder }
    }
    return { source: 'none', folder: null }
  }

  /** The pack in use, loaded and checked now (a person may have changed files since). */
  async view(): Promise<ScreenshotPackView> {
    const { source, folder } = await this.locate()
    const loaded = folder
      ? await loadScreenshotPack(folder, this.options.limits ?? defaultPackLimits)
      : { images: [], problems: [] }
    return { source, folder, canChooseFolder: Boolean(this.options.chooseFolder), ...loaded }
  }

  /** Remembers `folder` (null forgets it) and loads what it holds. */
  async setFolder(folder: string | null): Promise<ScreenshotPackView> {
    await writeFileAtomic(this.options.settingsFile, JSON.stringify({ folder }, null, 2))
    return this.view()
  }

  /** Desktop: asks for a folder with the system dialog; a cancelled dialog changes nothing. */
  async chooseFolder(): Promise<ScreenshotPackView> {
    const folder = this.options.chooseFolder ? await this.options.chooseFolder() : null
    return folder ? this.setFolder(folder) : this.view()
  }
}
