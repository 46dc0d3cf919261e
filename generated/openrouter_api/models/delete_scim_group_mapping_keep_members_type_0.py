from typing import Literal

DeleteScimGroupMappingKeepMembersType0 = Literal["false", "true"]

DELETE_SCIM_GROUP_MAPPING_KEEP_MEMBERS_TYPE_0_VALUES: set[
    DeleteScimGroupMappingKeepMembersType0
] = {
    "false",
    "true",
}


def check_delete_scim_group_mapping_keep_members_type_0(
    value: str,
) -> DeleteScimGroupMappingKeepMembersType0:
    if value in DELETE_SCIM_GROUP_MAPPING_KEEP_MEMBERS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_SCIM_GROUP_MAPPING_KEEP_MEMBERS_TYPE_0_VALUES!r}"
    )
