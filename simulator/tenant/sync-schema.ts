import type {
  AttributeDefinition,
  AttributeMapping,
  AttributeMappingSource,
  ObjectDefinition,
} from '@microsoft/microsoft-graph-types'
import { seededGuid } from '../core/ids'
import type { Prng } from '../core/prng'
import type { SyncConnector } from './gallery'
import type {
  SchemaJson as SynchronizationSchema,
  SyncTemplateJson as SynchronizationTemplate,
} from './sync-types'

export const ENTRA_DIRECTORY = 'Azure Active Directory'
export const HELLOID_DIRECTORY = 'HelloID'
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'
export const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group'

function attr(
  name: string,
  type: AttributeDefinition['type'] = 'String',
  extra: Partial<AttributeDefinition> = {},
): AttributeDefinition {
  return {
    anchor: false,
    caseExact: false,
    defaultValue: null,
    flowNullValues: false,
    multivalued: false,
    mutability: 'ReadWrite',
    name,
    required: false,
    type,
    apiExpressions: [],
    metadata: [],
    referencedObjects: [],
    ...extra,
  }
}

function source(name: string): AttributeMappingSource {
  return { expression: `[${name}]`, name, parameters: [], type: 'Attribute' }
}

function mapping(
  target: string,
  src: AttributeMappingSource | null,
  extra: Partial<AttributeMapping> = {},
): AttributeMapping {
  return {
    defaultValue: null,
    exportMissingReferences: false,
    flowBehavior: 'FlowWhenChanged',
    flowType: 'Always',
    matchingPriority: 0,
    source: src,
    targetAttributeName: target,
    ...extra,
  }
}

const NOT_SOFT_DELETED: AttributeMappingSource = {
  expression: 'Not([IsSoftDeleted])',
  name: 'Not',
  parameters: [{ key: 'source', value: source('IsSoftDeleted') }],
  type: 'Function',
}

function entraDirectory(prng: Prng): NonNullable<SynchronizationSchema['directories']>[number] {
  const user: ObjectDefinition = {
    name: 'User',
    attributes: [
      attr('objectId', 'String', { anchor: true }),
      attr('accountEnabled', 'Boolean'),
      attr('appRoleAssignments', 'String', { multivalued: true }),
      attr('department'),
      attr('displayName'),
      attr('employeeId'),
      attr('givenName'),
      attr('IsSoftDeleted', 'Boolean'),
      attr('jobTitle'),
      attr('mail'),
      attr('mailNickname'),
      attr('manager', 'Reference', {
        referencedObjects: [{ referencedObjectName: 'User', referencedProperty: null }],
      }),
      attr('mobile'),
      attr('officeLocation'),
      attr('preferredLanguage'),
      attr('surname'),
      attr('telephoneNumber'),
      attr('userPrincipalName'),
      attr('userType'),
    ],
    metadata: [
      { key: 'IsSoftDeletionSupported', value: 'true' },
      { key: 'IsSynchronizeAllSupported', value: 'true' },
      { key: 'PropertyNameAccountEnabled', value: 'accountEnabled' },
      { key: 'PropertyNameSoftDeleted', value: 'IsSoftDeleted' },
    ],
    supportedApis: [],
  }
  const group: ObjectDefinition = {
    name: 'Group',
    attributes: [
      attr('objectId', 'String', { anchor: true }),
      attr('displayName'),
      attr('IsSoftDeleted', 'Boolean'),
      attr('mail'),
      attr('mailNickname'),
      attr('members', 'Reference', {
        multivalued: true,
        referencedObjects: [
          { referencedObjectName: 'User', referencedProperty: null },
          { referencedObjectName: 'Group', referencedProperty: null },
        ],
      }),
    ],
    metadata: [],
    supportedApis: [],
  }
  return {
    id: seededGuid(prng),
    name: ENTRA_DIRECTORY,
    objects: [user, group],
    readOnly: false,
    version: '1.0',
    discoverabilities: 'None',
    discoveryDateTime: null,
  }
}

