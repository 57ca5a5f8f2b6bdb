import type { JSX } from 'react'

import { maskName, maskSensitive } from '../presentation'
import { useAppStore } from '../store/root'

/** Text that may name the customer's people, tenant or connection: masked in presentation mode. */
export function Sensitive({ text }: { text: string }): JSX.Element {
  const presentation = useAppStore((s) => s.presentation)
  return <>{presentation ? maskSensitive(text) : text}</>
}

/** A person's display name: initials only in presentation mode. */
export function SensitiveName({ name }: { name: string }): JSX.Element {
  const presentation = useAppStore((s) => s.presentation)
  return <>{presentation ? maskName(name) : name}</>
}
