import { makeStyles, Select } from '@fluentui/react-components'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { isLanguage, languageCodes, languages } from '../../../shared/i18n/catalog'
import { useAppStoreShallow } from '../store/root'

const useStyles = makeStyles({ select: { flexShrink: 0, width: 'auto' } })

/** English / Nederlands for the whole page; each language is named in itself so anyone can find theirs. */
export function LanguageSwitch(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const { language, setLanguage } = useAppStoreShallow((s) => ({
    language: s.language,
    setLanguage: s.setLanguage,
  }))
  return (
    <Select
      size="small"
      className={styles.select}
      aria-label={t('app.language')}
      title={t('app.language')}
      value={language}
      onChange={(_, data) => {
        if (isLanguage(data.value)) setLanguage(data.value)
      }}
      data-testid="language"
    >
      {languageCodes.map((code) => (
        <option key={code} value={code} lang={code}>
          {languages[code]}
        </option>
      ))}
    </Select>
  )
}
