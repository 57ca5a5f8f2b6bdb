import type { JSX } from 'react'

import { maskSensitive } from '../presentation'
import { useAppStore } from '../store/root'

/** Text that may name the customer's people, tenant or connection: masked in presentation mode. */
export function Sensitive({ text }: { text: string }): JSX.Element {
  const presentation = useAppStore((s) => s.presentation)
  return <>{presentation ? maskSensitive(text) : text}</>
}
