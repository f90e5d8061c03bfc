// A small hand-written wheel in the shape of VMware's vAPI bindings (the parts the reader uses):
// a standard error module and a package module with one service, its structures, enums, unions,
// doc lines that state resource types, and a stub with plain, task and task-only operations.

const errors = `
from vmware.vapi.bindings import type
from vmware.vapi.bindings.error import VapiError
from vmware.vapi.bindings.struct import VapiStruct


class Error(VapiError):
    """
    An error.
    """
    def __init__(self, messages=None, data=None):
        VapiError.__init__(self)

Error._set_binding_type(type.ErrorType(
    'com.vmware.vapi.std.errors.error', {
        'messages': type.ListType(type.ReferenceType('com.vmware.vapi.std_client', 'LocalizableMessage')),
        'data': type.OptionalType(type.DynamicStructType('vmware.vapi.dynamic_struct', {}, VapiStruct)),
    },
    Error))


class NotFound(Error):
    pass

NotFound._set_binding_type(type.ErrorType(
    'com.vmware.vapi.std.errors.not_found', {
        'messages': type.ListType(type.ReferenceType('com.vmware.vapi.std_client', 'LocalizableMessage')),
        'data': type.OptionalType(type.DynamicStructType('vmware.vapi.dynamic_struct', {}, VapiStruct)),
    },
    NotFound))
`;

const std = `
class LocalizableMessage(VapiStruct):
    def __init__(self, id=None, default_message=None):
        VapiStruct.__init__(self)

LocalizableMessage._set_binding_type(type.StructType(
    'com.vmware.vapi.std.localizable_message', {
        'id': type.StringType(),
        'default_message': type.StringType(),
    },
    LocalizableMessage,
    False,
    None))
`;

