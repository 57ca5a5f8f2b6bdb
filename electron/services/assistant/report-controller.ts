import type { Language } from '../../../shared/i18n/catalog'
import { errorOf, msg } from '../../../shared/i18n/message'
import { wordsInLanguage } from '../language-words'
import { fail, type Result } from '../../../shared/result'
import type { SignInController } from '../auth/sign-in-controller'
import type { CustomerProfileStore } from '../customers/customer-profiles'
import { buildHandoverReport, type HandoverReport } from '../report/handover-report'
import type { SetupController } from './setup-controller'

export interface ReportControllerOptions {
  setup: SetupController
  signIn: SignInController
  profiles: CustomerProfileStore
}

/** Makes the open customer's handover report from its tenant, as it stands now. */
export class ReportController {
  constructor(private readonly options: ReportControllerOptions) {}

  async make(language: Language = 'en'): Promise<Result<HandoverReport>> {
    const inputs = await this.options.setup.reportInputs()
    if (!inputs.ok) return inputs
    const session = this.options.signIn.state()
    const account = session.account
    const id = this.options.signIn.activeCustomerId()
    const profile = id ? await this.options.profiles.get(id) : null
    if (!account || !session.customer || !profile)
      return fail(errorOf('NOT_SIGNED_IN', msg('problems.report.signInFirst')))
    const signedInAt = profile.lastSignIn?.username === account.username ? profile.lastSignIn.at : null
    return buildHandoverReport({
      engine: inputs.value.engine,
      journal: inputs.value.journal,
      customer: {
        // A customer a sign-in never named has no name of its own: the report says so in its language.
        name: profile.nameFromTenant ? wordsInLanguage(language, msg('customers.unnamed')) : profile.name,
        tenant: profile.tenant ?? null,
        tenantId: account.tenantId,
        cloudId: profile.cloudId,
        helloIdPortal: profile.helloIdPortal ?? null,
        helloIdUrl: inputs.value.helloIdUrl ?? profile.helloIdUrl ?? null,
      },
      signedIn: { name: account.name, username: account.username, at: signedInAt },
      notificationEmail: inputs.value.notificationEmail,
      warnings: inputs.value.warnings,
      language,
    })
  }
}
