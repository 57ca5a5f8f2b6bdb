import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  Subtitle1,
  tokens,
} from '@fluentui/react-components'
import { useEffect, type JSX } from 'react'
import { useTranslation } from 'react-i18next'

import { ConfirmDialog } from './components/confirm-dialog'
import { CustomerMenu } from './components/customer-menu'
import { FirstCycleNotifier } from './components/first-cycle-notifier'
import { MissingWordsNote } from './components/missing-words-note'
import { LanguageSwitch } from './components/language-switch'
import { PracticeTiming } from './components/practice-timing'
import { StepRail } from './components/step-rail'
import { StepView } from './components/step-view'
import { UpdateCheck } from './components/update-check'
import { useAppStoreShallow } from './store/root'
import { countDone } from './store/step-status'
import { useStepStatuses } from './store/use-step-statuses'
import { useDarkMode } from './theme'
import { ErrorWords } from './components/words'

const useStyles = makeStyles({
  // One column no wider than the window: the header's title then gives way instead of the page scrolling sideways.
  shell: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    gridTemplateColumns: 'minmax(0, 1fr)',
    height: '100vh',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  spacer: { flexGrow: 1 },
  // At 1024 px the header stays on one line: labels never wrap, the title gives way first.
  title: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 },
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
  switchLabel: { paddingRight: 0 },
  body: { display: 'grid', gridTemplateColumns: 'minmax(260px, 320px) 1fr', minHeight: 0 },
  side: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    minHeight: 0,
    minWidth: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // The rail scrolls under its heading: a line and some room below the count keep the entries from running
  // into it (the rail's own top padding scrolls away with the entries).
  sideHead: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  progress: { paddingLeft: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
})

/** The application shell: header, the open customer and progress over the step rail, and the current step. */
export function App(): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const {
    info,
    error,
    loadInfo,
    loadProgress,
    clearError,
    startOver,
    watchSetup,
    loadSetup,
    watchSession,
    loadSession,
    presentation,
    setPresentation,
    setTheme,
  } = useAppStoreShallow((s) => ({
    presentation: s.presentation,
    setPresentation: s.setPresentation,
    setTheme: s.setTheme,
    info: s.info,
    error: s.error,
    loadInfo: s.loadInfo,
    loadProgress: s.loadProgress,
    clearError: s.clearError,
    startOver: s.startOver,
    watchSetup: s.watchSetup,
    loadSetup: s.loadSetup,
    watchSession: s.watchSession,
    loadSession: s.loadSession,
  }))
  const { done, total } = countDone(useStepStatuses())
  const dark = useDarkMode()

  useEffect(() => {
    void loadInfo()
    void loadProgress()
  }, [loadInfo, loadProgress])
  // Host events keep sign-in and automation state current on every step.
  useEffect(() => {
    const stopSession = watchSession()
    const stopSetup = watchSetup()
    void loadSession()
    void loadSetup()
    return () => {
      stopSession()
      stopSetup()
    }
  }, [watchSession, watchSetup, loadSession, loadSetup])

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title} title={t('app.title')}>
          {t('app.title')}
        </Subtitle1>
        {/* In practice mode the timing choice stands where the mode is shown. */}
        {info && !info.practiceTiming && (
          <Badge appearance="outline" color="informative" className={styles.nowrap}>
            {info.host === 'browser' ? t('app.modeBrowser') : t('app.modeDesktop')}
          </Badge>
        )}
        {info?.practice && <PracticeTiming />}
        <span className={styles.spacer} />
        {info?.host === 'desktop' && !info.practice && <UpdateCheck />}
        <LanguageSwitch />
        <Switch
          size="small"
          checked={presentation}
          onChange={(_, d) => setPresentation(d.checked)}
          label={{ children: t('app.presentation'), className: styles.switchLabel }}
          title={t('app.presentationHint')}
          className={styles.nowrap}
          data-testid="presentation-mode"
        />
        <Switch
          size="small"
          checked={dark}
          onChange={(_, d) => setTheme(d.checked ? 'dark' : 'light')}
          label={{ children: t('app.darkMode'), className: styles.switchLabel }}
          className={styles.nowrap}
          data-testid="dark-mode"
        />
        <ConfirmDialog
          testId="start-over"
          title={t('startOver.title')}
          confirmLabel={t('startOver.confirm')}
          onConfirm={() => void startOver()}
          trigger={
            <Button appearance="subtle" className={styles.nowrap} data-testid="start-over">
              {t('app.startOver')}
            </Button>
          }
        >
          <Text as="p">{t('startOver.body')}</Text>
        </ConfirmDialog>
      </header>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <ErrorWords error={error} />
          </MessageBarBody>
          <Button appearance="transparent" onClick={clearError}>
            ×
          </Button>
        </MessageBar>
      )}
      <MissingWordsNote />
      <FirstCycleNotifier />
      <div className={styles.body}>
        {/* The open customer and the progress head the steps, so the header keeps one line at 1024 px. */}
        <div className={styles.side}>
          <div className={styles.sideHead}>
            <CustomerMenu />
            <Text size={200} className={styles.progress} data-testid="progress-summary">
              {t('app.progress', { done, total })}
            </Text>
          </div>
          <StepRail />
        </div>
        <StepView />
      </div>
    </div>
  )
}
