import type { Locator, Page } from 'playwright-core'

/** The kinds of things a person does with their hands, as the benchmark counts them. */
export type HumanActionKind = 'click' | 'paste' | 'type' | 'key'

export interface HumanAction {
  kind: HumanActionKind
  /** What was acted on (a test id or a short description), for the report. */
  target: string
}

/**
 * Drives a page the way a person would and counts each action: a click, a paste into a field, a field
 * typed by hand, a key such as Enter. A journey written against it reads as the list of things a
 * person must do, and the count is the benchmark's "human actions". Waiting is free; only hands count.
 */
export class ActionCounter {
  readonly actions: HumanAction[] = []

  get count(): number {
    return this.actions.length
  }

  async click(locator: Locator, target: string): Promise<void> {
    await locator.click()
    this.actions.push({ kind: 'click', target })
  }

  /** A value copied from somewhere else (HelloID's URL and secret) and pasted into a field. */
  async paste(locator: Locator, value: string, target: string): Promise<void> {
    await locator.fill(value)
    this.actions.push({ kind: 'paste', target })
  }

  /** A field the person types (one action per field, however long the text). */
  async type(locator: Locator, value: string, target: string): Promise<void> {
    await locator.fill(value)
    this.actions.push({ kind: 'type', target })
  }

  async press(page: Page, key: string, target: string): Promise<void> {
    await page.keyboard.press(key)
    this.actions.push({ kind: 'key', target })
  }

  /** An action on a page outside the assistant (the Microsoft sign-in page): it still costs a hand. */
  record(kind: HumanActionKind, target: string): void {
    this.actions.push({ kind, target })
  }
}