/** HelloID's gallery schema: a Group object first, then the enterprise-user URN object (HelloID docs). */
function helloIdSchema(prng: Prng): SynchronizationSchema {
  const userObject: ObjectDefinition = {
    name: ENTERPRISE_USER,
    attributes: [
      attr('userName', 'String', { required: true }),
      attr('active', 'Boolean'),
      attr('displayName'),
      attr('title'),
      attr('emails[type eq "work"].value'),
      attr('name.givenName'),
      attr('name.familyName'),
      attr('externalId'),
      attr('phoneNumbers[type eq "work"].value'),
      attr('department'),
    ],
    metadata: [],
    supportedApis: [],
  }
  const groupObject: ObjectDefinition = {
    name: CORE_GROUP,
    attributes: [
      attr('displayName', 'String', { required: true }),
      attr('externalId'),
      attr('members', 'Reference', {
        multivalued: true,
        referencedObjects: [{ referencedObjectName: ENTERPRISE_USER, referencedProperty: null }],
      }),
    ],
    metadata: [],
    supportedApis: [],
  }
  const ruleId = seededGuid(prng)
  return {
    id: 'HelloID',
    version: 'Date:2024-05-14 13:02:11Z;Sharding:v1',
    directories: [
      entraDirectory(prng),
      {
        id: seededGuid(prng),
        name: HELLOID_DIRECTORY,
        objects: [groupObject, userObject],
        readOnly: false,
        version: '1.0',
        discoverabilities: 'None',
        discoveryDateTime: null,
      },
    ],
    synchronizationRules: [
      {
        id: ruleId,
        name: 'USER_OUTBOUND_USER',
        editable: true,
        priority: 1,
        containerFilter: null,
        groupFilter: null,
        metadata: [
          { key: 'defaultSourceObjectMappings', value: 'true' },
          {
            key: 'SynchronizationLearnMoreIbizaFwLink',
            value: 'https://go.microsoft.com/fwlink/?linkid=2145574',
          },
        ],
        sourceDirectoryName: ENTRA_DIRECTORY,
        targetDirectoryName: HELLOID_DIRECTORY,
        objectMappings: [
          {
            name: 'Provision Azure Active Directory Users',
            enabled: true,
            flowTypes: 'Add, Update, Delete',
            sourceObjectName: 'User',
            targetObjectName: ENTERPRISE_USER,
            scope: null,
            metadata: [
              { key: 'Disposition', value: 'Normal' },
              { key: 'EscrowBehavior', value: 'Default' },
              { key: 'ExcludeFromReporting', value: 'false' },
            ],
            // `active` first, with the shape Microsoft's published schemas use for it.
            attributeMappings: [
              mapping('active', NOT_SOFT_DELETED, { defaultValue: 'True' }),
              mapping('userName', source('userPrincipalName'), { matchingPriority: 1 }),
              mapping('displayName', source('displayName')),
              mapping('title', source('jobTitle')),
              mapping('emails[type eq "work"].value', source('mail')),
              mapping('name.givenName', source('givenName')),
              mapping('name.familyName', source('surname')),
              mapping('externalId', source('mailNickname')),
            ],
          },
          {
            name: 'Provision Azure Active Directory Groups',
            enabled: true,
            flowTypes: 'Add, Update, Delete',
            sourceObjectName: 'Group',
            targetObjectName: CORE_GROUP,
            scope: null,
            metadata: [],
            attributeMappings: [
              mapping('displayName', source('displayName'), { matchingPriority: 1 }),
              mapping('externalId', source('objectId')),
              mapping('members', source('members')),
            ],
          },
        ],
      },
    ],
  }
}

