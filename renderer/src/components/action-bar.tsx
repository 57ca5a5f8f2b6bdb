import { createContext, useContext, type JSX, type ReactNode } from 'react'
import { createPortal } from 'react-dom'

/**
 * Where the step page's action bar takes the screen's own primary action (null outside a step page, and
 * for the moment before the bar is on the page).
 */
export const PrimaryActionSlot = createContext<HTMLElement | null>(null)

/**
 * The screen's one primary action (Save and continue, Sign in with browser, Make these changes…), shown in
 * the step page's action bar beside Back and Next, so it is in view however long the step is. Only its
 * place moves: its state and handlers stay with the panel that owns it (the form it sends). While the
 * screen's action is not the next thing to do (`active` false), it stays where it stands in the panel.
 */
export function PrimaryAction({ active, children }: { active: boolean; children: ReactNode }): JSX.Element {
  const slot = useContext(PrimaryActionSlot)
  return active && slot ? createPortal(children, slot) : <>{children}</>
}