const demo = `# -*- coding: utf-8 -*-
"""
The \`\`com.vmware.demo_client\`\` module.
"""
from vmware.vapi.bindings import type
from vmware.vapi.data.validator import (UnionValidator, HasFieldsOfValidator)


class State(Enum):
    """
    States.
    """
    ON = None
    OFF = None

State._set_values([
    State('ON'),
    State('OFF'),
])
State._set_binding_type(type.EnumType(
    'com.vmware.demo.state',
    State))


class Disk(VapiInterface):
    """
    Disks.
    """
    RESOURCE_TYPE = "com.vmware.demo.Disk"
    _VAPI_SERVICE_ID = 'com.vmware.demo.disk'

    class BackingType(Enum):
        FILE = None
        DEVICE = None
        NONE = None

    BackingType._set_values({
        'FILE': BackingType('FILE'),
        'DEVICE': BackingType('DEVICE'),
        'NONE': BackingType('NONE'),
    })
    BackingType._set_binding_type(type.EnumType(
        'com.vmware.demo.disk.backing_type',
        BackingType))

    class Info(VapiStruct):
        """
        A disk. Class text that says class Fake(VapiStruct): and X._set_binding_type( is ignored.
        """

        _validator_list = [
            UnionValidator(
                'backing',
                {
                    'FILE' : [('path', True), ('host', False)],
                    'DEVICE' : [('host', False)],
                    'NONE' : [],
                }
            ),
            UnionValidator(
                'state',
                {
                    'ON' : [('size_MiB', True)],
                    'OFF' : [],
                }
            ),
        ]

        _canonical_to_pep_names = {
                                'size_MiB': 'size_mib',
                                }

        class Status(Enum):
            OK = None

        Status._set_values([
            Status('OK'),
        ])
        Status._set_binding_type(type.EnumType(
            'com.vmware.demo.disk.info.status',
            Status))

        def __init__(self,
                     backing=None,
                     path=None,
                     host=None,
                     state=None,
                     size_mib=None,
                     folders=None,
                     snapshots=None,
                     status=None,
                     error=None,
                    ):
            """
            :type  host: :class:\`str\` or \`\`None\`\`
            :param host: Host of the device.
                When clients pass a value of this class as a parameter, the
                attribute must be an identifier for the resource type:
                \`\`HostSystem\`\`. When methods return a value of this class as a
                return value, the attribute will be an identifier for the
                resource type: \`\`HostSystem\`\`.
            :type  folders: :class:\`set\` of :class:\`str\`
            :param folders: Folders.
                When clients pass a value of this class as a parameter, the
                attribute must contain identifiers for the resource type:
                \`\`Folder\`\`. When methods return a value of this class as a
                return value, the attribute will contain identifiers for the
                resource type: \`\`Folder\`\`.
            :type  snapshots: :class:\`dict\` of :class:\`str\` and :class:\`str\`
            :param snapshots: Snapshots by id. The values are names.
                When clients pass a value of this class as a parameter, the key in
                the attribute :class:\`dict\` must be an identifier for the resource
                type: \`\`com.vmware.demo.Snapshot\`\`. When methods return a value
                of this class as a return value, the key in the attribute
                :class:\`dict\` will be an identifier for the resource type:
                \`\`com.vmware.demo.Snapshot\`\`.
            :type  size_mib: :class:\`long\`
            :param size_mib: Size. When clients pass a value of this class as a
                parameter, the attribute must be an identifier for the resource
                type: \`\`NotReallyAnId\`\`.
            """
            VapiStruct.__init__(self)

    Info._set_binding_type(type.StructType(
        'com.vmware.demo.disk.info', {
            'backing': type.ReferenceType(__name__, 'Disk.BackingType'),
            'path': type.OptionalType(type.StringType()),
            'host': type.OptionalType(type.IdType()),
            'state': type.OptionalType(type.ReferenceType(__name__, 'State')),
            'size_MiB': type.OptionalType(type.IntegerType()),
            'folders': type.SetType(type.IdType()),
            'snapshots': type.MapType(type.IdType(), type.StringType()),
            'status': type.ReferenceType(__name__, 'Disk.Info.Status'),
            'error': type.OptionalType(type.AnyErrorType()),
        },
        Info,
        False,
        None))

    def __init__(self, config):
        VapiInterface.__init__(self, config, _DiskStub)

    def get(self, disk):
        """
        :type  disk: :class:\`str\`
        :param disk: The disk.
        """
        return self._invoke('get', {'disk': disk})

    def scan_task(self, path):
        """
        :type  path: :class:\`str\`
        :param path: Where to look.
        :rtype: :class:\`list\` of :class:\`str\`
        :return: The disks found.
            The return value will contain identifiers for the resource type:
            \`\`com.vmware.demo.Disk\`\`.
        """
        task_id = self._invoke('scan$task', {'path': path})
        task_svc = Tasks(self._config)
        task_instance = Task(task_id, task_svc, type.ListType(type.IdType()))
        return task_instance


class _DiskStub(ApiInterfaceStub):
    def __init__(self, config):
        # properties for get operation
        get_input_type = type.StructType('operation-input', {
            'disk': type.IdType(resource_types='com.vmware.demo.Disk'),
        })
        get_error_dict = {
            'com.vmware.vapi.std.errors.not_found':
                type.ReferenceType('com.vmware.vapi.std.errors_client', 'NotFound'),
            'com.vmware.vapi.std.errors.error':
                type.ReferenceType('com.vmware.vapi.std.errors_client', 'Error'),

        }
        get_input_value_validator_list = [
            HasFieldsOfValidator()
        ]
        get_rest_metadata = OperationRestMetadata(
            http_method='GET',
            url_template='/demo/disk/{disk}',
            path_variables={
                'disk': 'disk',
            },
             header_parameters={
               },
            query_parameters={
            }
        )

        # properties for copy operation
        copy_input_type = type.StructType('operation-input', {
            'disk': type.IdType(resource_types='com.vmware.demo.Disk'),
            'into': type.OptionalType(type.IdType()),
        })
        copy_error_dict = {}

        # properties for scan operation
        scan_input_type = type.StructType('operation-input', {
            'path': type.StringType(),
        })
        scan_error_dict = {
            'com.vmware.vapi.std.errors.error':
                type.ReferenceType('com.vmware.vapi.std.errors_client', 'Error'),
        }

        operations = {
            'get': {
                'input_type': get_input_type,
                'output_type': type.ReferenceType(__name__, 'Disk.Info'),
                'errors': get_error_dict,
                'input_value_validator_list': get_input_value_validator_list,
                'output_validator_list': [],
                'task_type': TaskType.NONE,
            },
            'copy': {
                'input_type': copy_input_type,
                'output_type': type.VoidType(),
                'errors': copy_error_dict,
                'task_type': TaskType.TASK,
            },
            'copy$task': {
                'input_type': copy_input_type,
                'output_type': type.IdType(resource_types='com.vmware.cis.TASK'),
                'errors': copy_error_dict,
                'task_type': TaskType.TASK,
            },
            'scan$task': {
                'input_type': scan_input_type,
                'output_type': type.IdType(resource_types='com.vmware.cis.TASK'),
                'errors': scan_error_dict,
                'task_type': TaskType.TASK_ONLY,
            },
        }
        rest_metadata = {
            'get': get_rest_metadata,
        }
        ApiInterfaceStub.__init__(
            self, iface_name='com.vmware.demo.disk',
            config=config, operations=operations, rest_metadata=rest_metadata,
            is_vapi_rest=True)
`;

/** The wheel's members; `edit` changes the demo module's text (for the error cases). */
export function miniWheel(edit: (text: string) => string = (t) => t): Map<string, string> {
  return new Map([
    ['mini-1.0.0.dist-info/METADATA', 'Metadata-Version: 2.0\nName: mini-bindings\nVersion: 1.0.0\n'],
    ['com/__init__.py', ''],
    ['com/vmware/vapi/std/errors_client.py', errors],
    ['com/vmware/vapi/std_client.py', std],
    ['com/vmware/demo_client.py', edit(demo)],
  ]);
}
