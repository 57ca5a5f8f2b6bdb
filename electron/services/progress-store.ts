import { join } from 'node:path'

import { wizardProgressSchema, type WizardProgress } from '../../shared/contract'
import { findStep, steps } from '../../shared/steps'
import { readJsonFile, writeFileAtomic } from './file-store'

/** Keeps the wizard position and the steps marked done across restarts. Never holds secrets. */
export interface ProgressStore {
  load(): Promise<WizardProgress>
  save(progress: WizardProgress): Promise<WizardProgress>
  reset(): Promise<WizardProgress>
}

/** The progress of someone who has not started yet. */
export function initialProgress(): WizardProgress {
  const first = steps[0]
  if (!first) throw new Error('The step catalog is empty.')
  return { currentStepId: first.id, completedStepIds: [] }
}

/** Drops unknown and repeated step ids so an old or edited file can never break the wizard. */
export function normalizeProgress(progress: WizardProgress): WizardProgress {
  const known = (id: string): boolean => findStep(id) !== undefined
  const completed = [...new Set(progress.completedStepIds.filter(known))]
  return {
    currentStepId: known(progress.currentStepId) ? progress.currentStepId : initialProgress().currentStepId,
    completedStepIds: steps.map((s) => s.id).filter((id) => completed.includes(id)),
  }
}

/** A progress store that also reads another customer's place (or the one before any customer). */
export interface CustomerProgressStore extends ProgressStore {
  loadFor(customerId: string | null): Promise<WizardProgress>
}

/**
 * The open customer's place in the steps (`customers/<id>/progress.json`), or, before any customer is
 * open, the one in the data folder itself.
 */
export function createCustomerProgressStore(
  dataDir: string,
  activeCustomerId: () => string | null,
): CustomerProgressStore {
  const fileFor = (id: string | null): string =>
    id ? join(dataDir, 'customers', id, 'progress.json') : join(dataDir, 'progress.json')
  const current = (): ProgressStore => createFileProgressStore(fileFor(activeCustomerId()))
  return {
    load: () => current().load(),
    save: (progress) => current().save(progress),
    reset: () => current().reset(),
    loadFor: (id) => createFileProgressStore(fileFor(id)).load(),
  }
}

/** A progress store backed by one JSON file, written atomically (temp file + rename). */
export function createFileProgressStore(filePath: string): ProgressStore {
  const write = async (progress: WizardProgress): Promise<WizardProgress> => {
    const clean = normalizeProgress(progress)
    await writeFileAtomic(filePath, JSON.stringify(clean, null, 2))
    return clean
  }
  return {
    async load() {
      // Missing or unreadable file: start at the beginning rather than failing the app.
      const stored = await readJsonFile(filePath, wizardProgressSchema)
      return stored ? normalizeProgress(stored) : initialProgress()
    },
    save: write,
    reset: () => write(initialProgress()),
  }
}