/** Microsoft's generic SCIM ("customappsso") schema for the other provisioning-capable templates. */
function genericScimSchema(prng: Prng): SynchronizationSchema {
  const user: ObjectDefinition = {
    name: 'User',
    attributes: [
      attr('userName', 'String', { required: true }),
      attr('active', 'Boolean'),
      attr('displayName'),
      attr('title'),
      attr('emails[type eq "work"].value'),
      attr('name.givenName'),
      attr('name.familyName'),
      attr('externalId'),
      attr(`${ENTERPRISE_USER}:employeeNumber`),
      attr(`${ENTERPRISE_USER}:manager`, 'Reference', {
        referencedObjects: [{ referencedObjectName: 'User', referencedProperty: null }],
      }),
    ],
    metadata: [],
    supportedApis: [],
  }
  const group: ObjectDefinition = {
    name: 'Group',
    attributes: [
      attr('displayName', 'String', { required: true }),
      attr('externalId'),
      attr('members', 'Reference', { multivalued: true }),
    ],
    metadata: [],
    supportedApis: [],
  }
  return {
    id: 'scim',
    version: 'Date:2024-02-01 09:00:00Z',
    directories: [
      entraDirectory(prng),
      {
        id: seededGuid(prng),
        name: 'customappsso',
        objects: [user, group],
        readOnly: false,
        version: '1.0',
        discoverabilities: 'None',
        discoveryDateTime: null,
      },
    ],
    synchronizationRules: [
      {
        id: `${seededGuid(prng)}#V2`,
        name: 'USER_TO_USER',
        editable: true,
        priority: 1,
        containerFilter: null,
        groupFilter: null,
        metadata: [],
        sourceDirectoryName: ENTRA_DIRECTORY,
        targetDirectoryName: 'customappsso',
        objectMappings: [
          {
            name: 'Provision Microsoft Entra ID Users',
            enabled: true,
            flowTypes: 'Add, Update, Delete',
            sourceObjectName: 'User',
            targetObjectName: 'User',
            scope: null,
            metadata: [],
            attributeMappings: [
              mapping('userName', source('userPrincipalName'), { matchingPriority: 1 }),
              mapping('active', NOT_SOFT_DELETED),
              mapping('displayName', source('displayName')),
              mapping('emails[type eq "work"].value', source('mail')),
              mapping('name.givenName', source('givenName')),
              mapping('name.familyName', source('surname')),
              mapping('externalId', source('mailNickname')),
            ],
          },
          {
            name: 'Provision Microsoft Entra ID Groups',
            enabled: true,
            flowTypes: 'Add, Update, Delete',
            sourceObjectName: 'Group',
            targetObjectName: 'Group',
            scope: null,
            metadata: [],
            attributeMappings: [
              mapping('displayName', source('displayName'), { matchingPriority: 1 }),
              mapping('externalId', source('objectId')),
              mapping('members', source('members')),
            ],
          },
        ],
      },
    ],
  }
}

/** The synchronization template a freshly instantiated provisioning-capable app exposes. */
export function buildSyncTemplate(
  connector: NonNullable<SyncConnector>,
  applicationId: string,
  galleryTemplateId: string,
  prng: Prng,
): SynchronizationTemplate {
  const schema = connector === 'helloid' ? helloIdSchema(prng) : genericScimSchema(prng)
  return {
    id: connector === 'helloid' ? 'HelloID' : 'scim',
    applicationId,
    default: true,
    description: connector === 'helloid' ? 'HelloID user and group provisioning' : 'SCIM 2.0 provisioning',
    discoverable: true,
    factoryTag: connector === 'helloid' ? 'HelloID' : 'CustomSCIM',
    metadata: [
      { key: 'GalleryApplicationIdentifier', value: galleryTemplateId },
      { key: 'GalleryApplicationKey', value: connector === 'helloid' ? 'helloid' : 'customappsso' },
      {
        key: 'SynchronizationLearnMoreIbizaFwLink',
        value: 'https://go.microsoft.com/fwlink/?linkid=2145574',
      },
    ],
    schema,
  }
}
