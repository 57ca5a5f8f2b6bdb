import { makeStyles, tokens } from '@fluentui/react-components'
import { ChevronRight12Regular } from '@fluentui/react-icons'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

import type { Illustration as IllustrationData } from '../../../shared/steps'

const useStyles = makeStyles({
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    overflow: 'hidden',
    maxWidth: '560px',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  titleBar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  helloid: { backgroundColor: '#3a2a6b' },
  azure: { backgroundColor: '#0f4a85' },
  crumbs: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  canvas: { padding: tokens.spacingHorizontalL, display: 'flex', gap: tokens.spacingHorizontalM },
  placeholder: {
    flexGrow: 1,
    height: '56px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  target: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `2px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: tokens.shadow4,
    alignSelf: 'center',
    whiteSpace: 'nowrap',
  },
})

/**
 * A schematic drawing of the portal page for a step: which portal, the menu path to follow, and the
 * control to click outlined in red. Drawn, not screenshots, so it never shows customer data.
 */
export function Illustration({ data }: { data: IllustrationData }): JSX.Element {
  const styles = useStyles()
  const { t } = useTranslation()
  const portal = t(`portals.${data.portal}`)
  return (
    <figure
      className={styles.frame}
      aria-label={`${t('wizard.illustration')}: ${portal} › ${data.path.join(' › ')} › ${data.highlight}`}
    >
      <div className={`${styles.titleBar} ${data.portal === 'helloid' ? styles.helloid : styles.azure}`}>
        {portal}
      </div>
      <div className={styles.crumbs} aria-hidden="true">
        {data.path.map((part, index) => (
          <span key={`${part}-${index}`}>
            {index > 0 && <ChevronRight12Regular />} {part}
          </span>
        ))}
      </div>
      <div className={styles.canvas} aria-hidden="true">
        <div className={styles.placeholder} />
        <div className={styles.target} data-testid="illustration-target">
          {data.highlight}
        </div>
      </div>
    </figure>
  )
}
