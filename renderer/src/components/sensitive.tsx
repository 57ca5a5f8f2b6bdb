import type { JSX } from 'react'

import { maskKnownNames, maskName, maskSensitive } from '../presentation'
import { useAppStore, useAppStoreShallow } from '../store/root'
import type { RootState } from '../store/root'

/**
 * The names of people and groups the page knows it may show inside a sentence (check details, the plan,
 * problems): the signed-in person, the customer's label, the groups in the previewed choices, the user
 * troubleshot.
 */
function knownNames(state: RootState): string[] {
  return [
    state.session?.account?.name ?? '',
    state.session?.customer?.label ?? '',
    state.onDemand?.user.displayName ?? '',
    ...(state.previewedChoices?.assignments ?? []).filter((a) => a.kind === 'group').map((a) => a.ref),
  ].filter(Boolean)
}

/** Text that may name the customer's people, tenant or connection: masked in presentation mode. */
export function Sensitive({ text }: { text: string }): JSX.Element {
  const presentation = useAppStore((s) => s.presentation)
  const names = useAppStoreShallow(knownNames)
  return <>{presentation ? maskSensitive(maskKnownNames(text, names)) : text}</>
}

/** A person's display name: initials only in presentation mode. */
export function SensitiveName({ name }: { name: string }): JSX.Element {
  const presentation = useAppStore((s) => s.presentation)
  return <>{presentation ? maskName(name) : name}</>
}
