import { en } from '../../shared/i18n/en'

type StepTexts = Record<string, { title: string; body: string }>

/**
 * What each step page says before anything is done: the document's own step, except the screens that do
 * the work of a step (the checks on step 4, the run of steps 5–20 on step 5), whose document text then
 * explains doing it by hand.
 */
export const stepPageTexts: StepTexts = {
  ...(en.steps as StepTexts),
  'azure-open-entra': { title: en.journey.checksTitle, body: en.journey.checksBody },
  'azure-enterprise-apps': {
    title: 'Steps 5–20: what the assistant will do',
    body: en.journey.runBody.replaceAll('{{first}}', '5').replaceAll('{{last}}', '20'),
  },
}
