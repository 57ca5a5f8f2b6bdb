import { Router } from '../../core/router'
import type { GraphHandler } from '../context'
import { registerAppRegistrationRoutes } from './app-registrations'
import { registerApplicationRoutes } from './applications'
import { registerAssignmentRoutes } from './assignments'
import { registerAuditLogRoutes } from './audit-logs'
import { registerBatchRoute } from './batch'
import { registerDirectoryRoutes } from './directory'
import { registerSynchronizationRoutes } from './synchronization'

/** Every Graph v1.0 route the simulator serves (paths relative to /v1.0). */
export const graphRouter = new Router<GraphHandler>()
registerDirectoryRoutes(graphRouter)
registerApplicationRoutes(graphRouter)
registerAppRegistrationRoutes(graphRouter)
registerAssignmentRoutes(graphRouter)
registerSynchronizationRoutes(graphRouter)
registerAuditLogRoutes(graphRouter)
registerBatchRoute(graphRouter)
