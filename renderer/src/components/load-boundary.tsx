import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { Component, type JSX, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * What a screen or dialog loaded on demand shows when it cannot be shown: most often its script did not
 * load because the assistant's files were replaced (an update) while it ran, so the page asks for scripts
 * that are gone. A worded message and Reload, instead of a blank or broken page; reloading loads the page
 * that matches the files now there, and the place in the steps is kept by the host.
 */
export function LoadFailed({
  reload = () => window.location.reload(),
}: {
  reload?: () => void
}): JSX.Element {
  const { t } = useTranslation()
  return (
    <MessageBar intent="error" role="alert" layout="multiline" data-testid="load-failed">
      <MessageBarBody>{t('app.loadFailed')}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={reload} data-testid="load-failed-reload">
          {t('app.reload')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  )
}

/** Catches what an on-demand screen or dialog throws while loading or rendering, and shows {@link LoadFailed}. */
export class LoadBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render(): ReactNode {
    return this.state.failed ? <LoadFailed /> : this.props.children
  }
}
