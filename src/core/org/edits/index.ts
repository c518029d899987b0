// Every edit a user can make to an org, each a pure function over a scenario draft (an immer recipe):
// the editor applies them with produceWithPatches, so undo and redo are exact.
export { EditRefused } from './edit-refused';
export { addPeer, addReport, type NewRoleFields } from './add-role';
export { deleteRole, deleteRoles, describeDeletion, type DeletionImpact } from './delete-role';
export { moveRefusal, moveSubtree } from './move-subtree';
export { setStrengths, updateRole, type RoleFields } from './update-role';
export { addDottedLine, removeDottedLine } from './dotted-lines';
export { copySubtree, duplicateSubtree, pasteSubtree, type OrgClipboard } from './copy-paste';
export { applyEdit, type AppliedEdit } from './apply-edit';
export { describeRemoval, removeRoles, type RemovalImpact } from './remove-roles';
export { moveRoles, moveRolesRefusal, topmostOf } from './move-roles';
export { departmentsOf, mergeDepartments, rolesMerged } from './merge-departments';
