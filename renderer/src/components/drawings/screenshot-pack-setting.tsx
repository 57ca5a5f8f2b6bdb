import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { FolderOpen16Regular, Image16Regular } from '@fluentui/react-icons'
import { useEffect, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { ScreenshotPackProblem, ScreenshotPackView } from '../../../../shared/contract'
import { useAppStore, useAppStoreShallow } from '../../store/root'
import { DialogCloseButton, DialogFrame } from '../dialog-frame'
import { Sensitive } from '../sensitive'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '240px' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteRedForeground1 },
  hint: { color: tokens.colorNeutralForeground3 },
})

/** One refused part of a pack, in words: which file, what is wrong, what to do. */
export function useProblemText(): (
  problem: ScreenshotPackProblem,
  pack: ScreenshotPackView | null,
) => string {
  const { t } = useTranslation()
  return (problem, pack) =>
    t(`screenshotPack.problem.${problem.code}`, {
      folder: pack?.folder ?? '',
      file: problem.file ?? '',
      step: problem.step ?? '',
      limit: problem.limitMb ?? 0,
      detail: problem.detail ?? '',
    })
}

/** Settings › screenshot pack: where the pack comes from, what it replaced, what it refused. */
function ScreenshotPackSettings(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const wording = useProblemText()
  const { pack, setFolder, choose } = useAppStoreShallow((s) => ({
    pack: s.screenshotPack,
    setFolder: s.setScreenshotPackFolder,
    choose: s.chooseScreenshotPackFolder,
  }))
  const [typed, setTyped] = useState(pack?.source === 'settings' ? (pack.folder ?? '') : '')

  return (
    <div className={styles.content}>
      <Text as="p">{t('screenshotPack.what')}</Text>
      <Text as="p" data-testid="screenshot-pack-status">
        {!pack || pack.source === 'none' ? (
          t('screenshotPack.none')
        ) : (
          <>
            {t(`screenshotPack.source.${pack.source}`)}: <Sensitive text={pack.folder ?? ''} />.{' '}
            {t('screenshotPack.replaced', { count: pack.images.length })}
          </>
        )}
      </Text>
      {pack && pack.problems.length > 0 && (
        <ul className={styles.problems} data-testid="screenshot-pack-problems">
          {pack.problems.map((problem, index) => (
            <li key={index}>{wording(problem, pack)}</li>
          ))}
        </ul>
      )}
      {pack?.canChooseFolder && (
        <Button
          icon={<FolderOpen16Regular />}
          onClick={() => void choose()}
          data-testid="screenshot-pack-choose"
        >
          {t('screenshotPack.choose')}
        </Button>
      )}
      <div className={styles.row}>
        <Field label={t('screenshotPack.folder')} className={styles.grow}>
          <Input
            value={typed}
            onChange={(_, data) => setTyped(data.value)}
            data-testid="screenshot-pack-folder"
          />
        </Field>
        <Button
          disabled={typed.trim() === ''}
          onClick={() => void setFolder(typed.trim())}
          data-testid="screenshot-pack-apply"
        >
          {t('screenshotPack.use')}
        </Button>
        {pack?.source === 'settings' && (
          <Button
            onClick={() => {
              setTyped('')
              void setFolder(null)
            }}
            data-testid="screenshot-pack-clear"
          >
            {t('screenshotPack.clear')}
          </Button>
        )}
      </div>
      {pack?.source === 'flag' && <Text className={styles.hint}>{t('screenshotPack.flagWins')}</Text>}
      <Text className={styles.hint}>{t('screenshotPack.format')}</Text>
    </div>
  )
}

/** The button beside every drawing that opens the screenshot pack setting. */
export function ScreenshotPackButton(): JSX.Element {
  const { t } = useTranslation()
  const load = useAppStore((s) => s.loadScreenshotPack)
  useEffect(() => {
    void load()
  }, [load])
  return (
    <DialogFrame
      trigger={
        <Button appearance="subtle" size="small" icon={<Image16Regular />} data-testid="screenshot-pack-open">
          {t('screenshotPack.open')}
        </Button>
      }
      title={t('screenshotPack.title')}
      testId="screenshot-pack"
      actions={
        <DialogCloseButton appearance="primary" testId="screenshot-pack-close">
          {t('screenshotPack.close')}
        </DialogCloseButton>
      }
    >
      <ScreenshotPackSettings />
    </DialogFrame>
  )
}
