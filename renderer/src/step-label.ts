import type { TFunction } from 'i18next'

import { stepNumber, type StepId } from '../../shared/steps'

/** "Step 9", or "Tip" for the troubleshooting tip: the document's numbering, wherever a step is named. */
export function stepLabel(t: TFunction, id: StepId): string {
  const number = stepNumber(id)
  return number === null ? t('wizard.tipLabel') : t('wizard.stepLabel', { number })
}
