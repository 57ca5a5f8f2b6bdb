import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { Dismiss16Regular } from '@fluentui/react-icons'
import { useState, useSyncExternalStore, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { languages } from '../../../shared/i18n/catalog'
import { languageMissingWords, onMissingWords } from '../i18n'

/**
 * Says so when the chosen language's words did not load and the page fell back to English, instead of
 * switching language silently. It is worded in English (the words of the chosen language are what failed);
 * the person can dismiss it, and it comes back only if another attempt fails too.
 */
export function MissingWordsNote(): JSX.Element | null {
  const { t } = useTranslation()
  const missing = useSyncExternalStore(onMissingWords, languageMissingWords)
  const [dismissed, setDismissed] = useState<string | null>(null)
  if (!missing || dismissed === missing) return null
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="missing-words">
      <MessageBarBody>{t('app.wordsMissing', { language: languages[missing] })}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<Dismiss16Regular />}
            aria-label={t('app.dismiss')}
            title={t('app.dismiss')}
            onClick={() => setDismissed(missing)}
            data-testid="missing-words-dismiss"
          />
        }
      />
    </MessageBar>
  )
}
