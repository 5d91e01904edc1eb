import type { OperatorAdminService } from './operator-admin.service';
import type { PermissionSetService } from './permission-set.service';
import type { PermissionService } from './permission.service';
import type { VirtualTenantService } from './virtual-tenant.service';

/** The Tenant Admin side of governance, as the chat commands reach it (built by the composition root). */
export interface GovernanceServices {
  operators: OperatorAdminService;
  permissionSets: PermissionSetService;
  virtualTenants: VirtualTenantService;
  permissions: PermissionService;
}
