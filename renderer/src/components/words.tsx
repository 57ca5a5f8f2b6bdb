import { Caption1 } from '@fluentui/react-components'
import i18next from 'i18next'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { AppErrorData as AppError, Message } from '../../../shared/contract'
import { errorParts, paramValues, sentenceBeyond, type ParamMask } from '../../../shared/i18n/message-parts'
import { maskIdentifier, maskName, maskSensitive } from '../presentation'
import { useAppStore } from '../store/root'
import { Sensitive } from './sensitive'

/** Identifiers keep what presentation mode keeps of them; a value with no recognisable shape shows as initials. */
const mask: ParamMask = {
  id: maskIdentifier,
  name: maskName,
  text: maskSensitive,
}

/**
 * Words what services report (a catalog key and parameters) in the page's language. In presentation mode the
 * parameters that name the customer's people, tenant or connection are masked before they are interpolated.
 */
export function useWords(): {
  words: (message: Message) => string
  errorText: (error: AppError) => { message: string; action: string; entra: string | null }
} {
  const { t } = useTranslation()
  const presentation = useAppStore((s) => s.presentation)
  const words = (message: Message): string =>
    t(message.code, paramValues(message.params, presentation ? mask : undefined))
  return {
    words,
    errorText: (error) => {
      // What went wrong, the service's own next step (else the code's), and Microsoft's answer, its own text masked.
      const parts = errorParts(error)
      return {
        message: words(parts.what),
        action: words(parts.action),
        entra: parts.entra ? words(parts.entra) : null,
      }
    },
  }
}

/** A service's message in the page's language. */
export function Words({ message }: { message: Message }): JSX.Element {
  return <>{useWords().words(message)}</>
}

/**
 * An error in the page's language: what happened, then what to do next. A service that has not yet given its
 * own words (`words`) may still carry a more specific English sentence; it follows, masked, as a detail.
 */
export function ErrorWords({ error }: { error: AppError }): JSX.Element {
  const { message, action, entra } = useWords().errorText(error)
  const detail = englishDetail(error)
  return (
    <>
      {message} {action}
      {entra && (
        <>
          {' '}
          <Caption1 as="span" data-testid="error-entra">
            {entra}
          </Caption1>
        </>
      )}
      {detail && (
        <>
          {' '}
          <Caption1 as="span" data-testid="error-detail">
            <Sensitive text={detail} />
          </Caption1>
        </>
      )}
    </>
  )
}

/** The service's English sentence, when there are no catalog words and it says more than the code's message. */
export function englishDetail(error: AppError): string | null {
  return sentenceBeyond(error, (message) => i18next.t(message.code, { lng: 'en' }))
}
